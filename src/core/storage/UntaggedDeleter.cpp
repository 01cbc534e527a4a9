#include "UntaggedDeleter.h"

#include "job/Background.h"
#include "registry/ListJob.h"
#include "registry/ManifestJob.h"
#include "registry/RegistryClient.h"

#include <algorithm>

UntaggedDeleter::UntaggedDeleter(RegistryClient* client, std::shared_ptr<const GcPlan> plan, bool dryRun,
                                 QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_plan(std::move(plan))
    , m_dryRun(dryRun)
{
    setProgressUnit(ProgressUnit::Items);
}

UntaggedDeleter::~UntaggedDeleter()
{
    m_cancelled->store(true);
}

QString UntaggedDeleter::title() const
{
    return m_dryRun ? tr("Plan the deletion of untagged manifests on %1").arg(m_client->address().displayName())
                    : tr("Delete untagged manifests on %1").arg(m_client->address().displayName());
}

GcPlan::Amount UntaggedDeleter::freedAfterwards() const
{
    auto gone = m_deleted;
    gone += m_alreadyGone;
    return m_plan->freedAfterDeleting(gone);
}

void UntaggedDeleter::onCancel()
{
    m_cancelled->store(true);
}

void UntaggedDeleter::run()
{
    const auto candidates = m_plan->deletable();
    if (candidates.isEmpty()) {
        finish();
        return;
    }
    // The tags as they are now: one pushed since the plan keeps what it reaches.
    Background::run(
        this,
        [plan = m_plan, candidates, cancelled = m_cancelled]() {
            std::pair<QList<RepositoryWork>, QString> result;
            auto& [work, error] = result;
            const auto root = StorageRoot::open(plan->root(), &error);
            if (!root) {
                return result;
            }
            for (const auto& candidate : candidates) {
                if (work.isEmpty() || work.last().repository != candidate.repository) {
                    work.append({candidate.repository, {}, {}, {}, {}, {}});
                }
                work.last().candidates << candidate;
            }
            for (auto& repository : work) {
                if (cancelled->load()) {
                    break;
                }
                QList<StorageProblem> problems;
                const auto tags = root->readTags(repository.repository, &problems);
                // A tag that points to a manifest the plan never read (pushed since) is read now.
                QHash<Digest, StoredManifest> manifests = plan->scan().manifests;
                QList<Digest> unknown;
                for (const auto& tag : tags) {
                    if (tag.digest.isValid() && !manifests.contains(tag.digest)) {
                        unknown << tag.digest;
                    }
                }
                for (qsizetype i = 0; i < unknown.size(); ++i) {
                    QString readError;
                    if (const auto manifest = root->readManifest(unknown.at(i), &readError)) {
                        manifests.insert(unknown.at(i), *manifest);
                        for (const auto& child : manifest->children) {
                            if (!manifests.contains(child) && !unknown.contains(child)) {
                                unknown << child;
                            }
                        }
                    } else {
                        problems.append({root->blobDataPath(unknown.at(i)), readError, repository.repository});
                    }
                }
                for (const auto& tag : tags) {
                    repository.tagFolders << tag.name;
                    if (repository.probeTag.isEmpty() && tag.digest.isValid()) {
                        repository.probeTag = tag.name;
                        repository.probeDigest = tag.digest;
                    }
                }
                if (!problems.isEmpty()) {
                    // What the tags reach is not known for sure any more: nothing of this repository goes.
                    repository.kept = std::exchange(repository.candidates, {});
                    continue;
                }
                const auto reached = GcPlan::reachable(tags, manifests);
                QList<GcPlan::Untagged> still;
                for (auto& candidate : repository.candidates) {
                    if (reached.contains(candidate.digest)) {
                        candidate.reachable = true;
                        repository.kept << candidate;
                    } else {
                        still << candidate;
                    }
                }
                repository.candidates = still;
            }
            return result;
        },
        [this](std::pair<QList<RepositoryWork>, QString> result) {
            if (isFinished()) {
                return;
            }
            if (!result.second.isEmpty()) {
                finish({RegistryError::Kind::Io, result.second});
                return;
            }
            m_work = std::move(result.first);
            for (const auto& repository : std::as_const(m_work)) {
                m_kept += repository.kept;
                m_total += repository.candidates.size();
            }
            m_work.removeIf([](const RepositoryWork& repository) { return repository.candidates.isEmpty(); });
            if (m_work.isEmpty()) {
                finish();
                return;
            }
            // A registry that cannot delete (deletes disabled, read-only mode) says so before anything else.
            track<RegistryJob>(m_client->requireDeletes(m_work.first().repository), [this](RegistryJob* probe) {
                auto error = probe->error();
                if (error && error.kind() == RegistryError::Kind::Unsupported) {
                    // registry:2 answers deletes in read-only mode exactly as with deletes disabled.
                    error = {error.kind(),
                             tr("%1 (a registry in read-only mode, storage.maintenance.readonly.enabled: true, refuses "
                                "deletes the same way: delete the untagged manifests first, then switch to "
                                "read-only mode for garbage-collect)")
                                 .arg(error.message()),
                             error.httpStatus(), error.codes()};
                }
                if (error) {
                    finish(error);
                    return;
                }
                nextRepository();
            });
        });
}

void UntaggedDeleter::nextRepository()
{
    if (++m_repositoryIndex >= m_work.size()) {
        finish();
        return;
    }
    m_candidateIndex = 0;
    const auto& repository = m_work.at(m_repositoryIndex);
    track<ListJob>(m_client->tags(repository.repository), [this](ListJob* list) {
        if (list->error() && list->error().kind() != RegistryError::Kind::NotFound) {
            finish(list->error());
            return;
        }
        compareTags(list->error() ? QStringList() : list->items());
    });
}

// The registry must be the one that serves the storage root: deleting by digest on another one would take the
// tags it has there along.
void UntaggedDeleter::compareTags(const QStringList& served)
{
    const auto& repository = m_work.at(m_repositoryIndex);
    auto sorted = served;
    sorted.sort();
    sorted.removeDuplicates();
    if (sorted != repository.tagFolders) {
        QStringList onlyServed;
        QStringList onlyOnDisk;
        for (const auto& tag : std::as_const(sorted)) {
            if (!repository.tagFolders.contains(tag)) {
                onlyServed << tag;
            }
        }
        for (const auto& tag : repository.tagFolders) {
            if (!sorted.contains(tag)) {
                onlyOnDisk << tag;
            }
        }
        const auto sample = [](const QStringList& tags) {
            return tags.isEmpty() ? tr("none")
                                  : tags.mid(0, 5).join(QLatin1String(", ")) +
                                        (tags.size() > 5 ? QStringLiteral(", …") : QString());
        };
        finish({RegistryError::Kind::NotFound,
                tr("%1 does not serve the storage root %2 as it is now: its repository %3 has tags that the storage "
                   "root does not have (%4) and lacks tags it has (%5). Name the registry whose data is %2, and run "
                   "this while nothing pushes.")
                    .arg(m_client->address().displayName(), m_plan->root(), repository.repository, sample(onlyServed),
                         sample(onlyOnDisk))});
        return;
    }
    if (repository.probeTag.isEmpty()) {
        deleteNext();
        return;
    }
    track<ManifestJob>(m_client->resolveDigest(repository.repository, repository.probeTag), [this](ManifestJob* head) {
        const auto& probed = m_work.at(m_repositoryIndex);
        if (head->error() && head->error().kind() != RegistryError::Kind::NotFound) {
            finish(head->error());
            return;
        }
        if (head->error() || head->digest() != probed.probeDigest) {
            finish(
                {RegistryError::Kind::NotFound,
                 tr("%1 does not serve the storage root %2: its tag %3:%4 is %5 there and %6 on disk. Name the "
                    "registry whose data is %2.")
                     .arg(m_client->address().displayName(), m_plan->root(), probed.repository, probed.probeTag,
                          head->error() ? tr("missing") : head->digest().toString(), probed.probeDigest.toString())});
            return;
        }
        deleteNext();
    });
}

void UntaggedDeleter::deleteNext()
{
    const auto& repository = m_work.at(m_repositoryIndex);
    if (m_candidateIndex >= repository.candidates.size()) {
        nextRepository();
        return;
    }
    if (m_dryRun) {
        while (m_candidateIndex < repository.candidates.size()) {
            m_deleted << repository.candidates.at(m_candidateIndex++);
            emit progress(++m_done, m_total);
        }
        nextRepository();
        return;
    }
    const auto candidate = repository.candidates.at(m_candidateIndex++);
    track<RegistryJob>(
        m_client->deleteManifest(candidate.repository, candidate.digest), [this, candidate](RegistryJob* job) {
            if (job->error() && job->error().kind() != RegistryError::Kind::NotFound) {
                finish(job->error());
                return;
            }
            if (job->error()) {
                m_alreadyGone << candidate;
            } else {
                m_deleted << candidate;
                emitEvent(TransferEvent::make(TransferEvent::Kind::ManifestDeleted, QString(),
                                              m_client->address().displayName(), candidate.repository,
                                              candidate.digest.toString(), tr("untagged, and no tag reaches it")));
            }
            emit progress(++m_done, m_total);
            deleteNext();
        });
}
