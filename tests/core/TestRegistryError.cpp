#include "job/RegistryError.h"
#include "registry/HttpTrace.h"
#include "registry/TokenCache.h"

#include <QTest>

class TestRegistryError : public QObject
{
    Q_OBJECT
private slots:
    void mapsResponses_data();
    void mapsResponses();
    void keepsServerMessage();
    void ignoresHtmlBodies();
    void htmlErrorPageBecomesOneLine();
    void tokenWithoutExpiryLastsSixtySeconds();
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

// zuul-registry's web framework answers errors with an HTML page: its paragraph as one line, no markup.
void TestRegistryError::htmlErrorPageBecomesOneLine()
{
    const QByteArray page = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html>\n<head>\n"
                            "<title>404 Not Found</title>\n<style type=\"text/css\">#powered_by { margin: 10em; }"
                            "</style>\n</head>\n<body>\n<h2>404 Not Found</h2>\n<p>The path &#39;/v2/_catalog&#39; "
                            "was\n not found.\x1b[2J</p>\n<pre id=\"traceback\"></pre>\n</body>\n</html>\n";
    const auto error = RegistryError::fromResponse(404, page, QStringLiteral("r"), QStringLiteral("the catalog"));
    QCOMPARE(error.kind(), RegistryError::Kind::NotFound);
    QCOMPARE(error.message(), QStringLiteral("the catalog was not found on r (the registry says: The path "
                                             "'/v2/_catalog' was not found.[2J)"));

    const auto titled = RegistryError::fromResponse(500, "<html><head><title>500 Internal\nServer Error</title>",
                                                    QStringLiteral("r"), QStringLiteral("x"));
    QVERIFY2(titled.message().endsWith(QLatin1String("(the registry says: 500 Internal Server Error)")),
             qPrintable(titled.message()));
}

// zuul-registry's token service answers token and access_token and no lifetime: the token spec's 60 s apply.
void TestRegistryError::tokenWithoutExpiryLastsSixtySeconds()
{
    const auto now = QDateTime::currentDateTimeUtc();
    const auto token = BearerToken::parse(R"({"token":"a.b.c","access_token":"a.b.c"})", now);
    QVERIFY(token.has_value());
    QCOMPARE(token->token, QStringLiteral("a.b.c"));
    QCOMPARE(token->expiry, now.addSecs(60));
    const auto accessOnly = BearerToken::parse(R"({"access_token":"x.y.z"})", now);
    QVERIFY(accessOnly.has_value());
    QCOMPARE(accessOnly->token, QStringLiteral("x.y.z"));
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
