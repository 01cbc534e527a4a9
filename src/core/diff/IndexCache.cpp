#include "IndexCache.h"

IndexCache::IndexCache(QString directory, qint64 maxBytes)
    : m_files(std::move(directory), QStringLiteral(".index"), maxBytes)
{
}

QString IndexCache::defaultDirectory()
{
    return ContentCache::cacheRoot() + QStringLiteral("/layer-indexes");
}

std::shared_ptr<const LayerIndex> IndexCache::load(const Digest& layer) const
{
    const auto bytes = m_files.load(layer);
    if (!bytes) {
        return {};
    }
    auto index = LayerIndex::deserialize(*bytes);
    if (!index) {
        m_files.remove(layer); // damaged or from another format version: index the layer again
        return {};
    }
    return std::make_shared<const LayerIndex>(std::move(*index));
}

bool IndexCache::store(const Digest& layer, const LayerIndex& index)
{
    return m_files.store(layer, index.serialize());
}
