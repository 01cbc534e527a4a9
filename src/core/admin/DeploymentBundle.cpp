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
                                            const QString& address, const RegistryServeOptions& serve)
{
    auto config =
        QStringLiteral("# registry:2 configuration with deletes enabled, which untag, delete and prune need.\n"
                       "# Mount it as /etc/docker/registry/config.yml (or set REGISTRY_STORAGE_DELETE_ENABLED=true).\n"
                       "version: 0.1\n"
                       "log:\n"
                       "  level: info\n"
                       "storage:\n"
                       "  filesystem:\n"
                       "    rootdirectory: %1\n"
                       "  delete:\n"
                       "    enabled: true\n"
                       "  maintenance:\n"
                       "    # Unfinished uploads (a job killed mid-push) go after a week.\n"
                       "    uploadpurging:\n"
                       "      enabled: true\n"
                       "      age: 168h\n"
                       "      interval: 24h\n"
                       "      dryrun: false\n"
                       "    # On only while garbage-collect runs (maintenance/gc.sh).\n"
                       "    readonly:\n"
                       "      enabled: %4\n"
                       "http:\n"
                       "  addr: %2\n"
                       "  tls:\n"
                       "    certificate: %3/domain.crt\n"
                       "    key: %3/domain.key\n")
            .arg(dataDir, address, certsDir, serve.readOnly ? QStringLiteral("true") : QStringLiteral("false"));
    if (!serve.debugAddress.isEmpty()) {
        config += QStringLiteral("  # Health (/debug/health) and Prometheus metrics (/metrics), on loopback only.\n"
                                 "  debug:\n"
                                 "    addr: %1\n"
                                 "    prometheus:\n"
                                 "      enabled: true\n"
                                 "      path: /metrics\n")
                      .arg(serve.debugAddress);
    }
    config += QStringLiteral("auth:\n"
                             "  htpasswd:\n"
                             "    realm: Registry Realm\n"
                             "    path: %1/htpasswd\n")
                  .arg(authDir);
    if (!serve.eventsUrl.isEmpty()) {
        config += QStringLiteral(
                      "# Every push, pull, mount and delete, POSTed as it happens (registrydesk-cli events listen,\n"
                      "# or the window's Flows ▸ Live activity). Events queue in memory only.\n"
                      "notifications:\n"
                      "  endpoints:\n"
                      "    - name: registrydesk\n"
                      "      url: %1\n"
                      "      timeout: 2s\n"
                      "      threshold: 5\n"
                      "      backoff: 2s\n")
                      .arg(serve.eventsUrl);
        if (!serve.eventsToken.isEmpty()) {
            config += QStringLiteral("      headers:\n"
                                     "        Authorization: [\"Bearer %1\"]\n")
                          .arg(serve.eventsToken);
        }
    }
    return config.toUtf8();
}

QString DeploymentBundle::blobBytesShell()
{
    return QStringLiteral("blob_bytes() {\n"
                          "  find \"$1/docker/registry/v2/blobs\" -type f -name data -printf '%s\\n' 2>/dev/null |\n"
                          "    awk '{ total += $1 } END { print total + 0 }'\n"
                          "}\n");
}

QByteArray DeploymentBundle::garbageCollectScript()
{
    return (QStringLiteral(
                "#!/bin/sh\n"
                "# Plain garbage collection of the intermediate registry. Untag, delete and prune remove images\n"
                "# through the API; their blobs stay on disk until garbage-collect runs, and it must run while\n"
                "# nothing writes. This script puts the registry in read-only mode (pulls keep working, pushes\n"
                "# wait), runs registry:2's garbage-collect, turns read-only mode off again, and prints the blob\n"
                "# store's size before and after.\n"
                "#\n"
                "# Never add --delete-untagged on registry 2.8: it also deletes the platform manifests of tagged\n"
                "# multi-arch images (they carry no tag of their own), with their layers (distribution#3178,\n"
                "# fixed in 3.0). To remove untagged images safely, first run\n"
                "#   registrydesk-cli gc delete-untagged /var/registry/data --registry HOST:PORT\n"
                "# which deletes through the API only what no tag reaches, directly or through an index.\n"
                "#\n"
                "# Run it on the registry host, from anywhere; REGISTRY_DATA names the data directory\n"
                "# (default /var/registry/data, as docker-compose.yaml mounts it).\n"
                "set -eu\n"
                "cd \"$(dirname \"$0\")/..\"\n"
                "data=${REGISTRY_DATA:-/var/registry/data}\n") +
            blobBytesShell() +
            QStringLiteral("compose() { docker compose -f docker-compose.yaml \"$@\"; }\n"
                           "before=$(blob_bytes \"$data\")\n"
                           "echo \"blobs before: $before bytes\"\n"
                           "compose -f maintenance/readonly.yaml up -d --force-recreate registry\n"
                           "# Read-only mode goes off again whatever happens below.\n"
                           "trap 'compose up -d --force-recreate registry' EXIT\n"
                           "compose exec -T registry registry garbage-collect /etc/docker/registry/config.yml\n"
                           "after=$(blob_bytes \"$data\")\n"
                           "echo \"blobs after: $after bytes; freed $((before - after)) bytes\"\n"))
        .toUtf8();
}

QByteArray DeploymentBundle::readOnlyOverride()
{
    return "# A compose override for maintenance/gc.sh: the registry serves pulls but refuses writes while\n"
           "# garbage-collect runs.\n"
           "services:\n"
           "  registry:\n"
           "    environment:\n"
           "      REGISTRY_STORAGE_MAINTENANCE_READONLY: '{\"enabled\": true}'\n";
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
                        QStringLiteral(":%1").arg(request.port),
                        {QStringLiteral("127.0.0.1:5001"), false, request.eventsUrl, request.eventsToken}),
         request.eventsToken.isEmpty() ? publicMode : secretMode},
        {QStringLiteral("certs/domain.crt"), server->certificatePem + ca->certificatePem, publicMode},
        {QStringLiteral("certs/domain.key"), server->keyPem, secretMode},
        {QStringLiteral("auth/htpasswd"), request.username.toUtf8() + ':' + hash + '\n',
         QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup},
        {QStringLiteral("ca/ca.crt"), ca->certificatePem, publicMode},
        {QStringLiteral("ca/ca.key"), ca->keyPem, secretMode},
        {QStringLiteral("clients/certs.d/%1/ca.crt").arg(hostPort), ca->certificatePem, publicMode},
        {QStringLiteral("zuul-secret.yaml"), *secret, publicMode},
        {QStringLiteral("maintenance/gc.sh"), garbageCollectScript(),
         publicMode | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther},
        {QStringLiteral("maintenance/readonly.yaml"), readOnlyOverride(), publicMode},
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
