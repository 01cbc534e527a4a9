// From a Zuul change to its images: a stand-in Zuul builds API (ZuulApiServer, both shapes, tenant and
// white-label, paged) in front of real registry:2 instances holding the builds' images. The images are found
// with their exact digests, a deleted one is missing, and the intermediate-registry promote puts the exact
// digests (an index's for a multi-arch image) in the publication registry.
#include "JobWait.h"
#include "RegistryProcess.h"
#include "Skopeo.h"
#include "TestClient.h"
#include "TestImage.h"
#include "TestProcess.h"
#include "ZuulApiServer.h"
#include "ZuulChangeFixture.h"
#include "changes/BuildsetFlow.h"
#include "changes/ChangeImages.h"
#include "changes/ZuulPromoter.h"
#include "registry/RegistryClient.h"
#include "zuul/ZuulArtifact.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kChange = ZuulChangeFixture::kChange;
const QDateTime kNow = QDateTime::currentDateTimeUtc();

} // namespace

class TestZuulImages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTheImagesOfAChange_data();
    void listsTheImagesOfAChange();
    void readsEveryPageOfBuilds();
    void oneBuildset();
    void registryWithoutConnection();
    void buildsetFlowFollowsTheImages();
    void artifactsResolvedAgainstTheLogUrl();
    void cliListsTheDocumentedJson();
    void cliBadInput();
    void promoteDryRunWritesNothing();
    void promotePutsExactDigests();
    void promoteRefusesAFailedBuild();

private:
    void addBuilds(ZuulApiServer& zuul) const { m_change.addBuilds(zuul); }
    ZuulImagesJob* imagesJob(ZuulApi* api, const ZuulImageQuery& query, bool withConnections = true);
    TestProcess::Result cli(const QStringList& arguments);

    QTemporaryDir m_dir;
    ZuulChangeFixture m_change;
    RegistryProcess& m_intermediate = m_change.intermediate;
    RegistryProcess& m_publication = m_change.publication;
    const QString& m_checkBuild = m_change.checkBuild;
    const QString& m_gateBuild = m_change.gateBuild;
    const QString& m_testBuild = m_change.testBuild;
    const QString& m_failedBuild = m_change.failedBuild;
    const QString& m_checkBuildset = m_change.checkBuildset;
    const QString& m_gateBuildset = m_change.gateBuildset;
    const QString& m_appDigest = m_change.appDigest;
    const QString& m_indexDigest = m_change.indexDigest;
    const QStringList& m_platformDigests = m_change.platformDigests;
};

void TestZuulImages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_change.setUp(m_dir, &error), qPrintable(error));
}

ZuulImagesJob* TestZuulImages::imagesJob(ZuulApi* api, const ZuulImageQuery& query, bool withConnections)
{
    auto* job = new ZuulImagesJob(
        api, query, [this, withConnections](const RegistryAddress& address, QObject* context, auto done) {
            if (!withConnections || address.hostPort() != m_intermediate.hostPort()) {
                done(nullptr);
                return;
            }
            done(newTestClient(m_intermediate.hostPort(), m_intermediate.caFile(), m_intermediate.username(),
                               m_intermediate.password(), context));
        });
    return job;
}

void TestZuulImages::listsTheImagesOfAChange_data()
{
    QTest::addColumn<ZuulApiServer::Shape>("shape");
    QTest::addColumn<bool>("whiteLabel");
    QTest::newRow("Zuul 10+, tenant") << ZuulApiServer::Shape::Current << false;
    QTest::newRow("Zuul 10+, white-label") << ZuulApiServer::Shape::Current << true;
    QTest::newRow("older Zuul, tenant") << ZuulApiServer::Shape::Flat << false;
    QTest::newRow("older Zuul, white-label") << ZuulApiServer::Shape::Flat << true;
}

void TestZuulImages::listsTheImagesOfAChange()
{
    QFETCH(ZuulApiServer::Shape, shape);
    QFETCH(bool, whiteLabel);
    ZuulApiServer zuul(u"example"_s, shape, whiteLabel);
    addBuilds(zuul);
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    ZuulApi api(zuul.baseUrl(), u"example"_s);
    bool detected = !whiteLabel;
    bool answered = false;
    api.detectWhiteLabel(this, [&](bool isWhiteLabel, const RegistryError& detectError) {
        QVERIFY(!detectError);
        detected = isWhiteLabel;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(detected, whiteLabel);

    ZuulImageQuery query;
    query.change = kChange;
    auto* job = imagesJob(&api, query);
    AWAIT_OK(job);
    QCOMPARE(job->builds().size(), 3);
    QCOMPARE(job->builds().constFirst().uuid, m_testBuild); // newest first
    for (const auto& build : job->builds()) {
        QCOMPARE(build.change, kChange);
        QCOMPARE(build.project, u"org/app"_s);
        QVERIFY(!build.buildsetUuid.isEmpty());
    }
    const auto& images = job->images();
    QCOMPARE(images.size(), 3);
    // Gate: the single image and the index, with the digests skopeo pushed.
    QCOMPARE(images[0].build.uuid, m_gateBuild);
    QCOMPARE(images[0].build.pipeline, u"gate"_s);
    QCOMPARE(images[0].build.patchset, u"2"_s);
    QCOMPARE(images[0].artifact.name, u"org/app:latest"_s);
    QCOMPARE(images[0].state, ZuulImage::State::Present);
    QCOMPARE(images[0].digest.toString(), m_appDigest);
    QVERIFY(images[0].size > 0);
    QCOMPARE(images[1].artifact.repository, u"org/multi"_s);
    QCOMPARE(images[1].state, ZuulImage::State::Present);
    QCOMPARE(images[1].digest.toString(), m_indexDigest);
    QCOMPARE(images[1].platforms, 2);
    // Check: deleted since.
    QCOMPARE(images[2].build.uuid, m_checkBuild);
    QCOMPARE(images[2].build.pipeline, u"check"_s);
    QCOMPARE(images[2].state, ZuulImage::State::Missing);
    QVERIFY(!images[2].digest.isValid());
    // Grouped by buildset, newest first.
    const auto buildsets = ZuulBuildset::group(job->builds());
    QCOMPARE(buildsets.size(), 2);
    QCOMPARE(buildsets[0].uuid, m_gateBuildset);
    QCOMPARE(buildsets[0].builds.size(), 2);
    QCOMPARE(buildsets[0].result, u"SUCCESS"_s);
    QCOMPARE(buildsets[1].uuid, m_checkBuildset);
    delete job;
}

void TestZuulImages::readsEveryPageOfBuilds()
{
    ZuulApiServer zuul(u"example"_s);
    for (int i = 0; i < 230; ++i) {
        ZuulApiServer::Build build;
        build.uuid = ZuulApiServer::newUuid();
        build.jobName = u"job-%1"_s.arg(i);
        build.change = 4800;
        build.buildset = ZuulApiServer::newUuid();
        build.start = kNow.addSecs(-10000 + i);
        build.end = build.start.addSecs(30);
        if (i == 7) { // the oldest page holds the only image
            build.artifacts = {
                ZuulApiServer::imageArtifact(m_intermediate.hostPort(), u"org/app"_s, m_gateBuild, u"latest"_s)};
        }
        zuul.addBuild(build);
    }
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    ZuulApi api(zuul.baseUrl(), u"example"_s);
    ZuulImageQuery query;
    query.change = 4800;
    auto* job = imagesJob(&api, query);
    AWAIT_OK(job);
    QCOMPARE(job->builds().size(), 230);
    QVERIFY(!job->truncated());
    QCOMPARE(job->images().size(), 1);
    QCOMPARE(job->images().constFirst().digest.toString(), m_appDigest);
    // /api/info once (the path form), then three pages.
    QStringList skips;
    for (const auto& request : zuul.requests()) {
        skips << (request.path() == u"/api/info"_s ? u"info"_s : request.query().queryItemValue(u"skip"_s));
    }
    QCOMPARE(skips, (QStringList{u"info"_s, QString(), u"100"_s, u"200"_s}));
    delete job;

    // A cap on builds read says the answer is cut short.
    query.maxBuilds = 150;
    job = imagesJob(&api, query);
    AWAIT_OK(job);
    QCOMPARE(job->builds().size(), 150);
    QVERIFY(job->truncated());
    delete job;
}

void TestZuulImages::oneBuildset()
{
    for (const auto shape : {ZuulApiServer::Shape::Current, ZuulApiServer::Shape::Flat}) {
        ZuulApiServer zuul(u"example"_s, shape);
        addBuilds(zuul);
        QString error;
        QVERIFY2(zuul.start(&error), qPrintable(error));
        ZuulApi api(zuul.baseUrl(), u"example"_s);
        ZuulImageQuery query;
        query.buildset = m_gateBuildset;
        auto* job = imagesJob(&api, query);
        AWAIT_OK(job);
        QCOMPARE(job->builds().size(), 2);
        // Builds inside a buildset name neither pipeline nor change: they are the buildset's.
        QCOMPARE(job->builds().constFirst().pipeline, u"gate"_s);
        QCOMPARE(job->builds().constFirst().change, kChange);
        QCOMPARE(job->images().size(), 2);
        QCOMPARE(job->images().constFirst().digest.toString(), m_appDigest);
        delete job;

        // A buildset Zuul does not know: its CherryPy 404 page becomes one clear line.
        query.buildset = ZuulApiServer::newUuid();
        job = imagesJob(&api, query);
        AWAIT_JOB(job);
        QCOMPARE(job->error().kind(), RegistryError::Kind::NotFound);
        QVERIFY2(job->error().message().contains(u"knows no buildset "_s + query.buildset),
                 qPrintable(job->error().message()));
        QVERIFY(!job->error().message().contains(u'<'));
        delete job;
    }
}

void TestZuulImages::registryWithoutConnection()
{
    ZuulApiServer zuul(u"example"_s);
    addBuilds(zuul);
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    ZuulApi api(zuul.baseUrl(), u"example"_s);
    ZuulImageQuery query;
    query.change = kChange;
    auto* job = imagesJob(&api, query, false);
    AWAIT_OK(job);
    QCOMPARE(job->images().size(), 3);
    for (const auto& image : job->images()) {
        QCOMPARE(image.state, ZuulImage::State::NoConnection);
        QVERIFY2(image.problem.contains(m_intermediate.hostPort()), qPrintable(image.problem));
    }
    delete job;
}

void TestZuulImages::buildsetFlowFollowsTheImages()
{
    ZuulApiServer zuul(u"example"_s);
    addBuilds(zuul);
    // After the gate: the promote pipeline's job lists the gate's app image among its artifacts.
    ZuulApiServer::Build promote;
    promote.uuid = ZuulApiServer::newUuid();
    promote.jobName = u"app-promote-image"_s;
    promote.pipeline = u"promote"_s;
    promote.change = kChange;
    promote.patchset = 2;
    promote.buildset = ZuulApiServer::newUuid();
    promote.start = m_change.now.addSecs(-1000);
    promote.end = m_change.now.addSecs(-900);
    promote.artifacts = {
        ZuulApiServer::imageArtifact(m_intermediate.hostPort(), u"org/app"_s, m_gateBuild, u"latest"_s)};
    zuul.addBuild(promote);
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    ZuulApi api(zuul.baseUrl(), u"example"_s);
    ZuulImageQuery query;
    query.change = kChange;
    auto* job = imagesJob(&api, query);
    AWAIT_OK(job);
    const auto buildsets = ZuulBuildset::group(job->builds());
    QCOMPARE(buildsets.size(), 3);
    const auto gate = buildsets[1];
    QCOMPARE(gate.uuid, m_gateBuildset);
    const auto flow = BuildsetFlow::of(gate, job->builds());
    QCOMPARE(flow.participants, (QStringList{BuildsetFlow::intermediateRegistry(), u"app-build-image"_s, u"app-test"_s,
                                             u"promote: app-promote-image"_s}));
    QCOMPARE(flow.events.size(), 3);
    QCOMPARE(flow.events[0].kind, TransferEvent::Kind::ManifestPut);
    QCOMPARE(flow.events[0].from, u"app-build-image"_s);
    QCOMPARE(flow.events[0].to, BuildsetFlow::intermediateRegistry());
    QCOMPARE(flow.events[0].subject, u"org/app:%1_latest"_s.arg(m_gateBuild));
    QCOMPARE(flow.events[1].subject, u"org/multi:%1_latest"_s.arg(m_gateBuild));
    QCOMPARE(flow.events[2].kind, TransferEvent::Kind::ManifestFetched);
    QCOMPARE(flow.events[2].to, u"promote: app-promote-image"_s);
    QCOMPARE(flow.events[2].subject, u"org/app:%1_latest"_s.arg(m_gateBuild));
    QVERIFY(flow.events[0].time <= flow.events[2].time);
    // The check buildset's image was taken by no later build.
    const auto check = BuildsetFlow::of(buildsets[2], job->builds());
    QCOMPARE(check.events.size(), 1);
    QCOMPARE(check.events[0].subject, u"org/app:%1_latest"_s.arg(m_checkBuild));
    delete job;
}

void TestZuulImages::artifactsResolvedAgainstTheLogUrl()
{
    ZuulBuild build;
    build.logUrl = u"https://logs.example.org/11/4711/1/check/job/abc1234/"_s;
    build.artifacts = {
        QJsonObject{{u"name"_s, u"Job output"_s}, {u"url"_s, u"job-output.txt"_s}},
        QJsonObject{{u"name"_s, u"Docs"_s}, {u"url"_s, u"https://docs.example.org/x/"_s}},
        QJsonObject{{u"name"_s, u"no registry"_s},
                    {u"url"_s, u"docker://org/app:latest"_s},
                    {u"metadata"_s, QJsonObject{{u"type"_s, u"container_image"_s}}}},
        QJsonObject{{u"name"_s, u"not docker"_s},
                    {u"url"_s, u"images/app.tar"_s},
                    {u"metadata"_s, QJsonObject{{u"type"_s, u"container_image"_s}}}},
        ZuulApiServer::imageArtifact(u"registry.example.org:5000"_s, u"org/app"_s, m_gateBuild, u"v1"_s)};
    const auto artifacts = ZuulArtifact::of(build);
    QCOMPARE(artifacts.size(), 5);
    QCOMPARE(artifacts[0].url, build.logUrl + u"job-output.txt"_s);
    QVERIFY(!artifacts[0].isImage());
    QVERIFY(artifacts[0].problem.isEmpty());
    QCOMPARE(artifacts[1].url, u"https://docs.example.org/x/"_s);
    QVERIFY(!artifacts[2].isImage());
    QVERIFY2(artifacts[2].problem.contains(u"names no registry"_s), qPrintable(artifacts[2].problem));
    QCOMPARE(artifacts[3].url, build.logUrl + u"images/app.tar"_s);
    QVERIFY(!artifacts[3].isImage());
    QVERIFY2(artifacts[3].problem.contains(u"docker://"_s), qPrintable(artifacts[3].problem));
    QVERIFY(artifacts[4].isImage());
    QCOMPARE(artifacts[4].image->registry().hostPort(), u"registry.example.org:5000"_s);
    QCOMPARE(artifacts[4].image->tag(), m_gateBuild + u"_v1"_s);
    // Where it is published: the publication registry given, its own repository and tag; a registry host at
    // the start of the repository is dropped.
    QString error;
    const auto publication = *RegistryAddress::parse(u"quay.example.org"_s);
    QCOMPARE(ZuulPromoter::destinationFor(artifacts[4], publication, &error)->toString(),
             u"quay.example.org/org/app:v1"_s);
    auto named = artifacts[4];
    named.repository = u"quay.io/org/app"_s;
    QCOMPARE(ZuulPromoter::destinationFor(named, publication, &error)->toString(), u"quay.example.org/org/app:v1"_s);
    named.tag = u"bad tag"_s;
    QVERIFY(!ZuulPromoter::destinationFor(named, publication, &error));
    QVERIFY2(error.contains(u"bad tag"_s), qPrintable(error));
}

TestProcess::Result TestZuulImages::cli(const QStringList& arguments)
{
    const auto home = m_dir.filePath(u"home"_s);
    QDir().mkpath(home);
    return TestProcess::run(QStringLiteral(REGISTRYDESK_CLI),
                            QStringList{u"--authfile"_s, m_change.authFile, u"--certs-dir"_s, m_change.certsDir} +
                                arguments,
                            120000, {}, TestProcess::isolatedEnvironment(home));
}

void TestZuulImages::cliListsTheDocumentedJson()
{
    ZuulApiServer zuul(u"example"_s, ZuulApiServer::Shape::Flat, true);
    addBuilds(zuul);
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    const auto result = cli({u"--json"_s, u"zuul"_s, u"images"_s, u"--change"_s, QString::number(kChange), u"--zuul"_s,
                             zuul.baseUrl().toString(), u"--tenant"_s, u"example"_s});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const auto images = QJsonDocument::fromJson(result.out).object().value(u"images"_s).toArray();
    QCOMPARE(images.size(), 3);
    const auto first = images[0].toObject();
    QCOMPARE(first.keys(), (QStringList{u"build"_s, u"digest"_s, u"job"_s, u"name"_s, u"present"_s, u"repository"_s,
                                        u"result"_s, u"tag"_s, u"url"_s}));
    QCOMPARE(first.value(u"job"_s).toString(), u"app-build-image"_s);
    QCOMPARE(first.value(u"build"_s).toString(), m_gateBuild);
    QCOMPARE(first.value(u"result"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(first.value(u"repository"_s).toString(), u"org/app"_s);
    QCOMPARE(first.value(u"tag"_s).toString(), u"latest"_s);
    QCOMPARE(first.value(u"url"_s).toString(),
             u"docker://%1/org/app:%2_latest"_s.arg(m_intermediate.hostPort(), m_gateBuild));
    QCOMPARE(first.value(u"digest"_s).toString(), m_appDigest);
    QVERIFY(first.value(u"present"_s).toBool());
    QCOMPARE(images[1].toObject().value(u"digest"_s).toString(), m_indexDigest);
    const auto missing = images[2].toObject();
    QVERIFY(missing.value(u"digest"_s).isNull());
    QVERIFY(!missing.value(u"present"_s).toBool());

    // The text form: one line per image, the missing one saying so.
    const auto text = cli({u"zuul"_s, u"images"_s, u"--change"_s, QString::number(kChange), u"--pipeline"_s, u"check"_s,
                           u"--zuul"_s, zuul.baseUrl().toString(), u"--tenant"_s, u"example"_s});
    QVERIFY2(text.ok(), qPrintable(text.describe()));
    const auto lines = QString::fromUtf8(text.out).trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].contains(u"MISSING"_s) && lines[0].contains(m_checkBuild.left(8)), qPrintable(lines[0]));
}

void TestZuulImages::cliBadInput()
{
    ZuulApiServer zuul(u"example"_s);
    addBuilds(zuul);
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    const QStringList where{u"--zuul"_s, zuul.baseUrl().toString(), u"--tenant"_s, u"example"_s};
    // Both or neither of --change and --buildset: usage.
    auto result =
        cli(QStringList{u"zuul"_s, u"images"_s, u"--change"_s, u"1"_s, u"--buildset"_s, m_gateBuildset} + where);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--change N or --buildset UUID"), result.err.constData());
    result = cli(QStringList{u"zuul"_s, u"images"_s} + where);
    QCOMPARE(result.exitCode, 2);
    // A buildset uuid that is not one, and one Zuul does not know.
    result = cli(QStringList{u"zuul"_s, u"images"_s, u"--buildset"_s, u"../../x"_s} + where);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("is not a Zuul buildset uuid"), result.err.constData());
    result = cli(QStringList{u"zuul"_s, u"images"_s, u"--buildset"_s, ZuulApiServer::newUuid()} + where);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("knows no buildset"), result.err.constData());
    QVERIFY(!result.err.contains('<'));
    // An unknown tenant.
    result = cli({u"zuul"_s, u"images"_s, u"--change"_s, u"1"_s, u"--zuul"_s, zuul.baseUrl().toString(), u"--tenant"_s,
                  u"nope"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.err.contains('<'));
    // Zuul not there.
    result = cli({u"zuul"_s, u"images"_s, u"--change"_s, u"1"_s, u"--zuul"_s, u"https://127.0.0.1:1"_s, u"--tenant"_s,
                  u"example"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith("error: "), result.err.constData());
    // A change without builds is an answer.
    result = cli(QStringList{u"zuul"_s, u"images"_s, u"--change"_s, u"99"_s} + where);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY2(result.out.contains("no builds of change 99"), result.out.constData());
}

void TestZuulImages::promoteDryRunWritesNothing()
{
    ZuulApiServer zuul(u"example"_s);
    addBuilds(zuul);
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    const auto result = cli({u"zuul"_s, u"promote"_s, u"--zuul"_s, zuul.baseUrl().toString(), u"--tenant"_s,
                             u"example"_s, u"--change"_s, QString::number(kChange), u"--pipeline"_s, u"gate"_s,
                             u"--job"_s, u"app-build-image"_s, u"--to"_s, m_publication.hostPort(), u"--dry-run"_s});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const auto out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(u"would copy %1/org/app:%2_latest to %3/org/app:latest (%4)"_s.arg(
                 m_intermediate.hostPort(), m_gateBuild, m_publication.hostPort(), m_appDigest)),
             qPrintable(out));
    QVERIFY2(out.contains(u"to %1/org/multi:latest (%2)"_s.arg(m_publication.hostPort(), m_indexDigest)),
             qPrintable(out));
    // Nothing in the publication registry.
    QVERIFY(!Skopeo::inspectRaw(m_publication.hostPort() + u"/org/app:latest"_s, m_publication).ok());
    QVERIFY(!Skopeo::inspectRaw(m_publication.hostPort() + u"/org/multi:latest"_s, m_publication).ok());
    QVERIFY(!QDir(m_publication.repositoriesDir()).exists(u"org"_s));
}

void TestZuulImages::promotePutsExactDigests()
{
    ZuulApiServer zuul(u"example"_s, ZuulApiServer::Shape::Flat);
    addBuilds(zuul);
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    const auto result =
        cli({u"--json"_s, u"zuul"_s, u"promote"_s, u"--zuul"_s, zuul.baseUrl().toString(), u"--tenant"_s, u"example"_s,
             u"--change"_s, QString::number(kChange), u"--patchset"_s, u"2"_s, u"--pipeline"_s, u"gate"_s, u"--job"_s,
             u"app-build-image"_s, u"--to"_s, m_publication.hostPort()});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const auto json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(u"build"_s).toString(), m_gateBuild);
    QCOMPARE(json.value(u"copies"_s).toArray().size(), 2);
    for (const auto& copy : json.value(u"copies"_s).toArray()) {
        QVERIFY(copy.toObject().value(u"done"_s).toBool());
    }
    // The publication registry serves the exact digests: the image's and the index's, and every platform.
    const auto app = Skopeo::inspectRaw(m_publication.hostPort() + u"/org/app:latest"_s, m_publication);
    QVERIFY2(app.ok(), qPrintable(app.describe()));
    QCOMPARE(TestImage::digestOf(app.out), m_appDigest);
    const auto index = Skopeo::inspectRaw(m_publication.hostPort() + u"/org/multi:latest"_s, m_publication);
    QVERIFY2(index.ok(), qPrintable(index.describe()));
    QCOMPARE(TestImage::digestOf(index.out), m_indexDigest);
    for (const auto& digest : std::as_const(m_platformDigests)) {
        const auto pulled =
            Skopeo::copy(Skopeo::dockerReference(m_publication, u"org/multi@"_s + digest),
                         u"dir:"_s + m_dir.filePath(u"pulled-"_s + digest.mid(7, 12)), &m_publication, nullptr);
        QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
    }
}

void TestZuulImages::promoteRefusesAFailedBuild()
{
    ZuulApiServer zuul(u"example"_s);
    addBuilds(zuul);
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    const auto result = cli({u"zuul"_s, u"promote"_s, u"--zuul"_s, zuul.baseUrl().toString(), u"--tenant"_s,
                             u"example"_s, u"--change"_s, u"4712"_s, u"--pipeline"_s, u"gate"_s, u"--job"_s,
                             u"app-build-image"_s, u"--to"_s, m_publication.hostPort(), u"--dry-run"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(m_failedBuild.toUtf8()) && result.err.contains("ended FAILURE; nothing promoted"),
             result.err.constData());
    // No such job: nothing to promote, said so.
    const auto none = cli({u"zuul"_s, u"promote"_s, u"--zuul"_s, zuul.baseUrl().toString(), u"--tenant"_s, u"example"_s,
                           u"--change"_s, QString::number(kChange), u"--pipeline"_s, u"gate"_s, u"--job"_s, u"nope"_s,
                           u"--to"_s, m_publication.hostPort()});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("no gate build of job nope"), none.err.constData());
}

QTEST_GUILESS_MAIN(TestZuulImages)
#include "TestZuulImages.moc"
