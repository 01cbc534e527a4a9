#pragma once

#include "job/RegistryError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

// One entry of a layer's tar stream as the index records it: metadata and a content hash, never the content.
struct LayerEntry
{
    enum class Type : quint8
    {
        File,
        Directory,
        Symlink,
        Hardlink,
        Other // devices, FIFOs
    };

    QString path; // relative and normalised: "usr/bin/sh" (no "./", no trailing '/', never "..")
    Type type = Type::File;
    qint64 size = 0;
    quint32 mode = 0; // permission bits, 07777
    qint64 uid = 0;
    qint64 gid = 0;
    qint64 mtime = 0;   // seconds since the epoch
    QString linkTarget; // a symlink's target as stored; a hardlink's normalised path
    QByteArray sha256;  // regular files and hardlinks to them: the content's SHA-256, 32 raw bytes

    static QString typeName(Type type); // "file", "dir", "symlink", "hardlink", "other" (CLI.md)
    bool operator==(const LayerEntry& other) const = default;
};

// What a layer may cost before it is refused as hostile. The defaults let real images through (a few GB, a
// million files) and stop decompression bombs long before they fill memory or time.
struct LayerIndexLimits
{
    qint64 maxEntries = 2'000'000;
    qint64 maxExpandedBytes = 64LL << 30; // uncompressed tar bytes
    qint64 maxRatio = 200;                // uncompressed / compressed bytes, checked once past ratioGrace
    qint64 ratioGrace = 256LL << 20;
    int maxPathBytes = 4096;
};

// Where a layer's bytes come from, read on a worker thread: read() blocks until the next chunk is there and
// returns its size, 0 at the end, -1 on failure (error() then says why).
class LayerSource
{
public:
    virtual ~LayerSource() = default;
    virtual qint64 read(const char** data) = 0;
    virtual RegistryError error() const = 0;
};

// The entries of one layer blob (gzip, zstd, bzip2, xz or plain tar; pax and GNU long names), read in one
// streaming pass with libarchive. Nothing is ever written to disk from the archive; paths that are absolute or
// climb out with "..", entry floods, decompression bombs and malformed archives are refused with an error that
// says which.
class LayerIndex
{
    Q_DECLARE_TR_FUNCTIONS(LayerIndex)
public:
    QList<LayerEntry> entries; // archive order
    QString compression;       // "gzip", "zstd", "none", …
    qint64 compressedBytes = 0;
    qint64 expandedBytes = 0;

    // Blocking: for a worker thread. cancelled is polled between blocks.
    static std::optional<LayerIndex> read(LayerSource& source, const LayerIndexLimits& limits, RegistryError* error,
                                          const std::atomic_bool* cancelled = nullptr);
    static std::optional<LayerIndex> readFile(const QString& path, const LayerIndexLimits& limits,
                                              RegistryError* error);

    // The cache's on-disk form; deserialize() refuses other format versions and damaged data.
    QByteArray serialize() const;
    static std::optional<LayerIndex> deserialize(const QByteArray& bytes);

    // "usr/bin/sh" from "./usr//bin/sh"; empty for the root itself; nullopt when the name is absolute or
    // climbs out with "..".
    static std::optional<QString> normalisePath(const QString& name);

    // Streams the content of the regular file at path to sink (which returns false to stop); NotFound when the
    // layer has no such file.
    using ContentSink = std::function<bool(const char* data, qint64 size)>;
    static RegistryError extract(LayerSource& source, const QString& path, const ContentSink& sink,
                                 const LayerIndexLimits& limits, const std::atomic_bool* cancelled = nullptr);
};
