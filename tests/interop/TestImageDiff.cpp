// Image diff end to end against registry:2: constructed image pairs whose differences are known exactly (whiteouts,
// opaque directories, links, mode-only and owner-only changes, a file removed and brought back), the layer cache,
// file contents, multi-arch matching, and layers a registry serves that must be refused.
#include "JobWait.h"
#include "RegistryProcess.h"
#include "TestImage.h"
#include "diff/FileContentJob.h"
#include "diff/ImageDiffJob.h"
#include "diff/IndexCache.h"
#include "registry/ManifestJob.h"
#include "registry/RegistryClient.h"
#include "registry/UploadJob.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Entry = TestImage::Entry;

namespace {

QList<Entry> baseLayer()
{
    return {Entry::directory(u"etc"_s),
            Entry(u"etc/passwd"_s, "root\n"),
            Entry(u"etc/conf"_s, "setting=1\n"),
            Entry(u"etc/motd"_s, "welcome\n"),
            Entry::directory(u"bin"_s),
            Entry(u"bin/tool"_s, "tool v1\n", 0755),
            Entry::symlink(u"bin/alias"_s, u"tool"_s),
            Entry::hardlink(u"bin/same"_s, u"bin/tool"_s),
            Entry(u"var/cache/a"_s, "a\n"),
            Entry(u"var/cache/b"_s, "b\n"),
            Entry(u"opt/old"_s, "old\n"),
            Entry(u"usr/share/doc/readme"_s, "read me\n"),
            Entry(u"srv/data"_s, "data\n")};
}

struct Pair
{
    TestImage a;
    TestImage b;
};

Pair constructedPair()
{
    Pair pair;
    pair.a.addLayer(baseLayer());
    pair.a.addLayer({Entry(u"etc/conf"_s, "setting=1\n"), Entry::directory(u"app"_s), Entry(u"app/main"_s, "main\n")});
    pair.a.addEnv(u"VERSION=1"_s);
    pair.a.setCmd({u"/bin/tool"_s});
    pair.a.setLabel(u"org.zuul-ci.change"_s, u"100"_s);

    pair.b.addLayer(baseLayer());
    pair.b.addLayer({
        Entry(u"etc/.wh.passwd"_s, {}),                            // removed here, brought back below with new content
        Entry(u"var/cache/.wh..wh..opq"_s, {}),                    // opaque: a and b go
        Entry(u"var/cache/c"_s, "c\n"),                            // ...and c, from this same layer, stays
        Entry::symlink(u"bin/alias"_s, u"tool2"_s),                // link target only
        Entry(u"etc/conf"_s, "setting=1\n", 0600),                 // mode only
        Entry(u"srv/data"_s, "data\n").owned(1000, 1000),          // owner only
        Entry(u"opt/.wh.old"_s, {}),                               // removed here, brought back unchanged below
        Entry::symlink(u"usr/share/doc/readme"_s, u"/dev/null"_s), // file becomes a symlink
        Entry(u"etc/motd"_s, "welcome\n").touched(1800000000),     // timestamp only
    });
    pair.b.addLayer({Entry(u"etc/passwd"_s, "root2\n"), Entry(u"opt/old"_s, "old\n"),
                     Entry(u"bin/tool"_s, "tool v2\n", 0755), Entry::hardlink(u"bin/same2"_s, u"bin/tool"_s)});
    pair.b.addEnv(u"VERSION=2"_s);
    pair.b.setCmd({u"/bin/tool"_s, u"--serve"_s});
    pair.b.setLabel(u"org.zuul-ci.change"_s, u"101"_s);
    pair.b.setCreated(QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    return pair;
}

QMap<QString, QString> statuses(const ImageDiff& diff)
{
    QMap<QString, QString> result;
    for (const auto& file : diff.files()) {
        if (file.status != ImageDiff::Status::Unchanged) {
            result.insert(file.path,
                          ImageDiff::statusName(file.status) +
                              (file.changes ? u" "_s + ImageDiff::changeNames(file.changes).join(u',') : QString()));
        }
    }
    return result;
}

const ImageDiff::FileChange* fileIn(const ImageDiff& diff, const QString& path)
{
    for (const auto& file : diff.files()) {
        if (file.path == path) {
            return &file;
        }
    }
    return nullptr;
}

} // namespace

class TestImageDiff : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reportsExactDifferences();
    void reproducibilityView();
    void cacheServesSecondDiff();
    void fetchesFileContent();
    void matchesPlatforms();
    void refusesHostileLayerFromRegistry();
    void refusesLyingRegistry();

private:
    RegistryClient* client(const RegistryProcess& registry);
    std::shared_ptr<const ImageDiff> diff(const QString& refA, const QString& refB, ImageDiffOptions options = {},
                                          std::optional<Platform> platform = std::nullopt,
                                          RegistryError* error = nullptr, ImageDiffJob** keep = nullptr);
    QString pushRaw(const QString& repository, const QByteArray& layer);

    QTemporaryDir m_work;
    RegistryProcess m_one;
    RegistryProcess m_two;
    RegistryClient* m_clientOne = nullptr;
    RegistryClient* m_clientTwo = nullptr;
    std::shared_ptr<IndexCache> m_cache;
    Pair m_pair;
    QStringList m_traceOne;
    QStringList m_traceTwo;
};

RegistryClient* TestImageDiff::client(const RegistryProcess& registry)
{
    auto* c = new RegistryClient(*RegistryAddress::parse(registry.hostPort()), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(registry.caFile());
    c->setOptions(options);
    c->setCredentials({registry.username(), registry.password(), false});
    return c;
}

void TestImageDiff::initTestCase()
{
    QString error;
    QVERIFY2(m_one.start(&error), qPrintable(error));
    QVERIFY2(m_two.start(&error), qPrintable(error));
    m_clientOne = client(m_one);
    m_clientTwo = client(m_two);
    connect(m_clientOne, &RegistryClient::trace, this, [this](const QString& line) { m_traceOne << line; });
    connect(m_clientTwo, &RegistryClient::trace, this, [this](const QString& line) { m_traceTwo << line; });
    m_cache = std::make_shared<IndexCache>(m_work.filePath(u"cache"_s));

    m_pair = constructedPair();
    const QString layoutA = m_pair.a.writeLayout(m_work.filePath(u"a"_s), u"prod"_s, &error);
    const QString layoutB = m_pair.b.writeLayout(m_work.filePath(u"b"_s), u"change"_s, &error);
    QVERIFY2(!layoutA.isEmpty() && !layoutB.isEmpty(), qPrintable(error));
    // A in one registry, B in another: the production image and the one a change built.
    QVERIFY2(TestImage::pushWithSkopeo(layoutA, m_one.hostPort() + u"/site/app:prod"_s, m_one, nullptr, &error),
             qPrintable(error));
    QVERIFY2(
        TestImage::pushWithSkopeo(layoutB, m_two.hostPort() + u"/site/app:change_101_latest"_s, m_two, nullptr, &error),
        qPrintable(error));

    QList<TestImage> archesA;
    QList<TestImage> archesB;
    for (const auto& [arch, variant] : {std::pair{u"amd64"_s, QString()}, std::pair{u"arm64"_s, u"v8"_s}}) {
        TestImage a;
        a.setPlatform(u"linux"_s, arch, variant);
        a.addLayer({Entry(u"arch"_s, arch.toUtf8())});
        archesA << a;
        TestImage b = a;
        b.addLayer({Entry(u"arch-extra"_s, arch.toUtf8() + " extra")});
        archesB << b;
    }
    const QString indexA = TestImage::writeIndexLayout(m_work.filePath(u"ia"_s), u"1"_s, archesA, nullptr, &error);
    const QString indexB = TestImage::writeIndexLayout(m_work.filePath(u"ib"_s), u"2"_s, archesB, nullptr, &error);
    QVERIFY2(
        TestImage::pushWithSkopeo(indexA, m_one.hostPort() + u"/site/multi:1"_s, m_one, nullptr, &error, {u"--all"_s}),
        qPrintable(error));
    QVERIFY2(
        TestImage::pushWithSkopeo(indexB, m_one.hostPort() + u"/site/multi:2"_s, m_one, nullptr, &error, {u"--all"_s}),
        qPrintable(error));
    TestImage only;
    only.setPlatform(u"linux"_s, u"arm64"_s, u"v8"_s);
    only.addLayer({Entry(u"arch"_s, "arm64")});
    const QString single = only.writeLayout(m_work.filePath(u"single"_s), u"arm"_s, &error);
    QVERIFY2(TestImage::pushWithSkopeo(single, m_one.hostPort() + u"/site/multi:arm-only"_s, m_one, nullptr, &error),
             qPrintable(error));
}

std::shared_ptr<const ImageDiff> TestImageDiff::diff(const QString& refA, const QString& refB, ImageDiffOptions options,
                                                     std::optional<Platform> platform, RegistryError* error,
                                                     ImageDiffJob** keep)
{
    const auto side = [this](const QString& text) {
        const QStringList parts = text.split(u'|'); // "one|site/app|prod"
        RegistryClient* c = parts.at(0) == u"one"_s ? m_clientOne : m_clientTwo;
        return ImageDiffJob::Side{c, parts.at(1), parts.at(2), parts.at(1) + u':' + parts.at(2)};
    };
    auto* job = new ImageDiffJob(side(refA), side(refB), platform, options, m_cache, this);
    if (!waitForJob(job, 60000)) {
        return {};
    }
    if (error) {
        *error = job->error();
    }
    if (keep) {
        *keep = job;
    } else {
        job->deleteLater();
    }
    return job->result();
}

void TestImageDiff::reportsExactDifferences()
{
    m_cache->clear();
    RegistryError error;
    ImageDiffJob* job = nullptr;
    const auto result = diff(u"one|site/app|prod"_s, u"two|site/app|change_101_latest"_s, {}, {}, &error, &job);
    QVERIFY2(result, qPrintable(error.message()));
    const QMap<QString, QString> expected{
        {u"app"_s, u"removed"_s},
        {u"app/main"_s, u"removed"_s},
        {u"var/cache/a"_s, u"removed"_s},
        {u"var/cache/b"_s, u"removed"_s},
        {u"var/cache/c"_s, u"added"_s},
        {u"bin/same2"_s, u"added"_s},
        {u"etc/passwd"_s, u"modified content"_s},
        {u"bin/tool"_s, u"modified content"_s},
        {u"bin/alias"_s, u"modified linkTarget"_s},
        {u"etc/conf"_s, u"modified mode"_s},
        {u"srv/data"_s, u"modified owner"_s},
        {u"usr/share/doc/readme"_s, u"modified type"_s},
        {u"etc/motd"_s, u"modified mtime"_s},
    };
    QCOMPARE(statuses(*result), expected);
    QCOMPARE(result->count(ImageDiff::Status::Added), 2);
    QCOMPARE(result->count(ImageDiff::Status::Removed), 4);
    QCOMPARE(result->count(ImageDiff::Status::Modified), 7);
    // Removed and re-added unchanged: not a difference; the hardlink of the unchanged tool keeps its bytes.
    QCOMPARE(fileIn(*result, u"opt/old"_s)->status, ImageDiff::Status::Unchanged);
    QCOMPARE(fileIn(*result, u"bin/same"_s)->status, ImageDiff::Status::Unchanged);
    QCOMPARE(fileIn(*result, u"bin/same2"_s)->b->type, LayerEntry::Type::Hardlink);
    QCOMPARE(fileIn(*result, u"bin/same2"_s)->b->sha256,
             QCryptographicHash::hash("tool v2\n", QCryptographicHash::Sha256));

    // Which layer did it.
    const auto layersA = m_pair.a.layers();
    const auto layersB = m_pair.b.layers();
    QCOMPARE(fileIn(*result, u"etc/passwd"_s)->layer.toString(), layersB.at(2).digest);
    QCOMPARE(fileIn(*result, u"var/cache/a"_s)->layer.toString(), layersB.at(1).digest); // the opaque directory
    QCOMPARE(fileIn(*result, u"app/main"_s)->layer.toString(), layersA.at(1).digest);    // only A has it
    QCOMPARE(fileIn(*result, u"srv/data"_s)->layer.toString(), layersB.at(1).digest);

    // Layers: the base shared (fetched once, though it lives in both registries), one only in A, two only in B.
    QCOMPARE(result->layerRows().size(), 4);
    QCOMPARE(result->layerRows().at(0).a, 0);
    QCOMPARE(result->layerRows().at(0).b, 0);
    QCOMPARE(job->layers().size(), 4);
    const QString baseBlob = u"/blobs/"_s + layersA.at(0).digest;
    const auto fetched = [&](const QStringList& trace) {
        return std::count_if(trace.cbegin(), trace.cend(), [&](const QString& line) {
            return line.startsWith(u"> GET"_s) && line.contains(baseBlob);
        });
    };
    QCOMPARE(fetched(m_traceOne) + fetched(m_traceTwo), 1);

    // Configuration: exactly what was changed.
    QStringList fields;
    for (const auto& change : result->configChanges()) {
        fields << change.field;
    }
    // history[2]: B's third layer has a history entry A lacks.
    QCOMPARE(fields,
             (QStringList{u"created"_s, u"cmd"_s, u"env.VERSION"_s, u"labels.org.zuul-ci.change"_s, u"history[2]"_s}));
    QVERIFY(result->configChanges().at(4).a.isUndefined());
    QCOMPARE(result->configChanges().at(2).a.toString(), u"1"_s);
    QCOMPARE(result->configChanges().at(2).b.toString(), u"2"_s);

    // The JSON of CLI.md.
    const QJsonObject json = result->toJson();
    QCOMPARE(json.value(u"files"_s).toArray().size(), 13);
    QCOMPARE(json.value(u"layers"_s).toObject().value(u"shared"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"layers"_s).toObject().value(u"onlyA"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"layers"_s).toObject().value(u"onlyB"_s).toArray().size(), 2);

    // The CSV export: a header and one line per changed file.
    const QList<QByteArray> csv = result->toCsv().split('\n');
    QCOMPARE(csv.size(), 1 + 13 + 1);
    QVERIFY(csv.at(0).startsWith("path,status,changes,"));
    QVERIFY(csv.contains("etc/conf,modified,mode,file,10,0644,0,0," +
                         QCryptographicHash::hash("setting=1\n", QCryptographicHash::Sha256).toHex() +
                         ",file,10,0600,0,0," +
                         QCryptographicHash::hash("setting=1\n", QCryptographicHash::Sha256).toHex() + ',' +
                         layersB.at(1).digest.toLatin1() + '\r'));
    // Sizes by directory, for the chart: app (5 bytes of A) and etc among them.
    const auto sizes = result->directorySizes();
    const auto app = std::find_if(sizes.cbegin(), sizes.cend(), [](const auto& d) { return d.path == u"app"_s; });
    QVERIFY(app != sizes.cend());
    QCOMPARE(app->sizeA, 5);
    QCOMPARE(app->sizeB, 0);
    job->deleteLater();
}

void TestImageDiff::reproducibilityView()
{
    ImageDiffOptions options;
    options.ignoreTimestamps = true;
    options.ignoreOwnership = true;
    const auto result = diff(u"one|site/app|prod"_s, u"two|site/app|change_101_latest"_s, options);
    QVERIFY(result);
    const auto found = statuses(*result);
    QVERIFY(!found.contains(u"etc/motd"_s));
    QVERIFY(!found.contains(u"srv/data"_s));
    QCOMPARE(found.value(u"etc/conf"_s), u"modified mode"_s);
    QCOMPARE(found.size(), 11);
    for (const auto& change : result->configChanges()) {
        QVERIFY(change.field != u"created"_s);
    }
}

void TestImageDiff::cacheServesSecondDiff()
{
    // Stored once verified, one per layer, by a worker after the job has finished: wait for the last one.
    QTRY_COMPARE_WITH_TIMEOUT(m_cache->count(), 4, 10000);
    m_traceOne.clear();
    m_traceTwo.clear();
    ImageDiffJob* job = nullptr;
    const auto result = diff(u"one|site/app|prod"_s, u"two|site/app|change_101_latest"_s, {}, {}, nullptr, &job);
    QVERIFY(result);
    QCOMPARE(job->layersFromCache(), 4);
    QCOMPARE(job->bytesDownloaded(), 0);
    for (const QStringList* trace : {&m_traceOne, &m_traceTwo}) {
        for (const auto& layer : m_pair.a.layers() + m_pair.b.layers()) {
            QVERIFY(!trace->join(u'\n').contains(layer.digest));
        }
    }
    QCOMPARE(result->count(ImageDiff::Status::Modified), 7);
    job->deleteLater();
}

void TestImageDiff::fetchesFileContent()
{
    const auto layersB = m_pair.b.layers();
    const Descriptor layer{
        TestImage::ociLayerGzipType, *Digest::parse(layersB.at(2).digest), layersB.at(2).size, {}, {}, {}, {}};
    auto* read = new FileContentJob(m_clientTwo, u"site/app"_s, layer, u"etc/passwd"_s, {}, 1024, this);
    AWAIT_OK(read);
    QCOMPARE(read->content(), QByteArray("root2\n"));

    const QString target = m_work.filePath(u"saved-tool"_s);
    auto* save = new FileContentJob(m_clientTwo, u"site/app"_s, layer, u"bin/tool"_s, target, 1024, this);
    AWAIT_OK(save);
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("tool v2\n"));

    auto* missing =
        new FileContentJob(m_clientTwo, u"site/app"_s, layer, u"etc/none"_s, m_work.filePath(u"never"_s), 1024, this);
    AWAIT_JOB(missing);
    QCOMPARE(missing->error().kind(), RegistryError::Kind::NotFound);
    QVERIFY(!QFile::exists(m_work.filePath(u"never"_s)));
    auto* tooBig = new FileContentJob(m_clientTwo, u"site/app"_s, layer, u"etc/passwd"_s, {}, 3, this);
    AWAIT_JOB(tooBig);
    QCOMPARE(tooBig->error().kind(), RegistryError::Kind::TooLarge);
}

void TestImageDiff::matchesPlatforms()
{
    // No platform asked for: A's default (linux/amd64), and the same platform in B.
    auto result = diff(u"one|site/multi|1"_s, u"one|site/multi|2"_s);
    QVERIFY(result);
    QCOMPARE(result->imageA().platform->toString(), u"linux/amd64"_s);
    QCOMPARE(result->imageB().platform->toString(), u"linux/amd64"_s);
    QCOMPARE(statuses(*result), (QMap<QString, QString>{{u"arch-extra"_s, u"added"_s}}));
    QCOMPARE(fileIn(*result, u"arch"_s)->a->sha256, QCryptographicHash::hash("amd64", QCryptographicHash::Sha256));

    result = diff(u"one|site/multi|1"_s, u"one|site/multi|2"_s, {}, Platform::parse(u"linux/arm64"_s));
    QVERIFY(result);
    QCOMPARE(fileIn(*result, u"arch"_s)->b->sha256, QCryptographicHash::hash("arm64", QCryptographicHash::Sha256));

    // A single-arch arm64 image against an index: B's arm64 child is chosen.
    result = diff(u"one|site/multi|arm-only"_s, u"one|site/multi|2"_s);
    QVERIFY(result);
    QCOMPARE(result->imageB().platform->architecture, u"arm64"_s);

    RegistryError error;
    result = diff(u"one|site/multi|1"_s, u"one|site/multi|2"_s, {}, Platform::parse(u"linux/s390x"_s), &error);
    QVERIFY(!result);
    QCOMPARE(error.kind(), RegistryError::Kind::NotFound);
    QVERIFY2(error.message().contains(u"has no image for linux/s390x"_s), qPrintable(error.message()));
}

QString TestImageDiff::pushRaw(const QString& repository, const QByteArray& layer)
{
    const QByteArray config =
        QJsonDocument(QJsonObject{
                          {u"architecture"_s, u"amd64"_s},
                          {u"os"_s, u"linux"_s},
                          {u"rootfs"_s, QJsonObject{{u"type"_s, u"layers"_s},
                                                    {u"diff_ids"_s, QJsonArray{TestImage::digestOf(layer)}}}},
                      })
            .toJson(QJsonDocument::Compact);
    for (const QByteArray& blob : {layer, config}) {
        QBuffer buffer;
        buffer.setData(blob);
        buffer.open(QIODevice::ReadOnly);
        auto* upload =
            m_clientOne->uploadBlob(repository, *Digest::parse(TestImage::digestOf(blob)), blob.size(), &buffer);
        if (!waitForJob(upload) || upload->error()) {
            return {};
        }
        upload->deleteLater();
    }
    const QJsonObject manifest{{u"schemaVersion"_s, 2},
                               {u"mediaType"_s, TestImage::ociManifestType},
                               {u"config"_s, QJsonObject{{u"mediaType"_s, TestImage::ociConfigType},
                                                         {u"digest"_s, TestImage::digestOf(config)},
                                                         {u"size"_s, config.size()}}},
                               {u"layers"_s, QJsonArray{QJsonObject{{u"mediaType"_s, TestImage::ociLayerGzipType},
                                                                    {u"digest"_s, TestImage::digestOf(layer)},
                                                                    {u"size"_s, layer.size()}}}}};
    auto* put = m_clientOne->putManifest(
        repository, u"latest"_s, QJsonDocument(manifest).toJson(QJsonDocument::Compact), TestImage::ociManifestType);
    if (!waitForJob(put) || put->error()) {
        return {};
    }
    put->deleteLater();
    return TestImage::digestOf(layer);
}

void TestImageDiff::refusesHostileLayerFromRegistry()
{
    // A layer whose tar names a path above the root, served by a real registry.
    TestImage evil;
    evil.addLayer({Entry(u"../../../tmp/registrydesk-diff-escape"_s, "gotcha\n")});
    QString error;
    const QString layout = evil.writeLayout(m_work.filePath(u"evil"_s), u"x"_s, &error);
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_one.hostPort() + u"/site/evil:latest"_s, m_one, nullptr, &error),
             qPrintable(error));
    // A truncated gzip stream, pushed as it is (the registry stores any bytes under their digest).
    QByteArray truncated = TestImage::readBlob(m_work.filePath(u"a"_s), m_pair.a.layers().at(0).digest);
    truncated.chop(truncated.size() / 3);
    QVERIFY(!pushRaw(u"site/truncated"_s, truncated).isEmpty());

    const int cached = m_cache->count();
    RegistryError failure;
    QVERIFY(!diff(u"one|site/app|prod"_s, u"one|site/evil|latest"_s, {}, {}, &failure));
    QCOMPARE(failure.kind(), RegistryError::Kind::Protocol);
    QVERIFY2(failure.message().contains(u"points outside the image's filesystem"_s), qPrintable(failure.message()));
    QVERIFY(!QFile::exists(u"/tmp/registrydesk-diff-escape"_s));

    QVERIFY(!diff(u"one|site/app|prod"_s, u"one|site/truncated|latest"_s, {}, {}, &failure));
    QCOMPARE(failure.kind(), RegistryError::Kind::Protocol);
    QVERIFY2(failure.message().contains(u"not a readable tar archive"_s), qPrintable(failure.message()));
    QCOMPARE(m_cache->count(), cached); // nothing refused is remembered
}

void TestImageDiff::refusesLyingRegistry()
{
    // The registry's stored bytes of a layer change behind its back: it serves them under the old digest.
    TestImage image;
    image.addLayer({Entry(u"payload"_s, QByteArray("honest bytes\n").repeated(50))});
    QString error;
    const QString layout = image.writeLayout(m_work.filePath(u"liar"_s), u"x"_s, &error);
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_one.hostPort() + u"/site/liar:latest"_s, m_one, nullptr, &error),
             qPrintable(error));
    const QString hex = image.layers().at(0).digest.mid(7);
    const QString data =
        m_one.dataDir() + u"/docker/registry/v2/blobs/sha256/"_s + hex.left(2) + u'/' + hex + u"/data"_s;
    QFile stored(data);
    QVERIFY2(stored.open(QIODevice::ReadWrite), qPrintable(data));
    QByteArray bytes = stored.readAll();
    // Another valid gzip'd tar of the same length would be the perfect lie; flipping the last byte of the
    // gzip trailer (its length field) keeps the tar readable and changes the digest.
    bytes[bytes.size() - 1] = static_cast<char>(bytes.at(bytes.size() - 1) ^ 0x01);
    stored.seek(0);
    stored.write(bytes);
    stored.close();

    const int cached = m_cache->count();
    RegistryError failure;
    QVERIFY(!diff(u"one|site/app|prod"_s, u"one|site/liar|latest"_s, {}, {}, &failure));
    QCOMPARE(failure.kind(), RegistryError::Kind::DigestMismatch);
    QCOMPARE(m_cache->count(), cached);
}

QTEST_GUILESS_MAIN(TestImageDiff)
#include "TestImageDiff.moc"
