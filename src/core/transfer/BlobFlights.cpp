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

void BlobFlights::land(const QString& key, bool ok)
{
    const auto waiters = m_flights.take(key);
    for (const auto& waiter : waiters) {
        if (waiter.context) {
            waiter.landed(ok);
        }
    }
}
