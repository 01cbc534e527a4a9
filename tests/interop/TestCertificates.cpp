// Certificates made by CertificateFactory, checked by the openssl CLI, served by the real registry and
// trusted by skopeo; TlsProbe against live endpoints with each kind of broken certificate.
#include "JobWait.h"
#include "RegistryProcess.h"
#include "TestImage.h"
#include "TestProcess.h"
#include "admin/Bcrypt.h"
#include "admin/CertificateFactory.h"
#include "admin/CertificateInfo.h"
#include "admin/HtpasswdFile.h"
#include "admin/TlsProbe.h"
#include "registry/PingJob.h"
#include "registry/RegistryClient.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

void write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

// A TLS server that is not ours: `openssl s_server` with the given certificate and key.
struct OpenSslServer
{
    QProcess process;
    quint16 port = 0;
    bool start(const QString& cert, const QString& key)
    {
        port = freePort();
        process.start(QStringLiteral("openssl"),
                      {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                       QStringLiteral("-cert"), cert, QStringLiteral("-key"), key, QStringLiteral("-quiet"),
                       QStringLiteral("-www")});
        if (!process.waitForStarted(5000)) {
            return false;
        }
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (socket.waitForConnected(100)) {
                return true;
            }
            QTest::qWait(50);
        }
        return false;
    }
    ~OpenSslServer()
    {
        process.kill();
        process.waitForFinished(3000);
    }
};

TlsProbe::Result probe(const QString& host, quint16 port, const QByteArray& ca)
{
    TlsProbe probe(host, port, ca);
    waitForJob(&probe, 20000);
    return probe.result();
}

} // namespace

class TestCertificates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensslAgrees();
    void registryServesThemAndSkopeoTrustsThem();
    void probeReportsEachFailure();
    void inspectsChainsAndKeys();
    void badInputIsRefused();
    void registryRereadsHtpasswd();
    void cliWritesWhatOpensslVerifies();

private:
    QTemporaryDir m_dir;
    CertificateFactory::Issued m_ca;
    CertificateFactory::Issued m_server;
};

void TestCertificates::initTestCase()
{
    QString error;
    CertificateFactory::Request caRequest;
    caRequest.commonName = QStringLiteral("Test Intermediate CA");
    caRequest.days = 3650;
    auto ca = CertificateFactory::createCa(caRequest, &error);
    QVERIFY2(ca, qPrintable(error));
    m_ca = *ca;
    CertificateFactory::Request serverRequest;
    serverRequest.subjectAltNames = {QStringLiteral("DNS:registry.example.org"), QStringLiteral("127.0.0.1")};
    auto server = CertificateFactory::createServer(serverRequest, m_ca.certificatePem, m_ca.keyPem, &error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    write(m_dir.filePath(QStringLiteral("ca.crt")), m_ca.certificatePem);
    write(m_dir.filePath(QStringLiteral("domain.crt")), m_server.certificatePem + m_ca.certificatePem);
    write(m_dir.filePath(QStringLiteral("domain.key")), m_server.keyPem);
}

void TestCertificates::opensslAgrees()
{
    auto result = TestProcess::run(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                                               m_dir.filePath(QStringLiteral("ca.crt")),
                                                               m_dir.filePath(QStringLiteral("domain.crt"))});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    result = TestProcess::run(QStringLiteral("openssl"),
                              {QStringLiteral("x509"), QStringLiteral("-text"), QStringLiteral("-noout"),
                               QStringLiteral("-in"), m_dir.filePath(QStringLiteral("domain.crt"))});
    QVERIFY(result.out.contains("DNS:registry.example.org, IP Address:127.0.0.1"));
    QVERIFY(result.out.contains("TLS Web Server Authentication"));
    QVERIFY(result.out.contains("CA:FALSE"));
    result = TestProcess::run(QStringLiteral("openssl"),
                              {QStringLiteral("x509"), QStringLiteral("-text"), QStringLiteral("-noout"),
                               QStringLiteral("-in"), m_dir.filePath(QStringLiteral("ca.crt"))});
    QVERIFY(result.out.contains("CA:TRUE"));
    QVERIFY(result.out.contains("Certificate Sign"));

    for (const auto type : {CertificateFactory::KeyType::Rsa2048, CertificateFactory::KeyType::Rsa3072}) {
        CertificateFactory::Request request;
        request.commonName = QStringLiteral("RSA CA");
        request.keyType = type;
        QString error;
        const auto rsa = CertificateFactory::createCa(request, &error);
        QVERIFY2(rsa, qPrintable(error));
        const auto info = CertificateInfo::readChain(rsa->certificatePem, &error);
        QCOMPARE(info->first().keyType, type == CertificateFactory::KeyType::Rsa2048 ? QStringLiteral("RSA 2048")
                                                                                     : QStringLiteral("RSA 3072"));
    }
}

void TestCertificates::registryServesThemAndSkopeoTrustsThem()
{
    // The registry itself, configured by hand with our files, as the deployment bundle will.
    const auto port = freePort();
    const auto dataDir = m_dir.filePath(QStringLiteral("data"));
    write(m_dir.filePath(QStringLiteral("config.yml")),
          QStringLiteral("version: 0.1\nlog: {level: warn}\nstorage: {filesystem: {rootdirectory: %1}}\n"
                         "http: {addr: 127.0.0.1:%2, tls: {certificate: %3, key: %4}}\n")
              .arg(dataDir)
              .arg(port)
              .arg(m_dir.filePath(QStringLiteral("domain.crt")), m_dir.filePath(QStringLiteral("domain.key")))
              .toUtf8());
    QProcess registry;
    registry.start(QStringLiteral("docker-registry"),
                   {QStringLiteral("serve"), m_dir.filePath(QStringLiteral("config.yml"))});
    QVERIFY(registry.waitForStarted());
    auto cleanup = qScopeGuard([&registry]() {
        registry.terminate();
        registry.waitForFinished(3000);
    });
    QTRY_VERIFY_WITH_TIMEOUT(probe(QStringLiteral("127.0.0.1"), port, m_ca.certificatePem).connected, 10000);
    const auto result = probe(QStringLiteral("127.0.0.1"), port, m_ca.certificatePem);
    QVERIFY2(result.verified, qPrintable(result.problems.join(QLatin1Char(';'))));
    QCOMPARE(result.chain.size(), 2);
    QVERIFY(result.protocol.startsWith(QLatin1String("TLS 1.")));

    const auto certDir = m_dir.filePath(QStringLiteral("skopeo-certs"));
    QDir().mkpath(certDir);
    QFile::copy(m_dir.filePath(QStringLiteral("ca.crt")), certDir + QStringLiteral("/ca.crt"));
    TestImage image;
    image.addLayer({TestImage::Entry(QStringLiteral("x"), "y\n")});
    QString error;
    const auto layout = image.writeLayout(m_dir.filePath(QStringLiteral("img")), QStringLiteral("v1"), &error);
    const auto push = TestProcess::run(QStringLiteral("skopeo"),
                                       {QStringLiteral("copy"), QStringLiteral("--dest-cert-dir"), certDir, layout,
                                        QStringLiteral("docker://127.0.0.1:%1/tls/app:v1").arg(port)},
                                       60000);
    QVERIFY2(push.ok(), qPrintable(push.describe()));
    // And without our CA, skopeo refuses, as it should.
    const auto refused = TestProcess::run(
        QStringLiteral("skopeo"),
        {QStringLiteral("inspect"), QStringLiteral("docker://127.0.0.1:%1/tls/app:v1").arg(port)}, 60000);
    QVERIFY(!refused.ok());
    QVERIFY(refused.err.contains("certificate"));
}

void TestCertificates::probeReportsEachFailure()
{
    QString error;
    // Expired: valid for 30 days, starting 400 days ago.
    CertificateFactory::Request expiredRequest;
    expiredRequest.subjectAltNames = {QStringLiteral("IP:127.0.0.1"), QStringLiteral("DNS:localhost")};
    expiredRequest.notBefore = QDateTime::currentDateTimeUtc().addDays(-400);
    expiredRequest.days = 30;
    const auto expired = CertificateFactory::createServer(expiredRequest, m_ca.certificatePem, m_ca.keyPem, &error);
    QVERIFY2(expired, qPrintable(error));
    write(m_dir.filePath(QStringLiteral("expired.crt")), expired->certificatePem);
    write(m_dir.filePath(QStringLiteral("expired.key")), expired->keyPem);
    const auto verified =
        TestProcess::run(QStringLiteral("openssl"),
                         {QStringLiteral("verify"), QStringLiteral("-CAfile"), m_dir.filePath(QStringLiteral("ca.crt")),
                          m_dir.filePath(QStringLiteral("expired.crt"))});
    QVERIFY(verified.out.contains("expired") || verified.err.contains("expired"));

    // Self-signed, made by the openssl CLI.
    const auto selfSigned = TestProcess::run(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-days"), QStringLiteral("5"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
         m_dir.filePath(QStringLiteral("self.key")), QStringLiteral("-out"),
         m_dir.filePath(QStringLiteral("self.crt"))});
    QVERIFY2(selfSigned.ok(), qPrintable(selfSigned.describe()));

    OpenSslServer good;
    QVERIFY(good.start(m_dir.filePath(QStringLiteral("domain.crt")), m_dir.filePath(QStringLiteral("domain.key"))));
    OpenSslServer old;
    QVERIFY(old.start(m_dir.filePath(QStringLiteral("expired.crt")), m_dir.filePath(QStringLiteral("expired.key"))));
    OpenSslServer self;
    QVERIFY(self.start(m_dir.filePath(QStringLiteral("self.crt")), m_dir.filePath(QStringLiteral("self.key"))));

    auto result = probe(QStringLiteral("127.0.0.1"), good.port, m_ca.certificatePem);
    QVERIFY2(result.verified, qPrintable(result.problems.join(QLatin1Char(';'))));
    // localhost resolves to the same server, but the certificate does not name it.
    result = probe(QStringLiteral("localhost"), good.port, m_ca.certificatePem);
    QVERIFY(!result.verified);
    QVERIFY2(result.problems.join(QLatin1Char(';')).contains(QLatin1String("wrong host")),
             qPrintable(result.problems.join(QLatin1Char(';'))));
    result = probe(QStringLiteral("127.0.0.1"), old.port, m_ca.certificatePem);
    QVERIFY(!result.verified);
    QVERIFY2(result.problems.join(QLatin1Char(';')).contains(QLatin1String("expired")),
             qPrintable(result.problems.join(QLatin1Char(';'))));
    QVERIFY(!result.expiryWarnings.isEmpty());
    result = probe(QStringLiteral("127.0.0.1"), self.port, m_ca.certificatePem);
    QVERIFY(!result.verified);
    QVERIFY2(result.problems.join(QLatin1Char(';')).contains(QLatin1String("self-signed")),
             qPrintable(result.problems.join(QLatin1Char(';'))));
    QCOMPARE(result.chain.size(), 1); // the presented chain is shown even when it fails
    // Without the CA (system store only) our own certificate is of unknown issuer.
    result = probe(QStringLiteral("127.0.0.1"), good.port, {});
    QVERIFY2(result.problems.join(QLatin1Char(';')).contains(QLatin1String("unknown issuer")) ||
                 result.problems.join(QLatin1Char(';')).contains(QLatin1String("untrusted root")),
             qPrintable(result.problems.join(QLatin1Char(';'))));
    result = probe(QStringLiteral("127.0.0.1"), freePort(), m_ca.certificatePem);
    QVERIFY(!result.connected);
    QVERIFY(result.problems.first().contains(QLatin1String("cannot connect")));
}

void TestCertificates::inspectsChainsAndKeys()
{
    QString error;
    const auto chain = CertificateInfo::readChain(m_server.certificatePem + m_ca.certificatePem, &error);
    QVERIFY2(chain, qPrintable(error));
    QCOMPARE(chain->size(), 2);
    QCOMPARE(chain->first().subjectAltNames,
             (QStringList{QStringLiteral("DNS:registry.example.org"), QStringLiteral("IP:127.0.0.1")}));
    QVERIFY(!chain->first().isCa);
    QVERIFY(chain->last().isCa);
    QCOMPARE(chain->first().keyType, QStringLiteral("EC P-256"));
    QCOMPARE(chain->first().sha256Fingerprint.size(), 32 * 3 - 1);
    QVERIFY(CertificateInfo::chainProblems(*chain).isEmpty());
    QVERIFY(CertificateInfo::keyMatches(m_server.certificatePem, m_server.keyPem, &error));
    QVERIFY(CertificateInfo::verify(m_server.certificatePem + m_ca.certificatePem, m_ca.certificatePem,
                                    QStringLiteral("registry.example.org"), &error));
    QVERIFY(!CertificateInfo::verify(m_server.certificatePem, m_ca.certificatePem, QStringLiteral("other.example.org"),
                                     &error));
    QVERIFY2(error.contains(QLatin1String("not valid for other.example.org")), qPrintable(error));
    // Reversed order is flagged.
    const auto reversed = CertificateInfo::readChain(m_ca.certificatePem + m_server.certificatePem, &error);
    QVERIFY(!CertificateInfo::chainProblems(*reversed).isEmpty());
    // Expiry warnings within 30 days.
    QVERIFY(CertificateInfo::expiryWarnings(*chain, 30, QDateTime::currentDateTimeUtc().addDays(350)).size() == 1);
    QVERIFY(CertificateInfo::expiryWarnings(*chain).isEmpty());
}

void TestCertificates::badInputIsRefused()
{
    QString error;
    QVERIFY(!CertificateInfo::readChain("not pem at all", &error));
    QVERIFY(error.contains(QLatin1String("no PEM certificate")));
    auto corrupt = m_server.certificatePem;
    corrupt.replace(100, 20, QByteArray(20, '!'));
    QVERIFY(!CertificateInfo::readChain(corrupt, &error));
    QVERIFY2(error.contains(QLatin1String("corrupt")), qPrintable(error));
    QVERIFY(!CertificateInfo::keyMatches(m_server.certificatePem, m_ca.keyPem, &error));
    QVERIFY(error.contains(QLatin1String("another certificate")));
    CertificateFactory::Request request;
    request.subjectAltNames = {QStringLiteral("DNS:bad name!")};
    QVERIFY(!CertificateFactory::createServer(request, m_ca.certificatePem, m_ca.keyPem, &error));
    QVERIFY(error.contains(QLatin1String("not a DNS name")));
    request.subjectAltNames = {QStringLiteral("IP:300.1.1.1")};
    QVERIFY(!CertificateFactory::createServer(request, m_ca.certificatePem, m_ca.keyPem, &error));
    request.subjectAltNames = {QStringLiteral("DNS:ok.example")};
    QVERIFY(!CertificateFactory::createServer(request, m_ca.certificatePem, m_server.keyPem, &error));
    QVERIFY(error.contains(QLatin1String("does not belong")));
}

void TestCertificates::registryRereadsHtpasswd()
{
    RegistryProcess registry;
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    auto file = HtpasswdFile::load(registry.htpasswdFile(), &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(file->setHash(QStringLiteral("newcomer"), Bcrypt::hash("fresh-pw", 5), false, &error));
    QVERIFY2(file->save(&error), qPrintable(error));
    auto login = [&registry](const QString& user, const QString& password) {
        RegistryClient client(*RegistryAddress::parse(registry.hostPort()));
        RegistryOptions options;
        options.caCertificates = QSslCertificate::fromPath(registry.caFile());
        client.setOptions(options);
        client.setCredentials({user, password, false});
        auto* job = client.ping();
        waitForJob(job);
        return job->error();
    };
    QVERIFY2(!login(QStringLiteral("newcomer"), QStringLiteral("fresh-pw")), "a user added while running logs in");
    QVERIFY(file->remove(QStringLiteral("newcomer"), &error));
    QVERIFY2(file->save(&error), qPrintable(error));
    QCOMPARE(login(QStringLiteral("newcomer"), QStringLiteral("fresh-pw")).kind(), RegistryError::Kind::Auth);
    QVERIFY(!login(registry.username(), registry.password()));
}

void TestCertificates::cliWritesWhatOpensslVerifies()
{
    const auto out = m_dir.filePath(QStringLiteral("cli"));
    auto run = [](const QStringList& args) { return TestProcess::run(QStringLiteral(REGISTRYDESK_CLI), args, 60000); };
    auto result =
        run({QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--out-dir"), out,
             QStringLiteral("--key-type"), QStringLiteral("rsa"), QStringLiteral("--bits"), QStringLiteral("2048")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    result =
        run({QStringLiteral("cert"), QStringLiteral("server"), QStringLiteral("--ca-dir"), out,
             QStringLiteral("--out-dir"), out, QStringLiteral("--san"), QStringLiteral("DNS:registry.example.org"),
             QStringLiteral("--san"), QStringLiteral("IP:127.0.0.1"), QStringLiteral("--days"), QStringLiteral("90")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QCOMPARE(QFileInfo(out + QStringLiteral("/domain.key")).permissions() & 0x0077, QFileDevice::Permissions());
    // A second CA in the same place is refused; the first one's key stays.
    QFile keyFile(out + QStringLiteral("/ca.key"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const auto keyBefore = keyFile.readAll();
    keyFile.close();
    result = run({QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--out-dir"), out});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("already holds a CA"), result.err.constData());
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QCOMPARE(keyFile.readAll(), keyBefore);
    result = TestProcess::run(QStringLiteral("openssl"),
                              {QStringLiteral("verify"), QStringLiteral("-CAfile"), out + QStringLiteral("/ca.crt"),
                               out + QStringLiteral("/domain.crt")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    result = run({QStringLiteral("cert"), QStringLiteral("inspect"), out + QStringLiteral("/domain.crt"),
                  QStringLiteral("--key"), out + QStringLiteral("/ca.key")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("belongs to another certificate"));
    result = run({QStringLiteral("cert"), QStringLiteral("server"), QStringLiteral("--ca-dir"), out,
                  QStringLiteral("--out-dir"), out, QStringLiteral("--san"), QStringLiteral("DNS:bad name")});
    QCOMPARE(result.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCertificates)
#include "TestCertificates.moc"
