#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

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
