#pragma once

#include "Connection.h"
#include "CredentialStore.h"
#include "job/RegistryError.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QSettings;
class RegistryClient;
class ZuulApi;

// The registries the admin has set up, each with its client (trust applied, credentials found),
// its health and, when configured, its Zuul API. The settings hold everything but secrets; the
// password is read from the keychain, or kept in memory for this session when there is no keychain.
class RegistryConnections : public QObject
{
    Q_OBJECT
public:
    struct Status
    {
        enum class State
        {
            Unknown,
            Checking,
            Ready,
            Failed
        };
        State state = State::Unknown;
        RegistryError error;
        QString apiVersion;
        QString authScheme;  // none, basic, bearer
        QString description; // "bearer auth, API version not stated, no catalog, cannot delete"
        QString rateLimitRemaining;
        QString credentialsSource; // where the credentials came from, for the tooltip
        QStringList trustProblems;
    };

    explicit RegistryConnections(QObject* parent = nullptr);
    ~RegistryConnections() override;

    void load(QSettings& settings);
    void save(QSettings& settings) const;

    const QList<Connection>& connections() const { return m_connections; }
    std::optional<Connection> connection(const QString& id) const;
    // Adds or replaces (same id). A changed endpoint, trust or user drops the old client.
    void put(const Connection& connection);
    void remove(const QString& id);
    // Remembers a repository opened by name on a registry without a catalog.
    void rememberRepository(const QString& id, const QString& repository);

    // Stores the password in the OS keychain. On NoBackend the caller may keepForSession instead.
    void storePassword(const QString& id, const QString& password, QObject* context,
                       std::function<void(CredentialStore::Result)> done);
    void keepForSession(const QString& id, const QString& password);
    CredentialStore* credentialStore() { return &m_store; }

    // The connection's client with credentials resolved (keychain, session secret, then the
    // docker/podman auth files and their helpers). done runs on the next turn at the earliest.
    void open(const QString& id, QObject* context, std::function<void(RegistryClient*)> done);
    // Pings the registry with its credentials and records the outcome (statusChanged).
    void check(const QString& id);
    Status status(const QString& id) const { return m_status.value(id); }
    ZuulApi* zuul(const QString& id); // nullptr without a Zuul URL

    // Connections for every registry of a docker/podman auth file not set up yet; returns how many.
    int importAuthFile(const QString& path, QString* error);

signals:
    void connectionsChanged();
    void statusChanged(const QString& id);
    // The connection's client was replaced (new password, trust or endpoint): views reload with it.
    void clientReplaced(const QString& id);

private:
    struct Live
    {
        QPointer<RegistryClient> client;
        QPointer<ZuulApi> zuul;
        bool resolved = false;
        QList<std::pair<QPointer<QObject>, std::function<void(RegistryClient*)>>> waiting;
    };
    void resolveCredentials(const QString& id);
    void drop(const QString& id);
    void setStatus(const QString& id, const Status& status);

    QList<Connection> m_connections;
    QHash<QString, Live> m_live;
    QHash<QString, Status> m_status;
    QHash<QString, QString> m_sessionSecrets; // no keychain: this session only, never written anywhere
    CredentialStore m_store;
};
