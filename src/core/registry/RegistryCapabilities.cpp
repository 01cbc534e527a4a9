#include "RegistryCapabilities.h"

QString RegistryCapabilities::cannotDeleteMessage(const QString& registry) const
{
    if (deleteRefusal == DeleteRefusal::Disabled) {
        return tr("registry %1 refuses deletes (HTTP 405): set storage.delete.enabled: true in its config.yml (or "
                  "REGISTRY_STORAGE_DELETE_ENABLED=true) and restart it")
            .arg(registry);
    }
    if (apiVersionStated == State::No) {
        // zuul-registry: no API version header, no DELETE route. It expires what it holds by itself.
        return tr("registry %1 cannot delete (DELETE answered HTTP 404, as zuul-registry does): it removes old images "
                  "itself with `zuul-registry prune` and storage.expiration in its configuration")
            .arg(registry);
    }
    return tr("registry %1 cannot delete (DELETE answered HTTP 404 without a registry error): remove images with the "
              "registry's own tools")
        .arg(registry);
}

QStringList RegistryCapabilities::limits() const
{
    QStringList result;
    if (catalog == State::No) {
        result << tr("no catalog");
    }
    if (manifestDelete == State::No) {
        result << tr("cannot delete");
    }
    return result;
}
