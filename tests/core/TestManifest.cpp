#include "registry/Manifest.h"
#include "registry/MediaType.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString digestOf(char c)
{
    return QStringLiteral("sha256:") + QString(64, QLatin1Char(c));
}

QJsonObject descriptor(const QString& mediaType, char c, qint64 size)
{
    return {{QStringLiteral("mediaType"), mediaType},
            {QStringLiteral("digest"), digestOf(c)},
            {QStringLiteral("size"), size}};
}

QByteArray imageManifest(const QString& type, int layers = 2)
{
    QJsonArray layerArray;
    for (int i = 0; i < layers; ++i) {
        layerArray << descriptor(MediaType::OciLayerGzip, static_cast<char>('a' + i % 6), 100 + i);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                     {QStringLiteral("mediaType"), type},
                                     {QStringLiteral("config"), descriptor(MediaType::OciConfig, 'c', 50)},
                                     {QStringLiteral("layers"), layerArray}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT
private slots:
    void parsesImageManifests_data();
    void parsesImageManifests();
    void parsesIndex();
    void parsesSchema1();
    void sniffsGenericContentType();
    void keepsRawBytes();
    void rejects_data();
    void rejects();
    void capsDescriptors();
    void capsSize();
};

void TestManifest::parsesImageManifests_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("docker v2") << MediaType::DockerManifest;
    QTest::newRow("oci") << MediaType::OciManifest;
}

void TestManifest::parsesImageManifests()
{
    QFETCH(QString, type);
    QString error;
    const auto m = Manifest::parse(imageManifest(type), type + QStringLiteral("; charset=utf-8"), &error);
    QVERIFY2(m.has_value(), qPrintable(error));
    QCOMPARE(m->mediaType(), type);
    QVERIFY(!m->isIndex());
    QCOMPARE(m->layers().size(), 2);
    QCOMPARE(m->config().digest.toString(), digestOf('c'));
    QCOMPARE(m->imageSize(), 50 + 100 + 101);
}

void TestManifest::parsesIndex()
{
    auto child = [](const char* arch, const char* variant, char c) {
        auto d = descriptor(MediaType::OciManifest, c, 500);
        QJsonObject platform{{QStringLiteral("os"), QStringLiteral("linux")},
                             {QStringLiteral("architecture"), QLatin1String(arch)}};
        if (*variant) {
            platform.insert(QStringLiteral("variant"), QLatin1String(variant));
        }
        d.insert(QStringLiteral("platform"), platform);
        return d;
    };
    const auto bytes = QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                                 {QStringLiteral("mediaType"), MediaType::OciIndex},
                                                 {QStringLiteral("manifests"),
                                                  QJsonArray{child("amd64", "", 'a'), child("arm64", "v8", 'b')}}})
                           .toJson();
    QString error;
    const auto m = Manifest::parse(bytes, MediaType::OciIndex, &error);
    QVERIFY2(m.has_value(), qPrintable(error));
    QVERIFY(m->isIndex());
    QCOMPARE(m->manifests().size(), 2);
    QCOMPARE(m->findPlatform(*Platform::parse(QStringLiteral("linux/arm64")))->digest.toString(), digestOf('b'));
    QCOMPARE(m->findPlatform(*Platform::parse(QStringLiteral("linux/arm64/v8")))->digest.toString(), digestOf('b'));
    QVERIFY(!m->findPlatform(*Platform::parse(QStringLiteral("linux/arm64/v7"))));
    QVERIFY(!m->findPlatform(*Platform::parse(QStringLiteral("windows/amd64"))));
    QCOMPARE(m->imageSize(), -1);
}

void TestManifest::parsesSchema1()
{
    const auto bytes = QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 1},
                                                 {QStringLiteral("name"), QStringLiteral("app")},
                                                 {QStringLiteral("tag"), QStringLiteral("latest")},
                                                 {QStringLiteral("architecture"), QStringLiteral("amd64")},
                                                 {QStringLiteral("fsLayers"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("blobSum"), digestOf('b')}},
                                                             QJsonObject{{QStringLiteral("blobSum"), digestOf('a')}}}}})
                           .toJson();
    QString error;
    const auto m = Manifest::parse(bytes, MediaType::DockerSchema1Signed, &error);
    QVERIFY2(m.has_value(), qPrintable(error));
    QVERIFY(m->isSchema1());
    QCOMPARE(m->layers().size(), 2);
    QCOMPARE(m->layers().first().digest.toString(), digestOf('a')); // base first
    QCOMPARE(m->schema1Platform().architecture, QStringLiteral("amd64"));
}

void TestManifest::sniffsGenericContentType()
{
    QString error;
    const auto m = Manifest::parse(imageManifest(MediaType::OciManifest), QStringLiteral("application/json"), &error);
    QVERIFY2(m.has_value(), qPrintable(error));
    QCOMPARE(m->mediaType(), MediaType::OciManifest);
}

void TestManifest::keepsRawBytes()
{
    // Odd whitespace must survive: digests are of the bytes as served.
    const QByteArray bytes = "  " + imageManifest(MediaType::OciManifest) + "\n\n";
    QString error;
    const auto m = Manifest::parse(bytes, MediaType::OciManifest, &error);
    QVERIFY2(m.has_value(), qPrintable(error));
    QCOMPARE(m->raw(), bytes);
    QCOMPARE(m->digest(), Digest::ofBytes(bytes));
}

void TestManifest::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("because");
    auto withLayer = [](const QJsonObject& layer) {
        return QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                         {QStringLiteral("mediaType"), MediaType::OciManifest},
                                         {QStringLiteral("config"), descriptor(MediaType::OciConfig, 'c', 5)},
                                         {QStringLiteral("layers"), QJsonArray{layer}}})
            .toJson();
    };
    auto badDigest = descriptor(MediaType::OciLayerGzip, 'a', 5);
    badDigest.insert(QStringLiteral("digest"), QStringLiteral("sha256:../../x"));
    auto negative = descriptor(MediaType::OciLayerGzip, 'a', -1);
    auto fractional = descriptor(MediaType::OciLayerGzip, 'a', 5);
    fractional.insert(QStringLiteral("size"), 5.5);
    auto stringSize = descriptor(MediaType::OciLayerGzip, 'a', 5);
    stringSize.insert(QStringLiteral("size"), QStringLiteral("5"));
    QTest::newRow("not json") << QByteArray("<html>") << MediaType::OciManifest << "JSON";
    QTest::newRow("array") << QByteArray("[]") << MediaType::OciManifest << "JSON";
    QTest::newRow("bad digest") << withLayer(badDigest) << MediaType::OciManifest << "digest";
    QTest::newRow("negative size") << withLayer(negative) << MediaType::OciManifest << "size";
    QTest::newRow("fractional size") << withLayer(fractional) << MediaType::OciManifest << "size";
    QTest::newRow("string size") << withLayer(stringSize) << MediaType::OciManifest << "size";
    QTest::newRow("type mismatch") << imageManifest(MediaType::OciManifest) << MediaType::DockerManifest << "says";
    QTest::newRow("unknown type") << QByteArray("{\"schemaVersion\":2}") << QStringLiteral("text/plain")
                                  << "unsupported";
    QTest::newRow("wrong schema") << QByteArray("{\"schemaVersion\":3,\"layers\":[],\"config\":{}}")
                                  << MediaType::OciManifest << "schemaVersion";
    QTest::newRow("layers not list") << QByteArray(R"({"schemaVersion":2,"config":{"mediaType":"x","digest":"sha256:)" +
                                                   QByteArray(64, 'a') + R"(","size":1},"layers":{}})")
                                     << MediaType::OciManifest << "list";
}

void TestManifest::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, contentType);
    QFETCH(QString, because);
    QString error;
    QVERIFY(!Manifest::parse(bytes, contentType, &error).has_value());
    QVERIFY2(error.contains(because, Qt::CaseInsensitive), qPrintable(error));
}

void TestManifest::capsDescriptors()
{
    QString error;
    QVERIFY(!Manifest::parse(imageManifest(MediaType::OciManifest, Manifest::kMaxDescriptors + 1),
                             MediaType::OciManifest, &error));
    QVERIFY2(error.contains(QLatin1String("descriptors")), qPrintable(error));
}

void TestManifest::capsSize()
{
    QByteArray big = imageManifest(MediaType::OciManifest);
    big.append(QByteArray(Manifest::kMaxBytes, ' '));
    QString error;
    QVERIFY(!Manifest::parse(big, MediaType::OciManifest, &error));
    QVERIFY2(error.contains(QLatin1String("limit")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestManifest)
#include "TestManifest.moc"
