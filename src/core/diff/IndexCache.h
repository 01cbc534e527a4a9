#pragma once

#include "LayerIndex.h"
#include "registry/ContentCache.h"
#include "registry/Digest.h"

#include <QString>

#include <memory>

// Layer indexes on disk, one file per layer digest, in a ContentCache: an entry never goes stale, the least
// recently used go first when the cache is full. Safe to use from several threads at once.
class IndexCache
{
public:
    static constexpr qint64 kDefaultMaxBytes = 1LL << 30;

    explicit IndexCache(QString directory = defaultDirectory(), qint64 maxBytes = kDefaultMaxBytes);

    static QString defaultDirectory(); // <user cache>/layer-indexes
    QString directory() const { return m_files.directory(); }
    qint64 maxBytes() const { return m_files.maxBytes(); }

    std::shared_ptr<const LayerIndex> load(const Digest& layer) const;
    bool store(const Digest& layer, const LayerIndex& index);
    qint64 sizeOnDisk() const { return m_files.sizeOnDisk(); }
    int count() const { return m_files.count(); }
    void clear() { m_files.clear(); }

private:
    ContentCache m_files;
};
