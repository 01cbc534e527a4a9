#include "util/Duration.h"
#include "zuul/ZuulTag.h"

#include <QTest>

class TestZuulTag : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void formats();
    void durations_data();
    void durations();
};

void TestZuulTag::parses_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("build");
    QTest::addColumn<int>("change");
    using K = ZuulTag::Kind;
    const QString build = QStringLiteral("48a8c1a0b2d34f0e9a7b6c5d4e3f2a1b");
    QTest::newRow("intermediate") << build + QStringLiteral("_latest") << int(K::Intermediate) << "latest" << build
                                  << 0;
    QTest::newRow("intermediate underscores")
        << build + QStringLiteral("_v1_2") << int(K::Intermediate) << "v1_2" << build << 0;
    QTest::newRow("change") << "change_4711_latest" << int(K::Change) << "latest"
                            << "" << 4711;
    QTest::newRow("pipeline") << "periodic_latest" << int(K::Pipeline) << "latest"
                              << "" << 0;
    QTest::newRow("plain") << "latest" << int(K::None) << ""
                           << "" << 0;
    QTest::newRow("upper hex") << build.toUpper() + QStringLiteral("_latest") << int(K::None) << ""
                               << "" << 0;
    QTest::newRow("short hex") << build.left(31) + QStringLiteral("_latest") << int(K::None) << ""
                               << "" << 0;
    QTest::newRow("no base") << build + QStringLiteral("_") << int(K::None) << ""
                             << "" << 0;
    QTest::newRow("change no number") << "change_x_latest" << int(K::None) << ""
                                      << "" << 0;
    QTest::newRow("unknown pipeline") << "mybranch_latest" << int(K::None) << ""
                                      << "" << 0;
}

void TestZuulTag::parses()
{
    QFETCH(QString, tag);
    QFETCH(int, kind);
    QFETCH(QString, base);
    QFETCH(QString, build);
    QFETCH(int, change);
    const auto parsed = ZuulTag::parse(tag);
    QCOMPARE(int(parsed.kind()), kind);
    QCOMPARE(parsed.baseTag(), base);
    QCOMPARE(parsed.build(), build);
    QCOMPARE(parsed.change(), change);
}

void TestZuulTag::formats()
{
    QCOMPARE(ZuulTag::change(12, QStringLiteral("latest")), QStringLiteral("change_12_latest"));
    const auto tag = ZuulTag::intermediate(QString(32, QLatin1Char('a')), QStringLiteral("v1"));
    QVERIFY(ZuulTag::parse(tag).isIntermediate());
}

void TestZuulTag::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("hours") << "36h" << qint64(36 * 3600);
    QTest::newRow("days") << "7d" << qint64(7 * 86400);
    QTest::newRow("combined") << "1d12h" << qint64(36 * 3600);
    QTest::newRow("weeks") << "2w" << qint64(14 * 86400);
    QTest::newRow("seconds") << "90s" << qint64(90);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("no unit") << "36" << qint64(-1);
    QTest::newRow("negative") << "-1d" << qint64(-1);
    QTest::newRow("junk") << "1d junk" << qint64(-1);
}

void TestZuulTag::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto parsed = Duration::parseSeconds(text);
    QCOMPARE(parsed.value_or(-1), seconds);
}

QTEST_GUILESS_MAIN(TestZuulTag)
#include "TestZuulTag.moc"
