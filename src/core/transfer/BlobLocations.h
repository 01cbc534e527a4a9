#pragma once

#include "registry/Digest.h"

#include <QHash>
#include <QSet>
#include <QString>

// Which repositories of a registry are known to hold a blob, learned from copies, uploads and
// manifests seen in this process. A copy into a registry mounts from one of them instead of
// uploading the bytes again (mounts only work within one registry).
class BlobLocations
{
public:
    static BlobLocations& instance();
    void remember(const QString& registry, const Digest& digest, const QString& repository);
    void forget(const QString& registry, const Digest& digest, const QString& repository);
    // A repository other than `except` known to hold the blob, or empty.
    QString find(const QString& registry, const Digest& digest, const QString& except) const;

    static constexpr int kMaxEntries = 200'000;

private:
    QHash<QString, QSet<QString>> m_repositories; // "<registry>\n<digest>" -> repositories
};
