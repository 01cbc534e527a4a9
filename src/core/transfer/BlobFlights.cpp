#include "BlobFlights.h"

BlobFlights& BlobFlights::instance()
{
    static BlobFlights flights;
    return flights;
}

QString BlobFlights::key(const QString& registry, const QString& repository, const Digest& digest)
{
    return registry + QLatin1Char('/') + repository + QLatin1Char('@') + digest.toString();
}

bool BlobFlights::board(const QString& key, QObject* context, std::function<void(bool ok)> landed)
{
    const auto flight = m_flights.find(key);
    if (flight == m_flights.end()) {
        m_flights.insert(key, {});
        return true;
    }
    flight->append({QPointer<QObject>(context), std::move(landed)});
    return false;
}

bool BlobFlights::lead(const QString& key)
{
    if (m_flights.contains(key)) {
        return false;
    }
    m_flights.insert(key, {});
    return true;
}

void BlobFlights::land(const QString& key, bool ok)
{
    if (ok) {
        if (!m_clock.isValid()) {
            m_clock.start();
        }
        const auto now = m_clock.elapsed();
        if (now - m_pruned > 1000) { // at most once a second: landings come by the thousand in a big promote
            m_landed.removeIf([now](const auto& landed) { return now - landed.value() > kRecentMs; });
            m_pruned = now;
        }
        m_landed.insert(key, now);
    }
    const auto waiters = m_flights.take(key);
    for (const auto& waiter : waiters) {
        if (waiter.context) {
            waiter.landed(ok);
        }
    }
}

bool BlobFlights::landedRecently(const QString& key) const
{
    const auto landed = m_landed.constFind(key);
    return landed != m_landed.cend() && m_clock.elapsed() - *landed <= kRecentMs;
}
