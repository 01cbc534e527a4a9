#include "RegistryConnections.h"

#include "AuthFile.h"
#include "CredentialResolver.h"
#include "registry/PingJob.h"
#include "registry/RegistryClient.h"
#include "zuul/ZuulApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTimer>

namespace {
const QString kSettingsKey = QStringLiteral("connections/list");
}

RegistryConnections::RegistryConnections(QObject* parent)
    : QObject(parent)
{
}

RegistryConnections::~RegistryConnections()
{
    for (const auto& live : std::as_const(m_live)) {
        delete live.client.data();
        delete live.zuul.data();
    }
}

void RegistryConnections::load(QSettings& settings)
{
    m_connections.clear();
    const auto array = QJsonDocument::fromJson(settings.value(kSettingsKey).toByteArray()).array();
    for (const auto& value : array) {
        if (auto connection = Connection::fromJson(value.toObject())) {
            m_connections << *connection;
        }
    }
    emit connectionsChanged();
}

void RegistryConnections::save(QSettings& settings) const
{
    QJsonArray array;
    for (const auto& connection : m_connections) {
        if (connection.persistent) {
            array << connection.toJson();
        }
    }
    settings.setValue(kSettingsKey, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<Connection> RegistryConnections::connection(const QString& id) const
{
    for (const auto& connection : m_connections) {
        if (connection.id == id) {
            return connection;
        }
    }
    return std::nullopt;
}

void RegistryConnections::put(const Connection& connection)
{
    for (auto& existing : m_connections) {
        if (existing.id == connection.id) {
            const bool sameClient =
                existing.address == connection.address && existing.username == connection.username &&
                existing.caFile == connection.caFile && existing.certsDir == connection.certsDir &&
                existing.authFile == connection.authFile && existing.tlsVerify == connection.tlsVerify &&
                existing.zuulUrl == connection.zuulUrl && existing.zuulTenant == connection.zuulTenant;
            existing = connection;
            if (!sameClient) {
                drop(connection.id);
            }
            emit connectionsChanged();
            return;
        }
    }
    m_connections << connection;
    emit connectionsChanged();
}

void RegistryConnections::remove(const QString& id)
{
    m_connections.removeIf([&id](const Connection& connection) { return connection.id == id; });
    m_sessionSecrets.remove(id);
    m_status.remove(id);
    drop(id);
    emit connectionsChanged();
}

void RegistryConnections::rememberRepository(const QString& id, const QString& repository)
{
    for (auto& connection : m_connections) {
        if (connection.id == id && !connection.openedRepositories.contains(repository)) {
            connection.openedRepositories << repository;
            connection.openedRepositories.sort();
            emit connectionsChanged();
        }
    }
}

void RegistryConnections::storePassword(const QString& id, const QString& password, QObject* context,
                                        std::function<void(CredentialStore::Result)> done)
{
    const auto connection = this->connection(id);
    const auto address = connection ? connection->registry() : std::nullopt;
    if (!address) {
        done({CredentialStore::Status::Failed, tr("no such connection")});
        return;
    }
    m_store.writeLogin(*address, connection->username, password, context,
                       [this, id, done = std::move(done)](const CredentialStore::Result& result) {
                           if (result.ok()) {
                               m_sessionSecrets.remove(id);
                               drop(id); // the next open reads the new secret
                           }
                           done(result);
                       });
}

void RegistryConnections::keepForSession(const QString& id, const QString& password)
{
    m_sessionSecrets.insert(id, password);
    drop(id);
}

void RegistryConnections::drop(const QString& id)
{
    const auto live = m_live.take(id);
    if (live.client) {
        live.client->deleteLater();
    }
    if (live.zuul) {
        live.zuul->deleteLater();
    }
    // Whoever waits for the old client gets the new one (or nullptr once the connection is gone).
    for (const auto& [context, done] : live.waiting) {
        if (context) {
            open(id, context, done);
        }
    }
    if (live.client) {
        emit clientReplaced(id);
    }
}

void RegistryConnections::open(const QString& id, QObject* context, std::function<void(RegistryClient*)> done)
{
    const auto connection = this->connection(id);
    const auto address = connection ? connection->registry() : std::nullopt;
    if (!address) {
        QTimer::singleShot(0, context, [done = std::move(done)]() { done(nullptr); });
        return;
    }
    auto& live = m_live[id];
    if (live.client && live.resolved) {
        QTimer::singleShot(0, context, [client = live.client, done = std::move(done)]() { done(client.data()); });
        return;
    }
    live.waiting.append({QPointer<QObject>(context), std::move(done)});
    if (live.client) {
        return; // credentials are being resolved
    }
    auto* client = new RegistryClient(*address);
    live.client = client;
    auto status = m_status.value(id);
    status.trustProblems.clear();
    client->setOptions(connection->clientOptions(&status.trustProblems));
    m_status.insert(id, status);
    resolveCredentials(id);
}

void RegistryConnections::resolveCredentials(const QString& id)
{
    const auto connection = *this->connection(id);
    const auto address = *connection.registry();
    QPointer<RegistryClient> client = m_live.value(id).client;
    auto finishWith = [this, id, client](std::optional<RegistryCredentials> credentials, const QString& source) {
        if (!client || m_live.value(id).client != client) {
            return; // dropped meanwhile
        }
        if (credentials) {
            client->setCredentials(*credentials);
        }
        auto& live = m_live[id];
        live.resolved = true;
        auto status = m_status.value(id);
        status.credentialsSource = source;
        m_status.insert(id, status);
        const auto waiting = std::exchange(live.waiting, {});
        for (const auto& [context, done] : waiting) {
            if (context) {
                done(client.data());
            }
        }
    };
    if (m_sessionSecrets.contains(id)) {
        QTimer::singleShot(0, this, [finishWith, connection, secret = m_sessionSecrets.value(id)]() {
            finishWith(RegistryCredentials{connection.username, secret, false}, tr("this session only"));
        });
        return;
    }
    m_store.readLogin(
        address, this,
        [this, connection, address, finishWith](std::optional<QPair<QString, QString>> login,
                                                const CredentialStore::Result& result) {
            if (login && (connection.username.isEmpty() || connection.username == login->first)) {
                finishWith(RegistryCredentials{login->first, login->second, false}, tr("OS keychain"));
                return;
            }
            auto* resolver = new CredentialResolver(this);
            resolver->setAuthFile(connection.authFile);
            resolver->resolve(
                address, this,
                [resolver, finishWith, result](std::optional<RegistryCredentials> credentials, QStringList notes) {
                    resolver->deleteLater();
                    if (!result.ok() && result.status != CredentialStore::Status::NotFound) {
                        notes.prepend(result.message);
                    }
                    finishWith(credentials,
                               credentials ? tr("docker/podman auth file") : notes.join(QLatin1String("; ")));
                });
        });
}

void RegistryConnections::setStatus(const QString& id, const Status& status)
{
    m_status.insert(id, status);
    emit statusChanged(id);
}

void RegistryConnections::check(const QString& id)
{
    auto status = m_status.value(id);
    status.state = Status::State::Checking;
    status.error = {};
    setStatus(id, status);
    open(id, this, [this, id](RegistryClient* client) {
        if (!client) {
            auto failed = m_status.value(id);
            failed.state = Status::State::Failed;
            failed.error = {RegistryError::Kind::Usage, tr("the connection has no valid registry address")};
            setStatus(id, failed);
            return;
        }
        auto* ping = client->ping();
        connect(ping, &RegistryJob::finished, this, [this, id, ping, client]() {
            ping->deleteLater();
            auto outcome = m_status.value(id);
            outcome.error = ping->error();
            outcome.apiVersion = ping->apiVersion();
            outcome.authScheme = ping->authScheme();
            outcome.rateLimitRemaining = ping->rateLimitRemaining();
            if (ping->error()) {
                outcome.state = Status::State::Failed;
                setStatus(id, outcome);
                return;
            }
            // Reachable: learn what it can do (catalog, deletes) before calling it ready, so the window never
            // offers what the registry will refuse.
            auto* probe = client->learnCapabilities();
            connect(probe, &RegistryJob::finished, this, [this, id, probe, client, outcome]() mutable {
                probe->deleteLater();
                outcome.state = Status::State::Ready;
                outcome.description = client->describe();
                setStatus(id, outcome);
            });
        });
    });
}

ZuulApi* RegistryConnections::zuul(const QString& id)
{
    const auto connection = this->connection(id);
    if (!connection || connection->zuulUrl.isEmpty() || connection->zuulTenant.isEmpty()) {
        return nullptr;
    }
    auto& live = m_live[id];
    if (!live.zuul) {
        QStringList problems;
        auto options = connection->clientOptions(&problems);
        options.caCertificates.clear(); // the registry's private CA says nothing about Zuul's web server
        live.zuul = new ZuulApi(connection->zuulUrl, connection->zuulTenant, options);
    }
    return live.zuul;
}

int RegistryConnections::importAuthFile(const QString& path, QString* error)
{
    const auto file = AuthFile::load(path, error);
    if (!file) {
        return -1;
    }
    int added = 0;
    for (const auto& registry : file->registries()) {
        const bool known = std::any_of(m_connections.begin(), m_connections.end(), [&registry](const Connection& c) {
            const auto address = c.registry();
            return address && *address == registry;
        });
        if (known) {
            continue;
        }
        Connection connection;
        connection.id = Connection::newId();
        connection.name = registry.displayName();
        connection.address = registry.isDockerHub() ? QStringLiteral("docker.io") : registry.hostPort();
        if (const auto credentials = file->credentialsFor(registry); credentials && !credentials->identityToken) {
            connection.username = credentials->username;
        }
        connection.authFile = path;
        m_connections << connection;
        ++added;
    }
    if (added > 0) {
        emit connectionsChanged();
    }
    return added;
}
