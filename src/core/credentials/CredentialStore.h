#pragma once

#include "registry/RegistryAddress.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Secrets in the OS keychain through QtKeychain, asynchronously, under namespaced keys
// ("registry/<host:port>"). There is no plaintext fallback: without a keychain the caller is told so
// and decides (e.g. keep the secret for this session only).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,
        NoBackend,
        Denied,
        Failed
    };
    struct Result
    {
        Status status = Status::Ok;
        QString message;
        bool ok() const { return status == Status::Ok; }
    };

    explicit CredentialStore(QObject* parent = nullptr);

    static QString serviceName(); // "RegistryDesk"
    static QString registryKey(const RegistryAddress& registry);

    void readSecret(const QString& key, QObject* context, std::function<void(std::optional<QString>, Result)> done);
    void writeSecret(const QString& key, const QString& secret, QObject* context, std::function<void(Result)> done);
    void removeSecret(const QString& key, QObject* context, std::function<void(Result)> done);

    // Registry logins are stored as {"username", "password"} under registryKey().
    void readLogin(const RegistryAddress& registry, QObject* context,
                   std::function<void(std::optional<QPair<QString, QString>>, Result)> done);
    void writeLogin(const RegistryAddress& registry, const QString& username, const QString& password, QObject* context,
                    std::function<void(Result)> done);

    void setServiceName(const QString& service) { m_service = service; } // tests use their own namespace
    QString service() const { return m_service; }

private:
    QString m_service;
};
