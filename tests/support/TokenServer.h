#pragma once

#include "TestServer.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

// A docker token-auth issuer (https://distribution.github.io/distribution/spec/auth/token/) on TestServer, path
// /token. Tokens are RS256 JWTs with the signing chain in "x5c", which registry:2 verifies against its
// rootcertbundle. Users may do everything to every repository unless setAccess() restricts them; nobody gets
// registry:catalog:* unless setCatalogAccess() grants it; anonymous requests get a token with no access.
class TokenServer
{
public:
    struct Options
    {
        QString signingKeyFile;        // TestPki::tokenKey()
        QStringList signingChainFiles; // leaf first: TestPki::tokenCert(), TestPki::tokenCaCert()
        QString issuer;
        QString service;
        QMap<QString, QString> users; // user -> password
        QString tlsCertFile;          // empty: plain http
        QString tlsKeyFile;
        int expiresIn = 300;
    };

    explicit TokenServer(const Options& options);
    Q_DISABLE_COPY_MOVE(TokenServer)

    bool start(QString* error); // loads the signing key and chain, then listens
    void stop();
    quint16 port() const;
    QUrl baseUrl() const;
    QUrl realm() const; // baseUrl() + "/token"
    QString issuer() const { return m_options.issuer; }
    QString service() const { return m_options.service; }

    void setUser(const QString& user, const QString& password);
    void removeUser(const QString& user);
    // Restricts user to these actions on repository; repositories not named for the user get nothing.
    void setAccess(const QString& user, const QString& repository, const QStringList& actions);
    void setCatalogAccess(const QString& user, bool allowed);
    void setExpiresIn(int seconds);
    // Runs before the normal handling; a value answers the request instead (for faults: 500s, stalls, garbage).
    void setOverride(std::function<std::optional<TestResponse>(const TestRequest&)> override);

    // What the server would grant: {"type","name","actions"} objects, as in the "access" claim.
    QJsonArray grantedAccess(const QString& user, const QStringList& scopes) const;
    // A signed token; lifetimeSeconds may be negative for an already expired token.
    QByteArray signToken(const QString& subject, const QJsonArray& access, qint64 lifetimeSeconds) const;

    QList<TestRequest> requests() const;
    qsizetype tokenRequestCount() const;
    QList<QByteArray> issuedTokens() const; // every token handed out, to look for leaks
    void clearRequests();
    // The scopes one token request asked for (GET "scope" params or POST form "scope"), split at spaces.
    static QStringList requestedScopes(const TestRequest& request);
    // Claims of a compact JWT, without verifying it (for assertions in tests).
    static QJsonObject claims(const QByteArray& jwt);

private:
    TestResponse handle(const TestRequest& request);
    TestResponse issue(const QString& user, const QStringList& scopes, bool withRefreshToken, bool oauth) const;
    // Returns false for unknown users and wrong passwords; an empty user is anonymous and authenticates.
    bool authenticate(const QString& user, const QString& password) const;

    Options m_options;
    TestServer m_server;
    mutable QMutex m_mutex; // guards everything below and m_options.users/expiresIn; handle() runs in the server thread
    mutable QList<QByteArray> m_issued;
    QMap<QString, QMap<QString, QStringList>> m_access; // user -> repository -> actions
    QSet<QString> m_catalogUsers;
    std::function<std::optional<TestResponse>(const TestRequest&)> m_override;
    QByteArray m_signingKeyPem;
    QStringList m_x5c;
};
