#include "HttpTrace.h"
#include "RegistryError.h"

#include <QTest>

class TestRegistryError : public QObject
{
    Q_OBJECT
private slots:
    void mapsResponses_data();
    void mapsResponses();
    void keepsServerMessage();
    void ignoresHtmlBodies();
    void serverTextCannotTakeOverTheTerminal();
    void redactsTrace();
};

void TestRegistryError::mapsResponses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    using K = RegistryError::Kind;
    QTest::newRow("manifest unknown") << 404 << QByteArray(R"({"errors":[{"code":"MANIFEST_UNKNOWN"}]})")
                                      << int(K::NotFound);
    QTest::newRow("plain 404") << 404 << QByteArray() << int(K::NotFound);
    QTest::newRow("unauthorized") << 401 << QByteArray(R"({"errors":[{"code":"UNAUTHORIZED"}]})") << int(K::Auth);
    QTest::newRow("denied") << 403 << QByteArray(R"({"errors":[{"code":"DENIED"}]})") << int(K::Denied);
    QTest::newRow("unsupported") << 405 << QByteArray(R"({"errors":[{"code":"UNSUPPORTED"}]})") << int(K::Unsupported);
    QTest::newRow("rate") << 429 << QByteArray(R"({"errors":[{"code":"TOOMANYREQUESTS"}]})") << int(K::RateLimited);
    QTest::newRow("digest") << 400 << QByteArray(R"({"errors":[{"code":"DIGEST_INVALID"}]})") << int(K::DigestMismatch);
    QTest::newRow("server") << 500 << QByteArray("oops") << int(K::Protocol);
    QTest::newRow("too large") << 413 << QByteArray() << int(K::TooLarge);
}

void TestRegistryError::mapsResponses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    const auto error =
        RegistryError::fromResponse(status, body, QStringLiteral("r:5000"), QStringLiteral("manifest a:b"));
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.httpStatus(), status);
    QVERIFY(error.message().contains(QLatin1String("r:5000")));
}

void TestRegistryError::keepsServerMessage()
{
    const auto error = RegistryError::fromResponse(
        400, R"({"errors":[{"code":"NAME_INVALID","message":"invalid repository name","detail":{}}]})",
        QStringLiteral("r"), QStringLiteral("x"));
    QCOMPARE(error.codes(), QStringList{QStringLiteral("NAME_INVALID")});
    QVERIFY(error.message().contains(QLatin1String("invalid repository name")));
    QVERIFY(error.message().contains(QLatin1String("NAME_INVALID")));
}

void TestRegistryError::ignoresHtmlBodies()
{
    const auto error = RegistryError::fromResponse(502, "<html><body>Bad Gateway</body></html>", QStringLiteral("r"),
                                                   QStringLiteral("x"));
    QCOMPARE(error.kind(), RegistryError::Kind::Protocol);
    QVERIFY(!error.message().contains(QLatin1String("<html>")));
    QVERIFY(error.message().contains(QLatin1String("502")));
}

// A hostile registry's messages reach terminals and logs: no escape sequences, a handful of errors at most.
void TestRegistryError::serverTextCannotTakeOverTheTerminal()
{
    QByteArray body = R"({"errors":[{"code":"DENIED\u001b[31m","message":"\u001b]0;owned\u0007clear\u001b[2J text"})";
    for (int i = 0; i < 5000; ++i) {
        body += R"(,{"code":"X","message":"more"})";
    }
    body += "]}";
    const auto error = RegistryError::fromResponse(403, body, QStringLiteral("r"), QStringLiteral("x"));
    QCOMPARE(error.kind(), RegistryError::Kind::Denied);
    for (const QChar c : error.message()) {
        QVERIFY2(c.category() != QChar::Other_Control, qPrintable(error.message()));
    }
    QVERIFY2(error.message().contains(QLatin1String("]0;ownedclear[2J text")), qPrintable(error.message()));
    QVERIFY(error.codes().size() <= 8);
    QVERIFY2(error.message().size() < 4096, qPrintable(QString::number(error.message().size())));
}

void TestRegistryError::redactsTrace()
{
    QCOMPARE(HttpTrace::redactHeader("Authorization", "Basic dXNlcjpwYXNz"), QByteArray("Basic <redacted>"));
    QCOMPARE(HttpTrace::redactHeader("authorization", "Bearer eyJhbGciOi"), QByteArray("Bearer <redacted>"));
    QCOMPARE(HttpTrace::redactHeader("Set-Cookie", "session=abc"), QByteArray("<redacted>"));
    QCOMPARE(HttpTrace::redactHeader("Content-Type", "application/json"), QByteArray("application/json"));
    const auto url = QUrl(QStringLiteral(
        "https://s3.example/bucket/blob?X-Amz-Signature=deadbeef&X-Amz-Credential=AKIA&other=1&access_token=t0k"));
    const auto shown = HttpTrace::redactUrl(url);
    QVERIFY2(!shown.contains(QLatin1String("deadbeef")), qPrintable(shown));
    QVERIFY(!shown.contains(QLatin1String("AKIA")));
    QVERIFY(!shown.contains(QLatin1String("t0k")));
    QVERIFY(shown.contains(QLatin1String("other=1")));
    QVERIFY(!HttpTrace::redactUrl(QUrl(QStringLiteral("https://user:pw@h/x"))).contains(QLatin1String("pw")));
}

QTEST_GUILESS_MAIN(TestRegistryError)
#include "TestRegistryError.moc"
