// Live registry events: a real registry:2 sends its notifications to `registrydesk-cli events listen`; a skopeo
// push and pull show up as events within 2 s, Zuul tags decoded; POSTs without the token and malformed bodies
// are refused and counted, never printed. The envelope parser on its own: what registry:2 sends, and what it
// must refuse.
#include "JobWait.h"
#include "RegistryProcess.h"
#include "Skopeo.h"
#include "TestHttpClient.h"
#include "TestImage.h"
#include "TestProcess.h"
#include "events/RegistryEvent.h"
#include "events/RegistryEventListener.h"
#include "lab/Sandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <future>

using namespace Qt::StringLiterals;

namespace {

const QString kBuild = u"0123456789abcdef0123456789abcdef"_s;

// One raw HTTP request to the listener; returns the status code of its answer (0 when none).
int post(quint16 port, const QByteArray& body, const QByteArray& extraHeaders, const QByteArray& method = "POST")
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000)) {
        return 0;
    }
    socket.write(method + " /events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + RegistryEvent::kMediaType.data() +
                 "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(3000)) {
        answer += socket.readAll();
    }
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

// The same from another thread, while this one serves a listener in its event loop.
int postServed(quint16 port, const QByteArray& body, const QByteArray& extraHeaders, const QByteArray& method = "POST")
{
    auto answer = std::async(std::launch::async, [=]() { return post(port, body, extraHeaders, method); });
    while (answer.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return answer.get();
}

QByteArray envelope(const QString& action, const QString& repository, const QString& tag)
{
    return QJsonDocument(
               QJsonObject{
                   {u"events"_s,
                    QJsonArray{QJsonObject{
                        {u"id"_s, u"e1"_s},
                        {u"timestamp"_s, u"2026-12-03T10:00:00.123456789Z"_s},
                        {u"action"_s, action},
                        {u"target"_s, QJsonObject{{u"mediaType"_s, u"application/vnd.oci.image.manifest.v1+json"_s},
                                                  {u"digest"_s, u"sha256:"_s + QString(64, u'a')},
                                                  {u"size"_s, 525},
                                                  {u"length"_s, 525},
                                                  {u"repository"_s, repository},
                                                  {u"url"_s, u"https://127.0.0.1:5000/v2/x/manifests/sha256:aa"_s},
                                                  {u"tag"_s, tag}}},
                        {u"request"_s, QJsonObject{{u"id"_s, u"r1"_s},
                                                   {u"addr"_s, u"127.0.0.1:41234"_s},
                                                   {u"host"_s, u"127.0.0.1:5000"_s},
                                                   {u"method"_s, u"PUT"_s},
                                                   {u"useragent"_s, u"skopeo"_s}}},
                        {u"actor"_s, QJsonObject{{u"name"_s, u"zuul"_s}}},
                        {u"source"_s, QJsonObject{{u"addr"_s, u"host:5000"_s}, {u"instanceID"_s, u"i"_s}}}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestRegistryEvents : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parsesWhatRegistryTwoSends();
    void refusesWhatIsNoEnvelope_data();
    void refusesWhatIsNoEnvelope();
    void listenerRefusesAndCounts();
    void nonLoopbackNeedsAToken();
    void cliShowsPushAndPullWithinTwoSeconds();
    void bundleCarriesTheEndpointOnlyWhenAsked();
    void sandboxSendsItsEvents();

private:
    QTemporaryDir m_dir;
    QString m_layout;
};

void TestRegistryEvents::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    TestImage image;
    image.addLayer({TestImage::Entry(u"hello"_s, "events\n")});
    m_layout = image.writeLayout(m_dir.filePath(u"image"_s), u"x"_s, &error);
    QVERIFY2(!m_layout.isEmpty(), qPrintable(error));
}

void TestRegistryEvents::parsesWhatRegistryTwoSends()
{
    QString error;
    const auto events = RegistryEvent::parseEnvelope(envelope(u"push"_s, u"zuul/app"_s, kBuild + u"_latest"_s), &error);
    QVERIFY2(events, qPrintable(error));
    QCOMPARE(events->size(), 1);
    const auto& event = events->first();
    QCOMPARE(event.action, u"push"_s);
    QCOMPARE(event.repository, u"zuul/app"_s);
    QCOMPARE(event.size, 525);
    QCOMPARE(event.actor, u"zuul"_s);
    QCOMPARE(event.requestAddr, u"127.0.0.1:41234"_s);
    QVERIFY(event.timestamp.isValid());
    QVERIFY(event.isManifest());
    QCOMPARE(event.zuul.build(), kBuild);
    QVERIFY2(event.summary().contains(u"[Zuul build 01234567, tag latest]"_s), qPrintable(event.summary()));
    // Hostile text in the envelope never reaches a terminal raw.
    const auto hostile =
        RegistryEvent::parseEnvelope(envelope(u"pull"_s, u"zuul/app\x1b]0;owned\x07"_s, u"x"_s), &error);
    QVERIFY(hostile);
    QVERIFY(!hostile->first().summary().contains(u'\x1b'));
}

void TestRegistryEvents::refusesWhatIsNoEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("events: []");
    QTest::newRow("a list") << QByteArray("[]");
    QTest::newRow("no events") << QByteArray(R"({"event":[]})");
    QTest::newRow("unknown action") << envelope(u"rm -rf"_s, u"zuul/app"_s, u"x"_s);
    QTest::newRow("no repository") << envelope(u"push"_s, QString(), u"x"_s);
    QTest::newRow("too large") << QByteArray(RegistryEvent::kMaxEnvelopeBytes + 1, ' ');
}

void TestRegistryEvents::refusesWhatIsNoEnvelope()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!RegistryEvent::parseEnvelope(body, &error));
    QVERIFY(!error.isEmpty());
}

void TestRegistryEvents::listenerRefusesAndCounts()
{
    RegistryEventListener listener;
    QString error;
    QVERIFY2(listener.listen(QHostAddress::LocalHost, 0, "s3cret-token", &error), qPrintable(error));
    QSignalSpy received(&listener, &RegistryEventListener::received);
    QSignalSpy refused(&listener, &RegistryEventListener::refused);
    const auto port = listener.port();
    const auto good = envelope(u"push"_s, u"zuul/app"_s, u"v1"_s);
    QCOMPARE(postServed(port, good, "Authorization: Bearer s3cret-token\r\n"), 200);
    QCOMPARE(received.size(), 1);
    QCOMPARE(postServed(port, good, {}), 401);
    QCOMPARE(postServed(port, good, "Authorization: Bearer s3cret-tokeX\r\n"), 401);
    QCOMPARE(postServed(port, good, "Authorization: Basic czNjcmV0LXRva2Vu\r\n"), 401);
    QCOMPARE(postServed(port, "{", "Authorization: Bearer s3cret-token\r\n"), 400);
    QCOMPARE(postServed(port, good, "Authorization: Bearer s3cret-token\r\n", "PUT"), 405);
    QCOMPARE(received.size(), 1); // none of those became an event
    QCOMPARE(listener.counts().events, 1);
    QCOMPARE(listener.counts().unauthenticated, 3);
    QCOMPARE(listener.counts().malformed, 2);
    QCOMPARE(refused.size(), 5);
    QVERIFY(listener.configSnippet().contains(u"Bearer s3cret-token"_s));
    QVERIFY(!listener.configSnippet(u"<token>"_s).contains(u"s3cret"_s));
}

void TestRegistryEvents::nonLoopbackNeedsAToken()
{
    RegistryEventListener listener;
    QString error;
    QVERIFY(!listener.listen(QHostAddress::AnyIPv4, 0, {}, &error));
    QVERIFY2(error.contains(u"needs a token"_s), qPrintable(error));
    QVERIFY(!listener.isListening());
}

void TestRegistryEvents::cliShowsPushAndPullWithinTwoSeconds()
{
    const auto tokenFile = m_dir.filePath(u"token"_s);
    QFile file(tokenFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("notify-token-123\n");
    file.close();
    QProcess cli;
    cli.start(QStringLiteral(REGISTRYDESK_CLI),
              {u"--json"_s, u"events"_s, u"listen"_s, u"--port"_s, u"0"_s, u"--token-file"_s, tokenFile});
    QVERIFY(cli.waitForStarted());
    QByteArray err;
    static const QRegularExpression url(u"at (http://127\\.0\\.0\\.1:(\\d+)/events)"_s);
    QRegularExpressionMatch match;
    QElapsedTimer waited;
    waited.start();
    while (!(match = url.match(QString::fromUtf8(err))).hasMatch() && waited.elapsed() < 10000) {
        cli.waitForReadyRead(200);
        err += cli.readAllStandardError();
    }
    QVERIFY2(match.hasMatch(), err.constData());
    QVERIFY2(!err.contains("notify-token-123"), err.constData()); // the token is never printed
    const quint16 port = static_cast<quint16>(match.captured(2).toUInt());

    RegistryProcess::Options options;
    options.notificationsUrl = match.captured(1);
    options.notificationsToken = u"notify-token-123"_s;
    RegistryProcess registry(options);
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    QByteArray out;
    const auto waitFor = [&](const QString& action, const QString& tag) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 2000) {
            for (const auto& line : out.split('\n')) {
                const auto event = QJsonDocument::fromJson(line).object();
                if (event.value(u"action"_s).toString() == action && event.value(u"tag"_s).toString() == tag) {
                    return event;
                }
            }
            cli.waitForReadyRead(50);
            out += cli.readAllStandardOutput();
        }
        return QJsonObject();
    };
    const auto tag = kBuild + u"_latest"_s;
    QString digest;
    QVERIFY2(
        TestImage::pushWithSkopeo(m_layout, registry.hostPort() + u"/zuul/app:"_s + tag, registry, &digest, &error),
        qPrintable(error));
    const auto pushed = waitFor(u"push"_s, tag);
    QVERIFY2(!pushed.isEmpty(), out.constData());
    QCOMPARE(pushed.value(u"repository"_s).toString(), u"zuul/app"_s);
    QCOMPARE(pushed.value(u"digest"_s).toString(), digest);
    QCOMPARE(pushed.value(u"actor"_s).toString(), registry.username());
    QCOMPARE(pushed.value(u"zuul"_s).toObject().value(u"build"_s).toString(), kBuild);
    QVERIFY(Skopeo::inspectRaw(registry.hostPort() + u"/zuul/app:"_s + tag, registry).ok());
    const auto pulled = waitFor(u"pull"_s, tag);
    QVERIFY2(!pulled.isEmpty(), out.constData());
    QCOMPARE(pulled.value(u"digest"_s).toString(), digest);

    // Refused: no token, and a malformed body with it; neither is printed as an event.
    const auto before = out.count('\n');
    QCOMPARE(post(port, envelope(u"push"_s, u"forged/app"_s, u"x"_s), {}), 401);
    QCOMPARE(post(port, "not json", "Authorization: Bearer notify-token-123\r\n"), 400);
    cli.waitForReadyRead(300);
    out += cli.readAllStandardOutput();
    QVERIFY(!out.contains("forged"));
    QCOMPARE(out.count('\n'), before);
    ::kill(static_cast<pid_t>(cli.processId()), SIGINT);
    QVERIFY(cli.waitForFinished(5000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);
    err += cli.readAllStandardError();
    QVERIFY2(err.contains("request(s) refused (1 without the token)") ||
                 err.contains("requests refused (1 without the token)"),
             err.constData());
    QVERIFY2(err.contains("refused: a POST without the token"), err.constData());
}

void TestRegistryEvents::bundleCarriesTheEndpointOnlyWhenAsked()
{
    const auto home = m_dir.filePath(u"home"_s);
    QDir().mkpath(home);
    const auto tokenFile = m_dir.filePath(u"bundle-token"_s);
    QFile file(tokenFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("bundle-token-456\n");
    file.close();
    const auto bundle = [&](const QString& dir, const QStringList& extra) {
        return TestProcess::run(QStringLiteral(REGISTRYDESK_CLI),
                                QStringList{u"bundle"_s, u"create"_s, u"--out-dir"_s, dir, u"--host"_s,
                                            u"registry.example.org"_s, u"--password-stdin"_s} +
                                    extra,
                                60000, "bundle-pw\n", TestProcess::isolatedEnvironment(home));
    };
    const auto plainDir = m_dir.filePath(u"bundle-plain"_s);
    auto result = bundle(plainDir, {});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QFile plain(plainDir + u"/config.yml"_s);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QVERIFY(!plain.readAll().contains("notifications:")); // off unless asked for
    const auto eventsDir = m_dir.filePath(u"bundle-events"_s);
    result =
        bundle(eventsDir, {u"--events-url"_s, u"http://10.0.0.5:9090/events"_s, u"--events-token-file"_s, tokenFile});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY(!result.out.contains("bundle-token-456") && !result.err.contains("bundle-token-456"));
    QFile withEvents(eventsDir + u"/config.yml"_s);
    QVERIFY(withEvents.open(QIODevice::ReadOnly));
    const auto config = withEvents.readAll();
    QVERIFY2(config.contains(
                 "notifications:\n  endpoints:\n    - name: registrydesk\n      url: http://10.0.0.5:9090/events"),
             config.constData());
    QVERIFY(config.contains("Authorization: [\"Bearer bundle-token-456\"]"));
    QCOMPARE(withEvents.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    // A token without a URL, and a URL that is none.
    result = bundle(m_dir.filePath(u"bundle-bad"_s), {u"--events-token-file"_s, tokenFile});
    QCOMPARE(result.exitCode, 2);
    result = bundle(m_dir.filePath(u"bundle-bad"_s), {u"--events-url"_s, u"ftp://x/events"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(u"bundle-bad/config.yml"_s)));
}

void TestRegistryEvents::sandboxSendsItsEvents()
{
    RegistryEventListener listener;
    QString error;
    QVERIFY2(listener.listen(QHostAddress::LocalHost, 0, "sandbox-token", &error), qPrintable(error));
    QList<RegistryEvent> events;
    connect(&listener, &RegistryEventListener::received, this,
            [&events](const RegistryEvent& event) { events << event; });
    Sandbox sandbox(m_dir.filePath(u"sandbox"_s));
    sandbox.setEvents(listener.endpointUrl(), u"sandbox-token"_s);
    const auto up = finishedJob(sandbox.up(), 180000);
    QVERIFY2(!up, qPrintable(up.message()));
    // Seeding pushed images into each registry: their manifest pushes arrive, authenticated.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(),
                                         [](const RegistryEvent& event) {
                                             return event.action == u"push"_s && event.isManifest() &&
                                                    !event.tag.isEmpty();
                                         }),
                             5000);
    QCOMPARE(listener.counts().refused(), 0);
    QFile config(Sandbox(m_dir.filePath(u"sandbox"_s)).directory() + u"/intermediate/sandbox.yml"_s);
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(config.readAll().contains(listener.endpointUrl().toUtf8()));
    QVERIFY(!finishedJob(Sandbox(m_dir.filePath(u"sandbox"_s)).down()));
}

QTEST_GUILESS_MAIN(TestRegistryEvents)
#include "TestRegistryEvents.moc"
