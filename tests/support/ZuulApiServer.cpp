#include "ZuulApiServer.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

ZuulApiServer::ZuulApiServer(const QString& tenant, Shape shape, bool whiteLabel)
    : m_tenant(tenant)
    , m_shape(shape)
    , m_whiteLabel(whiteLabel)
{
    m_server.setHandler([this](const TestRequest& request) { return handle(request); });
}

void ZuulApiServer::addBuild(const Build& build)
{
    m_builds << build;
}

bool ZuulApiServer::start(QString* error)
{
    return m_server.start(error);
}

QString ZuulApiServer::newUuid()
{
    QString uuid;
    for (int i = 0; i < 4; ++i) {
        uuid += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }
    return uuid;
}

QString ZuulApiServer::timestamp(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

QJsonObject ZuulApiServer::imageArtifact(const QString& registryHostPort, const QString& repository,
                                         const QString& buildUuid, const QString& tag)
{
    return {{QStringLiteral("name"), repository + QLatin1Char(':') + tag},
            {QStringLiteral("url"),
             QStringLiteral("docker://%1/%2:%3_%4").arg(registryHostPort, repository, buildUuid, tag)},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("type"), QStringLiteral("container_image")},
                                                     {QStringLiteral("repository"), repository},
                                                     {QStringLiteral("tag"), tag}}}};
}

namespace {

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(ZuulApiServer::timestamp(time)) : QJsonValue(QJsonValue::Null);
}

QString changeRef(int change, int patchset)
{
    return QStringLiteral("refs/changes/%1/%2/%3").arg(change % 100, 2, 10, QLatin1Char('0')).arg(change).arg(patchset);
}

TestResponse cherryPyNotFound(const QString& message)
{
    // CherryPy's default error page: HTML, not JSON.
    return TestResponse::text(404,
                              QStringLiteral("<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>"
                                             "<h2>404 Not Found</h2><p>%1</p></body></html>\n")
                                  .arg(message)
                                  .toUtf8(),
                              "text/html;charset=utf-8");
}

} // namespace

qint64 ZuulApiServer::idOf(const QString& uuid) const
{
    for (qsizetype i = 0; i < m_builds.size(); ++i) {
        if (m_builds[i].uuid == uuid) {
            return i + 1;
        }
    }
    return 0;
}

QJsonObject ZuulApiServer::refJson(const Build& build) const
{
    return {{QStringLiteral("project"), build.project},
            {QStringLiteral("branch"), build.branch},
            {QStringLiteral("change"), build.change},
            {QStringLiteral("patchset"), QString::number(build.patchset)},
            {QStringLiteral("ref"), changeRef(build.change, build.patchset)},
            {QStringLiteral("oldrev"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("newrev"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("ref_url"), QStringLiteral("https://review.example.org/%1").arg(build.change)}};
}

QJsonObject ZuulApiServer::buildJson(const Build& build, bool topLevel) const
{
    const auto id = idOf(build.uuid);
    QJsonValue duration(QJsonValue::Null);
    if (build.start.isValid() && build.end.isValid()) {
        duration = double(build.start.msecsTo(build.end)) / 1000.0;
    }
    QJsonObject object{
        {QStringLiteral("_id"), id},
        {QStringLiteral("uuid"), build.uuid},
        {QStringLiteral("job_name"), build.jobName},
        {QStringLiteral("result"), build.result.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(build.result)},
        {QStringLiteral("held"), false},
        {QStringLiteral("start_time"), timeValue(build.start)},
        {QStringLiteral("end_time"), timeValue(build.end)},
        {QStringLiteral("duration"), duration},
        {QStringLiteral("voting"), build.voting},
        {QStringLiteral("log_url"), build.logUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(build.logUrl)},
        {QStringLiteral("nodeset"), QStringLiteral("ubuntu-jammy")},
        {QStringLiteral("error_detail"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("final"), true},
        {QStringLiteral("artifacts"), build.artifacts},
        {QStringLiteral("provides"), QJsonArray()}};
    if (m_shape == Shape::Current) {
        object.insert(QStringLiteral("ref"), refJson(build));
    }
    if (!topLevel) {
        return object;
    }
    if (m_shape == Shape::Flat) {
        const auto ref = refJson(build);
        for (auto it = ref.begin(); it != ref.end(); ++it) {
            if (it.key() != QLatin1String("oldrev")) {
                object.insert(it.key(), it.value());
            }
        }
    }
    object.insert(QStringLiteral("pipeline"), build.pipeline);
    object.insert(QStringLiteral("event_id"), QStringLiteral("event-") + build.buildset.left(8));
    object.insert(QStringLiteral("event_timestamp"), timeValue(build.start.addSecs(-60)));
    object.insert(QStringLiteral("buildset"), QJsonObject{{QStringLiteral("uuid"), build.buildset}});
    return object;
}

QJsonObject ZuulApiServer::buildsetJson(const QString& uuid, bool withBuilds) const
{
    QList<Build> builds;
    for (const auto& build : m_builds) {
        if (build.buildset == uuid) {
            builds << build;
        }
    }
    const auto& first = builds.constFirst();
    QDateTime firstStart;
    QDateTime lastEnd;
    bool running = false;
    bool failed = false;
    for (const auto& build : builds) {
        if (build.start.isValid() && (!firstStart.isValid() || build.start < firstStart)) {
            firstStart = build.start;
        }
        if (build.end.isValid() && (!lastEnd.isValid() || build.end > lastEnd)) {
            lastEnd = build.end;
        }
        running = running || build.result.isEmpty();
        failed = failed || (build.voting && !build.result.isEmpty() && build.result != QLatin1String("SUCCESS"));
    }
    const QJsonValue result = running ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(failed ? QStringLiteral("FAILURE") : QStringLiteral("SUCCESS"));
    QJsonObject object{
        {QStringLiteral("_id"), idOf(first.uuid)},
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("result"), result},
        {QStringLiteral("message"), failed ? QStringLiteral("Build failed.") : QStringLiteral("Build succeeded.")},
        {QStringLiteral("pipeline"), first.pipeline},
        {QStringLiteral("event_id"), QStringLiteral("event-") + uuid.left(8)},
        {QStringLiteral("event_timestamp"), timeValue(firstStart.addSecs(-60))},
        {QStringLiteral("first_build_start_time"), timeValue(firstStart)},
        {QStringLiteral("last_build_end_time"), timeValue(lastEnd)}};
    if (m_shape == Shape::Current) {
        object.insert(QStringLiteral("refs"), QJsonArray{refJson(first)});
    } else {
        const auto ref = refJson(first);
        for (auto it = ref.begin(); it != ref.end(); ++it) {
            if (it.key() != QLatin1String("oldrev")) {
                object.insert(it.key(), it.value());
            }
        }
    }
    if (withBuilds) {
        QJsonArray list;
        for (const auto& build : builds) { // by build id, oldest first
            list << buildJson(build, false);
        }
        object.insert(QStringLiteral("builds"), list);
    }
    return object;
}

bool ZuulApiServer::matches(const Build& build, const QUrlQuery& query)
{
    auto anyOf = [&](const char* name, const QString& value) {
        const auto wanted = query.allQueryItemValues(QLatin1String(name), QUrl::FullyDecoded);
        return wanted.isEmpty() || wanted.contains(value);
    };
    return anyOf("project", build.project) && anyOf("pipeline", build.pipeline) &&
           anyOf("change", QString::number(build.change)) && anyOf("branch", build.branch) &&
           anyOf("patchset", QString::number(build.patchset)) && anyOf("job_name", build.jobName) &&
           anyOf("result", build.result) && anyOf("uuid", build.uuid);
}

TestResponse ZuulApiServer::handle(const TestRequest& request) const
{
    auto path = request.path();
    if (path == QLatin1String("/api/info")) {
        QJsonObject info{{QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("job_history"), true}}},
                         {QStringLiteral("websocket_url"), QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("stats"), QJsonObject{{QStringLiteral("url"), QJsonValue(QJsonValue::Null)},
                                                               {QStringLiteral("prefix"), QJsonValue(QJsonValue::Null)},
                                                               {QStringLiteral("type"), QStringLiteral("graphite")}}}};
        if (m_whiteLabel) {
            info.insert(QStringLiteral("tenant"), m_tenant);
        }
        return TestResponse::json(200, QJsonObject{{QStringLiteral("info"), info}});
    }
    const auto tenantPrefix = QStringLiteral("/api/tenant/") + m_tenant + QLatin1Char('/');
    if (m_whiteLabel && path.startsWith(QLatin1String("/api/")) &&
        !path.startsWith(QLatin1String("/api/connection/"))) {
        path = tenantPrefix + path.mid(5); // the proxy's rewrite: every /api/ path, tenant paths too
    }
    if (path.startsWith(QLatin1String("/api/tenant/")) && !path.startsWith(tenantPrefix)) {
        return cherryPyNotFound(QStringLiteral("Unknown tenant"));
    }
    if (!path.startsWith(tenantPrefix)) {
        return cherryPyNotFound(QStringLiteral("Nothing matches the given URI"));
    }
    const auto endpoint = path.mid(tenantPrefix.size());
    const auto query = request.query();
    if (endpoint == QLatin1String("builds") || endpoint == QLatin1String("buildsets")) {
        bool ok = true;
        const auto limitText = query.queryItemValue(QStringLiteral("limit"));
        const auto skipText = query.queryItemValue(QStringLiteral("skip"));
        const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&ok);
        const int skip = ok && !skipText.isEmpty() ? skipText.toInt(&ok) : 0;
        if (!ok) {
            return TestResponse::text(500, "500 Internal Server Error", "text/html;charset=utf-8");
        }
        QJsonArray list;
        QSet<QString> buildsets;
        int skipped = 0;
        for (auto it = m_builds.crbegin(); it != m_builds.crend() && list.size() < limit; ++it) { // newest first
            if (!matches(*it, query)) {
                continue;
            }
            if (endpoint == QLatin1String("buildsets")) {
                if (buildsets.contains(it->buildset)) {
                    continue;
                }
                buildsets.insert(it->buildset);
            }
            if (skipped++ < skip) {
                continue;
            }
            list << (endpoint == QLatin1String("builds") ? buildJson(*it, true) : buildsetJson(it->buildset, false));
        }
        return TestResponse::json(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
    }
    if (endpoint.startsWith(QLatin1String("build/"))) {
        const auto uuid = endpoint.mid(6);
        for (const auto& build : m_builds) {
            if (build.uuid == uuid) {
                auto object = buildJson(build, true);
                auto buildset = object.value(QStringLiteral("buildset")).toObject();
                buildset.insert(QStringLiteral("refs"), QJsonArray{refJson(build)});
                object.insert(QStringLiteral("buildset"), buildset);
                return TestResponse::json(200, object);
            }
        }
        return cherryPyNotFound(QStringLiteral("Build not found"));
    }
    if (endpoint.startsWith(QLatin1String("buildset/"))) {
        const auto uuid = endpoint.mid(9);
        for (const auto& build : m_builds) {
            if (build.buildset == uuid) {
                return TestResponse::json(200, buildsetJson(uuid, true));
            }
        }
        return cherryPyNotFound(QStringLiteral("Buildset not found"));
    }
    return cherryPyNotFound(QStringLiteral("Nothing matches the given URI"));
}
