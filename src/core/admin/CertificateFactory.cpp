#include "CertificateFactory.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

template<typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

Key generateKey(CertificateFactory::KeyType type)
{
    switch (type) {
    case CertificateFactory::KeyType::EcP256:
        return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    case CertificateFactory::KeyType::Rsa2048:
        return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048}));
    case CertificateFactory::KeyType::Rsa3072:
        return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{3072}));
    case CertificateFactory::KeyType::Rsa4096:
        return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{4096}));
    }
    return {};
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray keyPem(EVP_PKEY* key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

QByteArray certPem(X509* cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioBytes(bio.get());
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!extension) {
        return false;
    }
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

// A certificate with subject, validity and a random serial, not yet signed.
Cert skeleton(const CertificateFactory::Request& request, EVP_PKEY* key)
{
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    const auto from = request.notBefore.isValid() ? request.notBefore : QDateTime::currentDateTimeUtc().addSecs(-60);
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), static_cast<time_t>(from.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), static_cast<time_t>(from.addDays(request.days).toSecsSinceEpoch()));
    X509_NAME* name = X509_get_subject_name(cert.get());
    const auto cn = request.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                               static_cast<int>(cn.size()), -1, 0);
    X509_set_pubkey(cert.get(), key);
    return cert;
}

bool fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace

std::optional<CertificateFactory::KeyType> CertificateFactory::parseKeyType(const QString& type, int bits)
{
    if (type == QLatin1String("ec")) {
        return KeyType::EcP256;
    }
    if (type == QLatin1String("rsa")) {
        switch (bits) {
        case 2048:
            return KeyType::Rsa2048;
        case 0:
        case 3072:
            return KeyType::Rsa3072;
        case 4096:
            return KeyType::Rsa4096;
        default:
            return std::nullopt;
        }
    }
    return std::nullopt;
}

QString CertificateFactory::normalizeSubjectAltName(const QString& text)
{
    static const QRegularExpression dns(QStringLiteral(
        "^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\z"));
    QString value = text.trimmed();
    QString kind;
    if (value.startsWith(QLatin1String("DNS:"), Qt::CaseInsensitive)) {
        kind = QStringLiteral("DNS");
        value = value.mid(4);
    } else if (value.startsWith(QLatin1String("IP:"), Qt::CaseInsensitive)) {
        kind = QStringLiteral("IP");
        value = value.mid(3);
    }
    QHostAddress address;
    const bool isAddress = address.setAddress(value);
    if (kind.isEmpty()) {
        kind = isAddress ? QStringLiteral("IP") : QStringLiteral("DNS");
    }
    if (kind == QLatin1String("IP")) {
        return isAddress ? QStringLiteral("IP:") + address.toString() : QString();
    }
    return dns.match(value).hasMatch() && value.size() <= 253 ? QStringLiteral("DNS:") + value.toLower() : QString();
}

std::optional<CertificateFactory::Issued> CertificateFactory::createCa(const Request& request, QString* error)
{
    if (request.commonName.trimmed().isEmpty() || request.days < 1 || request.days > 36500) {
        fail(error, tr("a CA needs a name and a validity of 1 to 36500 days"));
        return std::nullopt;
    }
    const auto key = generateKey(request.keyType);
    if (!key) {
        fail(error, tr("generating the CA key failed"));
        return std::nullopt;
    }
    auto cert = skeleton(request, key.get());
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    const bool ok = addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE") &&
                    addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign") &&
                    addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash") &&
                    addExtension(cert.get(), cert.get(), NID_authority_key_identifier, "keyid:always") &&
                    X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok) {
        fail(error, tr("signing the CA certificate failed"));
        return std::nullopt;
    }
    return Issued{certPem(cert.get()), keyPem(key.get())};
}

std::optional<CertificateFactory::Issued> CertificateFactory::createServer(const Request& request,
                                                                           const QByteArray& caCertificatePem,
                                                                           const QByteArray& caKeyPem, QString* error)
{
    QStringList sans;
    for (const auto& san : request.subjectAltNames) {
        const auto normalized = normalizeSubjectAltName(san);
        if (normalized.isEmpty()) {
            fail(error, tr("\"%1\" is not a DNS name or IP address").arg(san));
            return std::nullopt;
        }
        sans << normalized;
    }
    if (sans.isEmpty() || request.days < 1 || request.days > 3650) {
        fail(error, tr("a server certificate needs at least one DNS or IP name and a validity of 1 to 3650 days"));
        return std::nullopt;
    }
    Bio caCertBio(BIO_new_mem_buf(caCertificatePem.constData(), static_cast<int>(caCertificatePem.size())));
    Cert ca(PEM_read_bio_X509(caCertBio.get(), nullptr, nullptr, nullptr));
    Bio caKeyBio(BIO_new_mem_buf(caKeyPem.constData(), static_cast<int>(caKeyPem.size())));
    Key caKey(PEM_read_bio_PrivateKey(caKeyBio.get(), nullptr, nullptr, nullptr));
    if (!ca || !caKey) {
        fail(error, tr("the CA certificate or key is not readable PEM"));
        return std::nullopt;
    }
    if (X509_check_private_key(ca.get(), caKey.get()) != 1) {
        fail(error, tr("the CA key does not belong to the CA certificate"));
        return std::nullopt;
    }
    const auto key = generateKey(request.keyType);
    if (!key) {
        fail(error, tr("generating the server key failed"));
        return std::nullopt;
    }
    auto leafRequest = request;
    if (leafRequest.commonName.isEmpty()) {
        leafRequest.commonName = sans.first().section(QLatin1Char(':'), 1);
    }
    auto cert = skeleton(leafRequest, key.get());
    X509_set_issuer_name(cert.get(), X509_get_subject_name(ca.get()));
    const auto usage =
        request.keyType == KeyType::EcP256 ? "critical,digitalSignature" : "critical,digitalSignature,keyEncipherment";
    const auto sanText = sans.join(QLatin1Char(',')).toUtf8();
    const bool ok = addExtension(cert.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE") &&
                    addExtension(cert.get(), ca.get(), NID_key_usage, usage) &&
                    addExtension(cert.get(), ca.get(), NID_ext_key_usage, "serverAuth") &&
                    addExtension(cert.get(), ca.get(), NID_subject_alt_name, sanText.constData()) &&
                    addExtension(cert.get(), ca.get(), NID_subject_key_identifier, "hash") &&
                    addExtension(cert.get(), ca.get(), NID_authority_key_identifier, "keyid:always") &&
                    X509_sign(cert.get(), caKey.get(), EVP_sha256()) > 0;
    if (!ok) {
        fail(error, tr("signing the server certificate failed"));
        return std::nullopt;
    }
    return Issued{certPem(cert.get()), keyPem(key.get())};
}
