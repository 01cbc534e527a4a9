// The bad-input sweep: malformed CLI arguments, references, files and server answers. Each must end with exit
// code 1 (the world said no) or 2 (the user's input is wrong) and one clear line on stderr — never a crash, a
// hang, a stack of noise or a terminal escape sequence. The server answers come from a real registry:2 and a
// FaultServer in front of another.
#include "FaultServer.h"
#include "RegistryProcess.h"
#include "TestImage.h"
#include "TestPki.h"
#include "TestProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sweep_data();
    void sweep();

private:
    TestProcess::Result cli(const QStringList& arguments, const QByteArray& input);

    QTemporaryDir m_home;
    QString m_files;
    std::unique_ptr<RegistryProcess> m_registry;
    FaultedRegistry m_faulted;
    QString m_frontAuth;
    QString m_frontCerts;
    int m_outDirs = 0;
};

TestProcess::Result TestBadInput::cli(const QStringList& arguments, const QByteArray& input)
{
    return TestProcess::run(QStringLiteral(REGISTRYDESK_CLI), arguments, 60'000, input,
                            TestProcess::isolatedEnvironment(m_home.path()));
}

void TestBadInput::initTestCase()
{
    QString error;
    m_registry = std::make_unique<RegistryProcess>();
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    QVERIFY2(m_faulted.start(m_home.filePath(u"front"_s), FaultServer::Profile::Registry, &error), qPrintable(error));

    TestImage image;
    image.addLayer({TestImage::Entry(u"etc/motd"_s, "gated\n")});
    const auto layout = image.writeLayout(m_home.filePath(u"img"_s), u"latest"_s, &error);
    QVERIFY2(!layout.isEmpty(), qPrintable(error));
    QVERIFY2(
        TestImage::pushWithSkopeo(layout, m_registry->hostPort() + u"/zuul/app:latest"_s, *m_registry, nullptr, &error),
        qPrintable(error));
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_faulted.backend->hostPort() + u"/zuul/app:latest"_s,
                                       *m_faulted.backend, nullptr, &error),
             qPrintable(error));

    // Trust and logins for the front.
    m_frontCerts = m_home.filePath(u"front-certs.d"_s);
    QVERIFY(QDir().mkpath(m_frontCerts + u'/' + m_faulted.front->hostPort()));
    QVERIFY(QFile::copy(m_faulted.caCert(), m_frontCerts + u'/' + m_faulted.front->hostPort() + u"/ca.crt"_s));
    m_frontAuth = m_home.filePath(u"front-auth.json"_s);
    QVERIFY(writeFile(m_frontAuth,
                      R"({"auths":{")" + m_faulted.front->hostPort().toUtf8() + R"(":{"auth":")" +
                          (m_faulted.backend->username() + u':' + m_faulted.backend->password()).toUtf8().toBase64() +
                          "\"}}}"));

    // Bad files.
    m_files = m_home.filePath(u"files"_s);
    QVERIFY(QDir().mkpath(m_files + u"/a-directory.json"_s));
    QVERIFY(writeFile(m_files + u"/broken.json"_s, "{\"auths\": {\"x\": "));
    QVERIFY(writeFile(m_files + u"/list.json"_s, "[1, 2, 3]"));
    QVERIFY(writeFile(m_files + u"/garbage.bin"_s,
                      QByteArray::fromRawData("\x00\xff\x10PK\x03\x04 not text", 16).repeated(50)));
    QVERIFY(writeFile(m_files + u"/huge.htpasswd"_s, QByteArray(17 * 1024 * 1024, '#')));
    QVERIFY(writeFile(m_files + u"/not-pem.crt"_s, "this is not a certificate\n"));
    const auto ca = m_home.filePath(u"ca"_s);
    QVERIFY(QDir().mkpath(ca));
    auto openssl = [](const QStringList& arguments) { return TestProcess::run(u"openssl"_s, arguments); };
    QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                     u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=bad-input"_s, u"-keyout"_s, ca + u"/ca.key"_s,
                     u"-out"_s, ca + u"/ca.crt"_s})
                .ok());
    QFile caCert(ca + u"/ca.crt"_s);
    QVERIFY(caCert.open(QIODevice::ReadOnly));
    const auto pem = caCert.readAll();
    QVERIFY(writeFile(m_files + u"/truncated.pem"_s, pem.left(pem.size() / 2) + "\n-----END CERTIFICATE-----\n"));
    QVERIFY(openssl({u"pkey"_s, u"-in"_s, ca + u"/ca.key"_s, u"-pubout"_s, u"-out"_s, m_files + u"/ec.pub"_s}).ok());
    // A CA directory whose key belongs to another certificate.
    const auto mismatched = m_files + u"/mismatched-ca"_s;
    QVERIFY(QDir().mkpath(mismatched));
    QVERIFY(QFile::copy(ca + u"/ca.crt"_s, mismatched + u"/ca.crt"_s));
    QVERIFY(openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-out"_s,
                     mismatched + u"/ca.key"_s})
                .ok());
    // A certs.d whose CA file for the registry is garbage.
    QVERIFY(QDir().mkpath(m_files + u"/bad-certs.d/"_s + m_registry->hostPort()));
    QVERIFY(writeFile(m_files + u"/bad-certs.d/"_s + m_registry->hostPort() + u"/ca.crt"_s, "garbage\n"));
}

void TestBadInput::sweep_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("setup"); // registry, front:<fault>, none
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    auto row = [](const char* name, QStringList arguments, const QString& setup, int exitCode, const QString& message,
                  const QByteArray& input = {}) {
        QTest::newRow(name) << arguments << input << setup << exitCode << message;
    };
    const auto reg = u"registry"_s;
    const auto none = u"none"_s;
    const auto certs = u"certs"_s; // trust, but no login

    // References.
    row("tab in reference", {u"inspect"_s, u"REG/zuul/a\tpp"_s}, reg, 2, u"white space"_s);
    row("bell in tag", {u"inspect"_s, u"REG/zuul/app:la\atest"_s}, reg, 2, u"control characters"_s);
    row("upper-case repository", {u"inspect"_s, u"REG/Zuul/App"_s}, reg, 2, u"is not valid"_s);
    row("empty tag", {u"inspect"_s, u"REG/zuul/app:"_s}, reg, 2, u"invalid image reference"_s);
    row("empty digest", {u"inspect"_s, u"REG/zuul/app@"_s}, reg, 2, u"invalid image reference"_s);
    row("double slash", {u"inspect"_s, u"REG/zuul//app"_s}, reg, 2, u"is not valid"_s);
    row("scheme alone", {u"inspect"_s, u"https://"_s}, reg, 2, u"invalid image reference"_s);
    row("short digest", {u"inspect"_s, u"REG/zuul/app@sha256:"_s + QString(63, u'a')}, reg, 2, u"digest"_s);
    row("sha384 digest", {u"digest"_s, u"REG/zuul/app@sha384:"_s + QString(96, u'a')}, reg, 2, u"digest"_s);
    row("traversal in digest", {u"inspect"_s, u"REG/zuul/app@sha256:../../../etc"_s}, reg, 2, u"digest"_s);
    row("port out of range", {u"inspect"_s, u"127.0.0.1:99999/zuul/app"_s}, reg, 2, u"registry"_s);
    row("tag too long", {u"inspect"_s, u"REG/zuul/app:"_s + QString(200, u't')}, reg, 2, u"tag"_s);
    row("bad destination", {u"copy"_s, u"REG/zuul/app"_s, u"REG/zuul/App"_s}, reg, 2, u"is not valid"_s);
    row("empty new tag", {u"promote"_s, u"REG/zuul/app:latest"_s, u""_s}, reg, 2, u"tag"_s);
    row("new tag with slash", {u"promote"_s, u"REG/zuul/app:latest"_s, u"a/b"_s}, reg, 2, u"not a valid tag"_s);
    row("unclosed ipv6", {u"ping"_s, u"[::1"_s}, reg, 2, u"invalid registry"_s);
    row("user in registry", {u"ping"_s, u"user@REG"_s}, reg, 2, u"invalid registry"_s);
    row("registry with path", {u"catalog"_s, u"REG/v2"_s}, reg, 2, u"invalid registry"_s);

    // Arguments.
    row("platform with four parts", {u"inspect"_s, u"--platform"_s, u"linux/amd64/v8/x"_s, u"REG/zuul/app"_s}, reg, 2,
        u"os/arch"_s);
    row("diff bad platform", {u"diff"_s, u"REG/zuul/app"_s, u"REG/zuul/app"_s, u"--platform"_s, u"x"_s}, reg, 2,
        u"os/arch"_s);
    row("prune in years", {u"prune"_s, u"REG"_s, u"--older-than"_s, u"10y"_s}, reg, 2, u"--older-than"_s);
    row("prune negative", {u"prune"_s, u"REG"_s, u"--older-than"_s, u"-3d"_s}, reg, 2, u"--older-than"_s);
    row("copy three arguments", {u"copy"_s, u"REG/zuul/app"_s, u"REG/a/b"_s, u"REG/c/d"_s}, reg, 2, u"copy"_s);
    row("catalog without registry", {u"catalog"_s}, reg, 2, u"REGISTRY"_s);
    row("htpasswd without user", {u"htpasswd"_s, u"set"_s, u"FILES/new.htpasswd"_s}, none, 2, u"htpasswd"_s, "pw\n");
    row("htpasswd user with colon", {u"htpasswd"_s, u"set"_s, u"FILES/new.htpasswd"_s, u"bad:user"_s}, none, 2,
        u"user"_s, "pw\n");
    row("htpasswd cost too high", {u"htpasswd"_s, u"set"_s, u"FILES/new.htpasswd"_s, u"zuul"_s, u"--cost"_s, u"40"_s},
        none, 2, u"--cost"_s, "pw\n");
    row("htpasswd unknown action", {u"htpasswd"_s, u"frob"_s, u"FILES/new.htpasswd"_s}, none, 2, u"htpasswd"_s);
    row("cert ca without out-dir", {u"cert"_s, u"ca"_s}, none, 2, u"--out-dir"_s);
    row("cert ca dsa", {u"cert"_s, u"ca"_s, u"--out-dir"_s, u"OUT"_s, u"--key-type"_s, u"dsa"_s}, none, 2, u"key"_s);
    row("cert ca negative days", {u"cert"_s, u"ca"_s, u"--out-dir"_s, u"OUT"_s, u"--days"_s, u"-5"_s}, none, 2,
        u"--days"_s);
    row("cert server bad san",
        {u"cert"_s, u"server"_s, u"--ca-dir"_s, u"FILES/mismatched-ca"_s, u"--out-dir"_s, u"OUT"_s, u"--san"_s,
         u"FOO:bar"_s},
        none, 2, u"FOO:bar"_s);
    row("zuul encrypt without key", {u"zuul"_s, u"encrypt"_s, u"--secret-name"_s, u"s"_s, u"--field-name"_s, u"f"_s},
        none, 2, u"--public-key"_s, "secret\n");
    row("flow without registries", {u"flow"_s, u"rehearse"_s, u"--intermediate"_s, u"REG"_s}, reg, 2, u"--buildset"_s);
    row("bundle bad host",
        {u"bundle"_s, u"create"_s, u"--out-dir"_s, u"OUT"_s, u"--host"_s, u"bad host"_s, u"--username"_s, u"zuul"_s,
         u"--password-stdin"_s},
        none, 2, u"host"_s, "pw\n");
    row("sandbox sideways", {u"sandbox"_s, u"sideways"_s}, none, 2, u"sandbox up|down|status"_s);
    row("password in arguments", {u"login"_s, u"REG"_s, u"--username"_s, u"zuul"_s, u"--password"_s, u"x"_s}, reg, 2,
        u"Unknown option"_s);

    // Files.
    row("auth file not JSON", {u"--authfile"_s, u"FILES/broken.json"_s, u"catalog"_s, u"REG"_s}, certs, 1,
        u"not valid JSON"_s);
    row("auth file a list", {u"--authfile"_s, u"FILES/list.json"_s, u"catalog"_s, u"REG"_s}, certs, 1,
        u"not valid JSON"_s);
    row("auth file a directory", {u"--authfile"_s, u"FILES/a-directory.json"_s, u"catalog"_s, u"REG"_s}, certs, 1,
        u"auth file"_s);
    row("auth file binary", {u"--authfile"_s, u"FILES/garbage.bin"_s, u"catalog"_s, u"REG"_s}, certs, 1,
        u"not valid JSON"_s);
    row("certs.d with garbage CA", {u"--certs-dir"_s, u"FILES/bad-certs.d"_s, u"catalog"_s, u"REG"_s}, none, 1,
        u"TLS"_s);
    row("htpasswd missing file", {u"htpasswd"_s, u"list"_s, u"FILES/none.htpasswd"_s}, none, 1, u"does not exist"_s);
    row("htpasswd huge file", {u"htpasswd"_s, u"list"_s, u"FILES/huge.htpasswd"_s}, none, 1, u"larger than"_s);
    row("htpasswd is a directory", {u"htpasswd"_s, u"list"_s, u"FILES/a-directory.json"_s}, none, 1,
        u"a-directory.json"_s);
    row("cert inspect not PEM", {u"cert"_s, u"inspect"_s, u"FILES/not-pem.crt"_s}, none, 1, u"no PEM certificate"_s);
    row("cert inspect truncated", {u"cert"_s, u"inspect"_s, u"FILES/truncated.pem"_s}, none, 1, u"corrupt"_s);
    row("cert inspect binary", {u"cert"_s, u"inspect"_s, u"FILES/garbage.bin"_s}, none, 1, u"no PEM certificate"_s);
    row("cert inspect missing", {u"cert"_s, u"inspect"_s, u"FILES/none.pem"_s}, none, 1, u"none.pem"_s);
    row("cert server mismatched CA key",
        {u"cert"_s, u"server"_s, u"--ca-dir"_s, u"FILES/mismatched-ca"_s, u"--out-dir"_s, u"OUT"_s, u"--san"_s,
         u"DNS:registry.example"_s},
        none, 1, u"key"_s);
    row("zuul key is EC",
        {u"zuul"_s, u"encrypt"_s, u"--public-key"_s, u"FILES/ec.pub"_s, u"--secret-name"_s, u"s"_s, u"--field-name"_s,
         u"f"_s},
        none, 1, u"RSA"_s, "secret\n");
    row("zuul key is a certificate",
        {u"zuul"_s, u"encrypt"_s, u"--public-key"_s, u"FILES/truncated.pem"_s, u"--secret-name"_s, u"s"_s,
         u"--field-name"_s, u"f"_s},
        none, 1, u"not a PEM public key"_s, "secret\n");
    row("zuul key missing",
        {u"zuul"_s, u"encrypt"_s, u"--public-key"_s, u"FILES/none.pub"_s, u"--secret-name"_s, u"s"_s, u"--field-name"_s,
         u"f"_s},
        none, 1, u"none.pub"_s, "secret\n");

    // Server answers.
    row("100 MB manifest", {u"inspect"_s, u"FRONT/zuul/app"_s}, u"front:huge-manifest"_s, 1, u"limit"_s);
    row("lying digest header", {u"inspect"_s, u"FRONT/zuul/app"_s}, u"front:wrong-digest"_s, 1, u"announced digest"_s);
    row("redirect to plain http", {u"inspect"_s, u"FRONT/zuul/app"_s}, u"front:to-http"_s, 1, u"plain http"_s);
    row("redirect loop", {u"inspect"_s, u"FRONT/zuul/app"_s}, u"front:loop"_s, 1, u"too many redirects"_s);
    row("500 every time", {u"inspect"_s, u"FRONT/zuul/app"_s}, u"front:500"_s, 1, u"HTTP 500"_s);
    row("rate limited for an hour", {u"inspect"_s, u"FRONT/zuul/app"_s}, u"front:429"_s, 1, u"3600"_s);
    row("corrupt config blob", {u"inspect"_s, u"--config"_s, u"FRONT/zuul/app"_s}, u"front:corrupt-blob"_s, 1,
        u"hash"_s);
    row("escape sequences in errors", {u"tags"_s, u"FRONT/zuul/app"_s}, u"front:escape"_s, 1, u"denied"_s);
}

void TestBadInput::sweep()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, setup);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const auto out = m_home.filePath(u"out-%1"_s.arg(++m_outDirs));
    for (auto& argument : arguments) {
        argument.replace(u"REG"_s, m_registry->hostPort())
            .replace(u"FRONT"_s, m_faulted.front->hostPort())
            .replace(u"FILES"_s, m_files)
            .replace(u"OUT"_s, out);
    }
    QStringList options;
    if (setup == u"registry"_s) {
        options << u"--authfile"_s << m_registry->authFile() << u"--certs-dir"_s << m_registry->certsDir();
    } else if (setup == u"certs"_s) {
        options << u"--certs-dir"_s << m_registry->certsDir();
    } else if (setup.startsWith(u"front:"_s)) {
        options << u"--authfile"_s << m_frontAuth << u"--certs-dir"_s << m_frontCerts;
        auto* front = m_faulted.front.get();
        front->clearRules();
        FaultServer::Rule rule;
        rule.times = -1;
        rule.method = "GET";
        rule.path = QRegularExpression(u"/manifests/"_s);
        const auto fault = setup.mid(6);
        if (fault == u"huge-manifest"_s) {
            rule.fault = FaultServer::Fault::HugeManifest;
        } else if (fault == u"wrong-digest"_s) {
            rule.fault = FaultServer::Fault::WrongDigestHeader;
        } else if (fault == u"to-http"_s) {
            rule.fault = FaultServer::Fault::RedirectToHttp;
        } else if (fault == u"loop"_s) {
            rule.fault = FaultServer::Fault::RedirectLoop;
        } else if (fault == u"500"_s) {
            rule.status = 500;
        } else if (fault == u"429"_s) {
            rule.status = 429;
            rule.retryAfter = "3600";
        } else if (fault == u"corrupt-blob"_s) {
            rule.fault = FaultServer::Fault::CorruptBody;
            rule.path = QRegularExpression(u"/blobs/sha256:"_s);
        } else if (fault == u"escape"_s) {
            rule.fault = FaultServer::Fault::Status;
            rule.status = 403;
            rule.path = QRegularExpression(u"/tags/list"_s);
            rule.errorBody = R"({"errors":[{"code":"DENIED","message":"\u001b]0;owned\u0007\u001b[2Jdenied"}]})";
        }
        front->addRule(rule);
    }
    const auto result = cli(options + arguments, input);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error)); // it ended by itself, in time, without a signal
    const auto err = QString::fromUtf8(result.err).trimmed();
    QVERIFY2(result.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(result.exitCode).arg(err)));
    QVERIFY2(err.contains(message), qPrintable(err));
    // One clear line (usage errors may add one hint; a warning may say what was ignored on the way), nothing on
    // stdout, no control characters.
    auto lines = err.split(u'\n');
    lines.removeIf([](const QString& line) { return line.startsWith(u"warning: "_s); });
    QVERIFY2(lines.size() <= (exitCode == 2 ? 2 : 1), qPrintable(err));
    QVERIFY2(lines.first().startsWith(u"error: "_s), qPrintable(err));
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    for (const QChar c : err) {
        QVERIFY2(c == u'\n' || c.category() != QChar::Other_Control, qPrintable(err));
    }
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
