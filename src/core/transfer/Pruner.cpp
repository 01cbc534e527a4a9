#include "Pruner.h"

#include "TagRemover.h"
#include "registry/ListJob.h"
#include "registry/Reference.h"
#include "registry/RegistryClient.h"
#include "registry/RegistryJob.h"
#include "util/Duration.h"
#include "zuul/ZuulApi.h"
#include "zuul/ZuulTag.h"

Pruner::Pruner(RegistryClient* client, const PruneOptions& options, ZuulApi* zuul, QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_options(options)
    , m_zuul(zuul)
{
    setProgressUnit(ProgressUnit::Items);
    if (!m_options.now.isValid()) {
        m_options.now = QDateTime::currentDateTimeUtc();
    }
}

QString Pruner::title() const
{
    return tr("prune %1 (older than %2)")
        .arg(m_client->address().displayName(), Duration::format(m_options.olderThanSeconds));
}

QString Pruner::garbageCollectHint()
{
    return tr("Deleted images free no disk space by themselves. Reclaim it with plain garbage collection while nothing "
              "writes: set storage.maintenance.readonly.enabled: true and restart the registry, run docker-registry "
              "garbage-collect /etc/docker/registry/config.yml, then turn read-only mode off again (the deployment "
              "bundle's maintenance/gc.sh does all three). Never add --delete-untagged on registry 2.8: it deletes "
              "the platform images of tagged multi-arch images.");
}

void Pruner::run()
{
    if (m_options.finishedChangesOnly && !m_zuul) {
        finish(
            {RegistryError::Kind::Usage, tr("only pruning finished changes needs a Zuul API (--zuul and --tenant)")});
        return;
    }
    listRepositories();
}

// Every repository, even when only one is pruned: a blob is freed only when no other repository's tags reach it.
void Pruner::listRepositories()
{
    track<ListJob>(m_client->catalog(), [this](ListJob* job) {
        // Pruning one repository needs no catalog: where there is none, or it is not this user's to read (Docker
        // Hub, quay), what other repositories hold is unknown and only this one is surveyed.
        if (job->error() && m_options.repository.isEmpty()) {
            finish(job->error());
            return;
        }
        m_repositories = job->error() ? QStringList{m_options.repository} : job->items();
        const auto first = m_options.repository.isEmpty() ? m_repositories.value(0) : m_options.repository;
        if (first.isEmpty()) {
            survey();
            return;
        }
        // A registry that cannot delete is told now, before a single tag is examined or touched.
        require<RegistryJob>(m_client->requireDeletes(first), [this](RegistryJob*) { survey(); });
    });
}

void Pruner::survey()
{
    StorageSurveyOptions options;
    options.repositories = m_repositories;
    options.parallel = std::max(m_options.parallel, 4);
    options.cache = m_options.cache;
    if (m_repositories.isEmpty()) {
        examineNext(); // an empty registry: nothing to prune
        return;
    }
    require<StorageSurvey>(new StorageSurvey(m_client, options, this), [this](StorageSurvey* survey) {
        m_report = survey->report();
        examine();
    });
}

void Pruner::examine()
{
    for (const auto& tag : std::as_const(m_report.tags)) {
        if (!m_options.repository.isEmpty() && tag.repository != m_options.repository) {
            continue;
        }
        const auto zuulTag = ZuulTag::parse(tag.tag);
        const bool wanted =
            m_options.mode == PruneOptions::Mode::Intermediate ? zuulTag.isIntermediate() : zuulTag.isTemporary();
        if (!wanted) {
            ++m_kept; // not a tag this prune is about
            continue;
        }
        ++m_examined;
        PruneCandidate candidate{tag.repository, tag.tag, tag.digest, tag.created, tr("image created"), 0, 0};
        candidate.change = zuulTag.change();
        m_work << candidate;
    }
    examineNext();
}

void Pruner::examineNext()
{
    while (m_running < m_options.parallel && !m_work.isEmpty() && !isFinished()) {
        ++m_running;
        const auto candidate = m_work.takeFirst();
        const auto zuulTag = ZuulTag::parse(candidate.tag);
        judge(candidate, zuulTag.isIntermediate() ? zuulTag.build() : QString());
    }
    // Judging without Zuul returns at once, so this runs nested in its own loop: the last one out decides.
    if (m_running == 0 && m_work.isEmpty() && !isFinished() && !m_judged) {
        m_judged = true;
        std::sort(m_selected.begin(), m_selected.end(), [](const PruneCandidate& a, const PruneCandidate& b) {
            return std::tie(a.repository, a.tag) < std::tie(b.repository, b.tag);
        });
        plan();
        if (m_options.dryRun) {
            finish();
            return;
        }
        m_toDelete = m_selected;
        deleteNext();
    }
}

void Pruner::judge(PruneCandidate candidate, const QString& build)
{
    if (!m_zuul || build.isEmpty()) {
        decide(candidate, true);
        return;
    }
    m_zuul->build(build, this, [this, candidate](const ZuulBuild& zuulBuild, const RegistryError& error) mutable {
        if (error && error.kind() != RegistryError::Kind::NotFound) {
            finish(
                {error.kind(), tr("asking Zuul about %1: %2").arg(candidate.tag, error.message()), error.httpStatus()});
            return;
        }
        if (!error) {
            if (!zuulBuild.isFinished()) {
                decide(candidate, false); // its build still runs: the image is in use
                return;
            }
            candidate.time = zuulBuild.endTime;
            candidate.basis = tr("zuul build end");
            candidate.change = zuulBuild.change;
        }
        if (m_options.finishedChangesOnly) {
            checkMerged(candidate);
            return;
        }
        decide(candidate, true);
    });
}

void Pruner::checkMerged(PruneCandidate candidate)
{
    if (candidate.change <= 0) {
        decide(candidate, false); // not a change (or unknown to Zuul): not known to be finished
        return;
    }
    if (m_merged.contains(candidate.change)) {
        decide(candidate, m_merged.value(candidate.change));
        return;
    }
    ZuulBuildFilter filter;
    filter.change = candidate.change;
    filter.limit = 100;
    m_zuul->builds(filter, this, [this, candidate](const QList<ZuulBuild>& builds, const RegistryError& error) {
        if (error) {
            finish(error);
            return;
        }
        bool merged = false;
        for (const auto& build : builds) {
            merged = merged || ZuulApi::postMergePipelines().contains(build.pipeline);
        }
        m_merged.insert(candidate.change, merged);
        decide(candidate, merged);
    });
}

void Pruner::decide(const PruneCandidate& candidate, bool eligible)
{
    --m_running;
    auto judged = candidate;
    if (judged.time.isValid()) {
        judged.ageSeconds = judged.time.secsTo(m_options.now);
    }
    // Without a known time nothing is old enough: never delete on a guess.
    if (eligible && judged.time.isValid() && judged.ageSeconds > m_options.olderThanSeconds) {
        m_selected << judged;
    } else {
        ++m_kept;
    }
    examineNext();
}

// How each selected tag goes, and what garbage collection then frees.
void Pruner::plan()
{
    QSet<std::pair<QString, QString>> pruned;
    for (const auto& candidate : std::as_const(m_selected)) {
        pruned.insert({candidate.repository, candidate.tag});
    }
    QList<Digest> keptTops;
    QList<Digest> prunedTops;
    QHash<QString, QList<Digest>> keptByRepository;
    for (const auto& tag : std::as_const(m_report.tags)) {
        if (pruned.contains({tag.repository, tag.tag})) {
            prunedTops << tag.digest;
        } else {
            keptTops << tag.digest;
            keptByRepository[tag.repository] << tag.digest;
        }
    }
    const auto kept = m_report.reach(keptTops);
    const auto gone = m_report.reach(prunedTops);
    m_reclaimableBytes = 0;
    for (auto it = gone.manifests.cbegin(); it != gone.manifests.cend(); ++it) {
        m_reclaimableBytes += kept.manifests.contains(it.key()) ? 0 : it.value();
    }
    for (auto it = gone.blobs.cbegin(); it != gone.blobs.cend(); ++it) {
        m_reclaimableBytes += kept.blobs.contains(it.key()) ? 0 : it.value();
    }
    // A manifest goes by digest when nothing kept in its repository reaches it; its platform manifests go with it
    // when nothing kept there reaches them either.
    m_manifestsToDelete.clear();
    for (auto& candidate : m_selected) {
        const auto keptHere = m_report.reach(keptByRepository.value(candidate.repository));
        candidate.deletesManifest = !keptHere.manifests.contains(candidate.digest);
        if (!candidate.deletesManifest) {
            continue;
        }
        QList<Digest> digests{candidate.digest};
        for (const auto& child : m_report.graph.value(candidate.digest).children) {
            if (!keptHere.manifests.contains(child)) {
                digests << child;
            }
        }
        m_manifestsToDelete.insert({candidate.repository, candidate.digest}, digests);
    }
}

void Pruner::deleteNext()
{
    if (m_toDelete.isEmpty()) {
        finish();
        return;
    }
    const auto candidate = m_toDelete.takeFirst();
    const auto counted = [this]() {
        ++m_deleted;
        emit progress(m_deleted, m_deleted + m_toDelete.size());
        deleteNext();
    };
    if (candidate.deletesManifest) {
        // Tags that shared the manifest went with it when the first of them was deleted.
        const auto digests = m_manifestsToDelete.take({candidate.repository, candidate.digest});
        if (digests.isEmpty()) {
            counted();
            return;
        }
        deleteManifests(candidate, digests);
        return;
    }
    auto reference = Reference::parse(m_client->address().hostPort() + QLatin1Char('/') + candidate.repository +
                                      QLatin1Char(':') + candidate.tag);
    if (m_client->address().isPlainHttp()) {
        reference = Reference::parse(QStringLiteral("http://") + m_client->address().hostPort() + QLatin1Char('/') +
                                     candidate.repository + QLatin1Char(':') + candidate.tag);
    }
    auto* remover = new TagRemover(m_client, *reference, {}, this);
    connect(remover, &Job::transferEvent, this, [this](const TransferEvent& e) { emitEvent(e); });
    track<TagRemover>(remover, [this, candidate, counted](TagRemover* job) {
        if (job->error()) {
            failRemoval(candidate, job->error());
            return;
        }
        counted();
    });
}

// The index (or image) first, then its platform manifests: a failure never leaves an index without its images.
void Pruner::deleteManifests(const PruneCandidate& candidate, QList<Digest> digests)
{
    if (digests.isEmpty()) {
        ++m_deleted;
        emit progress(m_deleted, m_deleted + m_toDelete.size());
        deleteNext();
        return;
    }
    const auto digest = digests.takeFirst();
    track<RegistryJob>(
        m_client->deleteManifest(candidate.repository, digest), [this, candidate, digest, digests](RegistryJob* job) {
            if (job->error() && job->error().kind() != RegistryError::Kind::NotFound) {
                failRemoval(candidate, job->error());
                return;
            }
            TransferEvent event;
            event.kind = TransferEvent::Kind::ManifestDeleted;
            event.to = m_client->address().displayName();
            event.repository = candidate.repository;
            event.subject = digest.toString();
            event.detail = digest == candidate.digest ? tr("pruned %1 with its manifest").arg(candidate.tag)
                                                      : tr("a platform manifest of %1").arg(candidate.tag);
            emitEvent(event);
            deleteManifests(candidate, digests);
        });
}

void Pruner::failRemoval(const PruneCandidate& candidate, const RegistryError& error)
{
    // Report what is true: only what was removed before the failure is gone.
    m_selected = m_selected.mid(0, m_deleted);
    finish({error.kind(),
            tr("removing %1:%2 failed after %n tag(s) were removed: %3", nullptr, m_deleted)
                .arg(candidate.repository, candidate.tag, error.message()),
            error.httpStatus(), error.codes()});
}
