#include "TestPki.h"

#include "TestProcess.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace {

bool openssl(const QStringList& arguments, QString* error)
{
    const TestProcess::Result result = TestProcess::run(QStringLiteral("openssl"), arguments, 30000);
    if (!result.ok() && error) {
        *error = QStringLiteral("openssl %1: %2").arg(arguments.value(0), result.describe());
    }
    return result.ok();
}

bool writeFile(const QString& path, const QByteArray& data, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        if (error) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString randomSerial()
{
    // Random serials keep two CAs made in the same second distinguishable to TLS stacks that cache by serial.
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    bytes[0] = static_cast<char>(bytes[0] & 0x7f); // positive
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
}

QStringList newKey(const QString& path, bool rsa)
{
    return rsa ? QStringList{QStringLiteral("genpkey"),
                             QStringLiteral("-algorithm"),
                             QStringLiteral("RSA"),
                             QStringLiteral("-pkeyopt"),
                             QStringLiteral("rsa_keygen_bits:2048"),
                             QStringLiteral("-out"),
                             path}
               : QStringList{QStringLiteral("genpkey"),
                             QStringLiteral("-algorithm"),
                             QStringLiteral("EC"),
                             QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:P-256"),
                             QStringLiteral("-out"),
                             path};
}

// Self-signed CA certificate for caKey.
bool makeCa(const QString& caCert, const QString& caKey, const QString& commonName, bool rsa, QString* error)
{
    return openssl(newKey(caKey, rsa), error) && openssl({QStringLiteral("req"),
                                                          QStringLiteral("-x509"),
                                                          QStringLiteral("-new"),
                                                          QStringLiteral("-key"),
                                                          caKey,
                                                          QStringLiteral("-sha256"),
                                                          QStringLiteral("-days"),
                                                          QStringLiteral("30"),
                                                          QStringLiteral("-subj"),
                                                          QStringLiteral("/CN=") + commonName,
                                                          QStringLiteral("-set_serial"),
                                                          randomSerial(),
                                                          QStringLiteral("-addext"),
                                                          QStringLiteral("basicConstraints=critical,CA:true"),
                                                          QStringLiteral("-addext"),
                                                          QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
                                                          QStringLiteral("-addext"),
                                                          QStringLiteral("subjectKeyIdentifier=hash"),
                                                          QStringLiteral("-out"),
                                                          caCert},
                                                         error);
}

// Leaf certificate signed by the CA; extensions come from an extfile because `x509 -req` has no -addext.
bool makeLeaf(const QString& leafCert, const QString& leafKey, const QString& caCert, const QString& caKey,
              const QString& commonName, const QByteArray& extensions, bool rsa, QString* error)
{
    const QString csr = leafCert + QStringLiteral(".csr");
    const QString ext = leafCert + QStringLiteral(".ext");
    const bool ok =
        openssl(newKey(leafKey, rsa), error) &&
        openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), leafKey,
                 QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName, QStringLiteral("-out"), csr},
                error) &&
        writeFile(ext, extensions, error) &&
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                 caCert, QStringLiteral("-CAkey"), caKey, QStringLiteral("-set_serial"), randomSerial(),
                 QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-sha256"), QStringLiteral("-extfile"),
                 ext, QStringLiteral("-out"), leafCert},
                error);
    QFile::remove(csr);
    QFile::remove(ext);
    return ok;
}

} // namespace

TestPki::TestPki(const QString& dir)
    : m_dir(dir)
{
}

QStringList TestPki::defaultAltNames()
{
    return {QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:::1"), QStringLiteral("DNS:localhost")};
}

bool TestPki::create(const QString& dir, QString* error, const QStringList& subjectAltNames)
{
    const TestPki pki(dir);
    QDir().mkpath(dir);
    const QByteArray extensions = "basicConstraints=critical,CA:false\n"
                                  "keyUsage=critical,digitalSignature\n"
                                  "extendedKeyUsage=serverAuth\n"
                                  "subjectKeyIdentifier=hash\n"
                                  "authorityKeyIdentifier=keyid\n"
                                  "subjectAltName=" +
                                  subjectAltNames.join(QLatin1Char(',')).toUtf8() + "\n";
    const QString leaf = dir + QStringLiteral("/domain.leaf.crt");
    if (!makeCa(pki.caCert(), pki.caKey(), QStringLiteral("RegistryDesk Test CA"), false, error) ||
        !makeLeaf(leaf, pki.serverKey(), pki.caCert(), pki.caKey(), QStringLiteral("127.0.0.1"), extensions, false,
                  error)) {
        return false;
    }
    // Servers send the whole chain, as a real deployment with an intermediate would.
    const bool ok = writeFile(pki.serverCert(), readFile(leaf) + readFile(pki.caCert()), error);
    QFile::remove(leaf);
    return ok;
}

bool TestPki::createTokenSigner(const QString& dir, QString* error)
{
    const TestPki pki(dir);
    QDir().mkpath(dir);
    // registry:2 verifies the x5c chain with ExtKeyUsageAny, so the leaf needs no extended key usage.
    const QByteArray extensions = "basicConstraints=critical,CA:false\n"
                                  "keyUsage=critical,digitalSignature\n"
                                  "subjectKeyIdentifier=hash\n"
                                  "authorityKeyIdentifier=keyid\n";
    return makeCa(pki.tokenCaCert(), pki.tokenCaKey(), QStringLiteral("RegistryDesk Test Token CA"), true, error) &&
           makeLeaf(pki.tokenCert(), pki.tokenKey(), pki.tokenCaCert(), pki.tokenCaKey(),
                    QStringLiteral("RegistryDesk Test Token Signer"), extensions, true, error);
}

QByteArray TestPki::rsaKeyPair(const QString& keyFile, int bits, QString* error)
{
    auto result = TestProcess::run(QStringLiteral("openssl"),
                                   {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                                    QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:%1").arg(bits),
                                    QStringLiteral("-out"), keyFile});
    if (result.ok()) {
        result = TestProcess::run(QStringLiteral("openssl"),
                                  {QStringLiteral("pkey"), QStringLiteral("-in"), keyFile, QStringLiteral("-pubout")});
    }
    if (!result.ok()) {
        *error = result.describe();
        return {};
    }
    return result.out;
}

QString TestPki::caCert() const
{
    return m_dir + QStringLiteral("/ca.crt");
}

QString TestPki::caKey() const
{
    return m_dir + QStringLiteral("/ca.key");
}

QString TestPki::serverCert() const
{
    return m_dir + QStringLiteral("/domain.crt");
}

QString TestPki::serverKey() const
{
    return m_dir + QStringLiteral("/domain.key");
}

QString TestPki::tokenCaCert() const
{
    return m_dir + QStringLiteral("/token-ca.crt");
}

QString TestPki::tokenCaKey() const
{
    return m_dir + QStringLiteral("/token-ca.key");
}

QString TestPki::tokenCert() const
{
    return m_dir + QStringLiteral("/token.crt");
}

QString TestPki::tokenKey() const
{
    return m_dir + QStringLiteral("/token.key");
}
