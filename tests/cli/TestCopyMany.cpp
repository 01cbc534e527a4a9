// `copy --from-file LIST`: twenty images between two real registry:2 instances in one process, every digest
// exact, the process's peak memory bounded; a list with a bad line copies nothing; a failing image fails only
// itself.
#include "RegistryProcess.h"
#include "Sanitized.h"
#include "Skopeo.h"
#include "TestImage.h"
#include "TestProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr int kImages = 20;

} // namespace

class TestCopyMany : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void twentyImagesExactInOneProcess();
    void aBadLineCopiesNothing_data();
    void aBadLineCopiesNothing();
    void aFailingImageFailsOnlyItself();
    void memoryIsFlatAcrossLayerSizes();
    void aSharedBlobGoesUpOnce();

private:
    TestProcess::Result cli(const QStringList& arguments, qint64* peakKb = nullptr);
    QString writeList(const QString& name, const QStringList& lines);

    QTemporaryDir m_dir;
    RegistryProcess m_source;
    RegistryProcess m_destination;
    QString m_authFile;
    QString m_certsDir;
    QStringList m_digests; // of app-N:v1 in the source
    QString m_baseDigest;  // the layer all twenty share
};

void TestCopyMany::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_source.start(&error), qPrintable(error));
    QVERIFY2(m_destination.start(&error), qPrintable(error));
    // Twenty images sharing a base layer, each with its own random layer.
    const auto base = TestImage::Entry::randomFile(u"usr/lib/base.so"_s, 400 * 1024, 1);
    for (int i = 0; i < kImages; ++i) {
        TestImage image;
        image.addLayer({base});
        image.addLayer({TestImage::Entry::randomFile(u"app"_s, 200 * 1024, 100 + i)});
        const auto layout = image.writeLayout(m_dir.filePath(u"image-%1"_s.arg(i)), u"v1"_s, &error);
        QString digest;
        QVERIFY2(TestImage::pushWithSkopeo(layout, m_source.hostPort() + u"/many/app-%1:v1"_s.arg(i), m_source, &digest,
                                           &error),
                 qPrintable(error));
        m_digests << digest;
        m_baseDigest = image.layers().value(0).digest;
    }
    m_authFile = m_dir.filePath(u"auth.json"_s);
    m_certsDir = m_dir.filePath(u"certs.d"_s);
    QVERIFY2(RegistryProcess::writeClientFiles({&m_source, &m_destination}, m_authFile, m_certsDir, &error),
             qPrintable(error));
}

TestProcess::Result TestCopyMany::cli(const QStringList& arguments, qint64* peakKb)
{
    const auto home = m_dir.filePath(u"home"_s);
    QDir().mkpath(home);
    const QStringList common{u"--authfile"_s, m_authFile, u"--certs-dir"_s, m_certsDir};
    auto result = TestProcess::run(u"/usr/bin/time"_s,
                                   QStringList{u"-f"_s, u"peak-rss-kb=%M"_s, QStringLiteral(REGISTRYDESK_CLI)} +
                                       common + arguments,
                                   300000, {}, TestProcess::isolatedEnvironment(home));
    auto lines = QString::fromUtf8(result.err).trimmed().split(u'\n');
    if (peakKb) {
        *peakKb = lines.last().section(u'=', 1).toLongLong();
    }
    lines.removeLast();
    result.err = lines.join(u'\n').toUtf8();
    return result;
}

QString TestCopyMany::writeList(const QString& name, const QStringList& lines)
{
    const auto path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write((lines.join(u'\n') + u'\n').toUtf8());
    }
    return path;
}

void TestCopyMany::twentyImagesExactInOneProcess()
{
    QStringList lines{u"# twenty images, one process"_s};
    for (int i = 0; i < kImages; ++i) {
        lines << u"%1/many/app-%2:v1   %3/copied/app-%2:v1"_s.arg(m_source.hostPort())
                     .arg(i)
                     .arg(m_destination.hostPort());
    }
    qint64 peakKb = 0;
    const auto result = cli(
        {u"--json"_s, u"copy"_s, u"--from-file"_s, writeList(u"twenty.list"_s, lines), u"--jobs"_s, u"8"_s}, &peakKb);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const auto json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(u"failed"_s).toInt(), 0);
    QCOMPARE(json.value(u"copies"_s).toArray().size(), kImages);
    // Each destination serves exactly the source's manifest.
    for (int i = 0; i < kImages; ++i) {
        const auto copied = Skopeo::inspectRaw(m_destination.hostPort() + u"/copied/app-%1:v1"_s.arg(i), m_destination);
        QVERIFY2(copied.ok(), qPrintable(copied.describe()));
        QCOMPARE(TestImage::digestOf(copied.out), m_digests[i]);
    }
    for (const auto& copy : json.value(u"copies"_s).toArray()) {
        const auto object = copy.toObject();
        const int index = object.value(u"source"_s).toString().section(u"app-"_s, 1).section(u':', 0, 0).toInt();
        QCOMPARE(object.value(u"digest"_s).toString(), m_digests[index]);
    }
    // Memory stays bounded with twenty images in flight.
    qInfo("copy --from-file of %d images: peak RSS %lld KiB", kImages, peakKb);
    QVERIFY2(peakKb > 0 && (kSanitized || peakKb <= 120 * 1024), qPrintable(QString::number(peakKb)));
}

void TestCopyMany::aBadLineCopiesNothing_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("said");
    QTest::newRow("one reference") << u"%1/many/app-0:v1"_s << u"line 2: expected SRC DST"_s;
    QTest::newRow("three") << u"a:1 b:1 c:1"_s << u"line 2: expected SRC DST"_s;
    QTest::newRow("bad reference") << u"%1/many/app-0:v1 %1/bad//name:x"_s << u"line 2:"_s;
}

void TestCopyMany::aBadLineCopiesNothing()
{
    QFETCH(QString, line);
    QFETCH(QString, said);
    const QStringList lines{u"%1/many/app-1:v1 %2/bad-list/app:v1"_s.arg(m_source.hostPort(), m_destination.hostPort()),
                            line.contains(u"%1"_s) ? line.arg(m_source.hostPort()) : line};
    const auto result = cli({u"copy"_s, u"--from-file"_s, writeList(u"bad.list"_s, lines)});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(said.toUtf8()), result.err.constData());
    // The good first line was not copied either.
    QVERIFY(!Skopeo::inspectRaw(m_destination.hostPort() + u"/bad-list/app:v1"_s, m_destination).ok());
    // Both SRC DST and a list, or neither: usage.
    QCOMPARE(cli({u"copy"_s, u"--from-file"_s, writeList(u"bad.list"_s, lines), u"a:1"_s, u"b:1"_s}).exitCode, 2);
    QCOMPARE(cli({u"copy"_s}).exitCode, 2);
    QCOMPARE(cli({u"copy"_s, u"--from-file"_s, writeList(u"empty.list"_s, {u"# nothing"_s})}).exitCode, 2);
}

void TestCopyMany::aFailingImageFailsOnlyItself()
{
    const QStringList lines{
        u"%1/many/app-2:v1 %2/partial/app-2:v1"_s.arg(m_source.hostPort(), m_destination.hostPort()),
        u"%1/many/no-such:v1 %2/partial/none:v1"_s.arg(m_source.hostPort(), m_destination.hostPort()),
        u"%1/many/app-3:v1 %2/partial/app-3:v1"_s.arg(m_source.hostPort(), m_destination.hostPort())};
    const auto result = cli({u"copy"_s, u"--from-file"_s, writeList(u"partial.list"_s, lines)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("failed: ") && result.err.contains("no-such:v1"), result.err.constData());
    QVERIFY2(result.err.contains("1 of 3 copies failed"), result.err.constData());
    QCOMPARE(result.out.count("Copied "), 2);
    for (const int i : {2, 3}) {
        const auto copied =
            Skopeo::inspectRaw(m_destination.hostPort() + u"/partial/app-%1:v1"_s.arg(i), m_destination);
        QCOMPARE(TestImage::digestOf(copied.out), m_digests[i]);
    }
}

// One copy's peak memory does not follow the size of the layer it moves: fixed buffers, nothing per byte.
void TestCopyMany::memoryIsFlatAcrossLayerSizes()
{
    if (kSanitized) {
        QSKIP("memory is measured in the release suite; the sanitizers' own memory follows the bytes moved");
    }
    QList<qint64> peaks;
    for (const int mebibytes : {30, 300}) {
        TestImage image;
        image.addLayer({TestImage::Entry::randomFile(u"data/layer.bin"_s, qint64(mebibytes) << 20, 40 + mebibytes)});
        QString error;
        const auto layout = image.writeLayout(m_dir.filePath(u"flat-%1"_s.arg(mebibytes)), u"v1"_s, &error);
        QVERIFY2(!layout.isEmpty(), qPrintable(error));
        const auto source = m_source.hostPort() + u"/flat/layer-%1:v1"_s.arg(mebibytes);
        QString digest;
        QVERIFY2(TestImage::pushWithSkopeo(layout, source, m_source, &digest, &error), qPrintable(error));
        const auto destination = m_destination.hostPort() + u"/flat/layer-%1:v1"_s.arg(mebibytes);
        qint64 peakKb = 0;
        const auto result = cli({u"--json"_s, u"copy"_s, source, destination}, &peakKb);
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"digest"_s).toString(), digest);
        qInfo("copy of a %d MiB layer: peak RSS %lld KiB", mebibytes, peakKb);
        QVERIFY2(peakKb > 0 && peakKb <= 35 * 1024, qPrintable(QString::number(peakKb)));
        peaks << peakKb;
    }
    QVERIFY2(std::abs(peaks[1] - peaks[0]) <= 5 * 1024, qPrintable(u"%1 vs %2 KiB"_s.arg(peaks[0]).arg(peaks[1])));
}

// Twenty copies into one repository at once, all needing the same base layer: it goes up once, and the others
// wait for it (twenty concurrent uploads of one blob make registry:2 lose its link file, and a manifest then
// meets "blob unknown").
void TestCopyMany::aSharedBlobGoesUpOnce()
{
    QStringList lines;
    for (int i = 0; i < kImages; ++i) {
        lines << u"%1/many/app-%2:v1 %3/shared/app:build-%2"_s.arg(m_source.hostPort())
                     .arg(i)
                     .arg(m_destination.hostPort());
    }
    const auto result = cli({u"-v"_s, u"--json"_s, u"copy"_s, u"--from-file"_s, writeList(u"shared.list"_s, lines),
                             u"--jobs"_s, QString::number(kImages)});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"failed"_s).toInt(), 0);
    const auto trace = QString::fromUtf8(result.err).split(u'\n');
    const auto baseUploads =
        trace.filter(u"> PUT "_s).filter(QString::fromLatin1(QUrl::toPercentEncoding(m_baseDigest)));
    QCOMPARE(baseUploads.size(), 1);
    for (int i = 0; i < kImages; ++i) {
        const auto copied =
            Skopeo::inspectRaw(m_destination.hostPort() + u"/shared/app:build-%1"_s.arg(i), m_destination);
        QVERIFY2(copied.ok(), qPrintable(copied.describe()));
        QCOMPARE(TestImage::digestOf(copied.out), m_digests[i]);
    }
}

QTEST_GUILESS_MAIN(TestCopyMany)
#include "TestCopyMany.moc"
