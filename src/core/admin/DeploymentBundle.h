#pragma once

#include "CertificateFactory.h"

#include <QCoreApplication>
#include <QStringList>

// How a registry:2 configuration serves beyond the basics.
struct RegistryServeOptions
{
    QString debugAddress;  // http.debug (health and Prometheus /metrics), e.g. 127.0.0.1:5001; empty: none
    bool readOnly = false; // storage.maintenance.readonly: pulls work, pushes and deletes wait (for GC)
    QString eventsUrl;     // a notifications endpoint (registrydesk-cli events listen); empty: none
    QString eventsToken;   // sent to it as "Authorization: Bearer <token>"; the file then holds a secret
};

// Everything an intermediate registry needs, laid out as the zuul-jobs "Container Images" document
// deploys it: docker-compose.yaml (registry:2, host network, the five REGISTRY_* variables, the data,
// certs and auth volumes under /var/registry), certs/domain.crt (leaf then CA) and domain.key, auth/htpasswd
// with a bcrypt user, data/; besides it config.yml with deletes enabled (for untag and prune), the CA for
// clients in certs.d layout, the CA key kept apart, and the Zuul secret (a template until the password is
// encrypted with the project's key).
class DeploymentBundle
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentBundle)
public:
    struct Request
    {
        QString host;
        int port = 5000;
        QString username = QStringLiteral("zuul");
        QString password;
        QStringList extraNames; // more DNS names or IPs for the certificate
        CertificateFactory::KeyType keyType = CertificateFactory::KeyType::EcP256;
        int days = 365;
        QString site = QStringLiteral("yoursite");
        int bcryptCost = 12;
        QByteArray zuulPublicKeyPem; // the config-project's key: the secret's password is then encrypted
        QString eventsUrl;           // config.yml sends registry events there (off when empty)
        QString eventsToken;         // the bearer token those POSTs carry
    };

    // Writes the bundle into dir (created; existing files are not overwritten). Returns the files written.
    static std::optional<QStringList> write(const QString& dir, const Request& request, QString* error);

    static QByteArray composeFile();
    static QByteArray registryConfig(const QString& certsDir, const QString& authDir, const QString& dataDir,
                                     const QString& address, const RegistryServeOptions& serve = {});
    // maintenance/gc.sh: read-only mode on, plain garbage-collect, read-only mode off, sizes before and after.
    static QByteArray garbageCollectScript();
    static QByteArray readOnlyOverride(); // maintenance/readonly.yaml, the compose override gc.sh uses
    static QString blobBytesShell();      // a shell function blob_bytes DIR: the sum of registry:2's blob files
    static std::optional<QByteArray> zuulSecret(const Request& request, QString* error);
};
