#pragma once

#include "registry/RegistryClient.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// One build as Zuul's REST API describes it. Newer Zuul nests the change under "ref" and the buildset under
// "buildset"; older Zuul puts project, change, patchset and branch on the build itself. Both are read.
struct ZuulBuild
{
    QString uuid;
    QString jobName;
    QString result; // SUCCESS, FAILURE, ... empty while running
    QString project;
    QString branch;
    QString pipeline;
    int change = 0;
    QString patchset;
    QString refUrl; // the change's review page
    QString buildsetUuid;
    QDateTime startTime;
    QDateTime endTime;    // invalid while running
    double duration = -1; // seconds; negative when Zuul does not say
    bool voting = true;
    QString logUrl;
    QJsonArray artifacts;

    bool isFinished() const { return endTime.isValid(); }
    static ZuulBuild fromJson(const QJsonObject& object);
};

// A buildset: the builds one pipeline ran for one change (or ref) and patchset.
struct ZuulBuildset
{
    QString uuid;
    QString result;
    QString message;
    QString pipeline;
    QString project;
    int change = 0;
    QString patchset;
    QDateTime eventTime;
    QDateTime firstBuildStart;
    QDateTime lastBuildEnd;
    QList<ZuulBuild> builds;

    static ZuulBuildset fromJson(const QJsonObject& object);
    // The buildsets the builds belong to, newest first, each with its builds; pipeline, change and
    // patchset come from the builds.
    static QList<ZuulBuildset> group(const QList<ZuulBuild>& builds);
};

struct ZuulBuildFilter
{
    int change = 0;
    QString patchset;
    QString pipeline;
    QString jobName;
    QString project;
    int limit = 50;
    int skip = 0;
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

    void setWhiteLabel(bool whiteLabel)
    {
        m_whiteLabel = whiteLabel;
        m_formKnown = true;
    }
    QUrl base() const { return m_base; }
    QString tenant() const { return m_tenant; }

    // A build that Zuul does not know ends with a not-found error.
    void build(const QString& uuid, QObject* context, std::function<void(ZuulBuild, RegistryError)> done);
    void builds(const ZuulBuildFilter& filter, QObject* context,
                std::function<void(QList<ZuulBuild>, RegistryError)> done);
    // Every build the filter matches, newest first, page by page (filter.limit a page) up to maxBuilds;
    // truncated tells whether there were more.
    void allBuilds(const ZuulBuildFilter& filter, int maxBuilds, QObject* context,
                   std::function<void(QList<ZuulBuild>, bool truncated, RegistryError)> done);
    // One buildset with its builds. One that Zuul does not know ends with a not-found error.
    void buildset(const QString& uuid, QObject* context, std::function<void(ZuulBuildset, RegistryError)> done);

    // GET <zuul>/api/info: a white-label Zuul names its one tenant there. Switches the paths to the
    // white-label form when it does (done gets true) and keeps the tenant form otherwise. The other calls ask it
    // first by themselves when nobody has: a white-label proxy rewrites every /api/ path, tenant paths too.
    void detectWhiteLabel(QObject* context, std::function<void(bool, RegistryError)> done);
    // The project's secrets public key (PEM): <zuul>/api/tenant/<t>/key/<project>.pub, or /api/key/…
    // for a white-label tenant. Anything that is not an RSA public key PEM is refused.
    void projectKey(const QString& project, QObject* context, std::function<void(QByteArray, RegistryError)> done);
    // Pipelines in which a build means the change has merged.
    static QStringList postMergePipelines(); // post, promote, release, deploy, tag

signals:
    void trace(const QString& line);

private:
    void nextPage(ZuulBuildFilter filter, int maxBuilds, QList<ZuulBuild> sofar, QObject* context,
                  std::function<void(QList<ZuulBuild>, bool, RegistryError)> done);
    QUrl apiUrl(const QString& path, const QUrlQuery& query = {}) const;
    // A GET of an API path once the path form is known (white-label or tenant), asking /api/info first if needed.
    void getApi(const QString& path, const QUrlQuery& query, QObject* context,
                std::function<void(QByteArray, RegistryError)> done, const QByteArray& accept = "application/json");
    void get(const QUrl& url, QObject* context, std::function<void(QByteArray, RegistryError)> done,
             const QByteArray& accept = "application/json");

    QUrl m_base;
    QString m_tenant;
    bool m_whiteLabel = false;
    bool m_formKnown = false;
    QList<std::function<void()>> m_waitingForForm;
    RegistryClient* m_client;
    QHash<QString, ZuulBuild> m_builds;
};
