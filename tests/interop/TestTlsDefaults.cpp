// TLS verification is on by default everywhere the program opens a connection: the registry engine, the Zuul API
// client and the TLS probe, against a server whose certificate no trusted CA signed. Turning it off is per
// registry and explicit, and never leaks to another registry. (The window shows it: TestMainWindow's
// untrustedCertificateShowsMessage and insecureIsLoud; the command line: TestCli's tlsVerifyFalseIsExplicitAndLoud.)
#include "JobWait.h"
#include "TestPki.h"
#include "TestServer.h"
#include "admin/TlsProbe.h"
#include "credentials/Connection.h"
#include "registry/PingJob.h"
#include "registry/RegistryClient.h"
#include "zuul/ZuulApi.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTlsDefaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultsVerify();
    void registryClientRefusesAnUntrustedServer();
    void zuulApiRefusesAnUntrustedServer();
    void probeSaysUntrusted();
    void insecureIsPerRegistryOnly();
    void trustedCaIsAccepted();
    void plainHttpTokenServiceGetsNoCredentials();

private:
    RegistryClient* client(const RegistryOptions& options);

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    TestServer m_server;
};

void TestTlsDefaults::initTestCase()
{
    QString error;
    QVERIFY2(TestPki::create(m_dir.path(), &error), qPrintable(error));
    m_pki = std::make_unique<TestPki>(m_dir.path());
    m_server.setTls(m_pki->serverCert(), m_pki->serverKey());
    m_server.setHandler([](const TestRequest& request) {
        if (request.path().startsWith(u"/api/"_s)) {
            return TestResponse::json(200, QByteArray(R"({"uuid":"0123456789abcdef0123456789abcdef"})"));
        }
        return TestResponse::json(200, QByteArray("{}")).withHeader("Docker-Distribution-API-Version", "registry/2.0");
    });
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

RegistryClient* TestTlsDefaults::client(const RegistryOptions& options)
{
    auto* c = new RegistryClient(*RegistryAddress::parse(u"127.0.0.1:%1"_s.arg(m_server.port())), this);
    c->setOptions(options);
    return c;
}

void TestTlsDefaults::defaultsVerify()
{
    QVERIFY(RegistryOptions().tlsVerify);
    QVERIFY(Connection().tlsVerify);
}

void TestTlsDefaults::registryClientRefusesAnUntrustedServer()
{
    m_server.clearRequests();
    auto* ping = client({})->ping();
    AWAIT_JOB(ping);
    QCOMPARE(ping->error().kind(), RegistryError::Kind::Tls);
    QVERIFY2(ping->error().message().contains(u"cannot verify the TLS certificate"_s),
             qPrintable(ping->error().message()));
    QCOMPARE(m_server.requestCount(), 0); // not one request went over the unverified connection
}

void TestTlsDefaults::zuulApiRefusesAnUntrustedServer()
{
    m_server.clearRequests();
    ZuulApi api(QUrl(u"https://127.0.0.1:%1/"_s.arg(m_server.port())), u"tenant"_s);
    RegistryError error;
    bool done = false;
    api.build(u"0123456789abcdef0123456789abcdef"_s, this, [&](const ZuulBuild&, RegistryError e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30'000);
    QCOMPARE(error.kind(), RegistryError::Kind::Tls);
    QCOMPARE(m_server.requestCount(), 0);
}

void TestTlsDefaults::probeSaysUntrusted()
{
    TlsProbe probe(u"127.0.0.1"_s, m_server.port());
    QVERIFY(waitForJob(&probe, 30'000));
    // It connects to show the certificate, and says plainly that nothing vouches for it.
    QVERIFY(probe.result().connected);
    QVERIFY(!probe.result().verified);
    QVERIFY(!probe.result().problems.isEmpty());
}

void TestTlsDefaults::insecureIsPerRegistryOnly()
{
    RegistryOptions insecure;
    insecure.tlsVerify = false;
    auto* loose = client(insecure)->ping();
    AWAIT_OK(loose);
    // The same server through a client that did not ask: still refused (no global trust was changed).
    auto* strict = client({})->ping();
    AWAIT_JOB(strict);
    QCOMPARE(strict->error().kind(), RegistryError::Kind::Tls);
}

void TestTlsDefaults::trustedCaIsAccepted()
{
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(m_pki->caCert());
    auto* ping = client(options)->ping();
    AWAIT_OK(ping);
}

// A registry on https whose challenge names a token service on plain http: the password is not sent there.
void TestTlsDefaults::plainHttpTokenServiceGetsNoCredentials()
{
    TestServer tokens; // plain http
    QString error;
    QVERIFY2(tokens.start(&error), qPrintable(error));
    TestServer registry;
    registry.setTls(m_pki->serverCert(), m_pki->serverKey());
    const auto realm = tokens.baseUrl().toString().toLatin1() + "/token";
    registry.setHandler([realm](const TestRequest&) {
        return TestResponse::registryError(401, "UNAUTHORIZED", u"authentication required"_s)
            .withHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\",service=\"registry\"");
    });
    QVERIFY2(registry.start(&error), qPrintable(error));
    auto* c = new RegistryClient(*RegistryAddress::parse(u"127.0.0.1:%1"_s.arg(registry.port())), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(m_pki->caCert());
    c->setOptions(options);
    c->setCredentials({u"zuul"_s, u"never-over-http"_s, false});
    auto* ping = c->ping();
    AWAIT_JOB(ping);
    QVERIFY(ping->error());
    QVERIFY2(ping->error().message().contains(u"not https"_s), qPrintable(ping->error().message()));
    QCOMPARE(tokens.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestTlsDefaults)
#include "TestTlsDefaults.moc"
