#include "TokenCache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

std::optional<BearerToken> BearerToken::parse(const QByteArray& body, const QDateTime& now)
{
    const auto object = QJsonDocument::fromJson(body).object();
    BearerToken result;
    result.token = object.value(QLatin1String("token")).toString();
    if (result.token.isEmpty()) {
        result.token = object.value(QLatin1String("access_token")).toString();
    }
    static const QRegularExpression tokenChars(QStringLiteral("^[A-Za-z0-9._~+/=-]{1,16384}\\z"));
    if (!tokenChars.match(result.token).hasMatch()) {
        return std::nullopt;
    }
    const int expiresIn = std::clamp(object.value(QLatin1String("expires_in")).toInt(60), 60, 24 * 3600);
    auto issued = QDateTime::fromString(object.value(QLatin1String("issued_at")).toString(), Qt::ISODateWithMs);
    if (!issued.isValid() || issued > now) {
        issued = now;
    }
    result.expiry = issued.addSecs(expiresIn);
    return result;
}

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
