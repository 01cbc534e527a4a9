#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// A token service's answer (docker's "token" or OAuth2's "access_token", "expires_in", "issued_at"). The
// lifetime is clamped to 60 s … 24 h, and an issue time in the future counts as now.
struct BearerToken
{
    QString token;
    QDateTime expiry;

    static std::optional<BearerToken> parse(const QByteArray& body,
                                            const QDateTime& now = QDateTime::currentDateTimeUtc());
};

// Bearer tokens by realm, service and (normalised) scope set, dropped shortly before they expire.
class TokenCache
{
public:
    void insert(const QString& realm, const QString& service, const QStringList& scopes, const QString& token,
                const QDateTime& expiry);
    QString find(const QString& realm, const QString& service, const QStringList& scopes,
                 const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }

    static constexpr int kExpiryMarginSeconds = 10;
    static constexpr int kMaxEntries = 512;

private:
    static QString key(const QString& realm, const QString& service, const QStringList& scopes);
    void dropExpired(const QDateTime& now);

    struct Entry
    {
        QString token;
        QDateTime expiry;
    };
    QHash<QString, Entry> m_entries;
};
