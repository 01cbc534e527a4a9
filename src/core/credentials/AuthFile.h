#pragma once

#include "registry/RegistryAddress.h"
#include "registry/RegistryClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// docker's config.json and podman's auth.json: {"auths": {"host:port": {"auth": base64(user:pass)}},
// "credsStore": "x", "credHelpers": {"host": "y"}}. Reads what other tools wrote, writes logins back
// without disturbing the rest of the file (atomically, mode 0600).
class AuthFile
{
    Q_DECLARE_TR_FUNCTIONS(AuthFile)
public:
    // The files consulted when none is given: $REGISTRY_AUTH_FILE, $XDG_RUNTIME_DIR/containers/auth.json,
    // ~/.docker/config.json (existing ones only).
    static QStringList defaultPaths();

    static std::optional<AuthFile> load(const QString& path, QString* error);
    // The file's content as read from path (empty: a file that does not exist yet).
    static std::optional<AuthFile> parse(const QByteArray& bytes, const QString& path, QString* error);
    QString path() const { return m_path; }

    // Stored credentials for the registry, if any ("auth" or "identitytoken").
    std::optional<RegistryCredentials> credentialsFor(const RegistryAddress& registry) const;
    // The credential helper responsible for the registry ("pass" for docker-credential-pass), if any.
    QString helperFor(const RegistryAddress& registry) const;
    // Every registry the file knows: logins in "auths" and registries with their own credential helper.
    QList<RegistryAddress> registries() const;

    void setCredentials(const RegistryAddress& registry, const QString& username, const QString& password);
    bool removeCredentials(const RegistryAddress& registry);
    bool save(QString* error) const;

    // The key a registry has in "auths" (Docker Hub keeps its historic URL).
    static QString keyFor(const RegistryAddress& registry);

    // Asks docker-credential-<helper> for the registry's secret (no shell; server URL on stdin).
    // Calls done with nullopt and an error message when the helper fails or has nothing.
    static void queryHelper(const QString& helper, const RegistryAddress& registry, QObject* context,
                            std::function<void(std::optional<RegistryCredentials>, QString)> done);

private:
    QJsonObject findEntry(const RegistryAddress& registry, QString* key = nullptr) const;

    QString m_path;
    QJsonObject m_root;
};
