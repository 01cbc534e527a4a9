#include "registry/Digest.h"

#include <QTest>

class TestDigest : public QObject
{
    Q_OBJECT
private slots:
    void validates_data();
    void validates();
    void knownVectors();
    void incrementalEqualsWhole();
    void shortForm();
};

void TestDigest::validates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("sha256") << QStringLiteral("sha256:") + QString(64, QLatin1Char('0')) << true;
    QTest::newRow("sha512") << QStringLiteral("sha512:") + QString(128, QLatin1Char('f')) << true;
    QTest::newRow("sha256 too long") << QStringLiteral("sha256:") + QString(65, QLatin1Char('0')) << false;
    QTest::newRow("upper") << QStringLiteral("sha256:") + QString(64, QLatin1Char('F')) << false;
    QTest::newRow("non hex") << QStringLiteral("sha256:") + QString(64, QLatin1Char('g')) << false;
    QTest::newRow("no colon") << QString(64, QLatin1Char('0')) << false;
    QTest::newRow("unknown algo") << QStringLiteral("sha384:") + QString(96, QLatin1Char('0')) << false;
    QTest::newRow("path") << QStringLiteral("sha256:../../../../etc/passwd") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDigest::validates()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto digest = Digest::parse(text);
    QCOMPARE(digest.has_value(), valid);
    if (valid) {
        QCOMPARE(digest->toString(), text);
    }
}

void TestDigest::knownVectors()
{
    QCOMPARE(Digest::ofBytes("abc").toString(),
             QStringLiteral("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(Digest::ofBytes("abc", Digest::Algorithm::Sha512).hex(),
             QStringLiteral("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                            "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"));
    QCOMPARE(Digest::ofBytes({}).hex(),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestDigest::incrementalEqualsWhole()
{
    QByteArray data;
    for (int i = 0; i < 100000; ++i) {
        data += static_cast<char>(i * 7);
    }
    DigestHasher hasher;
    for (qsizetype offset = 0; offset < data.size(); offset += 333) {
        hasher.addData(data.mid(offset, 333));
    }
    QCOMPARE(hasher.bytesHashed(), data.size());
    QCOMPARE(hasher.result(), Digest::ofBytes(data));
    // After result() the hasher starts over.
    hasher.addData("abc");
    QCOMPARE(hasher.result(), Digest::ofBytes("abc"));
}

void TestDigest::shortForm()
{
    const auto digest = Digest::ofBytes("abc");
    QCOMPARE(digest.shortForm(), QStringLiteral("sha256:ba78") + QChar(0x2026) + QStringLiteral("15ad"));
}

QTEST_GUILESS_MAIN(TestDigest)
#include "TestDigest.moc"
