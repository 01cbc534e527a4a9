#include "SecretEncryptor.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

struct SecretEncryptor::Key
{
    EVP_PKEY* pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

SecretEncryptor::SecretEncryptor(std::unique_ptr<Key> key)
    : m_key(std::move(key))
{
}

SecretEncryptor::SecretEncryptor(SecretEncryptor&&) noexcept = default;
SecretEncryptor& SecretEncryptor::operator=(SecretEncryptor&&) noexcept = default;
SecretEncryptor::~SecretEncryptor() = default;

std::optional<SecretEncryptor> SecretEncryptor::fromPublicKeyPem(const QByteArray& pem, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    auto key = std::make_unique<Key>();
    key->pkey = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    if (!key->pkey) {
        // Zuul serves PKCS#1 "RSA PUBLIC KEY" in some versions.
        OSSL_DECODER_CTX* decoder =
            OSSL_DECODER_CTX_new_for_pkey(&key->pkey, "PEM", nullptr, "RSA", EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
        auto* data = reinterpret_cast<const unsigned char*>(pem.constData());
        size_t length = static_cast<size_t>(pem.size());
        if (decoder) {
            OSSL_DECODER_from_data(decoder, &data, &length);
            OSSL_DECODER_CTX_free(decoder);
        }
    }
    BIO_free(bio);
    if (!key->pkey) {
        return fail(tr("not a PEM public key"));
    }
    if (EVP_PKEY_get_base_id(key->pkey) != EVP_PKEY_RSA) {
        return fail(tr("Zuul secrets need an RSA key; this is another kind of key"));
    }
    if (EVP_PKEY_get_bits(key->pkey) < kMinimumKeyBits) {
        return fail(tr("the RSA key has %1 bits; at least %2 are needed")
                        .arg(EVP_PKEY_get_bits(key->pkey))
                        .arg(kMinimumKeyBits));
    }
    return SecretEncryptor(std::move(key));
}

int SecretEncryptor::keyBits() const
{
    return EVP_PKEY_get_bits(m_key->pkey);
}

QString SecretEncryptor::fingerprint() const
{
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(m_key->pkey, &der);
    const QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(':').toUpper());
}

QList<QByteArray> SecretEncryptor::splitUtf8(const QByteArray& text, int maxBytes)
{
    QList<QByteArray> pieces;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = std::min<qsizetype>(start + maxBytes, text.size());
        // Back off while the cut would land inside a character (continuation bytes are 10xxxxxx).
        while (end < text.size() && end > start && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
            --end;
        }
        if (end == start) {
            end = std::min<qsizetype>(start + maxBytes, text.size()); // malformed input: cut anyway
        }
        pieces << text.mid(start, end - start);
        start = end;
    }
    return pieces;
}

std::optional<QList<QByteArray>> SecretEncryptor::encrypt(const QString& plaintext, bool strip, QString* error) const
{
    const auto bytes = (strip ? plaintext.trimmed() : plaintext).toUtf8();
    if (bytes.isEmpty()) {
        if (error) {
            *error = tr("nothing to encrypt");
        }
        return std::nullopt;
    }
    QList<QByteArray> chunks;
    for (const auto& piece : splitUtf8(bytes, chunkBytes())) {
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(m_key->pkey, nullptr);
        size_t length = 0;
        bool ok =
            ctx && EVP_PKEY_encrypt_init(ctx) == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) == 1 &&
            EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha1()) == 1 && EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha1()) == 1 &&
            EVP_PKEY_encrypt(ctx, nullptr, &length, reinterpret_cast<const unsigned char*>(piece.constData()),
                             static_cast<size_t>(piece.size())) == 1;
        QByteArray out(static_cast<qsizetype>(length), Qt::Uninitialized);
        ok = ok && EVP_PKEY_encrypt(ctx, reinterpret_cast<unsigned char*>(out.data()), &length,
                                    reinterpret_cast<const unsigned char*>(piece.constData()),
                                    static_cast<size_t>(piece.size())) == 1;
        EVP_PKEY_CTX_free(ctx);
        if (!ok) {
            if (error) {
                *error = tr("RSA-OAEP encryption failed");
            }
            return std::nullopt;
        }
        out.resize(static_cast<qsizetype>(length));
        chunks << out.toBase64();
    }
    return chunks;
}

QByteArray SecretEncryptor::fieldYaml(const QString& field, const QList<QByteArray>& chunks)
{
    // zuul-client: textwrap(width=79, initial_indent=8 spaces, subsequent_indent=10 spaces) of "- " + chunk.
    QByteArray out = "      " + field.toUtf8() + ": !encrypted/pkcs1-oaep\n";
    for (const auto& chunk : chunks) {
        QByteArray line = "        - ";
        qsizetype position = 0;
        while (position < chunk.size()) {
            const auto room = 79 - line.size();
            line += chunk.mid(position, room);
            position += room;
            out += line + '\n';
            line = QByteArray(10, ' ');
        }
    }
    return out;
}

QByteArray SecretEncryptor::secretYaml(const QString& name, const QString& field, const QList<QByteArray>& chunks)
{
    return "- secret:\n    name: " + name.toUtf8() + "\n    data:\n" + fieldYaml(field, chunks);
}
