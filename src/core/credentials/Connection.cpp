#include "Connection.h"

#include "TrustStore.h"

#include <QFile>
#include <QJsonArray>
#include <QUuid>

std::optional<RegistryAddress> Connection::registry(QString* error) const
{
    return RegistryAddress::parse(address, error);
}

QString Connection::displayName() const
{
    return name.trimmed().isEmpty() ? address : name;
}

QString Connection::problem() const
{
    QString error;
    if (!registry(&error)) {
        return error;
    }
    if (!caFile.isEmpty() && !QFile::exists(caFile)) {
        return tr("the CA file %1 does not exist").arg(caFile);
    }
    if (!zuulUrl.isEmpty() && (!zuulUrl.isValid() || (zuulUrl.scheme() != QLatin1String("https") &&
                                                      zuulUrl.scheme() != QLatin1String("http")))) {
        return tr("the Zuul URL must start with https:// (or http://)");
    }
    if (!zuulUrl.isEmpty() && zuulTenant.trimmed().isEmpty()) {
        return tr("a Zuul URL needs its tenant");
    }
    return {};
}

RegistryOptions Connection::clientOptions(QStringList* problems) const
{
    RegistryOptions options;
    options.tlsVerify = tlsVerify;
    if (const auto endpoint = registry()) {
        TrustStore::forDirectory(certsDir).apply(*endpoint, options, problems);
    }
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        const auto certificates = file.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(file.readAll(), QSsl::Pem)
                                                                 : QList<QSslCertificate>{};
        if (certificates.isEmpty()) {
            *problems << tr("no PEM certificate could be read from %1").arg(caFile);
        }
        options.caCertificates += certificates;
    }
    return options;
}

QJsonObject Connection::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("role"), roleKey(role)},
                       {QStringLiteral("address"), address},
                       {QStringLiteral("tlsVerify"), tlsVerify}};
    const auto putIfSet = [&object](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            object.insert(QLatin1String(key), value);
        }
    };
    putIfSet("username", username);
    putIfSet("caFile", caFile);
    putIfSet("certsDir", certsDir);
    putIfSet("authFile", authFile);
    putIfSet("zuulUrl", zuulUrl.toString());
    putIfSet("zuulTenant", zuulTenant);
    if (!openedRepositories.isEmpty()) {
        object.insert(QStringLiteral("repositories"), QJsonArray::fromStringList(openedRepositories));
    }
    return object;
}

std::optional<Connection> Connection::fromJson(const QJsonObject& object)
{
    Connection connection;
    connection.id = object.value(QLatin1String("id")).toString();
    connection.address = object.value(QLatin1String("address")).toString();
    if (connection.id.isEmpty() || !connection.registry()) {
        return std::nullopt;
    }
    connection.name = object.value(QLatin1String("name")).toString();
    connection.role = roleFromKey(object.value(QLatin1String("role")).toString()).value_or(Role::Other);
    connection.username = object.value(QLatin1String("username")).toString();
    connection.caFile = object.value(QLatin1String("caFile")).toString();
    connection.certsDir = object.value(QLatin1String("certsDir")).toString();
    connection.authFile = object.value(QLatin1String("authFile")).toString();
    connection.tlsVerify = object.value(QLatin1String("tlsVerify")).toBool(true);
    connection.zuulUrl = QUrl(object.value(QLatin1String("zuulUrl")).toString());
    connection.zuulTenant = object.value(QLatin1String("zuulTenant")).toString();
    for (const auto& repository : object.value(QLatin1String("repositories")).toArray()) {
        connection.openedRepositories << repository.toString();
    }
    return connection;
}

QList<Connection::Role> Connection::roles()
{
    return {Role::Intermediate, Role::Buildset, Role::Publication, Role::Other};
}

QString Connection::roleKey(Role role)
{
    switch (role) {
    case Role::Intermediate:
        return QStringLiteral("intermediate");
    case Role::Buildset:
        return QStringLiteral("buildset");
    case Role::Publication:
        return QStringLiteral("publication");
    case Role::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<Connection::Role> Connection::roleFromKey(const QString& key)
{
    for (const auto role : roles()) {
        if (roleKey(role) == key) {
            return role;
        }
    }
    return std::nullopt;
}

QString Connection::roleName(Role role)
{
    switch (role) {
    case Role::Intermediate:
        return tr("Intermediate registry");
    case Role::Buildset:
        return tr("Buildset registry");
    case Role::Publication:
        return tr("Publication registry");
    case Role::Other:
        break;
    }
    return tr("Other registry");
}

QString Connection::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
