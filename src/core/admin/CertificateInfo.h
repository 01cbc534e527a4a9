#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

// What a certificate (or a chain, leaf first) says, and whether it holds together: key belongs to the
// certificate, each certificate is issued by the next, the chain verifies against a CA for a host name,
// and none expires soon.
class CertificateInfo
{
    Q_DECLARE_TR_FUNCTIONS(CertificateInfo)
public:
    struct Details
    {
        QString subject;
        QString issuer;
        QString commonName;
        QStringList subjectAltNames; // "DNS:x", "IP:y"
        QDateTime notBefore;
        QDateTime notAfter;
        QString keyType;           // "EC P-256", "RSA 3072"
        QString sha256Fingerprint; // "AB:CD:…"
        bool isCa = false;
        bool selfSigned = false;
        QByteArray pem;
    };

    static constexpr int kExpiryWarningDays = 30;

    // Every certificate in the PEM text, in file order; an error when there is none or one is corrupt.
    static std::optional<QList<Details>> readChain(const QByteArray& pem, QString* error);
    static bool keyMatches(const QByteArray& certificatePem, const QByteArray& keyPem, QString* error);
    // Problems with the order of a chain (leaf first, each issued by the next).
    static QStringList chainProblems(const QList<Details>& chain);
    // Verifies the chain (leaf first, intermediates after) against caPem for hostName (DNS name or IP);
    // on failure *error says why in the words OpenSSL's checks map to.
    static bool verify(const QByteArray& chainPem, const QByteArray& caPem, const QString& hostName, QString* error);
    // An existing certificate to import: checks that the key belongs to it and that the chain continues
    // it in order, and returns the PEM the registry serves (leaf, then the chain).
    static std::optional<QByteArray> assembleServerChain(const QByteArray& certificatePem, const QByteArray& keyPem,
                                                         const QByteArray& chainPem, QString* error);
    static QStringList expiryWarnings(const QList<Details>& chain, int days = kExpiryWarningDays,
                                      const QDateTime& now = QDateTime::currentDateTimeUtc());
};
