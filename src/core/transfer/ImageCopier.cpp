#include "ImageCopier.h"

#include "BlobFlights.h"
#include "BlobLocations.h"
#include "BlobPipe.h"
#include "registry/BlobJob.h"
#include "registry/BlobRelay.h"
#include "registry/ManifestJob.h"
#include "registry/RegistryCapabilities.h"
#include "registry/RegistryClient.h"
#include "registry/UploadJob.h"

#include <QTimer>

namespace {

// A blob smaller than this goes up without a HEAD first. The HEAD is a request, and a password check at a registry
// with htpasswd, saved whenever the destination lacks the blob, which is the usual case: a configuration belongs
// to its one image. When the destination has it after all, the cost is sending these few bytes again.
constexpr qint64 kHeadlessBlobBytes = 256 * 1024;

} // namespace

ImageCopier::ImageCopier(RegistryClient* source, const Reference& from, RegistryClient* destination,
                         const Reference& to, const CopyOptions& options, QObject* parent)
    : Job(parent)
    , m_source(source)
    , m_from(from)
    , m_destination(destination)
    , m_to(to)
    , m_options(options)
{
    connect(this, &Job::finished, this, &ImageCopier::landWhatItLeads);
}

ImageCopier::~ImageCopier()
{
    landWhatItLeads();
}

// Blobs this copy still leads when it ends (failed, cancelled, deleted) land as not there: their waiters go on
// alone.
void ImageCopier::landWhatItLeads()
{
    for (const auto& key : std::exchange(m_leading, {})) {
        BlobFlights::instance().land(key, false);
    }
}

namespace {

// An upload that broke on the way, or that a registry refused with a server error, may work when tried again.
bool uploadMayWorkAgain(const RegistryError& error)
{
    return error.kind() == RegistryError::Kind::Network ||
           (error.kind() == RegistryError::Kind::Protocol && error.httpStatus() >= 500);
}

} // namespace

QString ImageCopier::title() const
{
    return tr("copy %1 → %2").arg(m_from.toString(), m_to.toString());
}

bool ImageCopier::sameRegistry() const
{
    return m_source->address() == m_destination->address();
}

void ImageCopier::failWith(const RegistryError& error, const QString& context)
{
    if (error.kind() == RegistryError::Kind::Cancelled) {
        finish(error);
        return;
    }
    RegistryError wrapped(error.kind(),
                          context.isEmpty() ? error.message() : context + QStringLiteral(": ") + error.message(),
                          error.httpStatus(), error.codes());
    finish(wrapped);
}

void ImageCopier::run()
{
    m_clock.start();
    if (!m_to.hasDigest() && m_to.tag().isEmpty()) {
        finish({RegistryError::Kind::Usage, tr("the destination %1 needs a tag").arg(m_to.toString())});
        return;
    }
    if (!sameRegistry()) {
        m_destination->preconnect(); // its handshake overlaps the source's answer
    }
    fetchManifest(m_from.manifestReference(), 0, [this](const Manifest& manifest, const Digest& digest) {
        emitEvent(TransferEvent::make(TransferEvent::Kind::ManifestFetched, m_source->address().displayName(),
                                      QString(), m_from.repository(), digest.toString(), manifest.mediaType(),
                                      manifest.size()));
        if (!manifest.isIndex() || m_options.platforms == CopyOptions::Platforms::All) {
            plan(manifest, digest, 0);
            return;
        }
        const auto child = manifest.findPlatform(m_options.platform);
        if (!child) {
            QStringList available;
            for (const auto& d : manifest.manifests()) {
                available << (d.platform ? d.platform->toString() : tr("unknown"));
            }
            finish({RegistryError::Kind::NotFound,
                    tr("%1 has no image for %2 (it has: %3); copy everything with --all")
                        .arg(m_from.toString(), m_options.platform.toString(), available.join(QLatin1String(", ")))});
            return;
        }
        fetchManifest(child->digest.toString(), 1,
                      [this](const Manifest& image, const Digest& imageDigest) { plan(image, imageDigest, 1); });
    });
}

void ImageCopier::fetchManifest(const QString& reference, int depth,
                                std::function<void(const Manifest&, const Digest&)> done)
{
    ++m_pendingFetches;
    track<ManifestJob>(m_source->getManifest(m_from.repository(), reference), [this, depth, done](ManifestJob* job) {
        --m_pendingFetches;
        if (job->error()) {
            failWith(job->error(), depth == 0 ? QString() : tr("reading a manifest of the index"));
            return;
        }
        done(*job->manifest(), job->digest());
        if (m_pendingFetches == 0 && !isFinished()) {
            planDone();
        }
    });
}

void ImageCopier::plan(const Manifest& manifest, const Digest& digest, int depth)
{
    if (depth > Manifest::kMaxIndexDepth) {
        finish({RegistryError::Kind::TooLarge,
                tr("%1 nests indexes deeper than %2 levels").arg(m_from.toString()).arg(Manifest::kMaxIndexDepth)});
        return;
    }
    if (manifest.isSchema1()) {
        finish({RegistryError::Kind::Unsupported,
                tr("%1 is a schema1 manifest; its signature binds it to the source name, so it cannot be copied")
                    .arg(m_from.toString())});
        return;
    }
    for (const auto& planned : std::as_const(m_manifests)) {
        if (planned.digest == digest) {
            return; // the same child listed twice
        }
    }
    m_manifests << PlannedManifest{manifest.raw(), manifest.mediaType(), digest, depth};
    if (manifest.isIndex()) {
        for (const auto& child : manifest.manifests()) {
            fetchManifest(child.digest.toString(), depth + 1,
                          [this, depth](const Manifest& childManifest, const Digest& childDigest) {
                              plan(childManifest, childDigest, depth + 1);
                          });
        }
        return;
    }
    QList<Descriptor> blobs = manifest.layers();
    blobs.prepend(manifest.config());
    for (const auto& blob : std::as_const(blobs)) {
        if (!blob.urls.isEmpty() && blob.mediaType.contains(QLatin1String("foreign"))) {
            continue; // foreign layers stay where their URLs point
        }
        if (!m_blobs.contains(blob.digest)) {
            m_blobs.insert(blob.digest, {blob, 0, 0});
            m_queue << blob.digest;
            m_totalBytes += std::max<qint64>(0, blob.size);
        }
    }
}

void ImageCopier::planDone()
{
    if (isFinished() || m_manifests.isEmpty()) {
        return;
    }
    // Deepest first: children are in place before the index that names them; the shallowest is the
    // one the destination reference names, and it goes last.
    std::stable_sort(m_manifests.begin(), m_manifests.end(),
                     [](const PlannedManifest& a, const PlannedManifest& b) { return a.depth > b.depth; });
    m_topDigest = m_manifests.last().digest;
    m_topMediaType = m_manifests.last().mediaType;
    m_remaining = static_cast<int>(m_queue.size());
    probeDestination();
}

bool ImageCopier::mountsWithoutHead() const
{
    return m_options.mount && sameRegistry() && m_from.repository() != m_to.repository() &&
           m_destination->capabilities().mount != RegistryCapabilities::State::No;
}

// Most copies are cold, and a repository that lacks the image's largest blob cannot hold the image: registry:2
// takes no manifest whose blobs the repository lacks. So that blob's HEAD comes first, and only when it is there
// do the tag's and the manifest's HEADs follow to answer the copy-again case. A cold copy asks one question.
// The probe leads the blob's flight, so no other copy in this process puts it there meanwhile, and a blob found
// missing is the first to go, so the flight it leads is always moving.
void ImageCopier::probeDestination()
{
    Digest largest;
    qint64 largestSize = -1;
    for (const auto& digest : std::as_const(m_queue)) {
        if (const auto size = m_blobs.value(digest).descriptor.size; size > largestSize) {
            largestSize = size;
            largest = digest;
        }
    }
    const auto flight = BlobFlights::key(m_destination->address().hostPort(), m_to.repository(), largest);
    if (!largest.isValid() || largestSize < kHeadlessBlobBytes || mountsWithoutHead() ||
        !BlobFlights::instance().lead(flight)) {
        checkDestination();
        return;
    }
    m_leading.insert(flight);
    m_queue.removeOne(largest);
    m_queue.prepend(largest);
    track<BlobJob>(m_destination->headBlob(m_to.repository(), largest), [this, largest, flight](BlobJob* head) {
        if (head->error()) {
            checkDestination(); // the manifest's HEAD, then the blob's own, say what is wrong as they always did
            return;
        }
        m_headed.insert(largest, head->exists());
        if (head->exists()) {
            m_leading.remove(flight);
            BlobFlights::instance().land(flight, true);
            checkTag();
            return;
        }
        startBlobs();
    });
}

// A copy run again: the destination's tag already names this very manifest, so there is nothing to send and
// nothing to put. Anything else (no such tag, another image under it, a registry that will not say) goes on to
// ask for the manifest by digest.
void ImageCopier::checkTag()
{
    if (m_to.hasDigest() || m_to.tag().isEmpty()) {
        checkDestination();
        return;
    }
    track<ManifestJob>(m_destination->resolveDigest(m_to.repository(), m_to.tag()), [this](ManifestJob* job) {
        if (job->error() || job->digest() != m_topDigest) {
            checkDestination();
            return;
        }
        skipEveryBlob(tr("the tag %1 already names this manifest, and the destination has all %n blob(s)", nullptr,
                         static_cast<int>(m_queue.size()))
                          .arg(m_to.tag()));
        m_manifests.clear();
        emit progress(m_totalBytes, m_totalBytes);
        putManifests();
    });
}

void ImageCopier::checkDestination()
{
    // When the destination repository already has the manifest, it has every blob it references.
    track<ManifestJob>(m_destination->resolveDigest(m_to.repository(), m_topDigest.toString()),
                       [this](ManifestJob* job) {
                           if (!job->error()) {
                               skipEveryBlob(tr("the destination already has this manifest and all %n blob(s)", nullptr,
                                                static_cast<int>(m_queue.size())));
                               m_manifests = {m_manifests.last()};
                               putManifests();
                               return;
                           }
                           startBlobs();
                       });
}

void ImageCopier::skipEveryBlob(const QString& why)
{
    for (const auto& digest : std::as_const(m_queue)) {
        ++m_summary.skipped;
        BlobLocations::instance().remember(m_destination->address().hostPort(), digest, m_to.repository());
    }
    emitEvent(TransferEvent::make(TransferEvent::Kind::BlobSkipped, m_source->address().displayName(),
                                  m_destination->address().displayName(), m_to.repository(), m_topDigest.toString(),
                                  why));
    m_queue.clear();
    m_remaining = 0;
}

void ImageCopier::startBlobs()
{
    if (m_remaining == 0) {
        putManifests();
        return;
    }
    while (m_running < m_options.parallelBlobs && !m_queue.isEmpty() && !isFinished()) {
        ++m_running;
        copyBlob(m_queue.takeFirst());
    }
}

void ImageCopier::copyBlob(const Digest& digest)
{
    // Another copy in this process already moving this blob into this repository: wait for it, and go on alone
    // only if it did not get there.
    const auto flight = BlobFlights::key(m_destination->address().hostPort(), m_to.repository(), digest);
    if (!m_leading.contains(flight)) {
        const bool leads = BlobFlights::instance().board(flight, this, [this, digest](bool ok) {
            if (isFinished()) {
                return;
            }
            if (ok) {
                blobDone(digest, TransferEvent::Kind::BlobSkipped, 0, 0);
            } else {
                copyBlob(digest);
            }
        });
        if (!leads) {
            return;
        }
        m_leading.insert(flight);
    }
    // Within one registry, between repositories, the mount itself answers whether the blob is there: a 201 for a
    // blob linked or already present, so the HEAD before it would be a request (and a password check) for nothing.
    if (mountsWithoutHead()) {
        tryMount(digest, m_from.repository(), true);
        return;
    }
    headThenTransfer(digest, false);
}

void ImageCopier::headThenTransfer(const Digest& digest, bool mountTried)
{
    // Asked already by probeDestination (once: a retry asks again), or too small to be worth asking.
    if (const auto known = m_headed.find(digest); known != m_headed.end()) {
        const bool exists = *known;
        m_headed.erase(known);
        transferUnless(digest, exists, mountTried);
        return;
    }
    if (const auto size = m_blobs.value(digest).descriptor.size;
        size >= 0 && size < kHeadlessBlobBytes &&
        !BlobFlights::instance().landedRecently(
            BlobFlights::key(m_destination->address().hostPort(), m_to.repository(), digest))) {
        transferUnless(digest, false, mountTried);
        return;
    }
    track<BlobJob>(m_destination->headBlob(m_to.repository(), digest), [this, digest, mountTried](BlobJob* head) {
        if (head->error()) {
            blobFailed(digest, head->error(), head->error().kind() == RegistryError::Kind::Network);
            return;
        }
        transferUnless(digest, head->exists(), mountTried);
    });
}

void ImageCopier::transferUnless(const Digest& digest, bool exists, bool mountTried)
{
    if (exists) {
        blobDone(digest, TransferEvent::Kind::BlobSkipped, 0, 0);
        return;
    }
    QString mountFrom;
    if (m_options.mount && !mountTried) {
        mountFrom =
            sameRegistry() && m_from.repository() != m_to.repository()
                ? m_from.repository()
                : BlobLocations::instance().find(m_destination->address().hostPort(), digest, m_to.repository());
    }
    if (!mountFrom.isEmpty()) {
        tryMount(digest, mountFrom, false);
    } else {
        streamBlob(digest);
    }
}

void ImageCopier::tryMount(const Digest& digest, const QString& from, bool unchecked)
{
    QElapsedTimer timer;
    timer.start();
    UploadOptions options;
    options.mountFrom = from;
    const auto size = m_blobs.value(digest).descriptor.size;
    track<UploadJob>(m_destination->uploadBlob(m_to.repository(), digest, size, nullptr, options),
                     [this, digest, from, timer, unchecked](UploadJob* job) {
                         if (!job->error() && job->mounted()) {
                             blobDone(digest, TransferEvent::Kind::BlobMounted, 0, timer.elapsed());
                             return;
                         }
                         // A declined or refused mount is no failure: the bytes go the long way, once it is known
                         // that the destination lacks them.
                         BlobLocations::instance().forget(m_destination->address().hostPort(), digest, from);
                         if (unchecked) {
                             headThenTransfer(digest, true);
                             return;
                         }
                         streamBlob(digest);
                     });
}

void ImageCopier::streamBlob(const Digest& digest)
{
    if (!m_options.relay || m_relayDeclined) {
        pipeBlob(digest);
        return;
    }
    UploadOptions session;
    session.sessionOnly = true;
    track<UploadJob>(
        m_destination->uploadBlob(m_to.repository(), digest, m_blobs.value(digest).descriptor.size, nullptr, session),
        [this, digest](UploadJob* job) {
            if (job->error()) {
                blobFailed(digest, job->error(), uploadMayWorkAgain(job->error()));
                return;
            }
            relayBlob(digest, job->location());
        });
}

void ImageCopier::relayBlob(const Digest& digest, const QUrl& location)
{
    auto& task = m_blobs[digest];
    task.streamed = 0;
    const auto size = task.descriptor.size;
    const auto getUrl = m_source->apiUrl(m_from.repository() + QStringLiteral("/blobs/") + digest.toString());
    const auto pull = QList<AuthScope>{AuthScope::repository(m_from.repository(), {QStringLiteral("pull")})};
    auto* relay = new BlobRelay(
        m_source, getUrl, m_source->authorizationFor(pull), m_destination, UploadJob::completionUrl(location, digest),
        m_destination->authorizationFor(UploadJob::pushScopes(m_to.repository())), digest, size, this);
    connect(relay, &Job::progress, this, [this, digest](qint64 done, qint64) {
        m_blobs[digest].streamed = done;
        reportProgress();
    });
    QElapsedTimer timer;
    timer.start();
    track<BlobRelay>(relay, [this, digest, location, size, timer](BlobRelay* job) {
        const auto discard = [this, location]() {
            auto* cancel = m_destination->cancelUpload(m_to.repository(), location);
            connect(cancel, &RegistryJob::finished, cancel, &QObject::deleteLater);
        };
        if (job->declined()) {
            // Nothing reached the destination: the general path deals with whatever the source answered.
            discard();
            if (job->sourceStatus() >= 300 && job->sourceStatus() < 400) {
                m_relayDeclined = true;
            }
            // A source that asked for patience (429/503 with Retry-After) gets it before it is asked again.
            const auto wait = HttpExchange::retryAfterMs(job->sourceRetryAfter());
            if (wait > 0 && wait <= m_source->options().maxRetryDelayMs) {
                QTimer::singleShot(static_cast<int>(wait), this, [this, digest]() {
                    if (!isFinished()) {
                        pipeBlob(digest);
                    }
                });
                return;
            }
            pipeBlob(digest);
            return;
        }
        RegistryError error = job->error();
        if (!error && job->status() != 201) {
            error = RegistryError::fromResponse(job->status(), job->body(), m_destination->address().displayName(),
                                                tr("blob %1 upload to %2").arg(digest.toString(), m_to.repository()));
        }
        const auto stored = Digest::parse(QString::fromLatin1(job->header("Docker-Content-Digest")));
        if (!error && stored && *stored != digest) {
            error = {RegistryError::Kind::DigestMismatch,
                     tr("registry %1 stored blob %2 as %3")
                         .arg(m_destination->address().displayName(), digest.toString(), stored->toString())};
        }
        if (error) {
            discard();
            // Corrupt bytes from the source will not get better by trying again; a broken connection may, and so
            // may a 401: the Authorization was taken when the relay was queued, and a bearer token can expire
            // while it waits for a thread. The next attempt asks again, through the general path's challenge.
            blobFailed(digest, error, uploadMayWorkAgain(error) || error.httpStatus() == 401);
            return;
        }
        blobDone(digest, TransferEvent::Kind::BlobCopied, size, timer.elapsed());
    });
}

void ImageCopier::pipeBlob(const Digest& digest)
{
    auto& task = m_blobs[digest];
    task.streamed = 0;
    const auto size = task.descriptor.size;
    auto* pipe = new BlobPipe(m_options.pipeCapacity, this);
    auto* download = m_source->getBlob(m_from.repository(), digest, size, pipe);
    download->setFlowControl([pipe]() { return pipe->room(); });
    connect(pipe, &BlobPipe::roomAvailable, download, &BlobJob::resume);
    connect(download, &RegistryJob::progress, this, [this, digest](qint64 done, qint64) {
        m_blobs[digest].streamed = done;
        reportProgress();
    });
    auto* upload = m_destination->uploadBlob(m_to.repository(), digest, size, pipe);

    // The blob is done when both sides are; either side failing stops the other.
    struct State
    {
        bool downloadDone = false;
        bool uploadDone = false;
        RegistryError error;
        bool retryable = true;
        bool settled = false;
        QElapsedTimer timer;
    };
    auto state = std::make_shared<State>();
    state->timer.start();
    auto settle = [this, digest, state, pipe, size]() {
        if (!state->downloadDone || !state->uploadDone || state->settled) {
            return;
        }
        state->settled = true;
        pipe->deleteLater();
        if (state->error) {
            blobFailed(digest, state->error, state->retryable);
            return;
        }
        blobDone(digest, TransferEvent::Kind::BlobCopied, size, state->timer.elapsed());
    };
    QPointer<UploadJob> uploadGuard(upload);
    QPointer<BlobJob> downloadGuard(download);
    track<BlobJob>(download, [state, pipe, uploadGuard, settle](BlobJob* job) {
        state->downloadDone = true;
        if (job->error()) {
            if (!state->error) {
                state->error = job->error();
                // Corrupt bytes from the source will not get better by trying again.
                state->retryable = job->error().kind() == RegistryError::Kind::Network;
            }
            if (uploadGuard && !uploadGuard->isFinished()) {
                uploadGuard->cancel();
            }
        } else {
            pipe->finishWriting();
        }
        settle();
    });
    track<UploadJob>(upload, [state, downloadGuard, settle](UploadJob* job) {
        state->uploadDone = true;
        if (job->error() && job->error().kind() != RegistryError::Kind::Cancelled && !state->error) {
            state->error = job->error();
            state->retryable = uploadMayWorkAgain(job->error());
            if (downloadGuard && !downloadGuard->isFinished()) {
                downloadGuard->cancel();
            }
        }
        settle();
    });
    // A cancelled job reports finished too; make sure both sides settle.
    connect(upload, &RegistryJob::finished, pipe, [state, settle]() {
        state->uploadDone = true;
        settle();
    });
    connect(download, &RegistryJob::finished, pipe, [state, settle]() {
        state->downloadDone = true;
        settle();
    });
}

void ImageCopier::blobDone(const Digest& digest, TransferEvent::Kind kind, qint64 bytes, qint64 elapsedMs)
{
    if (isFinished()) {
        return;
    }
    --m_running;
    --m_remaining;
    auto& task = m_blobs[digest];
    task.streamed = task.descriptor.size;
    const auto flight = BlobFlights::key(m_destination->address().hostPort(), m_to.repository(), digest);
    if (m_leading.remove(flight)) {
        BlobFlights::instance().land(flight, true);
    }
    switch (kind) {
    case TransferEvent::Kind::BlobCopied:
        ++m_summary.copied;
        m_summary.bytesTransferred += bytes;
        break;
    case TransferEvent::Kind::BlobMounted:
        ++m_summary.mounted;
        break;
    default:
        ++m_summary.skipped;
        break;
    }
    BlobLocations::instance().remember(m_destination->address().hostPort(), digest, m_to.repository());
    BlobLocations::instance().remember(m_source->address().hostPort(), digest, m_from.repository());
    emitEvent(TransferEvent::make(kind, m_source->address().displayName(), m_destination->address().displayName(),
                                  m_to.repository(), digest.toString(), task.descriptor.mediaType, bytes, elapsedMs));
    reportProgress();
    startBlobs();
}

void ImageCopier::blobFailed(const Digest& digest, const RegistryError& error, bool retryable)
{
    if (isFinished()) {
        return;
    }
    auto& task = m_blobs[digest];
    ++task.attempts;
    if (retryable && task.attempts < m_options.blobAttempts) {
        const int delay = m_options.retryDelayMs << (task.attempts - 1);
        emitEvent(TransferEvent::make(
            TransferEvent::Kind::Note, m_source->address().displayName(), m_destination->address().displayName(),
            m_to.repository(), digest.toString(),
            tr("blob transfer broke (%1); trying again in %2 ms").arg(error.message(), QString::number(delay))));
        task.streamed = 0;
        QTimer::singleShot(delay, this, [this, digest]() {
            if (!isFinished()) {
                copyBlob(digest);
            }
        });
        return;
    }
    auto event = TransferEvent::make(TransferEvent::Kind::BlobCopied, m_source->address().displayName(),
                                     m_destination->address().displayName(), m_to.repository(), digest.toString());
    event.ok = false;
    event.error = error.message();
    emitEvent(event);
    failWith(error, tr("copying blob %1 failed; no manifest was written").arg(digest.shortForm()));
}

void ImageCopier::putManifests()
{
    if (m_manifests.isEmpty()) {
        ++m_summary.manifests;
        finish();
        return;
    }
    const auto manifest = m_manifests.takeFirst();
    const bool isTop = m_manifests.isEmpty();
    // Children are put by digest; the last one under the destination's tag (or digest).
    const auto reference = isTop ? m_to.manifestReference() : manifest.digest.toString();
    if (isTop && m_to.hasDigest() && m_to.digest() != manifest.digest) {
        finish({RegistryError::Kind::DigestMismatch, tr("the destination names digest %1 but the image is %2")
                                                         .arg(m_to.digest().toString(), manifest.digest.toString())});
        return;
    }
    QElapsedTimer timer;
    timer.start();
    track<ManifestJob>(
        m_destination->putManifest(m_to.repository(), reference, manifest.bytes, manifest.mediaType),
        [this, manifest, reference, timer, isTop](ManifestJob* job) {
            if (job->error()) {
                failWith(job->error(), tr("writing the manifest %1 failed").arg(manifest.digest.shortForm()));
                return;
            }
            if (job->digest() != manifest.digest) {
                finish({RegistryError::Kind::DigestMismatch,
                        tr("the destination stored the manifest as %1, expected %2")
                            .arg(job->digest().toString(), manifest.digest.toString())});
                return;
            }
            ++m_summary.manifests;
            emitEvent(TransferEvent::make(TransferEvent::Kind::ManifestPut, m_source->address().displayName(),
                                          m_destination->address().displayName(), m_to.repository(), reference,
                                          manifest.mediaType, manifest.bytes.size(), timer.elapsed()));
            if (isTop) {
                emit progress(m_totalBytes, m_totalBytes);
                finish();
                return;
            }
            putManifests();
        });
}

void ImageCopier::reportProgress()
{
    qint64 done = 0;
    for (const auto& task : std::as_const(m_blobs)) {
        done += std::max<qint64>(0, task.streamed);
    }
    emit progress(done, m_totalBytes);
}
