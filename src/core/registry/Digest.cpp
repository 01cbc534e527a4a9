#include "Digest.h"

#include <QHashFunctions>

#include <openssl/evp.h>

namespace {

bool isLowerHex(const QString& text)
{
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    return true;
}

const EVP_MD* evpFor(Digest::Algorithm algorithm)
{
    return algorithm == Digest::Algorithm::Sha256 ? EVP_sha256() : EVP_sha512();
}

} // namespace

Digest::Digest(Algorithm algorithm, QString hex)
    : m_algorithm(algorithm)
    , m_hex(std::move(hex))
{
}

std::optional<Digest> Digest::parse(const QString& text)
{
    const auto colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        return std::nullopt;
    }
    const auto algorithm = QStringView(text).left(colon);
    const auto hex = text.mid(colon + 1);
    if (algorithm == QLatin1String("sha256") && hex.size() == 64 && isLowerHex(hex)) {
        return Digest(Algorithm::Sha256, hex);
    }
    if (algorithm == QLatin1String("sha512") && hex.size() == 128 && isLowerHex(hex)) {
        return Digest(Algorithm::Sha512, hex);
    }
    return std::nullopt;
}

Digest Digest::ofBytes(const QByteArray& bytes, Algorithm algorithm)
{
    DigestHasher hasher(algorithm);
    hasher.addData(bytes);
    return hasher.result();
}

QString Digest::toString() const
{
    if (!isValid()) {
        return {};
    }
    return (m_algorithm == Algorithm::Sha256 ? QLatin1String("sha256:") : QLatin1String("sha512:")) + m_hex;
}

QString Digest::shortForm() const
{
    if (!isValid()) {
        return {};
    }
    const auto full = toString();
    const auto colon = full.indexOf(QLatin1Char(':'));
    return full.left(colon + 5) + QChar(0x2026) + m_hex.right(4);
}

size_t qHash(const Digest& digest, size_t seed) noexcept
{
    return qHash(digest.hex(), seed);
}

struct DigestHasher::Context
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

DigestHasher::DigestHasher(Digest::Algorithm algorithm)
    : m_context(std::make_unique<Context>())
    , m_algorithm(algorithm)
{
    reset();
}

DigestHasher::~DigestHasher() = default;

void DigestHasher::reset()
{
    EVP_DigestInit_ex(m_context->ctx, evpFor(m_algorithm), nullptr);
    m_bytes = 0;
}

void DigestHasher::addData(const char* data, qint64 size)
{
    if (size <= 0) {
        return;
    }
    EVP_DigestUpdate(m_context->ctx, data, static_cast<size_t>(size));
    m_bytes += size;
}

Digest DigestHasher::result()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, out, &length);
    const auto hex =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length)).toHex());
    reset();
    return *Digest::parse(
        (m_algorithm == Digest::Algorithm::Sha256 ? QLatin1String("sha256:") : QLatin1String("sha512:")) + hex);
}
