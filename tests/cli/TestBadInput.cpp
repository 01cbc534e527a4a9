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
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Control bytes a terminal would act on: C0 but '\n' and '\t', DEL, and C1 as UTF-8 (C2 80..C2 9F). Empty: none.
QString controlBytesIn(const QByteArray& output)
{
    for (qsizetype i = 0; i < output.size(); ++i) {
        const auto byte = static_cast<uchar>(output[i]);
        const auto next = i + 1 < output.size() ? static_cast<uchar>(output[i + 1]) : 0;
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f ||
            (byte == 0xc2 && next >= 0x80 && next < 0xa0)) {
            return u"byte 0x%1 at %2 in: %3"_s.arg(QString::number(byte, 16))
                .arg(i)
                .arg(QString::fromLatin1(output.toPercentEncoding(" :/\n")));
        }
    }
    return {};
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sweep_data();
    void sweep();
    void htpasswdBrokenLineIsLeftAlone();
    void hostileTextIsEscaped();

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
    static constexpr char binary[] = "zuul:\x00\x00\x1b[2J\x1b]0;owned\x07\nx\x00y\n";
    QVERIFY(writeFile(m_files + u"/binary.htpasswd"_s, QByteArray(binary, sizeof(binary) - 1)));
    QVERIFY(writeFile(m_files + u"/latin1.htpasswd"_s, "j\xfcrgen:$apr1$x$y\n"));
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
    row("gc plan without root", {u"gc"_s, u"plan"_s}, none, 2, u"gc plan needs ROOT"_s);
    row("gc delete-untagged without registry", {u"gc"_s, u"delete-untagged"_s, u"FILES"_s}, none, 2, u"--registry"_s);
    row("gc delete-untagged bad registry", {u"gc"_s, u"delete-untagged"_s, u"FILES"_s, u"--registry"_s, u"user@REG"_s},
        none, 2, u"--registry"_s);
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
    row("htpasswd list binary", {u"htpasswd"_s, u"list"_s, u"FILES/binary.htpasswd"_s}, none, 1,
        u"not a text file (line 1 holds a NUL byte)"_s);
    row("htpasswd list binary as JSON", {u"--json"_s, u"htpasswd"_s, u"list"_s, u"FILES/binary.htpasswd"_s}, none, 1,
        u"not a text file"_s);
    row("htpasswd set binary", {u"htpasswd"_s, u"set"_s, u"FILES/binary.htpasswd"_s, u"zuul"_s}, none, 1,
        u"not a text file"_s, "pw\n");
    row("htpasswd remove binary", {u"htpasswd"_s, u"remove"_s, u"FILES/binary.htpasswd"_s, u"zuul"_s}, none, 1,
        u"not a text file"_s);
    row("htpasswd verify binary", {u"htpasswd"_s, u"verify"_s, u"FILES/binary.htpasswd"_s, u"zuul"_s}, none, 1,
        u"not a text file"_s, "pw\n");
    row("htpasswd list Latin-1", {u"htpasswd"_s, u"list"_s, u"FILES/latin1.htpasswd"_s}, none, 1,
        u"line 1 is not UTF-8"_s);
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

    row("gc plan not a storage root", {u"gc"_s, u"plan"_s, u"FILES"_s}, none, 1, u"is not a registry:2 storage root"_s);
    row("gc plan of a file", {u"gc"_s, u"plan"_s, u"FILES/garbage.bin"_s}, none, 1, u"is not a folder"_s);
    row("gc plan hostile path", {u"gc"_s, u"plan"_s, u"FILES/\x1b[2Jnone"_s}, none, 1, u"does not exist"_s);
    row("gc delete-untagged not a storage root", {u"gc"_s, u"delete-untagged"_s, u"FILES"_s, u"--registry"_s, u"REG"_s},
        reg, 1, u"is not a registry:2 storage root"_s);

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
    const auto control = controlBytesIn(result.err);
    QVERIFY2(control.isEmpty(), qPrintable(control));
}

// A line without ':' makes registry:2 refuse the whole file: set and remove leave the file byte for byte and name
// the line; list and verify still answer, with a warning; --keep-invalid writes anyway.
void TestBadInput::htpasswdBrokenLineIsLeftAlone()
{
    const auto path = m_files + u"/broken-line.htpasswd"_s;
    const QByteArray content = "zuul:$2y$04$abcdefghijklmnopqrstuu5Ry5P9Av1l2SVM0hc6LyD4GIwoBE9yG\nregistry\x1b[31m\n";
    QVERIFY(writeFile(path, content));
    const QList<std::pair<QStringList, QByteArray>> writes{
        {{u"htpasswd"_s, u"set"_s, path, u"new"_s, u"--cost"_s, u"4"_s}, "pw\n"},
        {{u"htpasswd"_s, u"remove"_s, path, u"zuul"_s}, {}}};
    for (const auto& [arguments, input] : writes) {
        const auto result = cli(arguments, input);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const auto err = QString::fromUtf8(result.err).trimmed();
        QVERIFY2(result.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(result.exitCode).arg(err)));
        QVERIFY2(!err.contains(u'\n') && err.startsWith(u"error: "_s), qPrintable(err));
        QVERIFY2(err.contains(uR"(line 2 ("registry\u001b[31m"))"_s) && err.contains(u"--keep-invalid"_s),
                 qPrintable(err));
        QVERIFY2(controlBytesIn(result.err).isEmpty(), qPrintable(controlBytesIn(result.err)));
        QVERIFY2(result.out.isEmpty(), result.out.constData());
        QCOMPARE(readFile(path), content);
    }

    const auto listed = cli({u"htpasswd"_s, u"list"_s, path}, {});
    QVERIFY2(listed.ok(), qPrintable(listed.describe()));
    QVERIFY2(listed.err.startsWith("warning: registry:2 refuses the whole file"), listed.err.constData());
    QVERIFY2(listed.out.startsWith("zuul "), listed.out.constData());

    const auto kept = cli({u"htpasswd"_s, u"set"_s, path, u"new"_s, u"--cost"_s, u"4"_s, u"--keep-invalid"_s}, "pw\n");
    QVERIFY2(kept.ok(), qPrintable(kept.describe()));
    QVERIFY2(kept.err.contains("warning: line 2"), kept.err.constData());
    const auto written = readFile(path);
    QVERIFY2(written.startsWith(content + "new:$2y$04$"), written.constData());
}

// A label, a label key and a file name holding terminal sequences (OSC title, SGR colour, a C1 CSI) reach stdout
// only as escapes: inspect and diff in text, and inspect --json, which still carries the label exactly.
void TestBadInput::hostileTextIsEscaped()
{
    const QString hostile = u"\x1b]0;pwned\x07 and \x1b[31mred\u009b2J"_s;
    const QByteArray shown = R"(\u001b]0;pwned\u0007 and \u001b[31mred\u009b2J)";
    TestImage image;
    image.addLayer({TestImage::Entry(u"etc/motd"_s, "gated\n"), TestImage::Entry(u"etc/\x1b[31mred"_s, "red\n")});
    image.setLabel(u"org.example.note"_s, hostile);
    image.setLabel(u"org.example.\x1b[2J"_s, u"key"_s);
    QString error;
    const auto layout = image.writeLayout(m_home.filePath(u"hostile-img"_s), u"latest"_s, &error);
    QVERIFY2(!layout.isEmpty(), qPrintable(error));
    const auto hostileImage = m_registry->hostPort() + u"/zuul/hostile:latest"_s;
    QVERIFY2(TestImage::pushWithSkopeo(layout, hostileImage, *m_registry, nullptr, &error), qPrintable(error));
    const QStringList login{u"--authfile"_s, m_registry->authFile(), u"--certs-dir"_s, m_registry->certsDir()};

    const auto inspected = cli(login + QStringList{u"inspect"_s, hostileImage}, {});
    QVERIFY2(inspected.ok(), qPrintable(inspected.describe()));
    QVERIFY2(controlBytesIn(inspected.out).isEmpty(), qPrintable(controlBytesIn(inspected.out)));
    QVERIFY2(inspected.out.contains("org.example.note=" + shown), inspected.out.constData());
    QVERIFY2(inspected.out.contains(R"(org.example.\u001b[2J=key)"), inspected.out.constData());

    const auto compared = cli(
        login + QStringList{u"diff"_s, u"--no-cache"_s, m_registry->hostPort() + u"/zuul/app:latest"_s, hostileImage},
        {});
    QVERIFY2(compared.ok(), qPrintable(compared.describe()));
    QVERIFY2(controlBytesIn(compared.out).isEmpty(), qPrintable(controlBytesIn(compared.out)));
    QVERIFY2(compared.out.contains(shown), compared.out.constData());
    QVERIFY2(compared.out.contains(R"(A etc/\u001b[31mred)"), compared.out.constData());

    const auto json = cli(login + QStringList{u"--json"_s, u"inspect"_s, hostileImage}, {});
    QVERIFY2(json.ok(), qPrintable(json.describe()));
    QVERIFY2(controlBytesIn(json.out).isEmpty(), qPrintable(controlBytesIn(json.out)));
    const auto labels = QJsonDocument::fromJson(json.out)[u"config"_s][u"labels"_s];
    QCOMPARE(labels[u"org.example.note"_s].toString(), hostile);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
