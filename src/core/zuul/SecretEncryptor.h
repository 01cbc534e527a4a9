#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// Encrypts a value for a Zuul secret the way zuul-client does: RSAES-OAEP with SHA-1 and MGF1-SHA-1 and no
// label, with the project's public key, in chunks of (key bytes - 42) split on UTF-8 character boundaries
// (Zuul decrypts each chunk on its own), one base64 string per chunk; and writes the YAML zuul-client
// writes (8/10-space indentation, lines wrapped at 79 columns).
class SecretEncryptor
{
    Q_DECLARE_TR_FUNCTIONS(SecretEncryptor)
public:
    static constexpr int kMinimumKeyBits = 2048;

    static std::optional<SecretEncryptor> fromPublicKeyPem(const QByteArray& pem, QString* error);
    SecretEncryptor(SecretEncryptor&&) noexcept;
    SecretEncryptor& operator=(SecretEncryptor&&) noexcept;
    ~SecretEncryptor();

    int keyBits() const;
    int chunkBytes() const { return keyBits() / 8 - 42; }
    QString fingerprint() const; // SHA-256 of the public key (DER), as AB:CD:…

    // Base64 ciphertexts, one per chunk. Surrounding whitespace is stripped unless strip is false.
    std::optional<QList<QByteArray>> encrypt(const QString& plaintext, bool strip, QString* error) const;

    // "      <field>: !encrypted/pkcs1-oaep\n        - <chunk>…" (the data entry of one field)
    static QByteArray fieldYaml(const QString& field, const QList<QByteArray>& chunks);
    // The whole "- secret:" document for one field.
    static QByteArray secretYaml(const QString& name, const QString& field, const QList<QByteArray>& chunks);
    // Splits UTF-8 text into pieces of at most maxBytes that never cut a character apart.
    static QList<QByteArray> splitUtf8(const QByteArray& text, int maxBytes);

private:
    struct Key;
    explicit SecretEncryptor(std::unique_ptr<Key> key);
    std::unique_ptr<Key> m_key;
};
