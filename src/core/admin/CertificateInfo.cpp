#include "CertificateInfo.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslCertificateExtension>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

template<typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreContext = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

struct CertStack
{
    STACK_OF(X509) * stack = sk_X509_new_null();
    ~CertStack() { sk_X509_pop_free(stack, X509_free); }
};

void readAll(const QByteArray& pem, CertStack& out)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        sk_X509_push(out.stack, cert);
    }
}

// Read with OpenSSL directly: QSslCertificate::publicKey() dereferences a null key when a certificate's key
// cannot be decoded (found by fuzzing), and such certificates do occur in hostile input.
QString keyDescription(const QSslCertificate& certificate)
{
    const auto der = certificate.toDer();
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, Deleter<X509, X509_free>> x509(d2i_X509(nullptr, &data, static_cast<long>(der.size())));
    EVP_PKEY* key = x509 ? X509_get0_pubkey(x509.get()) : nullptr;
    if (!key) {
        return CertificateInfo::tr("unreadable key");
    }
    const int bits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA %1").arg(bits);
    case EVP_PKEY_EC:
        return QStringLiteral("EC P-%1").arg(bits);
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_DSA:
        return QStringLiteral("DSA %1").arg(bits);
    default:
        return CertificateInfo::tr("unknown key");
    }
}

} // namespace

std::optional<QList<CertificateInfo::Details>> CertificateInfo::readChain(const QByteArray& pem, QString* error)
{
    const auto begins = pem.count("-----BEGIN CERTIFICATE-----");
    const auto certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (begins == 0 || certificates.size() != begins) {
        if (error) {
            *error = begins == 0
                         ? tr("no PEM certificate found")
                         : tr("%1 of %2 PEM certificates are corrupt").arg(begins - certificates.size()).arg(begins);
        }
        return std::nullopt;
    }
    QList<Details> chain;
    for (const auto& certificate : certificates) {
        Details d;
        d.subject = certificate.subjectDisplayName();
        d.issuer = certificate.issuerDisplayName();
        d.commonName = certificate.subjectInfo(QSslCertificate::CommonName).value(0);
        const auto alternatives = certificate.subjectAlternativeNames();
        for (auto it = alternatives.begin(); it != alternatives.end(); ++it) {
            d.subjectAltNames << (it.key() == QSsl::IpAddressEntry ? QStringLiteral("IP:") : QStringLiteral("DNS:")) +
                                     it.value();
        }
        d.notBefore = certificate.effectiveDate().toUTC();
        d.notAfter = certificate.expiryDate().toUTC();
        d.keyType = keyDescription(certificate);
        d.sha256Fingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        d.selfSigned = certificate.isSelfSigned();
        for (const auto& extension : certificate.extensions()) {
            if (extension.name() == QLatin1String("basicConstraints")) {
                d.isCa = extension.value().toMap().value(QStringLiteral("ca")).toBool();
            }
        }
        d.pem = certificate.toPem();
        chain << d;
    }
    return chain;
}

bool CertificateInfo::keyMatches(const QByteArray& certificatePem, const QByteArray& keyPem, QString* error)
{
    Bio certBio(BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    std::unique_ptr<X509, Deleter<X509, X509_free>> cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    Bio keyBio(BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())));
    std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!cert || !key) {
        if (error) {
            *error = !cert ? tr("the certificate is not readable PEM")
                           : tr("the key is not a readable, unencrypted PEM key");
        }
        return false;
    }
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        if (error) {
            *error = tr("the key belongs to another certificate");
        }
        return false;
    }
    return true;
}

QStringList CertificateInfo::chainProblems(const QList<Details>& chain)
{
    QStringList problems;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        if (chain[i].issuer != chain[i + 1].subject) {
            problems << tr("certificate %1 (%2) was not issued by certificate %3 (%4): the chain is out of order")
                            .arg(i + 1)
                            .arg(chain[i].subject)
                            .arg(i + 2)
                            .arg(chain[i + 1].subject);
        }
    }
    if (!chain.isEmpty() && chain.first().isCa && chain.size() > 1) {
        problems << tr("the first certificate is a CA; the server's own certificate must come first");
    }
    return problems;
}

bool CertificateInfo::verify(const QByteArray& chainPem, const QByteArray& caPem, const QString& hostName,
                             QString* error)
{
    CertStack chain;
    readAll(chainPem, chain);
    CertStack anchors;
    readAll(caPem, anchors);
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (sk_X509_num(chain.stack) == 0) {
        return fail(tr("no certificate to verify"));
    }
    Store store(X509_STORE_new());
    for (int i = 0; i < sk_X509_num(anchors.stack); ++i) {
        X509_STORE_add_cert(store.get(), sk_X509_value(anchors.stack, i));
    }
    StoreContext context(X509_STORE_CTX_new());
    X509* leaf = sk_X509_value(chain.stack, 0);
    X509_STORE_CTX_init(context.get(), store.get(), leaf, chain.stack);
    X509_VERIFY_PARAM* params = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_purpose(params, X509_PURPOSE_SSL_SERVER);
    if (!hostName.isEmpty()) {
        const auto host = hostName.toUtf8();
        if (QHostAddress().setAddress(hostName)) {
            X509_VERIFY_PARAM_set1_ip_asc(params, host.constData());
        } else {
            X509_VERIFY_PARAM_set1_host(params, host.constData(), static_cast<size_t>(host.size()));
        }
    }
    if (X509_verify_cert(context.get()) == 1) {
        return true;
    }
    const int code = X509_STORE_CTX_get_error(context.get());
    switch (code) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return fail(tr("the certificate has expired"));
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return fail(tr("the certificate is not valid yet"));
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return fail(tr("the certificate is not valid for %1").arg(hostName));
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return fail(tr("the certificate is self-signed and not the trusted CA"));
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        return fail(tr("the certificate was not issued by the trusted CA"));
    case X509_V_ERR_INVALID_PURPOSE:
        return fail(tr("the certificate is not for TLS servers (serverAuth)"));
    default:
        return fail(QString::fromUtf8(X509_verify_cert_error_string(code)));
    }
}

std::optional<QByteArray> CertificateInfo::assembleServerChain(const QByteArray& certificatePem,
                                                               const QByteArray& keyPem, const QByteArray& chainPem,
                                                               QString* error)
{
    const auto leaf = readChain(certificatePem, error);
    if (!leaf) {
        return std::nullopt;
    }
    if (!keyMatches(leaf->first().pem, keyPem, error)) {
        return std::nullopt;
    }
    QByteArray full = certificatePem.trimmed() + '\n';
    if (!chainPem.trimmed().isEmpty()) {
        if (!readChain(chainPem, error)) {
            return std::nullopt;
        }
        full += chainPem.trimmed() + '\n';
    }
    const auto problems = chainProblems(*readChain(full, error));
    if (!problems.isEmpty()) {
        if (error) {
            *error = problems.join(QLatin1String("; "));
        }
        return std::nullopt;
    }
    return full;
}

QStringList CertificateInfo::expiryWarnings(const QList<Details>& chain, int days, const QDateTime& now)
{
    QStringList warnings;
    for (const auto& d : chain) {
        if (d.notAfter < now) {
            warnings << tr("%1 expired on %2").arg(d.subject, d.notAfter.toString(Qt::ISODate));
        } else if (d.notAfter < now.addDays(days)) {
            warnings << tr("%1 expires in %n day(s), on %2", nullptr, static_cast<int>(now.daysTo(d.notAfter)))
                            .arg(d.subject, d.notAfter.toString(Qt::ISODate));
        } else if (d.notBefore > now) {
            warnings << tr("%1 is not valid before %2").arg(d.subject, d.notBefore.toString(Qt::ISODate));
        }
    }
    return warnings;
}
