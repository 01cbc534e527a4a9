#pragma once

#include "TestProcess.h"

class RegistryProcess;

using SkopeoResult = TestProcess::Result;

// skopeo 1.9 as an independent registry client. Credentials always go through auth files (never on the command
// line); trust through the registry's certs.d directory.
class Skopeo
{
public:
    static constexpr int defaultTimeoutMs = 180000;

    static SkopeoResult run(const QStringList& arguments, int timeoutMs = defaultTimeoutMs);
    // `skopeo inspect --raw docker://<dockerRef>`: stdout holds the manifest bytes exactly as served.
    static SkopeoResult inspectRaw(const QString& dockerRef, const RegistryProcess& registry,
                                   const QStringList& extraArguments = {});
    // `skopeo copy --all`; a registry argument adds its cert dir and auth file for that side (nullptr for
    // oci:/dir: references). Add --digestfile, --format v2s2, … through extraArguments.
    static SkopeoResult copy(const QString& source, const QString& destination, const RegistryProcess* sourceRegistry,
                             const RegistryProcess* destinationRegistry, const QStringList& extraArguments = {});
    // Trust and credential options for one side: prefix "src", "dest", or empty for inspect-like commands.
    static QStringList registryArguments(const QString& prefix, const RegistryProcess& registry,
                                         const QString& authFile = {});
    // "docker://127.0.0.1:PORT/<repositoryAndTag>"
    static QString dockerReference(const RegistryProcess& registry, const QString& repositoryAndTag);
};
