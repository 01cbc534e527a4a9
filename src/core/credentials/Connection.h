#pragma once

#include "registry/RegistryAddress.h"
#include "registry/RegistryClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <optional>

// A registry the admin works with, as saved in the settings: where it is, what it is for in the
// gating flow, how it is trusted and who logs in. Never the password: that lives in the OS keychain.
struct Connection
{
    Q_DECLARE_TR_FUNCTIONS(Connection)

public:
    enum class Role
    {
        Intermediate,
        Buildset,
        Publication,
        Other
    };

    QString id; // stable across renames
    QString name;
    Role role = Role::Other;
    QString address; // as RegistryAddress::parse takes it
    QString username;
    QString caFile;        // extra CA certificates (PEM) trusted for this registry
    QString certsDir;      // certs.d directory; empty: the system's usual ones
    QString authFile;      // auth.json this connection was imported from; empty: the usual chain
    bool tlsVerify = true; // off only when the admin says so, and then shown loudly
    QUrl zuulUrl;
    QString zuulTenant;
    QStringList openedRepositories; // opened by name (registries without a catalog)
    bool persistent = true;         // false: this session only (given on the command line, the sandbox)

    std::optional<RegistryAddress> registry(QString* error = nullptr) const;
    QString displayName() const; // name, else the address
    // Checks what the settings dialog checks; empty when fine.
    QString problem() const;
    // Trust applied as configured: the CA file, certs.d, verification. Problems with trust files are
    // reported, never silently ignored.
    RegistryOptions clientOptions(QStringList* problems) const;

    QJsonObject toJson() const;
    static std::optional<Connection> fromJson(const QJsonObject& object);

    static QString roleKey(Role role); // "intermediate", ... as stored
    static std::optional<Role> roleFromKey(const QString& key);
    static QString roleName(Role role); // translated
    static QList<Role> roles();
    static QString newId();
};
