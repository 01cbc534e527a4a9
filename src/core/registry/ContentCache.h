#pragma once

#include "Digest.h"

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <optional>

// Bytes on disk, one file per digest: manifests and configs as the registry served them, or what was derived
// from a blob (a layer's index). A digest names exactly one content, so an entry never goes stale; the cache
// only has to stay within its size, and drops the least recently used entries first. Safe to use from several
// threads at once.
class ContentCache
{
public:
    // suffix tells what the entries are (".manifest", ".index"); entries with another suffix are left alone.
    ContentCache(QString directory, QString suffix, qint64 maxBytes);

    static QString cacheRoot(); // <user cache>/registrydesk
    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }

    std::optional<QByteArray> load(const Digest& digest) const;
    bool store(const Digest& digest, const QByteArray& bytes);
    void remove(const Digest& digest) const;
    qint64 sizeOnDisk() const;
    int count() const;
    bool isEmpty() const; // without listing the whole directory
    void clear();

private:
    QString pathFor(const Digest& digest) const;
    void trim();

    QString m_directory;
    QString m_suffix;
    qint64 m_maxBytes;
    mutable QMutex m_mutex;
    qint64 m_knownBytes = -1; // what the directory holds, as far as this object knows; -1 before it looked
};
