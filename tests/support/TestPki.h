#pragma once

#include <QString>
#include <QStringList>

// Test certificates made with the openssl CLI: a CA with a TLS server leaf for 127.0.0.1, and an RSA
// token-signing CA with leaf for TokenServer. Creating into two directories gives two unrelated CAs (same
// subject, different keys), which is how tests get an untrusted certificate.
class TestPki
{
public:
    // Names the files in dir; creates nothing.
    explicit TestPki(const QString& dir);

    // ca.crt/ca.key (EC P-256, "RegistryDesk Test CA") and domain.crt (leaf then CA) / domain.key, 30 days.
    static bool create(const QString& dir, QString* error, const QStringList& subjectAltNames = defaultAltNames());
    // token-ca.crt/token-ca.key and token.crt/token.key, RSA-2048.
    static bool createTokenSigner(const QString& dir, QString* error);
    static QStringList defaultAltNames(); // IP:127.0.0.1, IP:::1, DNS:localhost
    // An RSA key pair like a Zuul project's: the private key in keyFile, the public key PEM returned
    // (empty on failure, with *error set).
    static QByteArray rsaKeyPair(const QString& keyFile, int bits, QString* error);

    QString dir() const { return m_dir; }
    QString caCert() const;
    QString caKey() const;
    QString serverCert() const; // leaf followed by the CA
    QString serverKey() const;
    QString tokenCaCert() const;
    QString tokenCaKey() const;
    QString tokenCert() const;
    QString tokenKey() const;

private:
    QString m_dir;
};
