#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

// A content digest "<algorithm>:<hex>", validated strictly before it ever reaches a URL or a path:
// only sha256 (64 hex) and sha512 (128 hex), lower case.
class Digest
{
public:
    enum class Algorithm
    {
        Sha256,
        Sha512
    };

    Digest() = default;
    static std::optional<Digest> parse(const QString& text);
    static Digest ofBytes(const QByteArray& bytes, Algorithm algorithm = Algorithm::Sha256);

    bool isValid() const { return !m_hex.isEmpty(); }
    Algorithm algorithm() const { return m_algorithm; }
    QString hex() const { return m_hex; }
    QString toString() const;
    QString shortForm() const; // "sha256:48a8…d912"

    bool operator==(const Digest& other) const = default;

private:
    Digest(Algorithm algorithm, QString hex);
    Algorithm m_algorithm = Algorithm::Sha256;
    QString m_hex;
};

size_t qHash(const Digest& digest, size_t seed = 0) noexcept;

// Incremental hashing through OpenSSL EVP, for bytes that stream past.
class DigestHasher
{
public:
    explicit DigestHasher(Digest::Algorithm algorithm = Digest::Algorithm::Sha256);
    ~DigestHasher();
    DigestHasher(const DigestHasher&) = delete;
    DigestHasher& operator=(const DigestHasher&) = delete;

    void addData(const char* data, qint64 size);
    void addData(const QByteArray& data) { addData(data.constData(), data.size()); }
    qint64 bytesHashed() const { return m_bytes; }
    Digest result(); // finalises; the hasher starts over afterwards
    void reset();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    Digest::Algorithm m_algorithm;
    qint64 m_bytes = 0;
};
