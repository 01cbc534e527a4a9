// The storage survey against a real registry:2 holding images built here: its figures must equal the sums
// computed from the images' own blobs, cold and warm (manifests from the cache).
#include "JobWait.h"
#include "RegistryProcess.h"
#include "TestClient.h"
#include "TestImage.h"
#include "TestProcess.h"
#include "TestRequest.h"
#include "TestResponse.h"
#include "TestServer.h"
#include "registry/ContentCache.h"
#include "registry/RegistryClient.h"
#include "registry/RegistryJob.h"
#include "storage/StorageSurvey.h"
#include "zuul/ZuulApi.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Blobs = QMap<QString, qint64>; // digest -> size

Blobs blobsOf(const TestImage& image)
{
    Blobs blobs{{image.configDigest(), image.configBytes().size()}};
    for (const auto& layer : image.layers()) {
        blobs.insert(layer.digest, layer.size);
    }
    return blobs;
}

qint64 sum(const Blobs& blobs)
{
    qint64 total = 0;
    for (const auto size : blobs) {
        total += size;
    }
    return total;
}

TestImage image(const QList<QList<TestImage::Entry>>& layers, const QString& architecture = u"amd64"_s)
{
    TestImage built;
    for (const auto& layer : layers) {
        built.addLayer(layer);
    }
    built.setPlatform(u"linux"_s, architecture);
    return built;
}

} // namespace

class TestStorageSurvey : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void figuresEqualTheImagesOwnSums();
    void warmSurveyAsksOnlyForDigests();
    void cliPrintsTheDocumentedJson();
    void namedRepositoriesOnly();
    void zuulBuildTimesAgeTheirTags();

private:
    void push(const QString& layout, const QString& target);
    StorageReport survey(const StorageSurveyOptions& options, bool* ok);

    QTemporaryDir m_dir;
    RegistryProcess m_registry;
    QMap<QString, Blobs> m_expected; // repository -> the blobs its tags reach
    QMap<QString, int> m_tags;       // repository -> tag count
    int m_manifests = 0;
};

void TestStorageSurvey::push(const QString& layout, const QString& target)
{
    QString error;
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_registry.hostPort() + u'/' + target, m_registry, nullptr, &error),
             qPrintable(error));
}

void TestStorageSurvey::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_registry.start(&error), qPrintable(error));
    const TestImage::Entry base = TestImage::Entry::randomFile(u"usr/lib/base.so"_s, 40000, 7);
    const QList<TestImage::Entry> shared{base, TestImage::Entry(u"etc/os-release"_s, "base\n")};

    // zuul/app: two tags on one image, a third on a newer image with one more layer.
    auto app1 = image({shared, {TestImage::Entry(u"app"_s, "version 1\n")}});
    const auto app1Layout = app1.writeLayout(m_dir.filePath(u"app1"_s), u"1"_s, &error);
    QVERIFY2(!app1Layout.isEmpty(), qPrintable(error));
    push(app1Layout, u"zuul/app:1"_s);
    push(app1Layout, u"zuul/app:latest"_s);
    auto app2 = image(
        {shared, {TestImage::Entry(u"app"_s, "version 1\n")}, {TestImage::Entry::randomFile(u"data"_s, 30000, 9)}});
    const auto app2Layout = app2.writeLayout(m_dir.filePath(u"app2"_s), u"2"_s, &error);
    push(app2Layout, u"zuul/app:2"_s);
    // A tag that moved: its first image stays behind untagged, and no survey may count it.
    auto stale = image({{TestImage::Entry::randomFile(u"stale"_s, 25000, 11)}});
    push(stale.writeLayout(m_dir.filePath(u"stale"_s), u"x"_s, &error), u"zuul/app:moving"_s);
    push(app1Layout, u"zuul/app:moving"_s);
    m_expected[u"zuul/app"_s] = blobsOf(app1);
    m_expected[u"zuul/app"_s].insert(blobsOf(app2));
    m_tags[u"zuul/app"_s] = 4;

    // zuul/web: the same base, its own top layer.
    auto web = image({shared, {TestImage::Entry(u"web"_s, "serve\n")}});
    push(web.writeLayout(m_dir.filePath(u"web"_s), u"1"_s, &error), u"zuul/web:1"_s);
    m_expected[u"zuul/web"_s] = blobsOf(web);
    m_tags[u"zuul/web"_s] = 1;

    // zuul/multi: a tagged index of two platforms.
    auto amd = image({shared, {TestImage::Entry(u"multi"_s, "amd64\n")}});
    auto arm = image(
        {{TestImage::Entry::randomFile(u"usr/lib/base.so"_s, 40000, 8)}, {TestImage::Entry(u"multi"_s, "arm64\n")}},
        u"arm64"_s);
    const auto multiLayout =
        TestImage::writeIndexLayout(m_dir.filePath(u"multi"_s), u"latest"_s, {amd, arm}, nullptr, &error);
    QVERIFY2(!multiLayout.isEmpty(), qPrintable(error));
    push(multiLayout, u"zuul/multi:latest"_s);
    m_expected[u"zuul/multi"_s] = blobsOf(amd);
    m_expected[u"zuul/multi"_s].insert(blobsOf(arm));
    m_tags[u"zuul/multi"_s] = 1;

    // zuul/gone: its only image deleted; the repository stays in the catalog with nothing.
    auto gone = image({{TestImage::Entry(u"gone"_s, "bye\n")}});
    push(gone.writeLayout(m_dir.filePath(u"gone"_s), u"1"_s, &error), u"zuul/gone:1"_s);
    auto* client =
        newTestClient(m_registry.hostPort(), m_registry.caFile(), m_registry.username(), m_registry.password(), this);
    auto* removal = client->deleteManifest(u"zuul/gone"_s, *Digest::parse(gone.manifestDigest()));
    AWAIT_OK(removal);
    m_expected[u"zuul/gone"_s] = {};
    m_tags[u"zuul/gone"_s] = 0;
    m_manifests = 2 /* app1, app2 */ + 1 /* web */ + 3 /* index, amd, arm */;
}

StorageReport TestStorageSurvey::survey(const StorageSurveyOptions& options, bool* ok)
{
    auto* client =
        newTestClient(m_registry.hostPort(), m_registry.caFile(), m_registry.username(), m_registry.password(), this);
    StorageSurvey job(client, options);
    *ok = waitForJob(&job) && !job.error();
    if (job.error()) {
        qWarning() << job.error().message();
    }
    return job.report();
}

void TestStorageSurvey::figuresEqualTheImagesOwnSums()
{
    bool ok = false;
    const auto report = survey({}, &ok);
    QVERIFY(ok);
    Blobs all;
    QMap<QString, int> holders;
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        all.insert(it.value());
        for (auto blob = it.value().cbegin(); blob != it.value().cend(); ++blob) {
            ++holders[blob.key()];
        }
    }
    QCOMPARE(report.totalBytes, sum(all));
    QCOMPARE(report.blobs, static_cast<int>(all.size()));
    QCOMPARE(report.manifests, m_manifests);
    QCOMPARE(report.tags.size(), 6);
    QCOMPARE(report.repositories.size(), m_expected.size());
    for (const auto& repository : report.repositories) {
        QVERIFY2(m_expected.contains(repository.name), qPrintable(repository.name));
        const auto& expected = m_expected[repository.name];
        qint64 exclusive = 0;
        for (auto blob = expected.cbegin(); blob != expected.cend(); ++blob) {
            exclusive += holders[blob.key()] == 1 ? blob.value() : 0;
        }
        QCOMPARE(repository.tags, m_tags[repository.name]);
        QCOMPARE(repository.bytes, sum(expected));
        QCOMPARE(repository.exclusiveBytes, exclusive);
    }
    // The shared base counts once in the total, yet in each repository's bytes; it is nobody's alone.
    QVERIFY(report.totalBytes <
            sum(m_expected[u"zuul/app"_s]) + sum(m_expected[u"zuul/web"_s]) + sum(m_expected[u"zuul/multi"_s]));
    for (const auto& tag : report.tags) {
        QVERIFY2(tag.created.isValid(), qPrintable(tag.repository + u':' + tag.tag));
        QVERIFY(tag.bytes > 0);
    }
}

void TestStorageSurvey::warmSurveyAsksOnlyForDigests()
{
    StorageSurveyOptions options;
    options.cache = std::make_shared<ContentCache>(m_dir.filePath(u"cache"_s), u".content"_s, 64 * 1024 * 1024);
    bool ok = false;
    const auto cold = survey(options, &ok);
    QVERIFY(ok);
    QCOMPARE(cold.fromCache, 0);
    const auto warm = survey(options, &ok);
    QVERIFY(ok);
    QCOMPARE(warm.totalBytes, cold.totalBytes);
    QCOMPARE(warm.blobs, cold.blobs);
    QCOMPARE(warm.manifests, cold.manifests);
    // The catalog, one tag list per repository and one HEAD per tag: nothing else.
    QCOMPARE(warm.requests, 1 + static_cast<int>(m_expected.size()) + static_cast<int>(warm.tags.size()));
    QVERIFY(warm.fromCache >= m_manifests);

    // A damaged entry is not believed: the survey asks the registry again and repairs the cache.
    const auto entries = QDir(m_dir.filePath(u"cache"_s)).entryList({u"*.content"_s}, QDir::Files);
    QVERIFY(!entries.isEmpty());
    for (const auto& name : entries) {
        QFile file(m_dir.filePath(u"cache/"_s + name));
        QVERIFY(file.open(QIODevice::Append));
        file.write("tampered");
    }
    const auto repaired = survey(options, &ok);
    QVERIFY(ok);
    QCOMPARE(repaired.totalBytes, cold.totalBytes);
    QCOMPARE(repaired.fromCache, 0);
}

void TestStorageSurvey::cliPrintsTheDocumentedJson()
{
    const auto home = m_dir.filePath(u"home"_s);
    QVERIFY(QDir().mkpath(home));
    const auto authFile = m_dir.filePath(u"auth.json"_s);
    QVERIFY(m_registry.writeAuthFile(authFile, m_registry.username(), m_registry.password()));
    const auto result =
        TestProcess::run(QStringLiteral(REGISTRYDESK_CLI),
                         {u"--json"_s, u"--authfile"_s, authFile, u"--certs-dir"_s, m_registry.certsDir(), u"storage"_s,
                          u"--cache-dir"_s, m_dir.filePath(u"cli-cache"_s), m_registry.hostPort()},
                         60000, {}, TestProcess::isolatedEnvironment(home));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const auto json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(u"registry"_s).toString(), m_registry.hostPort());
    QCOMPARE(json.value(u"tags"_s).toInt(), 6);
    QCOMPARE(json.value(u"manifests"_s).toInt(), m_manifests);
    bool ok = false;
    const auto report = survey({}, &ok);
    QCOMPARE(json.value(u"totalBytes"_s).toInteger(), report.totalBytes);
    QCOMPARE(json.value(u"blobs"_s).toInt(), report.blobs);
    const auto repositories = json.value(u"repositories"_s).toArray();
    QCOMPARE(repositories.size(), m_expected.size());
    for (const auto& value : repositories) {
        const auto repository = value.toObject();
        QCOMPARE(repository.keys(), (QStringList{u"bytes"_s, u"exclusiveBytes"_s, u"name"_s, u"tags"_s}));
        QCOMPARE(repository.value(u"bytes"_s).toInteger(), sum(m_expected[repository.value(u"name"_s).toString()]));
    }
}

void TestStorageSurvey::namedRepositoriesOnly()
{
    StorageSurveyOptions options;
    options.repositories = {u"zuul/web"_s, u"zuul/nothing-here"_s};
    bool ok = false;
    const auto report = survey(options, &ok);
    QVERIFY(ok); // a repository that does not exist holds nothing; it is no error
    QCOMPARE(report.repositories.size(), 2);
    QCOMPARE(report.totalBytes, sum(m_expected[u"zuul/web"_s]));
    QCOMPARE(report.repositories.constLast().name, u"zuul/web"_s);
    QCOMPARE(report.repositories.constLast().exclusiveBytes, sum(m_expected[u"zuul/web"_s]));
    QCOMPARE(report.repositories.constFirst().bytes, 0);
}

void TestStorageSurvey::zuulBuildTimesAgeTheirTags()
{
    // Zuul's REST API, in its shape: one build it knows (ended ten days ago), one it does not.
    const auto known = u"0123456789abcdef0123456789abcdef"_s;
    const auto unknown = u"fedcba9876543210fedcba9876543210"_s;
    const auto ended = QDateTime::currentDateTimeUtc().addDays(-10);
    TestServer zuul;
    zuul.setHandler([known, ended](const TestRequest& request) {
        if (request.path() == u"/api/tenant/example/build/"_s + known) {
            return TestResponse::json(
                200, QJsonObject{{u"uuid"_s, known},
                                 {u"job_name"_s, u"site-build-docker-image"_s},
                                 {u"result"_s, u"SUCCESS"_s},
                                 {u"end_time"_s, ended.toString(Qt::ISODate).remove(u'Z')},
                                 {u"start_time"_s, ended.addSecs(-600).toString(Qt::ISODate).remove(u'Z')}});
        }
        return TestResponse::json(404, QByteArray(R"({"description":"Build not found"})"));
    });
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    TestImage image;
    image.addLayer({TestImage::Entry(u"aged"_s, "aged\n")});
    const auto layout = image.writeLayout(m_dir.filePath(u"aged"_s), u"x"_s, &error);
    push(layout, u"aged/app:"_s + known + u"_latest"_s);
    push(layout, u"aged/app:"_s + unknown + u"_latest"_s);

    ZuulApi api(zuul.baseUrl(), u"example"_s);
    StorageSurveyOptions options;
    options.repositories = {u"aged/app"_s};
    options.zuul = &api;
    bool ok = false;
    const auto report = survey(options, &ok);
    QVERIFY(ok);
    QCOMPARE(report.tags.size(), 2);
    for (const auto& tag : report.tags) {
        QVERIFY(tag.created.isValid());
        if (tag.tag.startsWith(known)) {
            QCOMPARE(tag.built.toSecsSinceEpoch(), ended.toSecsSinceEpoch());
            QCOMPARE(tag.age(), tag.built);
        } else {
            QVERIFY(!tag.built.isValid()); // Zuul does not know it: the image's own time counts
            QCOMPARE(tag.age(), tag.created);
        }
    }
}

QTEST_GUILESS_MAIN(TestStorageSurvey)
#include "TestStorageSurvey.moc"
