#pragma once

#include "registry/RegistryClient.h"

#include <QSslCertificate>

// A client for a registry a test started: trusts the CA it was given, logs in as the registry's user and retries
// quickly, so a test that meets an injected fault does not wait out production back-offs.
inline RegistryClient* newTestClient(const QString& hostPort, const QString& caFile, const QString& user,
                                     const QString& password, QObject* parent)
{
    auto* client = new RegistryClient(*RegistryAddress::parse(hostPort), parent);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(caFile);
    options.retryBaseDelayMs = 20;
    client->setOptions(options);
    client->setCredentials({user, password, false});
    return client;
}
