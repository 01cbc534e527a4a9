#include "TokenCache.h"

QString TokenCache::key(const QString& realm, const QString& service, const QStringList& scopes)
{
    auto sorted = scopes;
    sorted.sort();
    return realm + QLatin1Char('\n') + service + QLatin1Char('\n') + sorted.join(QLatin1Char(' '));
}

void TokenCache::dropExpired(const QDateTime& now)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        it = it->expiry.addSecs(-kExpiryMarginSeconds) <= now ? m_entries.erase(it) : std::next(it);
    }
}

void TokenCache::insert(const QString& realm, const QString& service, const QStringList& scopes, const QString& token,
                        const QDateTime& expiry)
{
    if (m_entries.size() >= kMaxEntries) {
        dropExpired(QDateTime::currentDateTimeUtc());
        if (m_entries.size() >= kMaxEntries) {
            m_entries.clear();
        }
    }
    m_entries.insert(key(realm, service, scopes), {token, expiry});
}

QString TokenCache::find(const QString& realm, const QString& service, const QStringList& scopes,
                         const QDateTime& now) const
{
    const auto it = m_entries.constFind(key(realm, service, scopes));
    if (it == m_entries.cend() || it->expiry.addSecs(-kExpiryMarginSeconds) <= now) {
        return {};
    }
    return it->token;
}
