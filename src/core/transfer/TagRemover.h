#pragma once

#include "job/Job.h"
#include "registry/Reference.h"

#include <QUrl>

class ManifestJob;
class RegistryClient;

struct TagRemoverOptions
{
    // 0 chooses by registry; otherwise a TagRemover::Route to use (e.g. Docker Hub's API on a mirror).
    int route = 0;
    QUrl dockerHubApi{QStringLiteral("https://hub.docker.com")};
    QUrl quayApi{QStringLiteral("https://quay.io")};
    QString quayToken; // an OAuth application token; with it quay tags go through quay's API
};

// Removes one tag and keeps every other tag of the same digest. Routes, in order of preference:
// Docker Hub's web API for Docker Hub, quay's API when a quay token is given, the tag DELETE of newer
// registries, and on registry:2 2.8 (which deletes manifests only by digest, taking every tag along)
// a unique throw-away manifest pushed to the tag and deleted by digest. route() says which was taken. A registry
// that cannot delete is refused before any write.
class TagRemover : public Job
{
    Q_OBJECT
public:
    enum class Route
    {
        None,
        TagDelete,
        UniqueManifest,
        DockerHubApi,
        QuayApi
    };

    TagRemover(RegistryClient* client, const Reference& reference, const TagRemoverOptions& options = {},
               QObject* parent = nullptr);
    QString title() const override;
    Route route() const { return m_route; }
    QString routeDescription() const;
    Digest previousDigest() const { return m_previous; }

protected:
    void run() override;

private:
    void readTag(const std::function<void()>& then);
    void viaTagDelete();
    void viaUniqueManifest();
    void putPlaceholder(const QByteArray& config);
    void deletePlaceholder(const Digest& placeholder);
    void restore(const RegistryError& cause);
    void viaDockerHub();
    void viaQuay();
    void done(Route route);
    RegistryClient* webClientFor(const QUrl& api);

    RegistryClient* m_client;
    Reference m_reference;
    TagRemoverOptions m_options;
    Route m_route = Route::None;
    Digest m_previous;
    QByteArray m_previousBytes;
    QString m_previousType;
    RegistryClient* m_webClient = nullptr;
};
