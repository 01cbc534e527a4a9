#include "ZuulApi.h"

#include "registry/WebRequestJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace {

QDateTime zuulTime(const QJsonValue& value)
{
    // Zuul writes naive UTC timestamps ("2024-05-01T10:00:00"), sometimes with a zone.
    auto text = value.toString();
    if (text.isEmpty()) {
        return {};
    }
    auto time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime) {
        time.setTimeSpec(Qt::UTC);
    }
    return time.toUTC();
}

// Change fields: on the object itself (older Zuul), else in its "ref" object (newer Zuul: a build's "ref",
// a buildset's first of "refs").
struct RefFields
{
    QString project;
    QString branch;
    int change = 0;
    QString patchset;
    QString refUrl;

    static RefFields read(const QJsonObject& object, const QJsonObject& ref)
    {
        auto field = [&](const char* name) {
            const auto top = object.value(QLatin1String(name));
            return top.isUndefined() || top.isNull() ? ref.value(QLatin1String(name)) : top;
        };
        RefFields fields;
        fields.project = field("project").toString();
        fields.branch = field("branch").toString();
        const auto change = field("change");
        fields.change = change.isString() ? change.toString().toInt() : change.toInt();
        const auto patchset = field("patchset");
        fields.patchset = patchset.isString()   ? patchset.toString()
                          : patchset.isDouble() ? QString::number(patchset.toInt())
                                                : QString();
        fields.refUrl = field("ref_url").toString();
        return fields;
    }
};

} // namespace

ZuulBuild ZuulBuild::fromJson(const QJsonObject& object)
{
    ZuulBuild build;
    build.uuid = object.value(QLatin1String("uuid")).toString();
    build.jobName = object.value(QLatin1String("job_name")).toString();
    build.result = object.value(QLatin1String("result")).toString();
    // Older Zuul's "ref" is a string (refs/changes/…), newer Zuul's an object with the change in it.
    const auto ref = RefFields::read(object, object.value(QLatin1String("ref")).toObject());
    build.project = ref.project;
    build.branch = ref.branch;
    build.change = ref.change;
    build.patchset = ref.patchset;
    build.refUrl = ref.refUrl;
    const auto buildset = object.value(QLatin1String("buildset")).toObject();
    build.buildsetUuid = buildset.value(QLatin1String("uuid")).toString();
    build.pipeline = object.value(QLatin1String("pipeline")).toString();
    if (build.pipeline.isEmpty()) {
        build.pipeline = buildset.value(QLatin1String("pipeline")).toString();
    }
    build.startTime = zuulTime(object.value(QLatin1String("start_time")));
    build.endTime = zuulTime(object.value(QLatin1String("end_time")));
    const auto duration = object.value(QLatin1String("duration"));
    build.duration = duration.isDouble() ? duration.toDouble() : -1;
    build.voting = object.value(QLatin1String("voting")).toBool(true);
    build.logUrl = object.value(QLatin1String("log_url")).toString();
    build.artifacts = object.value(QLatin1String("artifacts")).toArray();
    return build;
}

ZuulBuildset ZuulBuildset::fromJson(const QJsonObject& object)
{
    ZuulBuildset buildset;
    buildset.uuid = object.value(QLatin1String("uuid")).toString();
    buildset.result = object.value(QLatin1String("result")).toString();
    buildset.message = object.value(QLatin1String("message")).toString();
    buildset.pipeline = object.value(QLatin1String("pipeline")).toString();
    const auto ref = RefFields::read(object, object.value(QLatin1String("refs")).toArray().first().toObject());
    buildset.project = ref.project;
    buildset.change = ref.change;
    buildset.patchset = ref.patchset;
    buildset.eventTime = zuulTime(object.value(QLatin1String("event_timestamp")));
    buildset.firstBuildStart = zuulTime(object.value(QLatin1String("first_build_start_time")));
    buildset.lastBuildEnd = zuulTime(object.value(QLatin1String("last_build_end_time")));
    // Builds inside a buildset carry neither their pipeline nor their buildset (older Zuul: nor their
    // change): they are the buildset's.
    for (const auto& item : object.value(QLatin1String("builds")).toArray()) {
        auto build = ZuulBuild::fromJson(item.toObject());
        build.buildsetUuid = buildset.uuid;
        build.pipeline = build.pipeline.isEmpty() ? buildset.pipeline : build.pipeline;
        if (build.change == 0) {
            build.project = buildset.project;
            build.change = buildset.change;
            build.patchset = buildset.patchset;
        }
        buildset.builds << build;
    }
    return buildset;
}

QList<ZuulBuildset> ZuulBuildset::group(const QList<ZuulBuild>& builds)
{
    QList<ZuulBuildset> sets;
    QHash<QString, qsizetype> index;
    for (const auto& build : builds) {
        const auto key = build.buildsetUuid.isEmpty() ? build.uuid : build.buildsetUuid;
        auto found = index.find(key);
        if (found == index.end()) {
            ZuulBuildset buildset;
            buildset.uuid = build.buildsetUuid;
            buildset.pipeline = build.pipeline;
            buildset.project = build.project;
            buildset.change = build.change;
            buildset.patchset = build.patchset;
            found = index.insert(key, sets.size());
            sets << buildset;
        }
        auto& buildset = sets[*found];
        buildset.builds << build;
        if (build.startTime.isValid() &&
            (!buildset.firstBuildStart.isValid() || build.startTime < buildset.firstBuildStart)) {
            buildset.firstBuildStart = build.startTime;
        }
        if (build.endTime.isValid() && (!buildset.lastBuildEnd.isValid() || build.endTime > buildset.lastBuildEnd)) {
            buildset.lastBuildEnd = build.endTime;
        }
    }
    for (auto& buildset : sets) {
        std::sort(buildset.builds.begin(), buildset.builds.end(), [](const ZuulBuild& a, const ZuulBuild& b) {
            return a.startTime != b.startTime ? a.startTime < b.startTime : a.jobName < b.jobName;
        });
        // A buildset succeeded when every voting build did; one still running has no result yet.
        bool running = false;
        bool failed = false;
        for (const auto& build : buildset.builds) {
            running = running || build.result.isEmpty();
            failed = failed || (build.voting && !build.result.isEmpty() && build.result != QLatin1String("SUCCESS") &&
                                build.result != QLatin1String("SKIPPED"));
        }
        buildset.result = running ? QString() : failed ? QStringLiteral("FAILURE") : QStringLiteral("SUCCESS");
    }
    std::stable_sort(sets.begin(), sets.end(), [](const ZuulBuildset& a, const ZuulBuildset& b) {
        return a.firstBuildStart > b.firstBuildStart;
    });
    return sets;
}

ZuulApi::ZuulApi(const QUrl& base, const QString& tenant, const RegistryOptions& tls, QObject* parent)
    : QObject(parent)
    , m_base(base)
    , m_tenant(tenant)
{
    auto address =
        RegistryAddress::parse((base.scheme() == QLatin1String("http") ? QStringLiteral("http://") : QString()) +
                               base.adjusted(QUrl::RemoveUserInfo).authority());
    m_client = new RegistryClient(address.value_or(RegistryAddress()), this);
    m_client->setOptions(tls);
    connect(m_client, &RegistryClient::trace, this, &ZuulApi::trace);
}

QStringList ZuulApi::postMergePipelines()
{
    return {QStringLiteral("post"), QStringLiteral("promote"), QStringLiteral("release"), QStringLiteral("deploy"),
            QStringLiteral("tag")};
}

QUrl ZuulApi::apiUrl(const QString& path, const QUrlQuery& query) const
{
    auto url = m_base;
    auto prefix = url.path();
    if (!prefix.endsWith(QLatin1Char('/'))) {
        prefix += QLatin1Char('/');
    }
    const auto scope = m_whiteLabel ? QStringLiteral("api/")
                                    : QStringLiteral("api/tenant/") +
                                          QString::fromLatin1(QUrl::toPercentEncoding(m_tenant)) + QLatin1Char('/');
    url.setPath(prefix + scope + path);
    url.setQuery(query);
    return url;
}

void ZuulApi::get(const QUrl& url, QObject* context, std::function<void(QByteArray, RegistryError)> done,
                  const QByteArray& accept)
{
    HttpRequest request;
    request.url = url;
    request.what = tr("Zuul API %1").arg(url.path());
    request.maxBufferedBody = 16 * 1024 * 1024;
    request.headers << qMakePair(QByteArray("Accept"), accept);
    auto* job = m_client->webRequest(request);
    QPointer<QObject> guard(context);
    connect(job, &RegistryJob::finished, this, [job, guard, done, url]() {
        job->deleteLater();
        if (!guard) {
            return;
        }
        if (job->error()) {
            done({}, job->error());
            return;
        }
        const auto& response = job->response();
        if (response.status != 200) {
            done({}, RegistryError::fromResponse(response.status, response.body, url.host(),
                                                 tr("Zuul API %1").arg(url.path())));
            return;
        }
        done(response.body, {});
    });
}

void ZuulApi::getApi(const QString& path, const QUrlQuery& query, QObject* context,
                     std::function<void(QByteArray, RegistryError)> done, const QByteArray& accept)
{
    QPointer<QObject> guard(context);
    auto request = [this, path, query, guard, done, accept]() {
        if (guard) {
            get(apiUrl(path, query), guard, done, accept);
        }
    };
    if (m_formKnown) {
        request();
        return;
    }
    m_waitingForForm << request;
    if (m_waitingForForm.size() > 1) {
        return; // /api/info is being asked already
    }
    detectWhiteLabel(this, [this](bool, const RegistryError&) {
        // Whatever /api/info said (an old Zuul has none, the network may be down), the requests go out now in the
        // form known, and report what is wrong with them.
        m_formKnown = true;
        for (const auto& waiting : std::exchange(m_waitingForForm, {})) {
            waiting();
        }
    });
}

void ZuulApi::detectWhiteLabel(QObject* context, std::function<void(bool, RegistryError)> done)
{
    auto url = m_base;
    url.setPath((url.path().endsWith(QLatin1Char('/')) ? url.path() : url.path() + QLatin1Char('/')) +
                QStringLiteral("api/info"));
    get(url, context, [this, done](const QByteArray& body, RegistryError error) {
        if (error) {
            done(false, error);
            return;
        }
        QJsonParseError parseError;
        const auto document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            done(false, {RegistryError::Kind::Protocol,
                         tr("%1 does not look like Zuul: /api/info is not JSON").arg(m_base.toDisplayString())});
            return;
        }
        const auto tenant = document.object().value(QLatin1String("info")).toObject().value(QLatin1String("tenant"));
        const bool whiteLabel = tenant.isString() && !tenant.toString().isEmpty();
        if (whiteLabel && !m_tenant.isEmpty() && tenant.toString() != m_tenant) {
            done(false, {RegistryError::Kind::Usage, tr("%1 serves only the tenant %2, not %3")
                                                         .arg(m_base.toDisplayString(), tenant.toString(), m_tenant)});
            return;
        }
        m_whiteLabel = whiteLabel;
        m_formKnown = true;
        if (whiteLabel) {
            m_tenant = tenant.toString();
        }
        done(whiteLabel, {});
    });
}

void ZuulApi::projectKey(const QString& project, QObject* context, std::function<void(QByteArray, RegistryError)> done)
{
    static const QRegularExpression projectRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]*\\z"));
    if (!projectRe.match(project).hasMatch() || project.contains(QLatin1String(".."))) {
        done({}, {RegistryError::Kind::Usage, tr("\"%1\" is not a Zuul project name").arg(project.left(200))});
        return;
    }
    const auto path =
        QStringLiteral("key/") + QString::fromLatin1(QUrl::toPercentEncoding(project, "/")) + QStringLiteral(".pub");
    getApi(
        path, {}, context,
        [this, project, done](const QByteArray& body, RegistryError error) {
            if (error) {
                if (error.kind() == RegistryError::Kind::NotFound) {
                    error = {RegistryError::Kind::NotFound,
                             tr("Zuul at %1 knows no project %2 in tenant %3")
                                 .arg(m_base.toDisplayString(), project, m_tenant),
                             error.httpStatus(), error.codes()};
                }
                done({}, error);
                return;
            }
            if (!body.trimmed().startsWith("-----BEGIN PUBLIC KEY-----") &&
                !body.trimmed().startsWith("-----BEGIN RSA PUBLIC KEY-----")) {
                done({}, {RegistryError::Kind::Protocol,
                          tr("Zuul's answer for the key of %1 is not a PEM public key").arg(project)});
                return;
            }
            done(body, {});
        },
        "text/plain");
}

void ZuulApi::build(const QString& uuid, QObject* context, std::function<void(ZuulBuild, RegistryError)> done)
{
    static const QRegularExpression uuidRe(QStringLiteral("^[0-9a-f]{32}\\z"));
    if (!uuidRe.match(uuid).hasMatch()) {
        done({}, {RegistryError::Kind::Usage, tr("\"%1\" is not a Zuul build uuid").arg(uuid.left(64))});
        return;
    }
    if (m_builds.contains(uuid)) {
        done(m_builds.value(uuid), {});
        return;
    }
    getApi(
        QStringLiteral("build/") + uuid, {}, context, [this, uuid, done](const QByteArray& body, RegistryError error) {
            if (error) {
                done({}, error);
                return;
            }
            const auto object = QJsonDocument::fromJson(body).object();
            auto build = ZuulBuild::fromJson(object);
            if (build.uuid != uuid) {
                done({}, {RegistryError::Kind::Protocol, tr("Zuul answered build %1 with something else").arg(uuid)});
                return;
            }
            // Finished builds never change again; running ones are asked for afresh next time.
            if (build.isFinished()) {
                m_builds.insert(uuid, build);
            }
            done(build, {});
        });
}

void ZuulApi::builds(const ZuulBuildFilter& filter, QObject* context,
                     std::function<void(QList<ZuulBuild>, RegistryError)> done)
{
    QUrlQuery query;
    if (filter.change > 0) {
        query.addQueryItem(QStringLiteral("change"), QString::number(filter.change));
    }
    if (!filter.patchset.isEmpty()) {
        query.addQueryItem(QStringLiteral("patchset"), filter.patchset);
    }
    if (!filter.pipeline.isEmpty()) {
        query.addQueryItem(QStringLiteral("pipeline"), filter.pipeline);
    }
    if (!filter.jobName.isEmpty()) {
        query.addQueryItem(QStringLiteral("job_name"), filter.jobName);
    }
    if (!filter.project.isEmpty()) {
        query.addQueryItem(QStringLiteral("project"), filter.project);
    }
    query.addQueryItem(QStringLiteral("limit"), QString::number(filter.limit));
    if (filter.skip > 0) {
        query.addQueryItem(QStringLiteral("skip"), QString::number(filter.skip));
    }
    getApi(QStringLiteral("builds"), query, context, [done](const QByteArray& body, RegistryError error) {
        if (error) {
            done({}, error);
            return;
        }
        const auto doc = QJsonDocument::fromJson(body);
        if (!doc.isArray()) {
            done({}, {RegistryError::Kind::Protocol, tr("Zuul's builds answer is not a list")});
            return;
        }
        QList<ZuulBuild> result;
        for (const auto& item : doc.array()) {
            result << ZuulBuild::fromJson(item.toObject());
        }
        done(result, {});
    });
}

void ZuulApi::allBuilds(const ZuulBuildFilter& filter, int maxBuilds, QObject* context,
                        std::function<void(QList<ZuulBuild>, bool, RegistryError)> done)
{
    auto first = filter;
    first.skip = 0;
    first.limit = std::clamp(filter.limit, 1, 1000);
    nextPage(first, maxBuilds, {}, context, std::move(done));
}

void ZuulApi::nextPage(ZuulBuildFilter filter, int maxBuilds, QList<ZuulBuild> sofar, QObject* context,
                       std::function<void(QList<ZuulBuild>, bool, RegistryError)> done)
{
    QPointer<QObject> guard(context);
    builds(filter, context,
           [this, filter, maxBuilds, sofar, guard, done](const QList<ZuulBuild>& page,
                                                         const RegistryError& error) mutable {
               if (error) {
                   done({}, false, error);
                   return;
               }
               // Pages are by position in a list that grows at the front while Zuul runs: a build can
               // move to the next page between two requests, so builds already seen are skipped.
               QSet<QString> seen;
               for (const auto& build : sofar) {
                   seen.insert(build.uuid);
               }
               for (const auto& build : page) {
                   if (!seen.contains(build.uuid)) {
                       sofar << build;
                   }
               }
               if (sofar.size() >= maxBuilds) {
                   const bool truncated = sofar.size() > maxBuilds || page.size() == filter.limit;
                   done(sofar.mid(0, maxBuilds), truncated, {});
                   return;
               }
               if (page.size() < filter.limit || !guard) {
                   done(sofar, false, {});
                   return;
               }
               filter.skip += filter.limit;
               nextPage(filter, maxBuilds, sofar, guard, done);
           });
}

void ZuulApi::buildset(const QString& uuid, QObject* context, std::function<void(ZuulBuildset, RegistryError)> done)
{
    static const QRegularExpression uuidRe(QStringLiteral("^[0-9a-f]{32}\\z"));
    if (!uuidRe.match(uuid).hasMatch()) {
        done({}, {RegistryError::Kind::Usage, tr("\"%1\" is not a Zuul buildset uuid").arg(uuid.left(64))});
        return;
    }
    getApi(QStringLiteral("buildset/") + uuid, {}, context,
           [this, uuid, done](const QByteArray& body, RegistryError error) {
               if (error) {
                   if (error.kind() == RegistryError::Kind::NotFound) {
                       error = {RegistryError::Kind::NotFound,
                                tr("Zuul at %1 knows no buildset %2 in tenant %3")
                                    .arg(m_base.toDisplayString(), uuid, m_tenant),
                                error.httpStatus(), error.codes()};
                   }
                   done({}, error);
                   return;
               }
               const auto document = QJsonDocument::fromJson(body);
               auto buildset = ZuulBuildset::fromJson(document.object());
               if (!document.isObject() || buildset.uuid != uuid) {
                   done({},
                        {RegistryError::Kind::Protocol, tr("Zuul answered buildset %1 with something else").arg(uuid)});
                   return;
               }
               done(buildset, {});
           });
}
