#pragma once

#include "GcPlan.h"
#include "job/Job.h"

#include <QStringList>

#include <atomic>
#include <memory>

class RegistryClient;

// The safe half of registry:2 garbage collection: deletes through the registry's API exactly the manifests of a
// plan that no tag reaches, directly or through an index (GcPlan::deletable()), never a platform manifest of a
// tagged multi-arch image. Plain garbage-collect frees their blobs afterwards.
//
// Before deleting it reads the tags of those repositories from the storage root again (a tag pushed since the
// plan keeps what it reaches: keptNow()), asks whether the registry deletes at all, and checks per repository
// that the registry is the one serving that storage root: its tag list is the one on disk and a tag resolves to
// the digest on disk. A dry run does all of that and deletes nothing. Manifests already gone count as such.
class UntaggedDeleter : public Job
{
    Q_OBJECT
public:
    UntaggedDeleter(RegistryClient* client, std::shared_ptr<const GcPlan> plan, bool dryRun, QObject* parent = nullptr);
    ~UntaggedDeleter() override;
    QString title() const override;
    bool isDryRun() const { return m_dryRun; }

    // Deleted (in a dry run: to delete), in the plan's order.
    const QList<GcPlan::Untagged>& deleted() const { return m_deleted; }
    const QList<GcPlan::Untagged>& alreadyGone() const { return m_alreadyGone; }
    const QList<GcPlan::Untagged>& keptNow() const { return m_kept; }
    // What plain garbage-collect frees after this run (the plan's safe figure when everything went as planned).
    GcPlan::Amount freedAfterwards() const;

protected:
    void run() override;
    void onCancel() override;

private:
    // One repository's part of the run, prepared off the event loop from the storage root as it is now.
    struct RepositoryWork
    {
        QString repository;
        QStringList tagFolders; // every tag folder on disk, sorted
        QString probeTag;       // one tag and its digest on disk, to compare with the registry's
        Digest probeDigest;
        QList<GcPlan::Untagged> candidates;
        QList<GcPlan::Untagged> kept;
    };

    void nextRepository();
    void compareTags(const QStringList& served);
    void deleteNext();

    RegistryClient* m_client;
    std::shared_ptr<const GcPlan> m_plan;
    bool m_dryRun;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    QList<RepositoryWork> m_work;
    qsizetype m_repositoryIndex = -1;
    qsizetype m_candidateIndex = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    QList<GcPlan::Untagged> m_deleted;
    QList<GcPlan::Untagged> m_alreadyGone;
    QList<GcPlan::Untagged> m_kept;
};
