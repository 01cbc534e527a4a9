#pragma once

#include "registry/RegistryAddress.h"
#include "registry/RegistryClient.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

// Finds the credentials for a registry the way container tools do: the given auth file only, or
// $REGISTRY_AUTH_FILE, $XDG_RUNTIME_DIR/containers/auth.json, ~/.docker/config.json (each with its
// credential helpers), then the OS keychain entry written by RegistryDesk's login.
class CredentialResolver : public QObject
{
    Q_OBJECT
public:
    explicit CredentialResolver(QObject* parent = nullptr);
    void setAuthFile(const QString& path) { m_authFile = path; }

    // done gets the credentials (or nullopt) and notes worth showing in a verbose trace.
    void resolve(const RegistryAddress& registry, QObject* context,
                 std::function<void(std::optional<RegistryCredentials>, QStringList notes)> done);

private:
    void tryFile(int index, const RegistryAddress& registry, QObject* context,
                 std::shared_ptr<std::function<void(std::optional<RegistryCredentials>, QStringList)>> done,
                 std::shared_ptr<QStringList> notes);
    void tryKeychain(const RegistryAddress& registry, QObject* context,
                     std::shared_ptr<std::function<void(std::optional<RegistryCredentials>, QStringList)>> done,
                     std::shared_ptr<QStringList> notes);

    QString m_authFile;
    QStringList m_files;
};
