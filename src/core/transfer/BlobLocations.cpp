#include "BlobLocations.h"

namespace {
QString key(const QString& registry, const Digest& digest)
{
    return registry + QLatin1Char('\n') + digest.toString();
}
} // namespace

BlobLocations& BlobLocations::instance()
{
    static BlobLocations locations;
    return locations;
}

void BlobLocations::remember(const QString& registry, const Digest& digest, const QString& repository)
{
    if (m_repositories.size() >= kMaxEntries) {
        m_repositories.clear(); // a hint cache: starting over is always correct
    }
    m_repositories[key(registry, digest)].insert(repository);
}

void BlobLocations::forget(const QString& registry, const Digest& digest, const QString& repository)
{
    const auto it = m_repositories.find(key(registry, digest));
    if (it != m_repositories.end()) {
        it->remove(repository);
    }
}

QString BlobLocations::find(const QString& registry, const Digest& digest, const QString& except) const
{
    const auto it = m_repositories.constFind(key(registry, digest));
    if (it == m_repositories.cend()) {
        return {};
    }
    for (const auto& repository : *it) {
        if (repository != except) {
            return repository;
        }
    }
    return {};
}
