// gc plan and gc delete-untagged against Debian's real docker-registry 2.8.2 and its real garbage-collect: what
// the plan predicts is what garbage-collect frees (plain, and --delete-untagged on a copy of the data), the
// multi-arch image --delete-untagged breaks is named, and the safe procedure (gc delete-untagged, then plain
// garbage-collect) frees what the plan says while every platform still pulls.
#include "JobWait.h"
#include "RegistryProcess.h"
#include "Skopeo.h"
#include "TestClient.h"
#include "TestImage.h"
#include "TestProcess.h"
#include "registry/RegistryClient.h"
#include "registry/RegistryJob.h"
#include "storage/StorageScanJob.h"
#include "storage/UntaggedDeleter.h"
#include "transfer/TagRemover.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kV2 = u"/docker/registry/v2"_s;

// Every blob data file of a storage root and its size, read without the code under test.
QHash<QString, qint64> blobFiles(const QString& root)
{
    QHash<QString, qint64> files;
    QDirIterator it(root + kV2 + u"/blobs"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto info = it.nextFileInfo();
        if (info.fileName() == u"data"_s) {
            files.insert(info.dir().dirName(), info.size());
        }
    }
    return files;
}

qint64 sum(const QHash<QString, qint64>& files)
{
    qint64 total = 0;
    for (const auto size : files) {
        total += size;
    }
    return total;
}

// What a garbage collection freed: the blobs before minus the blobs after.
struct Freed
{
    qint64 count = 0;
    qint64 bytes = 0;
};

Freed freedBetween(const QHash<QString, qint64>& before, const QHash<QString, qint64>& after)
{
    Freed freed;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!after.contains(it.key())) {
            ++freed.count;
            freed.bytes += it.value();
        }
    }
    return freed;
}

// Every path with its size and modification time: a read-only command must leave it as it was.
QStringList fingerprint(const QString& root)
{
    QStringList lines;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto info = it.nextFileInfo();
        lines << u"%1 %2 %3"_s.arg(info.filePath())
                     .arg(info.isDir() ? -1 : info.size())
                     .arg(info.lastModified().toMSecsSinceEpoch());
    }
    lines.sort();
    return lines;
}

QString revisionLink(const QString& root, const QString& repository, const QString& digest)
{
    return root + kV2 + u"/repositories/"_s + repository + u"/_manifests/revisions/sha256/"_s +
           digest.section(u':', 1) + u"/link"_s;
}

QSet<QString> untaggedEntries(const QJsonObject& plan, bool reachable)
{
    QSet<QString> entries;
    for (const auto& value : plan[u"untaggedManifests"_s].toArray()) {
        const auto entry = value.toObject();
        if (entry[u"reachable"_s].toBool() == reachable) {
            entries.insert(entry[u"repository"_s].toString() + u'@' + entry[u"digest"_s].toString());
        }
    }
    return entries;
}

} // namespace

class TestGcPlan : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void planPredictsEachCollection();
    void planReadsWithoutWriting();
    void plainGarbageCollectFreesWhatThePlanSays();
    void deleteUntaggedFreesWhatThePlanSaysAndBreaksTheIndex();
    void problemsAreReportedNotFatal();
    void anotherRegistryIsRefused();
    void aTagPushedSinceThePlanKeepsItsImage();
    void safeProcedureKeepsEveryPlatform();
    void usageErrors_data();
    void usageErrors();

private:
    TestProcess::Result cli(const QStringList& arguments, const RegistryProcess* registry = nullptr);
    QJsonObject planJson(const QString& root);
    QString push(const QString& layout, const QString& target);
    // A copy of the (stopped) registry's storage root and a config.yml whose rootdirectory is the copy.
    bool copyData(const QString& name, QString* root, QString* config);
    TestProcess::Result garbageCollect(const QString& config, bool deleteUntagged);
    bool startRegistry();

    QTemporaryDir m_work;
    std::unique_ptr<RegistryProcess> m_registry;
    QJsonObject m_plan; // gc plan --json of the registry's data before any collection
    QString m_app1;     // zuul/app:latest before the tag moved: untagged, no tag reaches it
    QString m_app2;
    QString m_tool;
    QString m_gone;  // zuul/tool:gone, whose tag was removed: untagged, no tag reaches it
    QString m_index; // zuul/multi:1.0
    QString m_amd64;
    QString m_arm64;
    QString m_doomed;      // zuul/app:doomed, deleted by digest: no revision any more
    qint64 m_gcCount = -1; // blobs each collection frees, as the core plan counts them
    qint64 m_deleteUntaggedCount = -1;
    qint64 m_safeCount = -1;
};

TestProcess::Result TestGcPlan::cli(const QStringList& arguments, const RegistryProcess* registry)
{
    QStringList options;
    if (registry) {
        options << u"--authfile"_s << registry->authFile() << u"--certs-dir"_s << registry->certsDir();
    }
    return TestProcess::run(QStringLiteral(REGISTRYDESK_CLI), options + arguments, 300'000, {},
                            TestProcess::isolatedEnvironment(m_work.filePath(u"home"_s)));
}

QJsonObject TestGcPlan::planJson(const QString& root)
{
    const auto result = cli({u"--json"_s, u"gc"_s, u"plan"_s, root});
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.describe()));
        return {};
    }
    return QJsonDocument::fromJson(result.out).object();
}

QString TestGcPlan::push(const QString& layout, const QString& target)
{
    QString digest;
    QString error;
    if (!TestImage::pushWithSkopeo(layout, m_registry->hostPort() + u'/' + target, *m_registry, &digest, &error)) {
        qWarning("%s", qPrintable(error));
    }
    return digest;
}

bool TestGcPlan::copyData(const QString& name, QString* root, QString* config)
{
    *root = m_work.filePath(name + u"-data"_s);
    *config = m_work.filePath(name + u"-config.yml"_s);
    const auto copied = TestProcess::run(u"cp"_s, {u"-a"_s, m_registry->dataDir(), *root});
    if (!copied.ok()) {
        qWarning("%s", qPrintable(copied.describe()));
        return false;
    }
    QFile original(m_registry->configFile());
    if (!original.open(QIODevice::ReadOnly)) {
        return false;
    }
    auto yaml = original.readAll();
    const auto from = '"' + m_registry->dataDir().toUtf8() + '"';
    if (!yaml.contains(from)) {
        qWarning("the registry's config names its data directory otherwise");
        return false;
    }
    yaml.replace(from, '"' + root->toUtf8() + '"');
    QFile copy(*config);
    return copy.open(QIODevice::WriteOnly) && copy.write(yaml) == yaml.size();
}

TestProcess::Result TestGcPlan::garbageCollect(const QString& config, bool deleteUntagged)
{
    QStringList arguments{u"garbage-collect"_s};
    if (deleteUntagged) {
        arguments << u"--delete-untagged"_s;
    }
    arguments << config;
    return TestProcess::run(u"/usr/bin/docker-registry"_s, arguments, 120'000);
}

bool TestGcPlan::startRegistry()
{
    if (m_registry->isRunning()) {
        return true;
    }
    QString error;
    if (!m_registry->restart(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void TestGcPlan::cleanup()
{
    if (QTest::currentTestFailed()) {
        m_registry->dumpLogOnFailure();
    }
}

void TestGcPlan::initTestCase()
{
    QVERIFY(m_work.isValid());
    QVERIFY(QDir().mkpath(m_work.filePath(u"home"_s)));
    m_registry = std::make_unique<RegistryProcess>();
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));

    // One base layer shared by images in three repositories, the multi-arch one included.
    const QList<TestImage::Entry> base{TestImage::Entry::randomFile(u"base/lib.so"_s, 256 * 1024, 1)};
    const auto image = [&base](const QString& name, qint64 size, quint64 seed, bool withBase = true) {
        TestImage built;
        if (withBase) {
            built.addLayer(base);
        }
        built.addLayer({TestImage::Entry(name + u"/name"_s, name.toUtf8()),
                        TestImage::Entry::randomFile(name + u"/data"_s, size, seed)});
        return built;
    };
    auto app1 = image(u"app1"_s, 64 * 1024, 2);
    auto app2 = image(u"app2"_s, 72 * 1024, 3);
    auto tool = image(u"tool"_s, 40 * 1024, 4);
    auto gone = image(u"gone"_s, 48 * 1024, 5, false);
    auto doomed = image(u"doomed"_s, 56 * 1024, 6, false);
    auto amd64 = image(u"amd64"_s, 80 * 1024, 7);
    auto arm64 = image(u"arm64"_s, 88 * 1024, 8, false);
    arm64.setPlatform(u"linux"_s, u"arm64"_s, u"v8"_s);

    const auto layout = [this](TestImage& built, const QString& name) {
        QString writeError;
        const auto written = built.writeLayout(m_work.filePath(u"layouts/"_s + name), u"x"_s, &writeError);
        if (written.isEmpty()) {
            qWarning("%s", qPrintable(writeError));
        }
        return written;
    };
    // zuul/app:latest moves from app1 to app2: app1 stays as an untagged revision no tag reaches.
    m_app1 = push(layout(app1, u"app1"_s), u"zuul/app:latest"_s);
    m_app2 = push(layout(app2, u"app2"_s), u"zuul/app:latest"_s);
    m_tool = push(layout(tool, u"tool"_s), u"zuul/tool:1.0"_s);
    m_gone = push(layout(gone, u"gone"_s), u"zuul/tool:gone"_s);
    m_doomed = push(layout(doomed, u"doomed"_s), u"zuul/app:doomed"_s);
    const auto multi =
        TestImage::writeIndexLayout(m_work.filePath(u"layouts/multi"_s), u"1.0"_s, {amd64, arm64}, nullptr, &error);
    QVERIFY2(!multi.isEmpty(), qPrintable(error));
    m_index = push(multi, u"zuul/multi:1.0"_s);
    m_amd64 = amd64.manifestDigest();
    m_arm64 = arm64.manifestDigest();
    for (const auto* digest : {&m_app1, &m_app2, &m_tool, &m_gone, &m_doomed, &m_index, &m_amd64, &m_arm64}) {
        QVERIFY(digest->startsWith(u"sha256:"_s));
    }
    QCOMPARE(m_app1, app1.manifestDigest());

    auto* client = newTestClient(m_registry->hostPort(), m_registry->caFile(), m_registry->username(),
                                 m_registry->password(), this);
    // The tag zuul/tool:gone is removed (its image stays, untagged); zuul/app:doomed is deleted by digest.
    auto* untag = new TagRemover(client, *Reference::parse(m_registry->hostPort() + u"/zuul/tool:gone"_s), {}, this);
    AWAIT_OK(untag);
    delete untag;
    auto* deletion = client->deleteManifest(u"zuul/app"_s, *Digest::parse(m_doomed));
    AWAIT_OK(deletion);
    QVERIFY(!m_registry->hasManifest(u"zuul/tool"_s, u"gone"_s));
    QVERIFY(m_registry->hasManifest(u"zuul/tool"_s, m_gone));
    QVERIFY(!m_registry->hasManifest(u"zuul/app"_s, m_doomed));

    // An upload that is started, sent 4 KiB and never finished.
    const auto http = m_registry->http();
    const TestHttpClient::Headers auth{{"Authorization", m_registry->authorization()}};
    const auto started =
        http.request("POST", QUrl(m_registry->baseUrl().toString() + u"/v2/zuul/app/blobs/uploads/"_s), auth);
    QCOMPARE(started.status, 202);
    const auto location = m_registry->baseUrl().resolved(QUrl(QString::fromLatin1(started.header("Location"))));
    auto patchHeaders = auth;
    patchHeaders << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"));
    const auto patched = http.request("PATCH", location, patchHeaders, QByteArray(4096, 'u'));
    QCOMPARE(patched.status, 202);

    m_plan = planJson(m_registry->dataDir());
    QVERIFY(!m_plan.isEmpty());
}

void TestGcPlan::planPredictsEachCollection()
{
    QCOMPARE(m_plan[u"root"_s].toString(), m_registry->dataDir());
    const auto files = blobFiles(m_registry->dataDir());
    QCOMPARE(m_plan[u"blobs"_s][u"count"_s].toInteger(), files.size());
    QCOMPARE(m_plan[u"blobs"_s][u"bytes"_s].toInteger(), sum(files));
    QCOMPARE(m_plan[u"staleUploads"_s][u"count"_s].toInteger(), 1);
    QCOMPARE(m_plan[u"staleUploads"_s][u"bytes"_s].toInteger(), 4096);

    // Untagged: the image the tag moved away from and the one whose tag went (no tag reaches either), and the
    // two platform manifests of the tagged index (reachable through it).
    QCOMPARE(untaggedEntries(m_plan, false), (QSet<QString>{u"zuul/app@"_s + m_app1, u"zuul/tool@"_s + m_gone}));
    QCOMPARE(untaggedEntries(m_plan, true), (QSet<QString>{u"zuul/multi@"_s + m_amd64, u"zuul/multi@"_s + m_arm64}));

    const auto breaks = m_plan[u"deleteUntaggedBreaks"_s].toArray();
    QCOMPARE(breaks.size(), 1);
    const auto broken = breaks.first().toObject();
    QCOMPARE(broken[u"repository"_s].toString(), u"zuul/multi"_s);
    QCOMPARE(broken[u"index"_s].toString(), m_index);
    QCOMPARE(broken[u"tags"_s].toArray(), QJsonArray{u"1.0"_s});
    QCOMPARE(broken[u"children"_s].toArray(), (QJsonArray{m_amd64, m_arm64}));

    const auto reclaimable = m_plan[u"reclaimable"_s].toObject();
    const auto gc = reclaimable[u"gc"_s].toInteger();
    const auto safe = reclaimable[u"safe"_s].toInteger();
    const auto deleteUntagged = reclaimable[u"gcDeleteUntagged"_s].toInteger();
    qInfo("plan: blobs %lld bytes; gc %lld, safe %lld, --delete-untagged %lld", sum(files), gc, safe, deleteUntagged);
    // Plain GC frees the deleted image and the tag remover's placeholder; the safe plan adds app1 and gone;
    // --delete-untagged adds the platforms' own blobs on top (their shared base layer stays: others use it).
    QVERIFY(gc >= 56 * 1024);
    QVERIFY(safe >= gc + (64 + 48) * 1024);
    QVERIFY(deleteUntagged >= safe + (80 + 88) * 1024);
    QVERIFY(deleteUntagged < sum(files) - 256 * 1024);

    // The core job says the same, with blob counts.
    StorageScanJob job(m_registry->dataDir());
    AWAIT_OK(&job);
    QCOMPARE(job.plan()->toJson(), m_plan);
    m_gcCount = job.plan()->gc().count;
    m_deleteUntaggedCount = job.plan()->gcDeleteUntagged().count;
    m_safeCount = job.plan()->safe().count;

    // The text names the broken image with its tag and the platforms, and the safe procedure.
    const auto text = cli({u"gc"_s, u"plan"_s, m_registry->dataDir()});
    QVERIFY2(text.ok(), qPrintable(text.describe()));
    QVERIFY2(text.out.contains("zuul/multi:1.0"), text.out.constData());
    QVERIFY2(text.out.contains(m_amd64.toUtf8() + "  linux/amd64"), text.out.constData());
    QVERIFY2(text.out.contains(m_arm64.toUtf8() + "  linux/arm64/v8"), text.out.constData());
    QVERIFY2(text.out.contains("gc delete-untagged"), text.out.constData());
    QVERIFY2(text.out.contains("never --delete-untagged on 2.8"), text.out.constData());
    QVERIFY2(text.out.contains("1 unfinished upload"), text.out.constData());
    QVERIFY2(text.err.isEmpty(), text.err.constData());
}

void TestGcPlan::planReadsWithoutWriting()
{
    m_registry->stop();
    const auto before = fingerprint(m_registry->workDir());
    const auto plan = planJson(m_registry->dataDir());
    QCOMPARE(plan, m_plan);
    QCOMPARE(fingerprint(m_registry->workDir()), before);
}

void TestGcPlan::plainGarbageCollectFreesWhatThePlanSays()
{
    m_registry->stop();
    QString root;
    QString config;
    QVERIFY(copyData(u"plain"_s, &root, &config));
    QCOMPARE(planJson(root)[u"reclaimable"_s], m_plan[u"reclaimable"_s]);
    const auto before = blobFiles(root);
    const auto collected = garbageCollect(config, false);
    QVERIFY2(collected.ok(), qPrintable(collected.describe()));
    const auto freed = freedBetween(before, blobFiles(root));
    qInfo("garbage-collect freed %lld blobs, %lld bytes; the plan said %lld bytes", freed.count, freed.bytes,
          m_plan[u"reclaimable"_s][u"gc"_s].toInteger());
    QCOMPARE(freed.bytes, m_plan[u"reclaimable"_s][u"gc"_s].toInteger());
    QCOMPARE(freed.count, m_gcCount);
    // Nothing is left for a second run to free, and the plan of the collected root agrees.
    const auto after = planJson(root);
    QCOMPARE(after[u"reclaimable"_s][u"gc"_s].toInteger(), 0);
    QCOMPARE(after[u"blobs"_s][u"bytes"_s].toInteger(), sum(before) - freed.bytes);
}

void TestGcPlan::deleteUntaggedFreesWhatThePlanSaysAndBreaksTheIndex()
{
    m_registry->stop();
    QString root;
    QString config;
    QVERIFY(copyData(u"untagged"_s, &root, &config));
    const auto before = blobFiles(root);
    const auto collected = garbageCollect(config, true);
    QVERIFY2(collected.ok(), qPrintable(collected.describe()));
    const auto freed = freedBetween(before, blobFiles(root));
    qInfo("garbage-collect --delete-untagged freed %lld blobs, %lld bytes; the plan said %lld bytes", freed.count,
          freed.bytes, m_plan[u"reclaimable"_s][u"gcDeleteUntagged"_s].toInteger());
    QCOMPARE(freed.bytes, m_plan[u"reclaimable"_s][u"gcDeleteUntagged"_s].toInteger());
    QCOMPARE(freed.count, m_deleteUntaggedCount);
    // The breakage the plan names: the index stays, its platform manifests are gone from the repository.
    QVERIFY(QFile::exists(revisionLink(root, u"zuul/multi"_s, m_index)));
    QVERIFY(!QFile::exists(revisionLink(root, u"zuul/multi"_s, m_amd64)));
    QVERIFY(!QFile::exists(revisionLink(root, u"zuul/multi"_s, m_arm64)));
}

// A symbolic link out of the root and a corrupt tag link are reported; the plan still comes, and the repository
// that could not be read fully keeps its untagged manifests.
void TestGcPlan::problemsAreReportedNotFatal()
{
    m_registry->stop();
    QString root;
    QString config;
    QVERIFY(copyData(u"problems"_s, &root, &config));
    QVERIFY(QFile::link(u"/etc"_s, root + kV2 + u"/repositories/outside"_s));
    QFile tag(root + kV2 + u"/repositories/zuul/tool/_manifests/tags/1.0/current/link"_s);
    QVERIFY(tag.open(QIODevice::WriteOnly | QIODevice::Truncate));
    tag.write("sha256:\x1b[2Jnot-a-digest");
    tag.close();

    const auto result = cli({u"--json"_s, u"gc"_s, u"plan"_s, root});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("leads out of the storage root"), result.err.constData());
    QVERIFY2(result.err.contains("is not a digest link"), result.err.constData());
    QVERIFY2(result.err.contains("\\u001b[2J"), result.err.constData()); // escaped, never sent to the terminal
    QVERIFY2(!result.err.contains('\x1b'), result.err.constData());
    const auto plan = QJsonDocument::fromJson(result.out).object();
    QVERIFY(untaggedEntries(plan, true).contains(u"zuul/tool@"_s + m_gone));
    QVERIFY(untaggedEntries(plan, false).contains(u"zuul/app@"_s + m_app1));
}

// Deleting by digest on a registry that does not serve the root would take that registry's tags along.
void TestGcPlan::anotherRegistryIsRefused()
{
    RegistryProcess other;
    QString error;
    QVERIFY2(other.start(&error), qPrintable(error));
    const auto result =
        cli({u"gc"_s, u"delete-untagged"_s, m_registry->dataDir(), u"--registry"_s, other.hostPort()}, &other);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("does not serve the storage root"), result.err.constData());
    QVERIFY(QFile::exists(revisionLink(m_registry->dataDir(), u"zuul/app"_s, m_app1)));
}

// The deleter reads the tags again before it deletes: an image tagged again since the plan stays.
void TestGcPlan::aTagPushedSinceThePlanKeepsItsImage()
{
    RegistryProcess registry;
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    const auto layout = [this](const QString& name, quint64 seed) {
        TestImage image;
        image.addLayer({TestImage::Entry::randomFile(u"data"_s, 4096, seed)});
        return image.writeLayout(m_work.filePath(u"layouts/"_s + name), u"x"_s);
    };
    const auto first = layout(u"again-1"_s, 11);
    const auto second = layout(u"again-2"_s, 12);
    QString firstDigest;
    QVERIFY2(TestImage::pushWithSkopeo(first, registry.hostPort() + u"/zuul/again:1"_s, registry, &firstDigest, &error),
             qPrintable(error));
    QVERIFY2(TestImage::pushWithSkopeo(second, registry.hostPort() + u"/zuul/again:1"_s, registry, nullptr, &error),
             qPrintable(error));
    StorageScanJob scan(registry.dataDir());
    AWAIT_OK(&scan);
    QCOMPARE(scan.plan()->deletable().size(), 1);
    QCOMPARE(scan.plan()->deletable().first().digest.toString(), firstDigest);

    QVERIFY2(TestImage::pushWithSkopeo(first, registry.hostPort() + u"/zuul/again:2"_s, registry, nullptr, &error),
             qPrintable(error));
    auto* client =
        newTestClient(registry.hostPort(), registry.caFile(), registry.username(), registry.password(), this);
    UntaggedDeleter deleter(client, scan.plan(), false);
    AWAIT_OK(&deleter);
    QVERIFY(deleter.deleted().isEmpty());
    QCOMPARE(deleter.keptNow().size(), 1);
    QCOMPARE(deleter.keptNow().first().digest.toString(), firstDigest);
    QVERIFY(deleter.keptNow().first().reachable);
    QVERIFY(registry.hasManifest(u"zuul/again"_s, u"2"_s));
}

void TestGcPlan::safeProcedureKeepsEveryPlatform()
{
    QVERIFY(startRegistry());
    const auto root = m_registry->dataDir();
    const auto expected = untaggedEntries(m_plan, false);

    // A dry run through the core job: the same selection, no event, nothing deleted.
    auto* client = newTestClient(m_registry->hostPort(), m_registry->caFile(), m_registry->username(),
                                 m_registry->password(), this);
    StorageScanJob scan(root);
    AWAIT_OK(&scan);
    UntaggedDeleter dry(client, scan.plan(), true);
    QList<TransferEvent> events;
    connect(&dry, &Job::transferEvent, this, [&events](const TransferEvent& event) { events << event; });
    AWAIT_OK(&dry);
    QSet<QString> selected;
    for (const auto& m : dry.deleted()) {
        selected.insert(m.repository + u'@' + m.digest.toString());
    }
    QCOMPARE(selected, expected);
    QVERIFY(events.isEmpty());
    QCOMPARE(dry.freedAfterwards().bytes, m_plan[u"reclaimable"_s][u"safe"_s].toInteger());
    QVERIFY(QFile::exists(revisionLink(root, u"zuul/app"_s, m_app1)));

    // The real run through the CLI.
    const auto result = cli({u"--json"_s, u"gc"_s, u"delete-untagged"_s, root, u"--registry"_s, m_registry->hostPort()},
                            m_registry.get());
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const auto report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report[u"dryRun"_s].toBool(), false);
    QSet<QString> deleted;
    for (const auto& value : report[u"deleted"_s].toArray()) {
        deleted.insert(value[u"repository"_s].toString() + u'@' + value[u"digest"_s].toString());
    }
    QCOMPARE(deleted, expected);
    QCOMPARE(report[u"reclaimable"_s].toInteger(), m_plan[u"reclaimable"_s][u"safe"_s].toInteger());
    QVERIFY(!m_registry->hasManifest(u"zuul/app"_s, m_app1));
    QVERIFY(!m_registry->hasManifest(u"zuul/tool"_s, m_gone));
    QVERIFY(m_registry->hasManifest(u"zuul/multi"_s, m_amd64));
    QVERIFY(m_registry->hasManifest(u"zuul/multi"_s, m_arm64));
    // Nothing is left to delete; the plan of the root now frees with plain GC what the safe plan said.
    const auto planned = planJson(root);
    QVERIFY(untaggedEntries(planned, false).isEmpty());
    QCOMPARE(planned[u"reclaimable"_s][u"gc"_s], m_plan[u"reclaimable"_s][u"safe"_s]);

    // Then plain garbage-collect, with the registry stopped.
    m_registry->stop();
    const auto before = blobFiles(root);
    const auto collected = garbageCollect(m_registry->configFile(), false);
    QVERIFY2(collected.ok(), qPrintable(collected.describe()));
    const auto freed = freedBetween(before, blobFiles(root));
    qInfo("gc delete-untagged + garbage-collect freed %lld blobs, %lld bytes; the plan said %lld bytes", freed.count,
          freed.bytes, m_plan[u"reclaimable"_s][u"safe"_s].toInteger());
    QCOMPARE(freed.bytes, m_plan[u"reclaimable"_s][u"safe"_s].toInteger());
    QCOMPARE(freed.count, m_safeCount);

    // Every platform of the multi-arch image, and the tagged images, still pull (skopeo checks every digest).
    QVERIFY(startRegistry());
    QVERIFY(QDir().mkpath(m_work.filePath(u"pulled"_s)));
    const QList<std::pair<QString, QString>> pulls{
        {u"zuul/multi:1.0"_s, u"multi"_s}, {u"zuul/app:latest"_s, u"app"_s}, {u"zuul/tool:1.0"_s, u"tool"_s}};
    for (const auto& [image, name] : pulls) {
        const auto pulled = Skopeo::copy(Skopeo::dockerReference(*m_registry, image),
                                         u"oci:"_s + m_work.filePath(u"pulled/"_s + name), m_registry.get(), nullptr);
        QVERIFY2(pulled.ok(), qPrintable(image + u": "_s + pulled.describe()));
    }
    for (const auto& platform : {u"zuul/multi@"_s + m_amd64, u"zuul/multi@"_s + m_arm64}) {
        const auto raw = Skopeo::inspectRaw(Skopeo::dockerReference(*m_registry, platform), *m_registry);
        QVERIFY2(raw.ok(), qPrintable(raw.describe()));
    }
}

void TestGcPlan::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("plan without root") << QStringList{u"gc"_s, u"plan"_s} << 2 << u"gc plan needs ROOT"_s;
    QTest::newRow("plan of a missing folder")
        << QStringList{u"gc"_s, u"plan"_s, u"WORK/none"_s} << 1 << u"WORK/none does not exist"_s;
    QTest::newRow("plan of a folder that is no root")
        << QStringList{u"gc"_s, u"plan"_s, u"WORK/layouts"_s} << 1 << u"is not a registry:2 storage root"_s;
    QTest::newRow("plan of a file") << QStringList{u"gc"_s, u"plan"_s, u"WORK/layouts/app1/index.json"_s} << 1
                                    << u"is not a folder"_s;
    QTest::newRow("delete without root") << QStringList{u"gc"_s, u"delete-untagged"_s, u"--registry"_s, u"REG"_s} << 2
                                         << u"gc delete-untagged needs ROOT"_s;
    QTest::newRow("delete without registry")
        << QStringList{u"gc"_s, u"delete-untagged"_s, u"DATA"_s} << 2 << u"needs --registry"_s;
    QTest::newRow("delete of a folder that is no root")
        << QStringList{u"gc"_s, u"delete-untagged"_s, u"WORK/layouts"_s, u"--registry"_s, u"REG"_s} << 1
        << u"is not a registry:2 storage root"_s;
    QTest::newRow("gc without action") << QStringList{u"gc"_s} << 2 << u"gc needs an action"_s;
}

void TestGcPlan::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto expand = [this](QString text) {
        return text.replace(u"WORK"_s, m_work.path())
            .replace(u"DATA"_s, m_registry->dataDir())
            .replace(u"REG"_s, m_registry->hostPort());
    };
    for (auto& argument : arguments) {
        argument = expand(argument);
    }
    const auto result = cli(arguments, m_registry.get());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const auto err = QString::fromUtf8(result.err).trimmed();
    QVERIFY2(result.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(result.exitCode).arg(err)));
    QVERIFY2(err.startsWith(u"error: "_s) && err.contains(expand(message)), qPrintable(err));
    QVERIFY2(err.split(u'\n').size() <= (exitCode == 2 ? 2 : 1), qPrintable(err));
    QVERIFY2(result.out.isEmpty(), result.out.constData());
}

QTEST_GUILESS_MAIN(TestGcPlan)
#include "TestGcPlan.moc"
