#pragma once

#include <QCoreApplication>
#include <QString>

// What a registry can do beyond pulling and pushing. Learnt from what it has answered — a catalog 404, a
// DELETE answered 404 or 405, a mount answered by an ordinary upload session — and kept by its client, so
// every later operation knows without asking again. Nothing here is ever learnt by a write that could change
// what the registry holds.
struct RegistryCapabilities
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCapabilities)
public:
    enum class State
    {
        Unknown,
        Yes,
        No
    };

    // Why the registry cannot delete, as it showed it.
    enum class DeleteRefusal
    {
        None,
        Disabled, // registry:2 with storage.delete.enabled off: 405 UNSUPPORTED
        NoApi,    // no DELETE route at all: 404 that is not a registry error (zuul-registry)
    };

    State catalog = State::Unknown;
    State manifestDelete = State::Unknown;
    State tagDelete = State::Unknown;
    State mount = State::Unknown;
    State referrers = State::Unknown;
    DeleteRefusal deleteRefusal = DeleteRefusal::None;
    // Whether the registry names its API version (Docker-Distribution-API-Version); registries may omit it.
    State apiVersionStated = State::Unknown;

    // One line for an operation refused because the registry cannot delete: the registry and the remedy.
    QString cannotDeleteMessage(const QString& registry) const;
    // "no catalog, cannot delete": the limits known so far, for a tooltip or `ping`.
    QStringList limits() const;
};
