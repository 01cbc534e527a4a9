#pragma once

#include "registry/Digest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>

// Which blobs are on their way into which repository right now, in this process. Copies that need the same blob
// in the same repository at the same time wait for the first one (the leader) instead of uploading it again:
// that saves the bytes, and it keeps registry:2 from the race it loses when several uploads of one blob commit
// at once (each rewrites the repository's link file, and a manifest put meanwhile finds "blob unknown").
// Main thread only.
class BlobFlights
{
public:
    static BlobFlights& instance();

    static QString key(const QString& registry, const QString& repository, const Digest& digest);
    // True: the caller leads and must land() the key, whatever happens. False: landed(ok) runs once the leader
    // has landed, unless context is gone by then.
    bool board(const QString& key, QObject* context, std::function<void(bool ok)> landed);
    // Leads the key if nobody flies it: true. Otherwise false, and nothing waits.
    bool lead(const QString& key);
    void land(const QString& key, bool ok);
    // The key landed well within the last kRecentMs: a copy that would send a small blob without asking asks
    // first, since uploading it again while other copies put manifests that name it races registry:2's link file.
    bool landedRecently(const QString& key) const;

    static constexpr qint64 kRecentMs = 60'000;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(bool)> landed;
    };
    QHash<QString, QList<Waiter>> m_flights; // key -> who waits for it (empty while only the leader flies)
    QHash<QString, qint64> m_landed;         // key -> when it landed well, on m_clock
    QElapsedTimer m_clock;
    qint64 m_pruned = 0;
};
