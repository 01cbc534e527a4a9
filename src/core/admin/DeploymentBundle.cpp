#include "DeploymentBundle.h"

#include "Bcrypt.h"
#include "HtpasswdFile.h"
#include "registry/RegistryAddress.h"
#include "util/AtomicFile.h"
#include "zuul/SecretEncryptor.h"
#include "zuul/SiteConfig.h"

#include <QDir>
#include <QFile>

QByteArray DeploymentBundle::composeFile()
{
    // Exactly the deployment of the Container Images document.
    return "services:\n"
           "  registry:\n"
           "    restart: always\n"
           "    image: registry:2\n"
           "    network_mode: host\n"
           "    environment:\n"
           "      REGISTRY_HTTP_TLS_CERTIFICATE: /certs/domain.crt\n"
           "      REGISTRY_HTTP_TLS_KEY: /certs/domain.key\n"
           "      REGISTRY_AUTH: htpasswd\n"
           "      REGISTRY_AUTH_HTPASSWD_PATH: /auth/htpasswd\n"
           "      REGISTRY_AUTH_HTPASSWD_REALM: Registry Realm\n"
           "    volumes:\n"
           "      - /var/registry/data:/var/lib/registry\n"
           "      - /var/registry/certs:/certs\n"
           "      - /var/registry/auth:/auth\n";
}

QByteArray DeploymentBundle::registryConfig(const QString& certsDir, const QString& authDir, const QString& dataDir,
                                            const QString& address)
{
    return QStringLiteral(
               "# registry:2 configuration with deletes enabled, which untag, delete and prune need.\n"
               "# Mount it as /etc/docker/registry/config.yml (or set REGISTRY_STORAGE_DELETE_ENABLED=true).\n"
               "version: 0.1\n"
               "log:\n"
               "  level: info\n"
               "storage:\n"
               "  filesystem:\n"
               "    rootdirectory: %1\n"
               "  delete:\n"
               "    enabled: true\n"
               "http:\n"
               "  addr: %2\n"
               "  tls:\n"
               "    certificate: %3/domain.crt\n"
               "    key: %3/domain.key\n"
               "auth:\n"
               "  htpasswd:\n"
               "    realm: Registry Realm\n"
               "    path: %4/htpasswd\n")
        .arg(dataDir, address, certsDir, authDir)
        .toUtf8();
}

std::optional<QByteArray> DeploymentBundle::zuulSecret(const Request& request, QString* error)
{
    SiteConfig::Request secret;
    secret.site = request.site;
    secret.host = request.host;
    secret.port = request.port;
    secret.username = request.username;
    secret.password = request.password;
    secret.zuulPublicKeyPem = request.zuulPublicKeyPem;
    const auto yaml = SiteConfig::intermediateSecret(secret, error);
    if (!yaml) {
        return std::nullopt;
    }
    return "# The Zuul secret of the intermediate registry, for the config-project's zuul.d/.\n" + *yaml;
}

std::optional<QStringList> DeploymentBundle::write(const QString& dir, const Request& request, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (!RegistryAddress::isValidHostPort(request.host) || request.port < 1 || request.port > 65535) {
        return fail(tr("\"%1:%2\" is not a valid registry host and port").arg(request.host).arg(request.port));
    }
    if (!HtpasswdFile::isValidUser(request.username) || request.password.isEmpty()) {
        return fail(tr("the bundle needs a valid user name and a password"));
    }
    QDir root(dir);
    for (const auto* name : {"docker-compose.yaml", "certs/domain.crt", "auth/htpasswd", "ca/ca.key"}) {
        if (root.exists(QLatin1String(name))) {
            return fail(tr("%1 already holds a bundle (%2); choose an empty directory").arg(dir, QLatin1String(name)));
        }
    }
    CertificateFactory::Request caRequest;
    caRequest.commonName = QStringLiteral("%1 intermediate registry CA").arg(request.site);
    caRequest.keyType = request.keyType;
    caRequest.days = std::max(request.days, 3650);
    QString failure;
    const auto ca = CertificateFactory::createCa(caRequest, &failure);
    if (!ca) {
        return fail(failure);
    }
    CertificateFactory::Request serverRequest;
    serverRequest.subjectAltNames = QStringList{request.host} + request.extraNames;
    serverRequest.keyType = request.keyType;
    serverRequest.days = request.days;
    const auto server = CertificateFactory::createServer(serverRequest, ca->certificatePem, ca->keyPem, &failure);
    if (!server) {
        return fail(failure);
    }
    const auto secret = zuulSecret(request, &failure);
    if (!secret) {
        return fail(tr("cannot encrypt the Zuul secret: %1").arg(failure));
    }
    const auto hash = Bcrypt::hash(request.password.toUtf8(), request.bcryptCost);
    if (hash.isEmpty()) {
        return fail(tr("bcrypt hashing failed"));
    }
    const auto hostPort =
        RegistryAddress::parse(request.host + QLatin1Char(':') + QString::number(request.port))->hostPort();
    const auto publicMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto secretMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QList<std::tuple<QString, QByteArray, QFileDevice::Permissions>> files = {
        {QStringLiteral("docker-compose.yaml"), composeFile(), publicMode},
        {QStringLiteral("config.yml"),
         registryConfig(QStringLiteral("/certs"), QStringLiteral("/auth"), QStringLiteral("/var/lib/registry"),
                        QStringLiteral(":%1").arg(request.port)),
         publicMode},
        {QStringLiteral("certs/domain.crt"), server->certificatePem + ca->certificatePem, publicMode},
        {QStringLiteral("certs/domain.key"), server->keyPem, secretMode},
        {QStringLiteral("auth/htpasswd"), request.username.toUtf8() + ':' + hash + '\n',
         QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup},
        {QStringLiteral("ca/ca.crt"), ca->certificatePem, publicMode},
        {QStringLiteral("ca/ca.key"), ca->keyPem, secretMode},
        {QStringLiteral("clients/certs.d/%1/ca.crt").arg(hostPort), ca->certificatePem, publicMode},
        {QStringLiteral("zuul-secret.yaml"), *secret, publicMode},
    };
    QStringList written;
    for (const auto& [name, content, mode] : files) {
        if (!AtomicFile::write(root.filePath(name), content, mode, &failure)) {
            return fail(failure);
        }
        written << name;
    }
    if (!root.mkpath(QStringLiteral("data"))) {
        return fail(tr("cannot create %1").arg(root.filePath(QStringLiteral("data"))));
    }
    written << QStringLiteral("data/");
    return written;
}
