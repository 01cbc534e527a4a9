#pragma once

#include "job/Job.h"
#include "registry/Manifest.h"
#include "registry/Reference.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>

class RegistryClient;

struct CopyOptions
{
    enum class Platforms
    {
        Current,
        All,
        One
    };
    Platforms platforms = Platforms::Current; // for an index: linux/amd64 (Current), everything, or `platform`
    Platform platform{QStringLiteral("linux"), QStringLiteral("amd64"), {}, {}};
    int parallelBlobs = 4;         // blobs moving at once
    int blobAttempts = 4;          // a blob whose transfer breaks is tried again, this many times in all
    int retryDelayMs = 1000;       // doubles with every attempt
    qint64 pipeCapacity = 8 << 20; // bytes buffered between a blob's download and its upload
    bool mount = true;             // cross-repository mounts within one registry
    bool relay = true;             // blobs go GET → PUT on a worker thread (BlobRelay) where both ends allow it
};

struct CopySummary
{
    int copied = 0;
    int mounted = 0;
    int skipped = 0;
    int manifests = 0;
    qint64 bytesTransferred = 0;
};

// Copies an image, or a whole index with every platform, from one repository to another, within one
// registry or between two. Blobs first (skipped when the destination has them, mounted within a registry,
// otherwise streamed from the source's GET straight into the destination's upload, hashed on the way,
// several at once), manifests last and children before their index, with the exact source bytes: the
// destination digest equals the source digest, and a failed or cancelled copy leaves no manifest whose
// blobs are missing.
class ImageCopier : public Job
{
    Q_OBJECT
public:
    ImageCopier(RegistryClient* source, const Reference& from, RegistryClient* destination, const Reference& to,
                const CopyOptions& options = {}, QObject* parent = nullptr);
    ~ImageCopier() override;

    QString title() const override;
    Digest digest() const { return m_topDigest; }
    QString mediaType() const { return m_topMediaType; }
    const CopySummary& summary() const { return m_summary; }

protected:
    void run() override;

private:
    struct PlannedManifest
    {
        QByteArray bytes;
        QString mediaType;
        Digest digest;
        int depth = 0;
    };
    struct BlobTask
    {
        Descriptor descriptor;
        int attempts = 0;
        qint64 streamed = 0;
    };

    void fetchManifest(const QString& reference, int depth, std::function<void(const Manifest&, const Digest&)> done);
    void plan(const Manifest& manifest, const Digest& digest, int depth);
    void planDone();
    void probeDestination();
    void checkTag();
    void checkDestination();
    void skipEveryBlob(const QString& why);
    void startBlobs();
    void copyBlob(const Digest& digest);
    void headThenTransfer(const Digest& digest, bool mountTried);
    void transferUnless(const Digest& digest, bool exists, bool mountTried);
    void landWhatItLeads();
    // unchecked: no HEAD asked whether the destination has the blob; a declined mount asks it before streaming.
    void tryMount(const Digest& digest, const QString& from, bool unchecked);
    void streamBlob(const Digest& digest);
    void relayBlob(const Digest& digest, const QUrl& location);
    void pipeBlob(const Digest& digest);
    void blobDone(const Digest& digest, TransferEvent::Kind kind, qint64 bytes, qint64 elapsedMs);
    void blobFailed(const Digest& digest, const RegistryError& error, bool retryable);
    void putManifests();
    void failWith(const RegistryError& error, const QString& context);
    void reportProgress();
    bool sameRegistry() const;
    bool mountsWithoutHead() const;

    RegistryClient* m_source;
    Reference m_from;
    RegistryClient* m_destination;
    Reference m_to;
    CopyOptions m_options;

    int m_pendingFetches = 0;
    QList<PlannedManifest> m_manifests; // in put order: children before their index
    QHash<Digest, BlobTask> m_blobs;
    QList<Digest> m_queue;
    int m_running = 0;
    int m_remaining = 0;
    qint64 m_totalBytes = 0;
    Digest m_topDigest;
    QString m_topMediaType;
    CopySummary m_summary;
    QElapsedTimer m_clock;
    QHash<Digest, bool> m_headed; // what probeDestination's HEAD found, for the blob's own turn
    QSet<QString> m_leading;      // BlobFlights keys this copy leads
    bool m_relayDeclined = false; // the source redirects its blobs (object storage): the relay is not tried again
};
