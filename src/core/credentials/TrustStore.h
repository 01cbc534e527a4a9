#pragma once

#include "registry/RegistryAddress.h"
#include "registry/RegistryClient.h"

#include <QCoreApplication>
#include <QStringList>

// Per-registry TLS trust in the certs.d layout that docker, podman and skopeo share:
// <dir>/<host:port>/*.crt are CA certificates, *.cert with the matching *.key a client certificate.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)
public:
    // /etc/containers/certs.d, /etc/docker/certs.d, ~/.config/containers/certs.d
    static QStringList defaultDirectories();
    explicit TrustStore(QStringList directories = defaultDirectories());
    // The given certs.d directory, or the usual ones when none is given (--certs-dir, a connection's).
    static TrustStore forDirectory(const QString& certsDir);

    // Adds what the directories hold for this registry to options. Unreadable files are reported in
    // problems (and skipped) so a bad file never silently weakens or breaks trust.
    void apply(const RegistryAddress& registry, RegistryOptions& options, QStringList* problems) const;
    // The files that would be used for a registry (for "where does my trust come from?").
    QStringList filesFor(const RegistryAddress& registry) const;

private:
    QStringList m_directories;
};
