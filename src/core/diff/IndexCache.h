#pragma once

#include "LayerIndex.h"
#include "registry/Digest.h"

#include <QMutex>
#include <QString>

#include <memory>

// Layer indexes on disk, one file per layer digest. A digest names exactly one content, so an entry never goes
// stale; the cache only has to stay within its size, and drops the least recently used indexes first. Safe to
// use from several threads at once.
class IndexCache
{
public:
    static constexpr qint64 kDefaultMaxBytes = 1LL << 30;

    explicit IndexCache(QString directory = defaultDirectory(), qint64 maxBytes = kDefaultMaxBytes);

    static QString defaultDirectory(); // <user cache>/layer-indexes
    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }

    std::shared_ptr<const LayerIndex> load(const Digest& layer) const;
    bool store(const Digest& layer, const LayerIndex& index);
    qint64 sizeOnDisk() const;
    int count() const;
    void clear();

private:
    QString pathFor(const Digest& layer) const;
    void trim();

    QString m_directory;
    qint64 m_maxBytes;
    mutable QMutex m_trimming;
};
