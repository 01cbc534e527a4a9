// Pruning the intermediate registry against the real registry, with a local server that answers Zuul's
// REST paths in Zuul's shapes (Zuul itself cannot run here).
#include "JobWait.h"
#include "RegistryProcess.h"
#include "Skopeo.h"
#include "TestImage.h"
#include "TestProcess.h"
#include "TestServer.h"
#include "registry/ListJob.h"
#include "registry/RegistryClient.h"
#include "transfer/Pruner.h"
#include "zuul/ZuulApi.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kOld = QStringLiteral("0123456789abcdef0123456789abcdef");     // ended 10 days ago, change 100 merged
const QString kRecent = QStringLiteral("11111111111111111111111111111111");  // ended 2 hours ago
const QString kUnknown = QStringLiteral("22222222222222222222222222222222"); // Zuul does not know it
const QString kRunning = QStringLiteral("33333333333333333333333333333333"); // still running
const QString kOldOpen = QStringLiteral("44444444444444444444444444444444"); // ended 10 days ago, change 101 open

// What registry:2 keeps in its blob store: the sum of its blobs/…/data files.
qint64 blobBytes(const RegistryProcess& registry)
{
    qint64 total = 0;
    QDirIterator it(registry.dataDir() + QStringLiteral("/docker/registry/v2/blobs"), {QStringLiteral("data")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        total += it.nextFileInfo().size();
    }
    return total;
}

QJsonObject build(const QString& uuid, int change, const QString& pipeline, const QDateTime& end)
{
    QJsonObject object{{QStringLiteral("uuid"), uuid},
                       {QStringLiteral("job_name"), QStringLiteral("site-build-docker-image")},
                       {QStringLiteral("result"), end.isValid() ? QStringLiteral("SUCCESS") : QJsonValue()},
                       {QStringLiteral("project"), QStringLiteral("example/app")},
                       {QStringLiteral("pipeline"), pipeline},
                       {QStringLiteral("change"), change},
                       {QStringLiteral("patchset"), QStringLiteral("3")},
                       {QStringLiteral("start_time"), end.addSecs(-600).toString(Qt::ISODate).remove(QLatin1Char('Z'))},
                       {QStringLiteral("end_time"),
                        end.isValid() ? QJsonValue(end.toString(Qt::ISODate).remove(QLatin1Char('Z'))) : QJsonValue()},
                       {QStringLiteral("log_url"), QStringLiteral("https://logs.example.org/") + uuid},
                       {QStringLiteral("artifacts"), QJsonArray()}};
    return object;
}

} // namespace

class TestPruner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void zuulApiReadsBuilds_data();
    void zuulApiReadsBuilds();
    void dryRunAndRealRunAgree();
    void finishedChangesOnly();
    void ageFromImageCreatedWithoutZuul();
    void temporaryTagsOnPublicationRegistry();
    void reclaimableBytesAreWhatGarbageCollectionFrees();
    void deletesDisabledIsExplained();

private:
    RegistryClient* client(const RegistryProcess& registry);
    void push(const RegistryProcess& registry, const QString& layout, const QStringList& targets);
    QStringList tags(const RegistryProcess& registry, const QString& repository);
    Pruner* prune(const RegistryProcess& registry, PruneOptions options, bool withZuul);

    QTemporaryDir m_work;
    TestServer m_zuul;
    std::unique_ptr<RegistryProcess> m_registry;
    std::unique_ptr<ZuulApi> m_api;
    QString m_oldLayout;
    QString m_newLayout;
    QList<RegistryClient*> m_clients;
};

void TestPruner::initTestCase()
{
    const auto now = QDateTime::currentDateTimeUtc();
    const QHash<QString, QJsonObject> builds{
        {kOld, build(kOld, 100, QStringLiteral("gate"), now.addDays(-10))},
        {kRecent, build(kRecent, 100, QStringLiteral("check"), now.addSecs(-7200))},
        {kRunning, build(kRunning, 102, QStringLiteral("check"), QDateTime())},
        {kOldOpen, build(kOldOpen, 101, QStringLiteral("check"), now.addDays(-10))},
    };
    m_zuul.setHandler([builds, now](const TestRequest& request) {
        for (const auto* prefix : {"/api/tenant/example/", "/api/"}) {
            const auto path = request.path();
            if (!path.startsWith(QLatin1String(prefix))) {
                continue;
            }
            const auto rest = path.mid(static_cast<qsizetype>(qstrlen(prefix)));
            if (rest.startsWith(QLatin1String("build/"))) {
                const auto uuid = rest.mid(6);
                if (!builds.contains(uuid)) {
                    return TestResponse::json(404, QByteArray(R"({"description":"Build not found"})"));
                }
                return TestResponse::json(200, builds.value(uuid));
            }
            if (rest == QLatin1String("builds")) {
                const auto change = request.query().queryItemValue(QStringLiteral("change")).toInt();
                QJsonArray result;
                if (change == 100) {
                    result << build(QStringLiteral("55555555555555555555555555555555"), 100, QStringLiteral("promote"),
                                    now.addDays(-9));
                }
                for (const auto& b : builds) {
                    if (b.value(QLatin1String("change")).toInt() == change) {
                        result << b;
                    }
                }
                return TestResponse::json(200, QJsonDocument(result).toJson());
            }
        }
        return TestResponse::json(404, QByteArray("{}"));
    });
    QString error;
    QVERIFY2(m_zuul.start(&error), qPrintable(error));

    TestImage old;
    old.addLayer({TestImage::Entry(QStringLiteral("old"), "built long ago\n")});
    old.setCreated(QDateTime::currentDateTimeUtc().addDays(-30));
    m_oldLayout = old.writeLayout(m_work.filePath(QStringLiteral("old")), QStringLiteral("x"), &error);
    TestImage fresh;
    fresh.addLayer({TestImage::Entry(QStringLiteral("new"), "built just now\n")});
    fresh.setCreated(QDateTime::currentDateTimeUtc().addSecs(-60));
    m_newLayout = fresh.writeLayout(m_work.filePath(QStringLiteral("new")), QStringLiteral("x"), &error);
    QVERIFY(!m_oldLayout.isEmpty() && !m_newLayout.isEmpty());
}

void TestPruner::init()
{
    QString error;
    m_registry = std::make_unique<RegistryProcess>();
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    m_api = std::make_unique<ZuulApi>(m_zuul.baseUrl(), QStringLiteral("example"));
}

void TestPruner::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    if (QTest::currentTestFailed()) {
        m_registry->dumpLogOnFailure();
    }
    m_registry.reset();
}

RegistryClient* TestPruner::client(const RegistryProcess& registry)
{
    auto* c = new RegistryClient(*RegistryAddress::parse(registry.hostPort()), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(registry.caFile());
    c->setOptions(options);
    c->setCredentials({registry.username(), registry.password(), false});
    m_clients << c;
    return c;
}

void TestPruner::push(const RegistryProcess& registry, const QString& layout, const QStringList& targets)
{
    for (const auto& target : targets) {
        QString error;
        QVERIFY2(TestImage::pushWithSkopeo(layout, registry.hostPort() + QLatin1Char('/') + target, registry, nullptr,
                                           &error),
                 qPrintable(error));
    }
}

QStringList TestPruner::tags(const RegistryProcess& registry, const QString& repository)
{
    auto* job = client(registry)->tags(repository);
    waitForJob(job);
    auto items = job->items();
    items.sort();
    return items;
}

Pruner* TestPruner::prune(const RegistryProcess& registry, PruneOptions options, bool withZuul)
{
    return new Pruner(client(registry), options, withZuul ? m_api.get() : nullptr, this);
}

void TestPruner::zuulApiReadsBuilds_data()
{
    QTest::addColumn<bool>("whiteLabel");
    QTest::newRow("tenant") << false;
    QTest::newRow("white label") << true;
}

void TestPruner::zuulApiReadsBuilds()
{
    QFETCH(bool, whiteLabel);
    ZuulApi api(m_zuul.baseUrl(), QStringLiteral("example"));
    api.setWhiteLabel(whiteLabel);
    ZuulBuild result;
    RegistryError error;
    bool done = false;
    api.build(kOld, this, [&](const ZuulBuild& b, const RegistryError& e) {
        result = b;
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(result.uuid, kOld);
    QCOMPARE(result.jobName, QStringLiteral("site-build-docker-image"));
    QCOMPARE(result.change, 100);
    QCOMPARE(result.patchset, QStringLiteral("3"));
    QCOMPARE(result.pipeline, QStringLiteral("gate"));
    QVERIFY(result.isFinished());
    QVERIFY(qAbs(result.endTime.secsTo(QDateTime::currentDateTimeUtc()) - 10 * 86400) < 120);

    done = false;
    api.build(kUnknown, this, [&](const ZuulBuild&, const RegistryError& e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.kind(), RegistryError::Kind::NotFound);

    QList<ZuulBuild> list;
    done = false;
    ZuulBuildFilter filter;
    filter.change = 100;
    api.builds(filter, this, [&](const QList<ZuulBuild>& builds, const RegistryError& e) {
        list = builds;
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!error);
    QCOMPARE(list.size(), 3);
    QCOMPARE(m_zuul.requests().last().query().queryItemValue(QStringLiteral("change")), QStringLiteral("100"));
}

void TestPruner::dryRunAndRealRunAgree()
{
    // One image under many tags: removal must go tag by tag, keeping the rest.
    const auto tagged = [](const QString& build) {
        return QStringLiteral("zuul/app:") + build + QStringLiteral("_latest");
    };
    push(*m_registry, m_newLayout,
         {tagged(kOld), tagged(kRecent), tagged(kUnknown), tagged(kRunning), QStringLiteral("zuul/app:latest"),
          QStringLiteral("zuul/app:change_100_latest"),
          QStringLiteral("other/app:") + kOld + QStringLiteral("_latest")});
    push(*m_registry, m_oldLayout, {tagged(kUnknown)}); // unknown to Zuul: its image's created time counts
    PruneOptions options;
    options.olderThanSeconds = 86400;
    options.repository = QStringLiteral("zuul/app");
    options.dryRun = true;
    auto* dry = prune(*m_registry, options, true);
    AWAIT_OK(dry);
    QStringList planned;
    for (const auto& c : dry->selected()) {
        planned << c.tag;
    }
    QCOMPARE(planned, (QStringList{kOld + QStringLiteral("_latest"), kUnknown + QStringLiteral("_latest")}));
    QCOMPARE(dry->selected().first().basis, QStringLiteral("zuul build end"));
    QCOMPARE(dry->selected().last().basis, QStringLiteral("image created"));
    QCOMPARE(tags(*m_registry, QStringLiteral("zuul/app")).size(), 6); // a dry run deletes nothing

    options.dryRun = false;
    auto* real = prune(*m_registry, options, true);
    AWAIT_OK(real);
    QStringList deleted;
    for (const auto& c : real->selected()) {
        deleted << c.tag;
    }
    QCOMPARE(deleted, planned);
    QCOMPARE(tags(*m_registry, QStringLiteral("zuul/app")),
             (QStringList{kRecent + QStringLiteral("_latest"), kRunning + QStringLiteral("_latest"),
                          QStringLiteral("change_100_latest"), QStringLiteral("latest")}));
    QCOMPARE(tags(*m_registry, QStringLiteral("other/app")), QStringList{kOld + QStringLiteral("_latest")});
    // The kept tags still resolve to the image they had.
    const auto raw =
        Skopeo::inspectRaw(Skopeo::dockerReference(*m_registry, QStringLiteral("zuul/app:latest")), *m_registry);
    QVERIFY2(raw.ok(), qPrintable(raw.describe()));
}

void TestPruner::finishedChangesOnly()
{
    const auto tagged = [](const QString& build) {
        return QStringLiteral("zuul/app:") + build + QStringLiteral("_latest");
    };
    push(*m_registry, m_newLayout, {tagged(kOld), tagged(kOldOpen)});
    PruneOptions options;
    options.olderThanSeconds = 86400;
    options.finishedChangesOnly = true;
    auto* job = prune(*m_registry, options, true);
    AWAIT_OK(job);
    QCOMPARE(job->selected().size(), 1);
    QCOMPARE(job->selected().first().tag, kOld + QStringLiteral("_latest"));
    QCOMPARE(job->selected().first().change, 100);

    auto* withoutZuul = prune(*m_registry, options, false);
    AWAIT_JOB(withoutZuul);
    QCOMPARE(withoutZuul->error().kind(), RegistryError::Kind::Usage);
}

void TestPruner::ageFromImageCreatedWithoutZuul()
{
    push(*m_registry, m_oldLayout, {QStringLiteral("zuul/app:") + kRecent + QStringLiteral("_latest")});
    push(*m_registry, m_newLayout, {QStringLiteral("zuul/app:") + kOld + QStringLiteral("_latest")});
    PruneOptions options;
    options.olderThanSeconds = 7 * 86400;
    auto* job = prune(*m_registry, options, false);
    AWAIT_OK(job);
    QCOMPARE(job->selected().size(), 1);
    QCOMPARE(job->selected().first().tag, kRecent + QStringLiteral("_latest")); // its image is 30 days old
    QVERIFY(job->selected().first().ageSeconds >= 29 * 86400);
    QCOMPARE(tags(*m_registry, QStringLiteral("zuul/app")), QStringList{kOld + QStringLiteral("_latest")});
}

void TestPruner::temporaryTagsOnPublicationRegistry()
{
    push(*m_registry, m_oldLayout,
         {QStringLiteral("pub/app:change_1_latest"), QStringLiteral("pub/app:periodic_latest"),
          QStringLiteral("pub/app:latest"), QStringLiteral("pub/app:") + kOld + QStringLiteral("_latest")});
    push(*m_registry, m_newLayout, {QStringLiteral("pub/app:change_2_latest")});
    PruneOptions options;
    options.mode = PruneOptions::Mode::Temporary;
    options.olderThanSeconds = 86400;
    auto* job = prune(*m_registry, options, false);
    AWAIT_OK(job);
    QCOMPARE(
        tags(*m_registry, QStringLiteral("pub/app")),
        (QStringList{kOld + QStringLiteral("_latest"), QStringLiteral("change_2_latest"), QStringLiteral("latest")}));
}

void TestPruner::deletesDisabledIsExplained()
{
    RegistryProcess::Options registryOptions;
    registryOptions.deleteEnabled = false;
    RegistryProcess registry(registryOptions);
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    push(registry, m_oldLayout,
         {QStringLiteral("zuul/app:") + kOld + QStringLiteral("_latest"), QStringLiteral("zuul/app:latest")});
    PruneOptions options;
    options.olderThanSeconds = 86400;
    auto* job = prune(registry, options, false);
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::Unsupported);
    QVERIFY2(job->error().message().contains(QLatin1String("storage.delete.enabled")),
             qPrintable(job->error().message()));
    QVERIFY(job->selected().isEmpty());
    QCOMPARE(tags(registry, QStringLiteral("zuul/app")).size(), 2);
}

void TestPruner::reclaimableBytesAreWhatGarbageCollectionFrees()
{
    // Built 30 days ago: a base layer shared with a kept image, a layer of its own, and a multi-arch index
    // whose platforms nothing else holds. Each is the only tag on its manifest, so each goes by digest.
    const auto created = QDateTime::currentDateTimeUtc().addDays(-30);
    const TestImage::Entry base = TestImage::Entry::randomFile(QStringLiteral("base.so"), 30000, 3);
    const auto make = [&](const QList<QList<TestImage::Entry>>& layers, const QString& architecture) {
        TestImage image;
        for (const auto& layer : layers) {
            image.addLayer(layer);
        }
        image.setPlatform(QStringLiteral("linux"), architecture);
        image.setCreated(created);
        return image;
    };
    QString error;
    auto pruned =
        make({{base}, {TestImage::Entry::randomFile(QStringLiteral("own"), 20000, 4)}}, QStringLiteral("amd64"));
    auto kept = make({{base}, {TestImage::Entry(QStringLiteral("kept"), "kept\n")}}, QStringLiteral("amd64"));
    auto amd = make({{TestImage::Entry::randomFile(QStringLiteral("multi"), 15000, 5)}}, QStringLiteral("amd64"));
    auto arm = make({{TestImage::Entry::randomFile(QStringLiteral("multi"), 15000, 6)}}, QStringLiteral("arm64"));
    push(*m_registry, pruned.writeLayout(m_work.filePath(QStringLiteral("pruned")), QStringLiteral("x"), &error),
         {QStringLiteral("zuul/app:") + kUnknown + QStringLiteral("_latest")});
    push(*m_registry, kept.writeLayout(m_work.filePath(QStringLiteral("kept")), QStringLiteral("x"), &error),
         {QStringLiteral("zuul/app:latest")});
    push(*m_registry,
         TestImage::writeIndexLayout(m_work.filePath(QStringLiteral("multi")), QStringLiteral("x"), {amd, arm}, nullptr,
                                     &error),
         {QStringLiteral("zuul/multi:") + kUnknown + QStringLiteral("_latest")});

    PruneOptions options;
    options.olderThanSeconds = 86400;
    options.dryRun = true;
    auto* dry = prune(*m_registry, options, false);
    AWAIT_OK(dry);
    QCOMPARE(dry->selected().size(), 2);
    for (const auto& candidate : dry->selected()) {
        QVERIFY2(candidate.deletesManifest, qPrintable(candidate.repository));
    }
    // What only the pruned tags reach: its own layer and config, the index, both platforms and their blobs.
    qint64 expected = pruned.manifestSize() + pruned.configBytes().size() + pruned.layers().last().size;
    for (const auto& image : {amd, arm}) {
        expected += image.manifestSize() + image.configBytes().size() + image.layers().first().size;
    }
    QVERIFY(dry->reclaimableBytes() > expected); // plus the index's own bytes
    options.dryRun = false;
    auto* real = prune(*m_registry, options, false);
    AWAIT_OK(real);
    QCOMPARE(real->reclaimableBytes(), dry->reclaimableBytes());

    // Plain garbage collection, with nothing writing, frees exactly that.
    m_registry->stop();
    const auto before = blobBytes(*m_registry);
    const auto gc = TestProcess::run(QStringLiteral("docker-registry"),
                                     {QStringLiteral("garbage-collect"), m_registry->configFile()}, 120000);
    QVERIFY2(gc.ok(), qPrintable(gc.describe()));
    QCOMPARE(before - blobBytes(*m_registry), dry->reclaimableBytes());
    QVERIFY2(m_registry->restart(&error), qPrintable(error));
    QCOMPARE(tags(*m_registry, QStringLiteral("zuul/app")), QStringList{QStringLiteral("latest")});
    const auto raw =
        Skopeo::inspectRaw(Skopeo::dockerReference(*m_registry, QStringLiteral("zuul/app:latest")), *m_registry);
    QVERIFY2(raw.ok(), qPrintable(raw.describe())); // the kept image, with the shared base, is whole
}

QTEST_GUILESS_MAIN(TestPruner)
#include "TestPruner.moc"
