#pragma once

#include "registry/RegistryClient.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

struct ZuulBuild
{
    QString uuid;
    QString jobName;
    QString result; // SUCCESS, FAILURE, ... empty while running
    QString project;
    QString pipeline;
    int change = 0;
    QString patchset;
    QDateTime startTime;
    QDateTime endTime; // invalid while running
    QString logUrl;
    QJsonArray artifacts;

    bool isFinished() const { return endTime.isValid(); }
    static ZuulBuild fromJson(const QJsonObject& object);
};

struct ZuulBuildFilter
{
    int change = 0;
    QString patchset;
    QString pipeline;
    QString jobName;
    QString project;
    int limit = 50;
};

// Zuul's REST API, read-only: builds by uuid and by change/patchset/pipeline/job. Tenant-scoped
// (<zuul>/api/tenant/<t>/...) or white-label (<zuul>/api/...). Answers are cached per build uuid, and
// every request goes through the registry engine (TLS verification, redirects, retries, trace).
class ZuulApi : public QObject
{
    Q_OBJECT
public:
    ZuulApi(const QUrl& base, const QString& tenant, const RegistryOptions& tls = RegistryOptions(),
            QObject* parent = nullptr);

    void setWhiteLabel(bool whiteLabel) { m_whiteLabel = whiteLabel; }
    QUrl base() const { return m_base; }
    QString tenant() const { return m_tenant; }

    // A build that Zuul does not know ends with a not-found error.
    void build(const QString& uuid, QObject* context, std::function<void(ZuulBuild, RegistryError)> done);
    void builds(const ZuulBuildFilter& filter, QObject* context,
                std::function<void(QList<ZuulBuild>, RegistryError)> done);

    // GET <zuul>/api/info: a white-label Zuul names its one tenant there. Switches the paths to the
    // white-label form when it does (done gets true) and keeps the tenant form otherwise.
    void detectWhiteLabel(QObject* context, std::function<void(bool, RegistryError)> done);
    // The project's secrets public key (PEM): <zuul>/api/tenant/<t>/key/<project>.pub, or /api/key/…
    // for a white-label tenant. Anything that is not an RSA public key PEM is refused.
    void projectKey(const QString& project, QObject* context, std::function<void(QByteArray, RegistryError)> done);
    // Pipelines in which a build means the change has merged.
    static QStringList postMergePipelines(); // post, promote, release, deploy, tag

signals:
    void trace(const QString& line);

private:
    QUrl apiUrl(const QString& path, const QUrlQuery& query = {}) const;
    void get(const QUrl& url, QObject* context, std::function<void(QByteArray, RegistryError)> done,
             const QByteArray& accept = "application/json");

    QUrl m_base;
    QString m_tenant;
    bool m_whiteLabel = false;
    RegistryClient* m_client;
    QHash<QString, ZuulBuild> m_builds;
};
