// Proves the test harness against the real peers: docker-registry 2.8.2, skopeo, openssl, htpasswd.
#include "RegistryProcess.h"
#include "Skopeo.h"
#include "TestImage.h"
#include "TestPki.h"
#include "TestProcess.h"
#include "TestServer.h"
#include "TokenServer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QByteArray manifestAccept = "application/vnd.docker.distribution.manifest.v2+json, "
                                  "application/vnd.docker.distribution.manifest.list.v2+json, "
                                  "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json";

bool processGone(qint64 pid)
{
    return ::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH;
}

TestImage smallImage(const QByteArray& greeting)
{
    TestImage image;
    image.addLayer({{u"etc/hello.txt"_s, greeting}, TestImage::Entry::directory(u"var/empty"_s)});
    image.setLabel(u"org.zuul-ci.change"_s, u"1234"_s);
    image.setCmd({u"/bin/sh"_s});
    return image;
}

} // namespace

class TestSupportSelfTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void pkiChains();
    void serverRecordsRequests();
    void serverStallsResetsAndUsesTls();
    void imageLayoutIsDeterministicAndValid();
    void htpasswdRegistryAuthenticates();
    void pushesOciIndexAndV2s2();
    void restartKeepsDataAndPort();
    void cloneShowsInCatalog();
    void deleteDisabledAnswers405();
    void tokenRegistryWorksWithSkopeo();
    void tokenServerPolicies();

private:
    QTemporaryDir m_work;
    std::unique_ptr<RegistryProcess> m_registry; // htpasswd + TLS, shared by several tests
    QList<qint64> m_pids;
    QStringList m_workDirs;
    QString m_pushedDigest;
};

void TestSupportSelfTest::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_registry = std::make_unique<RegistryProcess>();
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    m_pids.append(m_registry->pid());
    m_workDirs.append(m_registry->workDir());
}

void TestSupportSelfTest::cleanup()
{
    if (m_registry) {
        m_registry->dumpLogOnFailure();
    }
}

void TestSupportSelfTest::cleanupTestCase()
{
    m_registry.reset();
    for (qint64 pid : std::as_const(m_pids)) {
        QVERIFY2(processGone(pid), qPrintable(u"docker-registry %1 still runs"_s.arg(pid)));
    }
    for (const QString& dir : std::as_const(m_workDirs)) {
        const TestProcess::Result pgrep = TestProcess::run(u"pgrep"_s, {u"-f"_s, dir}, 5000);
        QCOMPARE(pgrep.exitCode, 1); // nothing matched
    }
}

void TestSupportSelfTest::pkiChains()
{
    const QString a = m_work.filePath(u"pki-a"_s);
    const QString b = m_work.filePath(u"pki-b"_s);
    QString error;
    QVERIFY2(TestPki::create(a, &error), qPrintable(error));
    QVERIFY2(TestPki::create(b, &error), qPrintable(error));
    QVERIFY2(TestPki::createTokenSigner(a, &error), qPrintable(error));
    const TestPki pkiA(a);
    const TestPki pkiB(b);

    const QList<QSslCertificate> chain = QSslCertificate::fromPath(pkiA.serverCert());
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(1), QSslCertificate::fromPath(pkiA.caCert()).value(0));
    QVERIFY(chain.at(0).subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
    QVERIFY(chain.at(0).subjectAlternativeNames().values(QSsl::DnsEntry).contains(u"localhost"_s));

    auto verify = [](const QString& ca, const QString& cert, const QStringList& extra = {}) {
        return TestProcess::run(u"openssl"_s, QStringList{u"verify"_s, u"-CAfile"_s, ca} + extra + QStringList{cert})
            .ok();
    };
    QVERIFY(verify(pkiA.caCert(), pkiA.serverCert(), {u"-purpose"_s, u"sslserver"_s}));
    QVERIFY(verify(pkiA.tokenCaCert(), pkiA.tokenCert()));
    QVERIFY(!verify(pkiB.caCert(), pkiA.serverCert())); // the second CA does not trust the first's leaf
}

void TestSupportSelfTest::serverRecordsRequests()
{
    TestServer server;
    server.setHandler([](const TestRequest& request) {
        return TestResponse::json(201, QJsonObject{{u"echo"_s, QString::fromUtf8(request.body)}})
            .withHeader("X-Seen", request.header("x-custom"));
    });
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(server.baseUrl().scheme(), u"http"_s);

    const TestHttpClient client;
    QUrl url = server.baseUrl();
    url.setPath(u"/v2/some/repo/blobs/uploads/"_s);
    url.setQuery(u"mount=sha256:abc&from=other"_s);
    const TestHttpClient::Reply reply = client.request("POST", url, {{"X-Custom", "value 1"}}, "payload");
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.header("x-seen"), QByteArray("value 1"));
    QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"echo"_s).toString(), u"payload"_s);

    // A chunked request body, as a streaming client sends it.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(raw.waitForConnected(3000));
    raw.write("PATCH /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n");
    QVERIFY(raw.waitForReadyRead(3000));
    QCOMPARE(raw.readAll(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    raw.write("6\r\nfirst-\r\n");
    QVERIFY(raw.waitForBytesWritten(3000));
    QThread::msleep(50); // the server sees the body in two parts
    raw.write("6;ext=1\r\nsecond\r\n0\r\nX-Trailer: yes\r\n\r\n");
    QByteArray answer;
    while (raw.waitForReadyRead(3000)) {
        answer += raw.readAll();
    }
    QVERIFY2(answer.startsWith("HTTP/1.1 201 Created\r\n"), answer.constData());

    const QList<TestRequest> requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("POST"));
    QCOMPARE(requests.at(0).target, QByteArray("/v2/some/repo/blobs/uploads/?mount=sha256:abc&from=other"));
    QCOMPARE(requests.at(0).query().queryItemValue(u"from"_s), u"other"_s);
    QCOMPARE(requests.at(0).header("X-CUSTOM"), QByteArray("value 1"));
    QCOMPARE(requests.at(0).url().port(), int(server.port()));
    QCOMPARE(requests.at(1).body, QByteArray("first-second"));
    server.clearRequests();
    QCOMPARE(server.requestCount(), 0);
}

void TestSupportSelfTest::serverStallsResetsAndUsesTls()
{
    const QString dir = m_work.filePath(u"pki-server"_s);
    const QString otherDir = m_work.filePath(u"pki-other"_s);
    QString error;
    QVERIFY2(TestPki::create(dir, &error), qPrintable(error));
    QVERIFY2(TestPki::create(otherDir, &error), qPrintable(error));
    const TestPki pki(dir);

    TestServer server;
    server.setTls(pki.serverCert(), pki.serverKey());
    server.setHandler([](const TestRequest& request) {
        TestResponse response = TestResponse::text(200, QByteArray(100000, 'x'));
        response.delayMs = request.path() == u"/slow"_s ? 400 : 0;
        response.resetAfterHeaders = request.path() == u"/reset"_s;
        return response;
    });
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(server.baseUrl().scheme(), u"https"_s);

    // The client blocks this thread while the server thread answers.
    const TestHttpClient client(pki.caCert());
    QUrl url = server.baseUrl();
    url.setPath(u"/slow"_s);
    QElapsedTimer timer;
    timer.start();
    TestHttpClient::Reply reply = client.get(url);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.size(), 100000);
    QVERIFY(timer.elapsed() >= 390);

    url.setPath(u"/reset"_s);
    reply = client.get(url);
    QCOMPARE(reply.status, 200);
    QVERIFY2(!reply.error.isEmpty(), "a reset response must not look complete");
    QVERIFY(reply.body.size() < 100000);

    const TestHttpClient untrusting(TestPki(otherDir).caCert());
    reply = untrusting.get(url);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error.contains(u"TLS"_s));

    server.stop();
    QVERIFY(!server.isRunning());
    QVERIFY2(server.start(&error), qPrintable(error)); // restartable
}

void TestSupportSelfTest::imageLayoutIsDeterministicAndValid()
{
    TestImage image;
    image.addLayer({{u"etc/hello.txt"_s, "hello\n"},
                    TestImage::Entry::file(u"usr/bin/tool"_s, "#!/bin/sh\n", 0755),
                    TestImage::Entry::directory(u"var/lib/app"_s),
                    TestImage::Entry::symlink(u"usr/bin/alias"_s, u"tool"_s),
                    TestImage::Entry::hardlink(u"etc/hello-again.txt"_s, u"etc/hello.txt"_s)});
    image.addLayer({TestImage::Entry::randomFile(u"data/blob.bin"_s, 8 * 1024 * 1024, 42)});
    image.setPlatform(u"linux"_s, u"arm64"_s, u"v8"_s);
    image.setLabel(u"org.zuul-ci.change_url"_s, u"https://review.example/1234"_s);
    image.addEnv(u"PATH=/usr/bin"_s);

    const QString dirA = m_work.filePath(u"layout-a"_s);
    QString error;
    const QString ref = image.writeLayout(dirA, u"latest"_s, &error);
    QVERIFY2(!ref.isEmpty(), qPrintable(error));
    QCOMPARE(ref, u"oci:"_s + dirA + u":latest"_s);
    QCOMPARE(image.layers().size(), 2);
    QVERIFY(image.layers().at(1).size > 8 * 1024 * 1024); // random data does not compress

    // Same input, another directory: the same bytes.
    TestImage copy = image;
    const QString dirB = m_work.filePath(u"layout-b"_s);
    QVERIFY(!copy.writeLayout(dirB, u"v1"_s, &error).isEmpty());
    QCOMPARE(copy.manifestDigest(), image.manifestDigest());

    const QJsonObject config = QJsonDocument::fromJson(image.configBytes()).object();
    QCOMPARE(config.value(u"architecture"_s).toString(), u"arm64"_s);
    QCOMPARE(config.value(u"variant"_s).toString(), u"v8"_s);
    QCOMPARE(config[u"config"_s][u"Labels"_s][u"org.zuul-ci.change_url"_s].toString(),
             u"https://review.example/1234"_s);
    QCOMPARE(config[u"rootfs"_s][u"diff_ids"_s].toArray().at(0).toString(), image.layers().at(0).diffId);
    QCOMPARE(TestImage::digestOf(TestImage::readBlob(dirA, image.configDigest())), image.configDigest());

    QFile indexFile(dirA + u"/index.json"_s);
    QVERIFY(indexFile.open(QIODevice::ReadOnly));
    const QJsonObject top = QJsonDocument::fromJson(indexFile.readAll()).object();
    QCOMPARE(top[u"manifests"_s][0][u"annotations"_s][u"org.opencontainers.image.ref.name"_s].toString(), u"latest"_s);
    QCOMPARE(top[u"manifests"_s][0][u"digest"_s].toString(), image.manifestDigest());

    // GNU tar and gzip accept the layer, with modes, links and owner as built.
    const QString layer0 = dirA + u"/blobs/sha256/"_s + image.layers().at(0).digest.mid(7);
    const QString layer1 = dirA + u"/blobs/sha256/"_s + image.layers().at(1).digest.mid(7);
    QVERIFY(TestProcess::run(u"gzip"_s, {u"-t"_s, layer0}).ok());
    QVERIFY(TestProcess::run(u"gzip"_s, {u"-t"_s, layer1}).ok());
    const TestProcess::Result listing = TestProcess::run(u"tar"_s, {u"--numeric-owner"_s, u"-tvzf"_s, layer0}, 10000);
    QVERIFY2(listing.ok(), qPrintable(listing.describe()));
    const QString text = QString::fromUtf8(listing.out);
    QVERIFY2(text.contains(u"-rwxr-xr-x 0/0"_s) && text.contains(u"usr/bin/alias -> tool"_s) &&
                 text.contains(u"etc/hello-again.txt link to etc/hello.txt"_s) && text.contains(u"2024-01-01"_s),
             qPrintable(text));
    const QByteArray tar = TestProcess::run(u"gzip"_s, {u"-dc"_s, layer0}).out;
    QCOMPARE(u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(tar, QCryptographicHash::Sha256).toHex()),
             image.layers().at(0).diffId);
}

void TestSupportSelfTest::htpasswdRegistryAuthenticates()
{
    RegistryProcess& registry = *m_registry;
    QVERIFY(registry.isRunning());
    QCOMPARE(registry.hostPort(), u"127.0.0.1:%1"_s.arg(registry.port()));
    QVERIFY(QFile::exists(registry.certsDir() + u"/"_s + registry.hostPort() + u"/ca.crt"_s));

    QUrl v2 = registry.baseUrl();
    v2.setPath(u"/v2/"_s);
    const TestHttpClient client = registry.http();
    TestHttpClient::Reply reply = client.get(v2);
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Basic realm="));
    reply = client.get(v2, {{"Authorization", registry.authorization()}});
    QCOMPARE(reply.status, 200);
    reply = client.get(v2, {{"Authorization", TestHttpClient::basicAuthorization(u"zuul"_s, u"wrong"_s)}});
    QCOMPARE(reply.status, 401);

    // A user added while the registry runs can log in at once; a removed one cannot.
    QString error;
    QVERIFY2(registry.addUser(u"alice"_s, u"alice-pw"_s, &error), qPrintable(error));
    reply = client.get(v2, {{"Authorization", TestHttpClient::basicAuthorization(u"alice"_s, u"alice-pw"_s)}});
    QCOMPARE(reply.status, 200);
    QVERIFY(registry.removeUser(u"alice"_s, &error));
    reply = client.get(v2, {{"Authorization", TestHttpClient::basicAuthorization(u"alice"_s, u"alice-pw"_s)}});
    QCOMPARE(reply.status, 401);

    // skopeo with the default auth file pushes; inspect --raw returns exactly the pushed bytes.
    TestImage image = smallImage("hello\n");
    const QString ref = image.writeLayout(m_work.filePath(u"layout-push"_s), u"latest"_s, &error);
    QVERIFY2(!ref.isEmpty(), qPrintable(error));
    QString digest;
    QVERIFY2(TestImage::pushWithSkopeo(ref, registry.hostPort() + u"/zuul/app:latest"_s, registry, &digest, &error),
             qPrintable(error));
    QCOMPARE(digest, image.manifestDigest());
    const SkopeoResult inspect = Skopeo::inspectRaw(registry.hostPort() + u"/zuul/app:latest"_s, registry);
    QVERIFY2(inspect.ok(), qPrintable(inspect.describe()));
    QCOMPARE(TestImage::digestOf(inspect.out), digest);
    QCOMPARE(inspect.out, image.manifestBytes());
    m_pushedDigest = digest;

    // Wrong credentials through an auth file are refused.
    const QString badAuth = m_work.filePath(u"bad-auth.json"_s);
    QVERIFY(registry.writeAuthFile(badAuth, u"zuul"_s, u"nope"_s));
    const SkopeoResult refused =
        Skopeo::run(QStringList{u"inspect"_s, u"--raw"_s} + Skopeo::registryArguments({}, registry, badAuth) +
                    QStringList{Skopeo::dockerReference(registry, u"zuul/app:latest"_s)});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.err.contains("unauthorized") || refused.err.contains("401"), refused.err.constData());
}

void TestSupportSelfTest::pushesOciIndexAndV2s2()
{
    RegistryProcess& registry = *m_registry;
    TestImage amd64 = smallImage("amd64\n");
    TestImage arm64 = smallImage("arm64\n");
    arm64.setPlatform(u"linux"_s, u"arm64"_s, u"v8"_s);
    const QString dir = m_work.filePath(u"layout-multi"_s);
    QString indexDigest;
    QString error;
    const QString ref = TestImage::writeIndexLayout(dir, u"multi"_s, {amd64, arm64}, &indexDigest, &error);
    QVERIFY2(!ref.isEmpty(), qPrintable(error));
    QVERIFY(!amd64.manifestDigest().isEmpty()); // results are shared with the copies in the list
    QVERIFY(amd64.manifestDigest() != arm64.manifestDigest());

    QString pushed;
    QVERIFY2(TestImage::pushWithSkopeo(ref, registry.hostPort() + u"/zuul/multi:latest"_s, registry, &pushed, &error),
             qPrintable(error));
    QCOMPARE(pushed, indexDigest);
    SkopeoResult inspect = Skopeo::inspectRaw(registry.hostPort() + u"/zuul/multi:latest"_s, registry);
    QVERIFY2(inspect.ok(), qPrintable(inspect.describe()));
    QCOMPARE(TestImage::digestOf(inspect.out), indexDigest);
    const QJsonArray children = QJsonDocument::fromJson(inspect.out).object().value(u"manifests"_s).toArray();
    QCOMPARE(children.size(), 2);
    QCOMPARE(children[1][u"platform"_s][u"variant"_s].toString(), u"v8"_s);
    QCOMPARE(children[1][u"digest"_s].toString(), arm64.manifestDigest());

    // The registry serves the child by digest with the same bytes.
    QUrl child = registry.baseUrl();
    child.setPath(u"/v2/zuul/multi/manifests/"_s + arm64.manifestDigest());
    const TestHttpClient::Reply reply =
        registry.http().get(child, {{"Authorization", registry.authorization()}, {"Accept", manifestAccept}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, arm64.manifestBytes());
    QCOMPARE(reply.header("Docker-Content-Digest"), arm64.manifestDigest().toLatin1());

    // skopeo converts to docker schema 2 on request.
    QString v2s2;
    QVERIFY2(TestImage::pushWithSkopeo(amd64.writeLayout(dir, u"single"_s),
                                       registry.hostPort() + u"/zuul/docker:v2s2"_s, registry, &v2s2, &error,
                                       {u"--format"_s, u"v2s2"_s}),
             qPrintable(error));
    inspect = Skopeo::inspectRaw(registry.hostPort() + u"/zuul/docker:v2s2"_s, registry);
    QVERIFY2(inspect.ok(), qPrintable(inspect.describe()));
    QCOMPARE(TestImage::digestOf(inspect.out), v2s2);
    QCOMPARE(QJsonDocument::fromJson(inspect.out).object().value(u"mediaType"_s).toString(),
             u"application/vnd.docker.distribution.manifest.v2+json"_s);
    QVERIFY(v2s2 != amd64.manifestDigest());
}

void TestSupportSelfTest::restartKeepsDataAndPort()
{
    RegistryProcess& registry = *m_registry;
    QVERIFY(!m_pushedDigest.isEmpty());
    const quint16 port = registry.port();
    const qint64 oldPid = registry.pid();
    QString error;
    QVERIFY2(registry.restart(&error), qPrintable(error));
    QVERIFY(processGone(oldPid));
    m_pids.append(registry.pid());
    QCOMPARE(registry.port(), port);
    QUrl url = registry.baseUrl();
    url.setPath(u"/v2/zuul/app/manifests/latest"_s);
    const TestHttpClient::Reply reply =
        registry.http().request("HEAD", url, {{"Authorization", registry.authorization()}, {"Accept", manifestAccept}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Docker-Content-Digest"), m_pushedDigest.toLatin1());
}

void TestSupportSelfTest::cloneShowsInCatalog()
{
    RegistryProcess& registry = *m_registry;
    QString error;
    QVERIFY2(registry.cloneRepository(u"zuul/app"_s, u"zzz/clone-1"_s, &error), qPrintable(error));
    QVERIFY(!registry.cloneRepository(u"zuul/app"_s, u"zzz/clone-1"_s));
    QUrl url = registry.baseUrl();
    url.setPath(u"/v2/_catalog"_s);
    url.setQuery(u"n=1000"_s);
    const TestHttpClient::Reply reply = registry.http().get(url, {{"Authorization", registry.authorization()}});
    QCOMPARE(reply.status, 200);
    const QJsonArray repositories = QJsonDocument::fromJson(reply.body).object().value(u"repositories"_s).toArray();
    QVERIFY2(repositories.contains(u"zzz/clone-1"_s), reply.body.constData());
    const SkopeoResult inspect = Skopeo::inspectRaw(registry.hostPort() + u"/zzz/clone-1:latest"_s, registry);
    QVERIFY2(inspect.ok(), qPrintable(inspect.describe()));
    QCOMPARE(TestImage::digestOf(inspect.out), m_pushedDigest);
}

void TestSupportSelfTest::deleteDisabledAnswers405()
{
    RegistryProcess::Options options;
    options.auth = RegistryProcess::AuthMode::None;
    options.deleteEnabled = false;
    RegistryProcess registry(options);
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    m_pids.append(registry.pid());
    m_workDirs.append(registry.workDir());
    auto logOnFailure = qScopeGuard([&] { registry.dumpLogOnFailure(); });

    TestImage image = smallImage("delete me\n");
    QString digest;
    QVERIFY2(TestImage::pushWithSkopeo(image.writeLayout(m_work.filePath(u"layout-del"_s), u"x"_s),
                                       registry.hostPort() + u"/keep/me:x"_s, registry, &digest, &error),
             qPrintable(error));
    QUrl url = registry.baseUrl();
    url.setPath(u"/v2/keep/me/manifests/"_s + digest);
    const TestHttpClient::Reply reply = registry.http().request("DELETE", url);
    QCOMPARE(reply.status, 405);
    QVERIFY(reply.body.contains("UNSUPPORTED"));

    // And on the shared registry (delete enabled) it is accepted.
    RegistryProcess& shared = *m_registry;
    TestImage other = smallImage("gone\n");
    QVERIFY2(TestImage::pushWithSkopeo(other.writeLayout(m_work.filePath(u"layout-del"_s), u"y"_s),
                                       shared.hostPort() + u"/zuul/gone:y"_s, shared, &digest, &error),
             qPrintable(error));
    url = shared.baseUrl();
    url.setPath(u"/v2/zuul/gone/manifests/"_s + digest);
    QCOMPARE(shared.http().request("DELETE", url, {{"Authorization", shared.authorization()}}).status, 202);

    const qint64 pid = registry.pid();
    registry.stop();
    QVERIFY(processGone(pid));
}

void TestSupportSelfTest::tokenRegistryWorksWithSkopeo()
{
    RegistryProcess::Options options;
    options.auth = RegistryProcess::AuthMode::Token;
    options.users.insert(u"reader"_s, u"reader-pw"_s);
    RegistryProcess registry(options);
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    m_pids.append(registry.pid());
    m_workDirs.append(registry.workDir());
    auto logOnFailure = qScopeGuard([&] { registry.dumpLogOnFailure(); });
    TokenServer* tokens = registry.tokenServer();
    QVERIFY(tokens);

    QUrl v2 = registry.baseUrl();
    v2.setPath(u"/v2/"_s);
    const TestHttpClient::Reply challenge = registry.http().get(v2);
    QCOMPARE(challenge.status, 401);
    QVERIFY2(challenge.header("WWW-Authenticate").contains(tokens->realm().toEncoded()),
             challenge.header("WWW-Authenticate").constData());

    TestImage image = smallImage("token\n");
    const QString ref = image.writeLayout(m_work.filePath(u"layout-token"_s), u"latest"_s, &error);
    QString digest;
    QVERIFY2(TestImage::pushWithSkopeo(ref, registry.hostPort() + u"/team/app:1"_s, registry, &digest, &error),
             qPrintable(error));
    QCOMPARE(digest, image.manifestDigest());
    QVERIFY(tokens->tokenRequestCount() > 0);
    const TestRequest first = tokens->requests().value(0);
    QVERIFY(first.header("Authorization").startsWith("Basic "));
    QCOMPARE(first.query().queryItemValue(u"service"_s), QString(RegistryProcess::tokenService));
    QVERIFY2(TokenServer::requestedScopes(first).join(u' ').contains(u"repository:team/app:"_s),
             first.target.constData());

    const SkopeoResult inspect = Skopeo::inspectRaw(registry.hostPort() + u"/team/app:1"_s, registry);
    QVERIFY2(inspect.ok(), qPrintable(inspect.describe()));
    QCOMPARE(TestImage::digestOf(inspect.out), digest);

    // Wrong password: the token server answers 401 and skopeo gives up.
    const QString badAuth = m_work.filePath(u"bad-token-auth.json"_s);
    QVERIFY(registry.writeAuthFile(badAuth, registry.username(), u"wrong"_s));
    tokens->clearRequests();
    const SkopeoResult refused =
        Skopeo::run(QStringList{u"inspect"_s, u"--raw"_s} + Skopeo::registryArguments({}, registry, badAuth) +
                    QStringList{Skopeo::dockerReference(registry, u"team/app:1"_s)});
    QVERIFY(!refused.ok());
    QVERIFY(tokens->tokenRequestCount() > 0);

    // A user restricted to pull on another repository is denied a push here.
    tokens->setAccess(u"reader"_s, u"team/other"_s, {u"pull"_s});
    const QString readerAuth = m_work.filePath(u"reader-auth.json"_s);
    QVERIFY(registry.writeAuthFile(readerAuth, u"reader"_s, u"reader-pw"_s));
    const SkopeoResult denied = Skopeo::copy(ref, Skopeo::dockerReference(registry, u"team/app:2"_s), nullptr,
                                             &registry, {u"--dest-authfile"_s, readerAuth});
    QVERIFY(!denied.ok());

    // Tokens minted directly work for independent checks; catalog access is opt-in.
    QUrl tags = registry.baseUrl();
    tags.setPath(u"/v2/team/app/tags/list"_s);
    TestHttpClient::Reply reply =
        registry.http().get(tags, {{"Authorization", registry.authorization({u"repository:team/app:pull"_s})}});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("\"1\""));
    QUrl catalog = registry.baseUrl();
    catalog.setPath(u"/v2/_catalog"_s);
    reply = registry.http().get(catalog, {{"Authorization", registry.authorization({u"registry:catalog:*"_s})}});
    QCOMPARE(reply.status, 401);
    tokens->setCatalogAccess(registry.username(), true);
    reply = registry.http().get(catalog, {{"Authorization", registry.authorization({u"registry:catalog:*"_s})}});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("team/app"));

    // An expired token (past the registry's 60 s leeway) is refused.
    const QByteArray expired = tokens->signToken(
        registry.username(), tokens->grantedAccess(registry.username(), {u"repository:team/app:pull"_s}), -120);
    reply = registry.http().get(tags, {{"Authorization", "Bearer " + expired}});
    QCOMPARE(reply.status, 401);
}

void TestSupportSelfTest::tokenServerPolicies()
{
    const QString dir = m_work.filePath(u"pki-token"_s);
    QString error;
    QVERIFY2(TestPki::create(dir, &error) && TestPki::createTokenSigner(dir, &error), qPrintable(error));
    const TestPki pki(dir);
    TokenServer::Options options;
    options.signingKeyFile = pki.tokenKey();
    options.signingChainFiles = {pki.tokenCert(), pki.tokenCaCert()};
    options.issuer = u"iss"_s;
    options.service = u"svc"_s;
    options.users = {{u"bob"_s, u"bob-pw"_s}};
    options.tlsCertFile = pki.serverCert();
    options.tlsKeyFile = pki.serverKey();
    TokenServer server(options);
    QVERIFY2(server.start(&error), qPrintable(error));
    const TestHttpClient client(pki.caCert());

    // Two scopes in one request, one of them with host:port in the name; granted as asked.
    QUrl url = server.realm();
    url.setQuery(u"service=svc&scope=repository:127.0.0.1:5000/a/b:pull,push&scope=repository:c:pull"_s);
    TestHttpClient::Reply reply =
        client.get(url, {{"Authorization", TestHttpClient::basicAuthorization(u"bob"_s, u"bob-pw"_s)}});
    QCOMPARE(reply.status, 200);
    QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(body.value(u"token"_s), body.value(u"access_token"_s));
    QCOMPARE(body.value(u"expires_in"_s).toInt(), 300);
    QVERIFY(body.contains(u"issued_at"_s));
    const QByteArray jwt = body.value(u"token"_s).toString().toLatin1();
    QJsonObject claims = TokenServer::claims(jwt);
    QCOMPARE(claims.value(u"aud"_s).toString(), u"svc"_s);
    QCOMPARE(claims.value(u"sub"_s).toString(), u"bob"_s);
    QCOMPARE(claims[u"access"_s][0][u"name"_s].toString(), u"127.0.0.1:5000/a/b"_s);
    QCOMPARE(claims[u"access"_s][0][u"actions"_s].toArray(), QJsonArray({u"pull"_s, u"push"_s}));
    QCOMPARE(TokenServer::requestedScopes(server.requests().value(0)).size(), 2);
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(jwt.split('.').value(0), QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(header.value(u"alg"_s).toString(), u"RS256"_s);
    QCOMPARE(header.value(u"x5c"_s).toArray().size(), 2);

    // The signature verifies with the leaf's public key (openssl as the independent checker).
    const QList<QByteArray> parts = jwt.split('.');
    const QString signed_ = m_work.filePath(u"jwt.in"_s);
    const QString signature = m_work.filePath(u"jwt.sig"_s);
    const QString publicKey = m_work.filePath(u"jwt.pub"_s);
    for (const auto& [path, data] :
         {std::pair{signed_, parts.at(0) + '.' + parts.at(1)},
          std::pair{signature, QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding)}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    QVERIFY(TestProcess::run(u"openssl"_s,
                             {u"x509"_s, u"-in"_s, pki.tokenCert(), u"-pubkey"_s, u"-noout"_s, u"-out"_s, publicKey})
                .ok());
    const TestProcess::Result verified = TestProcess::run(
        u"openssl"_s, {u"dgst"_s, u"-sha256"_s, u"-verify"_s, publicKey, u"-signature"_s, signature, signed_});
    QVERIFY2(verified.ok(), qPrintable(verified.describe()));

    // Restricted user, space-separated scopes in one parameter, anonymous, wrong password, OAuth2 POST.
    server.setAccess(u"bob"_s, u"c"_s, {u"pull"_s});
    url.setQuery(u"service=svc&scope=repository:c:pull,push+repository:d:pull"_s);
    reply = client.get(url, {{"Authorization", TestHttpClient::basicAuthorization(u"bob"_s, u"bob-pw"_s)}});
    claims = TokenServer::claims(QJsonDocument::fromJson(reply.body).object().value(u"token"_s).toString().toLatin1());
    QCOMPARE(claims.value(u"access"_s).toArray().size(), 1);
    QCOMPARE(claims[u"access"_s][0][u"actions"_s].toArray(), QJsonArray({u"pull"_s}));
    reply = client.get(url);
    QCOMPARE(reply.status, 200);
    claims = TokenServer::claims(QJsonDocument::fromJson(reply.body).object().value(u"token"_s).toString().toLatin1());
    QVERIFY(claims.value(u"access"_s).toArray().isEmpty());
    QCOMPARE(claims.value(u"sub"_s).toString(), QString());
    reply = client.get(url, {{"Authorization", TestHttpClient::basicAuthorization(u"bob"_s, u"bad"_s)}});
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.body.contains("UNAUTHORIZED"));

    url.setQuery(QString());
    reply = client.request("POST", url, {{"Content-Type", "application/x-www-form-urlencoded"}},
                           "grant_type=password&username=bob&password=bob-pw&service=svc&scope=repository:c:pull"
                           "&access_type=offline&client_id=test");
    QCOMPARE(reply.status, 200);
    body = QJsonDocument::fromJson(reply.body).object();
    QVERIFY(body.contains(u"access_token"_s));
    QCOMPARE(body.value(u"refresh_token"_s).toString(), u"refresh-bob"_s);
    reply = client.request("POST", url, {{"Content-Type", "application/x-www-form-urlencoded"}},
                           "grant_type=refresh_token&refresh_token=refresh-bob&service=svc&scope=repository:c:pull");
    QCOMPARE(reply.status, 200);
    reply = client.request("POST", url, {}, "grant_type=refresh_token&refresh_token=refresh-eve");
    QCOMPARE(reply.status, 401);

    server.setOverride([](const TestRequest&) { return std::optional<TestResponse>(TestResponse::empty(503)); });
    QCOMPARE(client.get(server.realm()).status, 503);
    QCOMPARE(server.tokenRequestCount(), 8);
}

QTEST_GUILESS_MAIN(TestSupportSelfTest)
#include "TestSupportSelfTest.moc"
