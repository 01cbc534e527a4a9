#include "StorageSurvey.h"

#include "job/Background.h"
#include "registry/BlobJob.h"
#include "registry/ContentCache.h"
#include "registry/ImageConfig.h"
#include "registry/ListJob.h"
#include "registry/Manifest.h"
#include "registry/ManifestJob.h"
#include "registry/RegistryCapabilities.h"
#include "registry/RegistryClient.h"
#include "zuul/ZuulApi.h"
#include "zuul/ZuulTag.h"

#include <QBuffer>

#include <algorithm>

namespace {

// A configuration this large is not an image's: its age is left unknown rather than held in memory.
constexpr qint64 kMaxConfigBytes = 4 * 1024 * 1024;

// Cache entries: the media type, a newline, then the bytes exactly as the registry served them.
QByteArray cacheEntry(const QString& mediaType, const QByteArray& bytes)
{
    return mediaType.toUtf8() + '\n' + bytes;
}

} // namespace

StorageSurvey::StorageSurvey(RegistryClient* client, StorageSurveyOptions options, QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    setProgressUnit(ProgressUnit::Items);
    m_options.parallel = std::clamp(m_options.parallel, 1, 64);
}

QString StorageSurvey::title() const
{
    return tr("Survey the storage of %1").arg(m_client->address().displayName());
}

void StorageSurvey::run()
{
    m_report.registry = m_client->address().displayName();
    m_headFirst = m_options.cache && !m_options.cache->isEmpty();
    if (m_options.repositories.isEmpty()) {
        listRepositories();
    }
    for (const auto& repository : std::as_const(m_options.repositories)) {
        listTags(repository);
    }
}

void StorageSurvey::schedule(Task task)
{
    m_queue << std::move(task);
    while (m_inFlight < m_options.parallel && !m_queue.isEmpty() && !isFinished()) {
        ++m_inFlight;
        ++m_report.requests;
        m_queue.takeFirst()();
    }
}

void StorageSurvey::taskDone()
{
    --m_inFlight;
    if (isFinished()) {
        return;
    }
    if (!m_queue.isEmpty()) {
        schedule(m_queue.takeFirst());
        return;
    }
    if (m_inFlight == 0) {
        summarize();
    }
}

bool StorageSurvey::failed(const RegistryError& error)
{
    if (!error || error.kind() == RegistryError::Kind::NotFound) {
        return false; // a repository or tag deleted while the survey ran is simply not there any more
    }
    finish(error);
    return true;
}

void StorageSurvey::listRepositories()
{
    schedule([this]() {
        track<ListJob>(m_client->catalog(), [this](ListJob* job) {
            if (job->error() && m_client->capabilities().catalog == RegistryCapabilities::State::No) {
                finish({RegistryError::Kind::Unsupported,
                        tr("%1 has no catalog: name the repositories to survey").arg(m_report.registry)});
                return;
            }
            if (failed(job->error())) {
                return;
            }
            for (const auto& repository : job->items()) {
                listTags(repository);
            }
            taskDone();
        });
    });
}

void StorageSurvey::listTags(const QString& repository)
{
    m_report.repositories << StorageReport::Repository{repository, 0, 0, 0};
    schedule([this, repository]() {
        track<ListJob>(m_client->tags(repository), [this, repository](ListJob* job) {
            if (failed(job->error())) {
                return;
            }
            const auto tags = job->error() ? QStringList() : job->items();
            m_tagsKnown += static_cast<int>(tags.size());
            emit progress(m_tagsDone, m_tagsKnown);
            for (const auto& tag : tags) {
                surveyTag(repository, tag);
            }
            taskDone();
        });
    });
}

void StorageSurvey::surveyTag(const QString& repository, const QString& tag)
{
    schedule([this, repository, tag]() {
        // Warm, a HEAD names the digest and the cache has the bytes; cold, a GET brings both at once.
        auto* lookup = m_headFirst ? m_client->resolveDigest(repository, tag) : m_client->getManifest(repository, tag);
        track<ManifestJob>(lookup, [this, repository, tag](ManifestJob* job) {
            const auto done = [this]() {
                ++m_tagsDone;
                emit progress(m_tagsDone, m_tagsKnown);
            };
            if (failed(job->error())) {
                return;
            }
            if (job->error()) {
                done();
                taskDone();
                return;
            }
            m_found << StorageReport::Tag{repository, tag, job->digest(), job->mediaType(), {}, {}, 0};
            if (const auto zuulTag = ZuulTag::parse(tag); m_options.zuul && zuulTag.isIntermediate()) {
                needBuildTime(zuulTag.build());
            }
            if (job->manifest() && !m_report.graph.contains(job->digest())) {
                if (!remember(repository, job->digest(), job->manifest()->raw(), job->mediaType())) {
                    return;
                }
            } else {
                needManifest(repository, job->digest(), [] {});
            }
            done();
            taskDone();
        });
    });
}

void StorageSurvey::needManifest(const QString& repository, const Digest& digest, const std::function<void()>& then)
{
    if (m_report.graph.contains(digest)) {
        then();
        return;
    }
    const bool asked = m_waiting.contains(digest);
    m_waiting[digest] << then;
    if (asked) {
        return;
    }
    if (m_options.cache) {
        if (const auto entry = m_options.cache->load(digest)) {
            const auto newline = entry->indexOf('\n');
            const auto bytes = entry->mid(newline + 1);
            // What comes from disk is checked like what comes from the registry.
            if (newline > 0 && Digest::ofBytes(bytes, digest.algorithm()) == digest) {
                ++m_report.fromCache;
                remember(repository, digest, bytes, QString::fromUtf8(entry->left(newline)), false);
                return;
            }
            m_options.cache->remove(digest);
        }
    }
    fetchManifest(repository, digest);
}

void StorageSurvey::fetchManifest(const QString& repository, const Digest& digest)
{
    schedule([this, repository, digest]() {
        track<ManifestJob>(m_client->getManifest(repository, digest.toString()),
                           [this, repository, digest](ManifestJob* job) {
                               if (failed(job->error())) {
                                   return;
                               }
                               if (job->error() || !job->manifest()) {
                                   // Gone meanwhile: counted as holding nothing.
                                   m_report.graph.insert(digest, {});
                                   for (const auto& then : m_waiting.take(digest)) {
                                       then();
                                   }
                               } else if (!remember(repository, digest, job->manifest()->raw(), job->mediaType())) {
                                   return;
                               }
                               taskDone();
                           });
    });
}

bool StorageSurvey::remember(const QString& repository, const Digest& digest, const QByteArray& bytes,
                             const QString& mediaType, bool keep)
{
    QString error;
    const auto manifest = Manifest::parse(bytes, mediaType, &error);
    if (!manifest) {
        finish({RegistryError::Kind::Protocol, tr("manifest %1 of %2: %3").arg(digest.toString(), repository, error)});
        return false;
    }
    if (keep && m_options.cache) {
        m_options.cache->store(digest, cacheEntry(mediaType, bytes));
    }
    StorageReport::Manifest node;
    node.size = bytes.size();
    if (manifest->isIndex()) {
        for (const auto& child : manifest->manifests()) {
            node.children << child.digest;
        }
    } else if (!manifest->isSchema1()) {
        node.config = manifest->config().digest;
        node.blobs << std::pair{manifest->config().digest, manifest->config().size};
        for (const auto& layer : manifest->layers()) {
            node.blobs << std::pair{layer.digest, layer.size};
        }
        needConfig(repository, node.config, manifest->config().size);
    }
    m_report.graph.insert(digest, node);
    // The children of an index live in the same repository; whoever waits for the index waits for them too.
    auto waiting = m_waiting.take(digest);
    auto remaining = std::make_shared<qsizetype>(node.children.size());
    const auto release = [waiting]() {
        for (const auto& then : waiting) {
            then();
        }
    };
    if (*remaining == 0) {
        release();
    }
    for (const auto& child : std::as_const(node.children)) {
        needManifest(repository, child, [remaining, release]() {
            if (--*remaining == 0) {
                release();
            }
        });
    }
    return true;
}

void StorageSurvey::needConfig(const QString& repository, const Digest& digest, qint64 size)
{
    if (!digest.isValid() || m_configsAsked.contains(digest) || size > kMaxConfigBytes) {
        return;
    }
    m_configsAsked.insert(digest);
    if (m_options.cache) {
        if (const auto entry = m_options.cache->load(digest)) {
            const auto bytes = entry->mid(entry->indexOf('\n') + 1);
            if (Digest::ofBytes(bytes, digest.algorithm()) == digest) {
                ++m_report.fromCache;
                noteConfig(digest, bytes);
                return;
            }
            m_options.cache->remove(digest);
        }
    }
    schedule([this, repository, digest, size]() {
        auto buffer = std::make_shared<QBuffer>();
        buffer->open(QIODevice::WriteOnly);
        track<BlobJob>(m_client->getBlob(repository, digest, size, buffer.get()), [this, digest, buffer](BlobJob* job) {
            if (failed(job->error())) {
                return;
            }
            if (!job->error()) {
                if (m_options.cache) {
                    m_options.cache->store(digest, cacheEntry(QStringLiteral("config"), buffer->data()));
                }
                noteConfig(digest, buffer->data());
            }
            taskDone();
        });
    });
}

void StorageSurvey::needBuildTime(const QString& build)
{
    if (m_buildEnds.contains(build)) {
        return;
    }
    m_buildEnds.insert(build, {});
    schedule([this, build]() {
        m_options.zuul->build(build, this, [this, build](const ZuulBuild& found, const RegistryError& error) {
            // A build Zuul does not know (or cannot say) leaves the image's created time to count.
            if (!error && found.isFinished()) {
                m_buildEnds.insert(build, found.endTime);
            }
            taskDone();
        });
    });
}

void StorageSurvey::noteConfig(const Digest& digest, const QByteArray& bytes)
{
    QString error;
    if (const auto config = ImageConfig::parse(bytes, &error)) {
        m_created.insert(digest, config->created());
    }
}

qint64 StorageReport::Reach::bytes() const
{
    qint64 total = 0;
    for (const auto size : blobs) {
        total += size;
    }
    return total;
}

StorageReport::Reach StorageReport::reach(const QList<Digest>& tops) const
{
    Reach reached;
    QList<Digest> pending = tops;
    while (!pending.isEmpty()) {
        const auto digest = pending.takeLast();
        const auto found = graph.constFind(digest);
        if (found == graph.cend() || reached.manifests.contains(digest)) {
            continue;
        }
        reached.manifests.insert(digest, found->size);
        for (const auto& [blob, size] : found->blobs) {
            reached.blobs.insert(blob, size);
        }
        pending << found->children;
    }
    return reached;
}

// Counting thousands of tags' blobs takes long enough to stall a window: it runs on the thread pool, on copies.
void StorageSurvey::summarize()
{
    Background::run(
        this,
        [report = m_report, found = m_found, created = m_created, builds = m_buildEnds,
         zuul = m_options.zuul != nullptr]() mutable {
            return summarized(std::move(report), std::move(found), created, builds, zuul);
        },
        [this](StorageReport report) {
            m_report = std::move(report);
            emit progress(m_tagsDone, m_tagsKnown);
            finish();
        });
}

StorageReport StorageSurvey::summarized(StorageReport report, QList<StorageReport::Tag> found,
                                        const QHash<Digest, QDateTime>& created,
                                        const QHash<QString, QDateTime>& builds, bool zuul)
{
    QHash<QString, StorageReport::Reach> byRepository;
    QHash<QString, int> tagCounts;
    QList<Digest> tops;
    for (auto& tag : found) {
        const auto reached = report.reach({tag.digest});
        tag.bytes = reached.bytes();
        if (zuul) {
            tag.built = builds.value(ZuulTag::parse(tag.tag).build());
        }
        for (auto it = reached.manifests.cbegin(); it != reached.manifests.cend(); ++it) {
            const auto made = created.value(report.graph.value(it.key()).config);
            if (made.isValid() && (!tag.created.isValid() || made > tag.created)) {
                tag.created = made; // an index is as old as its newest platform
            }
        }
        auto& repository = byRepository[tag.repository];
        repository.blobs.insert(reached.blobs);
        ++tagCounts[tag.repository];
        tops << tag.digest;
    }
    QHash<Digest, int> holders; // how many repositories reach each blob
    for (const auto& reached : std::as_const(byRepository)) {
        for (auto it = reached.blobs.cbegin(); it != reached.blobs.cend(); ++it) {
            ++holders[it.key()];
        }
    }
    for (auto& repository : report.repositories) {
        const auto& reached = byRepository.value(repository.name);
        repository.tags = tagCounts.value(repository.name);
        repository.bytes = reached.bytes();
        for (auto it = reached.blobs.cbegin(); it != reached.blobs.cend(); ++it) {
            repository.exclusiveBytes += holders.value(it.key()) == 1 ? it.value() : 0;
        }
    }
    const auto all = report.reach(tops);
    report.totalBytes = all.bytes();
    report.blobs = static_cast<int>(all.blobs.size());
    report.manifests = static_cast<int>(all.manifests.size());
    std::sort(report.repositories.begin(), report.repositories.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    report.tags = std::move(found);
    return report;
}
