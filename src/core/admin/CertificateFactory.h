#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

// Certificates for the intermediate registry with OpenSSL 3: a CA, and server certificates it signs
// with DNS and IP subject alternative names and the serverAuth usage. Keys are generated here and
// returned as unencrypted PKCS#8 PEM for the registry to load; callers write them 0600. Key generation
// (RSA especially) takes time: the GUI calls this off its thread.
class CertificateFactory
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFactory)
public:
    enum class KeyType
    {
        EcP256,
        Rsa2048,
        Rsa3072,
        Rsa4096
    };

    struct Issued
    {
        QByteArray certificatePem;
        QByteArray keyPem;
    };

    struct Request
    {
        QString commonName;
        QStringList subjectAltNames; // "DNS:registry.example.org", "IP:192.0.2.10"
        KeyType keyType = KeyType::EcP256;
        int days = 365;
        QDateTime notBefore; // default: now (tests make expired certificates with a past date)
    };

    static std::optional<Issued> createCa(const Request& request, QString* error);
    // Signed by the CA whose certificate and key (PEM) are given.
    static std::optional<Issued> createServer(const Request& request, const QByteArray& caCertificatePem,
                                              const QByteArray& caKeyPem, QString* error);

    static std::optional<KeyType> parseKeyType(const QString& type, int bits);
    // "DNS:name" / "IP:addr" / a bare name or address; normalised to the prefixed form, or empty if invalid.
    static QString normalizeSubjectAltName(const QString& text);
};
