#include "registry/AuthChallenge.h"
#include "registry/TokenCache.h"

#include <QTest>

class TestAuthChallenge : public QObject
{
    Q_OBJECT
private slots:
    void parsesBearer();
    void parsesSeveralChallenges();
    void parsesEscapesAndTokens();
    void survivesGarbage_data();
    void survivesGarbage();
    void scopesSplitAtFirstAndLastColon();
    void normalizesScopes();
    void tokenCacheExpires();
};

void TestAuthChallenge::parsesBearer()
{
    const auto challenges = AuthChallenge::parseAll(
        R"(Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull")");
    QCOMPARE(challenges.size(), 1);
    const auto& c = challenges.first();
    QVERIFY(c.isBearer());
    QCOMPARE(c.realm(), QStringLiteral("https://auth.docker.io/token"));
    QCOMPARE(c.service(), QStringLiteral("registry.docker.io"));
    QCOMPARE(c.scopes().size(), 1);
    QCOMPARE(c.scopes().first().name, QStringLiteral("library/alpine"));
}

void TestAuthChallenge::parsesSeveralChallenges()
{
    const auto challenges = AuthChallenge::parseAll(
        R"(Basic realm="Registry Realm", Bearer realm="https://h/token", service="s", scope="repository:a:pull repository:b:pull,push")");
    QCOMPARE(challenges.size(), 2);
    QVERIFY(challenges[0].isBasic());
    QCOMPARE(challenges[0].realm(), QStringLiteral("Registry Realm"));
    QVERIFY(challenges[1].isBearer());
    QCOMPARE(challenges[1].scopes().size(), 2);
    QCOMPARE(challenges[1].scopes()[1].actions, (QStringList{QStringLiteral("pull"), QStringLiteral("push")}));
}

void TestAuthChallenge::parsesEscapesAndTokens()
{
    const auto challenges = AuthChallenge::parseAll(R"(BEARER Realm="a \"quoted\" realm" ,service=plain)");
    QCOMPARE(challenges.size(), 1);
    QVERIFY(challenges[0].isBearer());
    QCOMPARE(challenges[0].realm(), QStringLiteral("a \"quoted\" realm"));
    QCOMPARE(challenges[0].service(), QStringLiteral("plain"));
}

void TestAuthChallenge::survivesGarbage_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("commas") << QByteArray(",,,,");
    QTest::newRow("unterminated") << QByteArray(R"(Bearer realm="https://x)");
    QTest::newRow("equals") << QByteArray("=====");
    QTest::newRow("binary") << QByteArray("\x01\x02\xff Bearer", 10);
    QTest::newRow("huge") << QByteArray(1024 * 1024, 'a');
}

void TestAuthChallenge::survivesGarbage()
{
    QFETCH(QByteArray, header);
    const auto challenges = AuthChallenge::parseAll(header);
    QVERIFY(challenges.size() <= 4);
}

void TestAuthChallenge::scopesSplitAtFirstAndLastColon()
{
    const auto scope = AuthScope::parse(QStringLiteral("repository:127.0.0.1:5000/zuul/app:pull,push"));
    QCOMPARE(scope.type, QStringLiteral("repository"));
    QCOMPARE(scope.name, QStringLiteral("127.0.0.1:5000/zuul/app"));
    QCOMPARE(scope.actions, (QStringList{QStringLiteral("pull"), QStringLiteral("push")}));
    QVERIFY(!AuthScope::parse(QStringLiteral("repository:x")).isValid());
    QVERIFY(!AuthScope::parse(QStringLiteral("nocolon")).isValid());
    QCOMPARE(AuthScope::parse(QStringLiteral("registry:catalog:*")).toString(), QStringLiteral("registry:catalog:*"));
}

void TestAuthChallenge::normalizesScopes()
{
    const auto normalized = normalizeScopes({AuthScope::repository(QStringLiteral("b"), {QStringLiteral("push")}),
                                             AuthScope::repository(QStringLiteral("a"), {QStringLiteral("pull")}),
                                             AuthScope::repository(QStringLiteral("b"), {QStringLiteral("pull")})});
    QCOMPARE(normalized, (QStringList{QStringLiteral("repository:a:pull"), QStringLiteral("repository:b:pull,push")}));
}

void TestAuthChallenge::tokenCacheExpires()
{
    TokenCache cache;
    const auto now = QDateTime::currentDateTimeUtc();
    const QStringList scopes{QStringLiteral("repository:a:pull")};
    cache.insert(QStringLiteral("r"), QStringLiteral("s"), scopes, QStringLiteral("tok"), now.addSecs(60));
    QCOMPARE(cache.find(QStringLiteral("r"), QStringLiteral("s"), scopes, now), QStringLiteral("tok"));
    QVERIFY(cache.find(QStringLiteral("r"), QStringLiteral("s"), {QStringLiteral("repository:a:push")}, now).isEmpty());
    QVERIFY(cache.find(QStringLiteral("r"), QStringLiteral("other"), scopes, now).isEmpty());
    // Within the safety margin of expiry the token counts as gone.
    QVERIFY(cache.find(QStringLiteral("r"), QStringLiteral("s"), scopes, now.addSecs(55)).isEmpty());
}

QTEST_GUILESS_MAIN(TestAuthChallenge)
#include "TestAuthChallenge.moc"
