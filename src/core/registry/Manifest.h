#pragma once

#include "Digest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct Platform
{
    QString os;
    QString architecture;
    QString variant;
    QString osVersion;

    // "linux/arm64/v8" or "linux/amd64"; nullopt when malformed.
    static std::optional<Platform> parse(const QString& text);
    QString toString() const;
    // A requested platform matches when os and architecture agree and, if it names a variant, so does that.
    bool matches(const Platform& wanted) const;
    bool operator==(const Platform& other) const = default;
};

struct Descriptor
{
    QString mediaType;
    Digest digest;
    qint64 size = -1; // -1 when unknown (schema1)
    std::optional<Platform> platform;
    QString artifactType;
    QJsonObject annotations;
    QStringList urls;
};

// A manifest as served: the exact bytes (digests are of these, never re-serialised) and what they say.
// Parsing is defensive: size and descriptor-count caps, strict digests and sizes, unknown fields ignored.
class Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)
public:
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024; // registry:2's own PUT limit
    static constexpr int kMaxDescriptors = 10000;
    static constexpr int kMaxIndexDepth = 4; // index -> index -> ... -> manifest when resolving platforms

    // contentType may be empty or generic (application/json); the document's mediaType field and its
    // shape decide then. On failure returns nullopt and sets *error.
    static std::optional<Manifest> parse(const QByteArray& bytes, const QString& contentType, QString* error);

    QString mediaType() const { return m_mediaType; }
    const QByteArray& raw() const { return m_raw; }
    Digest digest() const { return m_digest; } // sha256 of raw()
    qint64 size() const { return m_raw.size(); }

    bool isIndex() const;
    bool isSchema1() const;
    const Descriptor& config() const { return m_config; } // image manifests only
    const QList<Descriptor>& layers() const { return m_layers; }
    const QList<Descriptor>& manifests() const { return m_manifests; } // indexes only
    const std::optional<Descriptor>& subject() const { return m_subject; }
    QJsonObject annotations() const { return m_annotations; }
    QString artifactType() const { return m_artifactType; }
    // Schema1 only: the platform and the v1Compatibility history entries (newest first).
    Platform schema1Platform() const { return m_schema1Platform; }

    // Sum of config and layer sizes (the compressed image size); -1 when a size is unknown.
    qint64 imageSize() const;
    // The first child whose platform matches; nullopt if none.
    std::optional<Descriptor> findPlatform(const Platform& wanted) const;

private:
    QString m_mediaType;
    QByteArray m_raw;
    Digest m_digest;
    Descriptor m_config;
    QList<Descriptor> m_layers;
    QList<Descriptor> m_manifests;
    std::optional<Descriptor> m_subject;
    QJsonObject m_annotations;
    QString m_artifactType;
    Platform m_schema1Platform;
};
