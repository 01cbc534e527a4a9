#pragma once

#include "TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// A stand-in for Zuul's REST API (zuul-web): builds, one build, buildsets, one buildset and /api/info, as
// Zuul's own source answers them (zuul/web/__init__.py's converters, sqlconnection's queries):
//   - tenant paths /api/tenant/<t>/…, or white-label: the proxy rewrites every /api/X (tenant paths too, but
//     /api/connection/) to /api/tenant/<t>/X, so /api/info names the tenant and tenant paths are not found;
//   - /builds filters project, pipeline, change, branch, patchset, job_name, result, uuid (each may repeat:
//     any of the values), limit (default 50), skip (default 0); newest build first; a bare JSON list;
//   - the current shape (Zuul 10 and later: change fields in a "ref" object, a buildset's in "refs") or the
//     flat one of older Zuul (project, branch, change, patchset, ref string, ref_url on the build itself);
//     builds listed inside a buildset carry no pipeline, event or buildset fields (flat: no change fields);
//   - naive UTC timestamps without fraction or zone; an unknown build or buildset is a 404 with CherryPy's
//     HTML page; artifacts are {name, url, metadata?}.
class ZuulApiServer
{
public:
    enum class Shape
    {
        Current, // Zuul 10 and later
        Flat     // Zuul 9 and earlier
    };
    struct Build
    {
        QString uuid; // 32 hex
        QString jobName;
        QString result = QStringLiteral("SUCCESS"); // empty while running
        QString pipeline = QStringLiteral("gate");
        QString project = QStringLiteral("org/app");
        QString branch = QStringLiteral("master");
        int change = 0;
        int patchset = 1;
        QString buildset; // 32 hex; builds with the same one form a buildset
        QDateTime start;
        QDateTime end; // invalid while running
        bool voting = true;
        QString logUrl;
        QJsonArray artifacts;
    };

    ZuulApiServer(const QString& tenant, Shape shape = Shape::Current, bool whiteLabel = false);
    Q_DISABLE_COPY_MOVE(ZuulApiServer)

    void addBuild(const Build& build); // each later build gets a higher id (newer)
    bool start(QString* error);
    QUrl baseUrl() const { return m_server.baseUrl(); }
    QList<TestRequest> requests() const { return m_server.requests(); }
    void clearRequests() { m_server.clearRequests(); }

    // push-to-intermediate-registry's artifact for an image: name <repository>:<tag>, the intermediate URL
    // docker://<registry>/<repository>:<build>_<tag>, metadata {type: container_image, repository, tag}.
    static QJsonObject imageArtifact(const QString& registryHostPort, const QString& repository,
                                     const QString& buildUuid, const QString& tag);
    static QString newUuid();
    static QString timestamp(const QDateTime& time); // 2024-05-01T10:00:00

private:
    TestResponse handle(const TestRequest& request) const;
    QJsonObject buildJson(const Build& build, bool topLevel) const;
    QJsonObject refJson(const Build& build) const;
    QJsonObject buildsetJson(const QString& uuid, bool withBuilds) const;
    qint64 idOf(const QString& uuid) const;
    static bool matches(const Build& build, const QUrlQuery& query);

    QString m_tenant;
    Shape m_shape;
    bool m_whiteLabel;
    QList<Build> m_builds; // in id order (oldest first); only changed before start()
    TestServer m_server;
};
