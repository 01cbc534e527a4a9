#include "Skopeo.h"

#include "RegistryProcess.h"

SkopeoResult Skopeo::run(const QStringList& arguments, int timeoutMs)
{
    return TestProcess::run(QStringLiteral("skopeo"), arguments, timeoutMs);
}

SkopeoResult Skopeo::inspectRaw(const QString& dockerRef, const RegistryProcess& registry,
                                const QStringList& extraArguments)
{
    const QString reference =
        dockerRef.startsWith(QLatin1String("docker://")) ? dockerRef : QStringLiteral("docker://") + dockerRef;
    return run(QStringList{QStringLiteral("inspect"), QStringLiteral("--raw")} + registryArguments({}, registry) +
               extraArguments + QStringList{reference});
}

SkopeoResult Skopeo::copy(const QString& source, const QString& destination, const RegistryProcess* sourceRegistry,
                          const RegistryProcess* destinationRegistry, const QStringList& extraArguments)
{
    // No policy.json is needed for copies between our own test registries.
    QStringList arguments{QStringLiteral("--insecure-policy"), QStringLiteral("copy"), QStringLiteral("--all")};
    if (sourceRegistry) {
        arguments += registryArguments(QStringLiteral("src"), *sourceRegistry);
    }
    if (destinationRegistry) {
        arguments += registryArguments(QStringLiteral("dest"), *destinationRegistry);
    }
    return run(arguments + extraArguments + QStringList{source, destination});
}

QStringList Skopeo::registryArguments(const QString& prefix, const RegistryProcess& registry, const QString& authFile)
{
    const QString dash = prefix.isEmpty() ? QStringLiteral("--") : QStringLiteral("--") + prefix + QLatin1Char('-');
    QStringList arguments{dash + QStringLiteral("authfile"), authFile.isEmpty() ? registry.authFile() : authFile};
    if (registry.options().tls) {
        arguments += {dash + QStringLiteral("cert-dir"), registry.hostCertDir()};
    } else {
        arguments += dash + QStringLiteral("tls-verify=false");
    }
    return arguments;
}

QString Skopeo::dockerReference(const RegistryProcess& registry, const QString& repositoryAndTag)
{
    return QStringLiteral("docker://") + registry.hostPort() + QLatin1Char('/') + repositoryAndTag;
}
