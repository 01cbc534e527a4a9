// Registries that answer less than registry:2 does: zuul-registry as it really answers (FaultServer's
// zuul-registry profile: bearer tokens without expiry, no API-version header, HEAD without a digest, no DELETE,
// no catalog) and a "minimal registry" (a real registry:2 behind a front that strips the API-version header and
// the HEAD digest). Every operation works on both; on zuul-registry the operations that delete are refused before
// anything is written, and the refusal names the registry and the remedy. Core and CLI alike.
#include "FaultServer.h"
#include "JobWait.h"
#include "RegistryProcess.h"
#include "TestClient.h"
#include "TestImage.h"
#include "TestPki.h"
#include "TestProcess.h"
#include "lab/FlowRehearsal.h"
#include "registry/ListJob.h"
#include "registry/ManifestJob.h"
#include "registry/PingJob.h"
#include "registry/RegistryClient.h"
#include "transfer/ImageCopier.h"
#include "transfer/ImageInspector.h"
#include "transfer/ManifestDeleter.h"
#include "transfer/Promoter.h"
#include "transfer/Pruner.h"
#include "transfer/TagRemover.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLenientRegistries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void pingNeedsNoApiVersion_data();
    void pingNeedsNoApiVersion();
    void resolvesTagDigests_data();
    void resolvesTagDigests();
    void copiesInAndOut_data();
    void copiesInAndOut();
    void promotesWithinIt_data();
    void promotesWithinIt();
    void inspectsAndDiffs_data();
    void inspectsAndDiffs();
    void zuulRegistryRefusesDeletesBeforeAnyWrite();
    void zuulRegistryRefusalsInTheCli();
    void minimalRegistryDeletes();
    void rehearsesAsBuildsetRegistry_data();
    void rehearsesAsBuildsetRegistry();

private:
    void profiles();
    FaultedRegistry& front(const QString& profile);
    RegistryClient* frontClient(const QString& profile);
    RegistryClient* client(const RegistryProcess& registry);
    Reference on(const QString& hostPort, const QString& rest) const;
    void pushTo(const QString& profile, const QString& rest);
    QStringList tagsOf(const QString& profile, const QString& repository);
    TestProcess::Result cli(const QStringList& arguments) const;
    static bool run(Job* job);

    QTemporaryDir m_dir;
    FaultedRegistry m_zuul;
    FaultedRegistry m_minimal;
    std::unique_ptr<RegistryProcess> m_intermediate;
    std::unique_ptr<RegistryProcess> m_publication;
    QString m_digest;
    QString m_certs;
    QString m_auth;
    QList<RegistryClient*> m_clients;
};

void TestLenientRegistries::initTestCase()
{
    QString error;
    QVERIFY2(m_zuul.start(m_dir.filePath(u"zuul"_s), FaultServer::Profile::ZuulRegistry, &error), qPrintable(error));
    QVERIFY2(m_minimal.start(m_dir.filePath(u"minimal"_s), FaultServer::Profile::MinimalRegistry, &error),
             qPrintable(error));
    m_intermediate = std::make_unique<RegistryProcess>();
    QVERIFY2(m_intermediate->start(&error), qPrintable(error));
    m_publication = std::make_unique<RegistryProcess>();
    QVERIFY2(m_publication->start(&error), qPrintable(error));

    TestImage image;
    image.addLayer({TestImage::Entry::randomFile(u"opt/app/data.bin"_s, 200 * 1024, 5)});
    image.addLayer({TestImage::Entry::file(u"etc/app/config"_s, "value=2\n")});
    const auto layout = image.writeLayout(m_dir.filePath(u"img"_s), u"latest"_s, &error);
    QVERIFY2(!layout.isEmpty(), qPrintable(error));
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_intermediate->hostPort() + u"/zuul/app:latest"_s, *m_intermediate,
                                       &m_digest, &error),
             qPrintable(error));

    // One certs.d and one auth file for the CLI, covering all four registries.
    m_certs = m_dir.filePath(u"certs.d"_s);
    const QList<QPair<QString, QString>> cas{{m_zuul.front->hostPort(), m_zuul.caCert()},
                                             {m_minimal.front->hostPort(), m_minimal.caCert()},
                                             {m_intermediate->hostPort(), m_intermediate->caFile()},
                                             {m_publication->hostPort(), m_publication->caFile()}};
    QByteArray auths;
    for (const auto& [hostPort, ca] : cas) {
        QVERIFY(QDir().mkpath(m_certs + u'/' + hostPort));
        QVERIFY(QFile::copy(ca, m_certs + u'/' + hostPort + u"/ca.crt"_s));
        const auto login = (u"zuul:secret-pw-1"_s).toUtf8().toBase64();
        auths += (auths.isEmpty() ? "" : ",") + ('"' + hostPort.toUtf8() + R"(":{"auth":")" + login + "\"}");
    }
    QCOMPARE(m_zuul.backend->username(), u"zuul"_s);
    QCOMPARE(m_zuul.backend->password(), u"secret-pw-1"_s);
    m_auth = m_dir.filePath(u"auth.json"_s);
    QFile auth(m_auth);
    QVERIFY(auth.open(QIODevice::WriteOnly));
    auth.write(R"({"auths":{)" + auths + "}}");
}

void TestLenientRegistries::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
}

void TestLenientRegistries::profiles()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("zuul-registry") << u"zuul"_s;
    QTest::newRow("minimal registry") << u"minimal"_s;
}

FaultedRegistry& TestLenientRegistries::front(const QString& profile)
{
    return profile == u"zuul"_s ? m_zuul : m_minimal;
}

RegistryClient* TestLenientRegistries::frontClient(const QString& profile)
{
    const auto& registry = front(profile);
    m_clients << newTestClient(registry.front->hostPort(), registry.caCert(), registry.backend->username(),
                               registry.backend->password(), this);
    return m_clients.last();
}

RegistryClient* TestLenientRegistries::client(const RegistryProcess& registry)
{
    m_clients << newTestClient(registry.hostPort(), registry.caFile(), registry.username(), registry.password(), this);
    return m_clients.last();
}

Reference TestLenientRegistries::on(const QString& hostPort, const QString& rest) const
{
    return *Reference::parse(hostPort + u'/' + rest);
}

void TestLenientRegistries::pushTo(const QString& profile, const QString& rest)
{
    ImageCopier copier(client(*m_intermediate), on(m_intermediate->hostPort(), u"zuul/app:latest"_s),
                       frontClient(profile), on(front(profile).front->hostPort(), rest));
    QVERIFY(run(&copier));
    QVERIFY2(!copier.error(), qPrintable(copier.error().message()));
    QCOMPARE(copier.digest().toString(), m_digest);
}

QStringList TestLenientRegistries::tagsOf(const QString& profile, const QString& repository)
{
    auto* list = frontClient(profile)->tags(repository);
    [&]() { AWAIT_OK(list); }();
    auto tags = list->items();
    tags.sort();
    return tags;
}

TestProcess::Result TestLenientRegistries::cli(const QStringList& arguments) const
{
    return TestProcess::run(QStringLiteral(REGISTRYDESK_CLI),
                            QStringList{u"--authfile"_s, m_auth, u"--certs-dir"_s, m_certs} + arguments, 120'000, {},
                            TestProcess::isolatedEnvironment(m_dir.filePath(u"home"_s)));
}

bool TestLenientRegistries::run(Job* job)
{
    job->start();
    return waitForJob(job, 120'000);
}

void TestLenientRegistries::pingNeedsNoApiVersion_data()
{
    profiles();
}

void TestLenientRegistries::pingNeedsNoApiVersion()
{
    QFETCH(QString, profile);
    auto* c = frontClient(profile);
    auto* ping = c->ping();
    AWAIT_OK(ping);
    QVERIFY(ping->apiVersion().isEmpty());
    auto* learn = c->learnCapabilities();
    AWAIT_OK(learn);
    if (profile == u"zuul"_s) {
        QCOMPARE(c->describe(), u"bearer auth, API version not stated, no catalog, cannot delete"_s);
    } else {
        QCOMPARE(c->describe(), u"basic auth, API version not stated"_s);
    }

    const auto result = cli({u"ping"_s, front(profile).front->hostPort()});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("API version: not stated"), result.out.constData());
    QCOMPARE(result.out.contains("cannot delete"), profile == u"zuul"_s);
}

void TestLenientRegistries::resolvesTagDigests_data()
{
    profiles();
}

void TestLenientRegistries::resolvesTagDigests()
{
    QFETCH(QString, profile);
    pushTo(profile, u"resolve/app:v1"_s);
    auto* c = frontClient(profile);
    // The registry's HEAD says no digest and no length: the one resolver reads the bytes instead.
    auto* resolved = c->resolveDigest(u"resolve/app"_s, u"v1"_s);
    AWAIT_OK(resolved);
    QCOMPARE(resolved->digest().toString(), m_digest);
    QVERIFY(resolved->size() > 0);
    auto* missing = c->resolveDigest(u"resolve/app"_s, u"v404"_s);
    AWAIT_JOB(missing);
    QCOMPARE(missing->error().kind(), RegistryError::Kind::NotFound);

    const auto result = cli({u"digest"_s, front(profile).front->hostPort() + u"/resolve/app:v1"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out.trimmed(), m_digest.toUtf8());
}

void TestLenientRegistries::copiesInAndOut_data()
{
    profiles();
}

void TestLenientRegistries::copiesInAndOut()
{
    QFETCH(QString, profile);
    pushTo(profile, u"copy/app:v1"_s);
    const auto out = cli({u"copy"_s, front(profile).front->hostPort() + u"/copy/app:v1"_s,
                          m_publication->hostPort() + u"/from-"_s + profile + u"/app:v1"_s});
    QVERIFY2(out.exitCode == 0, out.err.constData());
    QVERIFY(m_publication->hasManifest(u"from-"_s + profile + u"/app"_s, m_digest));
    QVERIFY(m_publication->hasManifest(u"from-"_s + profile + u"/app"_s, u"v1"_s));
}

void TestLenientRegistries::promotesWithinIt_data()
{
    profiles();
}

void TestLenientRegistries::promotesWithinIt()
{
    QFETCH(QString, profile);
    pushTo(profile, u"promo/app:change_9_v1"_s);
    auto* c = frontClient(profile);
    Promoter promoter(c, on(front(profile).front->hostPort(), u"promo/app:change_9_v1"_s), u"v1"_s, true);
    QVERIFY(run(&promoter));
    auto* promoted = c->resolveDigest(u"promo/app"_s, u"v1"_s);
    AWAIT_OK(promoted);
    QCOMPARE(promoted->digest().toString(), m_digest);
    if (profile == u"zuul"_s) {
        // The final tag is there; the temporary one stays, and the message says why.
        QCOMPARE(promoter.error().kind(), RegistryError::Kind::Unsupported);
        QVERIFY2(promoter.error().message().contains(u"zuul-registry prune"_s), qPrintable(promoter.error().message()));
        QCOMPARE(tagsOf(profile, u"promo/app"_s), (QStringList{u"change_9_v1"_s, u"v1"_s}));
    } else {
        QVERIFY2(!promoter.error(), qPrintable(promoter.error().message()));
        QCOMPARE(tagsOf(profile, u"promo/app"_s), QStringList{u"v1"_s});
    }
}

void TestLenientRegistries::inspectsAndDiffs_data()
{
    profiles();
}

void TestLenientRegistries::inspectsAndDiffs()
{
    QFETCH(QString, profile);
    pushTo(profile, u"look/app:v1"_s);
    ImageInspector inspector(frontClient(profile), u"look/app"_s, u"v1"_s);
    QVERIFY(run(&inspector));
    QVERIFY2(!inspector.error(), qPrintable(inspector.error().message()));
    QCOMPARE(inspector.topDigest().toString(), m_digest);
    QVERIFY(inspector.config().has_value());

    const auto frontImage = front(profile).front->hostPort() + u"/look/app:v1"_s;
    const auto inspect = cli({u"inspect"_s, frontImage});
    QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
    QVERIFY2(inspect.out.contains(m_digest.toUtf8()), inspect.out.constData());
    const auto diff =
        cli({u"diff"_s, u"--no-cache"_s, frontImage, m_intermediate->hostPort() + u"/zuul/app:latest"_s, u"--json"_s});
    QVERIFY2(diff.exitCode == 0, diff.err.constData());
    const auto files = QJsonDocument::fromJson(diff.out).object().value(u"files"_s);
    QVERIFY2(files.isArray() && files.toArray().isEmpty(), diff.out.constData()); // the same image on both sides
}

void TestLenientRegistries::zuulRegistryRefusesDeletesBeforeAnyWrite()
{
    pushTo(u"zuul"_s, u"keep/app:v1"_s);
    pushTo(u"zuul"_s, u"keep/app:0123456789abcdef0123456789abcdef_v1"_s);
    const auto before = tagsOf(u"zuul"_s, u"keep/app"_s);
    QCOMPARE(before.size(), 2);
    const auto host = m_zuul.front->hostPort();
    m_zuul.front->clearRequests();

    auto* c = frontClient(u"zuul"_s);
    TagRemover untag(c, on(host, u"keep/app:v1"_s));
    QVERIFY(run(&untag));
    ManifestDeleter remove(c, on(host, u"keep/app:v1"_s), false);
    QVERIFY(run(&remove));
    PruneOptions options;
    options.repository = u"keep/app"_s;
    options.olderThanSeconds = 0;
    Pruner prune(c, options);
    QVERIFY(run(&prune));
    for (const Job* job : {static_cast<Job*>(&untag), static_cast<Job*>(&remove), static_cast<Job*>(&prune)}) {
        QCOMPARE(job->error().kind(), RegistryError::Kind::Unsupported);
        QVERIFY2(job->error().message().contains(host), qPrintable(job->error().message()));
        QVERIFY2(job->error().message().contains(u"zuul-registry prune"_s), qPrintable(job->error().message()));
    }

    // Nothing was written: no upload, no manifest, and the one DELETE asked for a digest nobody holds.
    const auto requests = m_zuul.front->requests();
    int deletes = 0;
    for (const auto& request : requests) {
        QVERIFY2(request.method != "PUT" && request.method != "POST" && request.method != "PATCH",
                 request.method + ' ' + request.target);
        if (request.method == "DELETE") {
            QVERIFY(!request.target.contains(m_digest.toUtf8()));
            deletes += request.header("Authorization").startsWith("Bearer ") ? 1 : 0; // past the 401 challenge
        }
    }
    QCOMPARE(deletes, 1); // learnt once per client, kept for the next operations
    QCOMPARE(tagsOf(u"zuul"_s, u"keep/app"_s), before);
}

void TestLenientRegistries::zuulRegistryRefusalsInTheCli()
{
    pushTo(u"zuul"_s, u"cli/app:v1"_s);
    const auto before = tagsOf(u"zuul"_s, u"cli/app"_s);
    const auto host = m_zuul.front->hostPort();
    m_zuul.front->clearRequests();
    const QList<QStringList> commands{{u"untag"_s, host + u"/cli/app:v1"_s},
                                      {u"delete"_s, host + u"/cli/app:v1"_s},
                                      {u"prune"_s, host, u"--older-than"_s, u"1h"_s, u"--repository"_s, u"cli/app"_s}};
    for (const auto& command : commands) {
        const auto result = cli(command);
        QVERIFY2(result.exitCode == 1, qPrintable(command.join(u' ') + u": "_s + QString::fromUtf8(result.err)));
        QVERIFY(result.out.isEmpty());
        const auto lines = result.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith("error: ") && lines.first().contains(host.toUtf8()) &&
                     lines.first().contains("zuul-registry prune"),
                 lines.first().constData());
    }
    for (const auto& request : m_zuul.front->requests()) {
        QVERIFY2(request.method != "PUT" && request.method != "POST" && request.method != "PATCH",
                 request.method + ' ' + request.target);
    }
    QCOMPARE(tagsOf(u"zuul"_s, u"cli/app"_s), before);
}

void TestLenientRegistries::minimalRegistryDeletes()
{
    pushTo(u"minimal"_s, u"gone/app:v1"_s);
    pushTo(u"minimal"_s, u"gone/app:v2"_s);
    const auto host = m_minimal.front->hostPort();
    const auto untag = cli({u"untag"_s, host + u"/gone/app:v1"_s});
    QVERIFY2(untag.exitCode == 0, untag.err.constData());
    QCOMPARE(tagsOf(u"minimal"_s, u"gone/app"_s), QStringList{u"v2"_s});
    const auto remove = cli({u"delete"_s, host + u"/gone/app:v2"_s});
    QVERIFY2(remove.exitCode == 0, remove.err.constData());
    QVERIFY(!m_minimal.backend->hasManifest(u"gone/app"_s, m_digest));
}

void TestLenientRegistries::rehearsesAsBuildsetRegistry_data()
{
    profiles();
}

void TestLenientRegistries::rehearsesAsBuildsetRegistry()
{
    QFETCH(QString, profile);
    RehearsalOptions options;
    options.repository = u"rehearsal/"_s + profile;
    FlowRehearsal rehearsal(client(*m_intermediate), frontClient(profile), client(*m_publication), options);
    QVERIFY(run(&rehearsal));
    QVERIFY2(!rehearsal.error(), qPrintable(rehearsal.error().message()));
    for (const auto& step : rehearsal.steps()) {
        QVERIFY2(step.done && step.ok, qPrintable(step.title + u": "_s + step.detail));
    }
    const auto cleanUp = rehearsal.steps().last().detail;
    if (profile == u"zuul"_s) {
        // The clean-up names the tag it could not remove there, and why.
        QVERIFY2(
            cleanUp.contains(u"not removed: "_s + m_zuul.front->hostPort() + u'/' + options.repository + u":latest"_s),
            qPrintable(cleanUp));
        QVERIFY2(cleanUp.contains(u"zuul-registry prune"_s), qPrintable(cleanUp));
        QCOMPARE(tagsOf(profile, options.repository), QStringList{u"latest"_s});
    } else {
        QVERIFY2(cleanUp.startsWith(u"4 tags removed"_s), qPrintable(cleanUp));
        QVERIFY(!m_minimal.backend->hasManifest(options.repository, u"latest"_s));
    }
}

QTEST_GUILESS_MAIN(TestLenientRegistries)
#include "TestLenientRegistries.moc"
