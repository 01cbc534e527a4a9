// What the Changes page accepts: change numbers, Zuul web URLs (tenant and white-label), review URLs.
#include "zuul/ZuulLink.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestZuulLink : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void TestZuulLink::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("patchset");
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("zuul");
    const auto uuid = u"0123456789abcdef0123456789abcdef"_s;
    const int change = int(ZuulLink::Kind::Change);
    const int buildset = int(ZuulLink::Kind::Buildset);
    const int build = int(ZuulLink::Kind::Build);
    QTest::newRow("number") << u" 4711 "_s << change << 4711 << QString() << QString() << QString() << QString();
    QTest::newRow("number,patchset") << u"4711,3"_s << change << 4711 << u"3"_s << QString() << QString() << QString();
    QTest::newRow("tenant buildset") << u"https://zuul.example.org/t/openstack/buildset/"_s + uuid << buildset << 0
                                     << QString() << uuid << u"openstack"_s << u"https://zuul.example.org/"_s;
    QTest::newRow("white-label build, upper case")
        << u"https://zuul.opendev.org/build/"_s + uuid.toUpper() << build << 0 << QString() << uuid << QString()
        << u"https://zuul.opendev.org/"_s;
    QTest::newRow("under a path") << u"https://ci.example.org/zuul/t/main/build/"_s + uuid + u"/"_s << build << 0
                                  << QString() << uuid << u"main"_s << u"https://ci.example.org/zuul/"_s;
    QTest::newRow("status") << u"https://zuul.example.org/t/main/status/change/4711,2"_s << change << 4711 << u"2"_s
                            << QString() << u"main"_s << u"https://zuul.example.org/"_s;
    QTest::newRow("buildsets query") << u"https://zuul.example.org/t/main/buildsets?change=4711&pipeline=gate"_s
                                     << change << 4711 << QString() << QString() << u"main"_s
                                     << u"https://zuul.example.org/"_s;
    QTest::newRow("gerrit") << u"https://review.opendev.org/c/zuul/zuul-jobs/+/4711"_s << change << 4711 << QString()
                            << QString() << QString() << QString();
    QTest::newRow("gerrit patchset") << u"https://review.example.org/c/4711/5"_s << change << 4711 << u"5"_s
                                     << QString() << QString() << QString();
    QTest::newRow("old gerrit") << u"https://review.example.org/#/c/4711/"_s << change << 4711 << QString() << QString()
                                << QString() << QString();
}

void TestZuulLink::parses()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, change);
    QFETCH(QString, patchset);
    QFETCH(QString, uuid);
    QFETCH(QString, tenant);
    QFETCH(QString, zuul);
    QString error;
    const auto link = ZuulLink::parse(text, &error);
    QVERIFY2(link, qPrintable(error));
    QCOMPARE(int(link->kind), kind);
    QCOMPARE(link->change, change);
    QCOMPARE(link->patchset, patchset);
    QCOMPARE(link->uuid, uuid);
    QCOMPARE(link->tenant, tenant);
    QCOMPARE(link->zuul.toString(), zuul);
}

void TestZuulLink::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("word") << u"latest"_s;
    QTest::newRow("negative") << u"-4"_s;
    QTest::newRow("ftp") << u"ftp://zuul.example.org/t/x/build/0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("short uuid") << u"https://zuul.example.org/t/x/buildset/0123"_s;
    QTest::newRow("other page") << u"https://zuul.example.org/t/x/jobs"_s;
    QTest::newRow("control bytes") << u"\x1b]0;x\x07"_s;
}

void TestZuulLink::refuses()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!ZuulLink::parse(text, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestZuulLink)
#include "TestZuulLink.moc"
