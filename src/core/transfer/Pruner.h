#pragma once

#include "job/Job.h"
#include "registry/Digest.h"
#include "storage/StorageSurvey.h"

#include <QDateTime>
#include <QHash>

#include <memory>

class ContentCache;
class RegistryClient;
class ZuulApi;

struct PruneOptions
{
    enum class Mode
    {
        Intermediate, // <build>_<tag> tags of the intermediate registry
        Temporary,    // leaked change_<N>_<tag> / <pipeline>_<tag> tags on a publication registry
    };
    Mode mode = Mode::Intermediate;
    qint64 olderThanSeconds = 0;
    QString repository; // empty: every repository of the catalog
    bool dryRun = false;
    bool finishedChangesOnly = false; // needs the Zuul API: only changes that have merged
    QDateTime now;                    // defaults to the current time
    int parallel = 4;
    std::shared_ptr<ContentCache> cache; // manifests and configurations by digest (see StorageSurvey)
};

struct PruneCandidate
{
    QString repository;
    QString tag;
    Digest digest;
    QDateTime time; // what the age is measured from
    QString basis;  // "zuul build end" or "image created"
    qint64 ageSeconds = 0;
    int change = 0;
    // The manifest is deleted by digest (no other tag of the repository and no kept index reaches it), so
    // garbage collection frees what it alone held; otherwise only the tag is removed.
    bool deletesManifest = false;
};

// Removes old Zuul tags, never anything else: other tags, other repositories and tags newer than the limit
// are untouched, and tags sharing a digest with a kept tag keep it. A dry run selects exactly what a real run
// deletes, and says what garbage collection then frees. Age is the Zuul build's end time when a Zuul API is
// given (the image's created time otherwise, or when Zuul does not know the build). A pruned tag whose
// manifest nothing else in its repository reaches goes with its manifest (deleted by digest, with the
// platform manifests of an index), so plain garbage collection frees its blobs; registry:2 2.8 cannot
// delete a tag alone, and a tag removed through a placeholder would leave its image behind untagged.
class Pruner : public Job
{
    Q_OBJECT
public:
    Pruner(RegistryClient* client, const PruneOptions& options, ZuulApi* zuul = nullptr, QObject* parent = nullptr);
    QString title() const override;

    const QList<PruneCandidate>& selected() const { return m_selected; } // deleted, or to delete in a dry run
    int kept() const { return m_kept; }
    int examined() const { return m_examined; }
    const PruneOptions& options() const { return m_options; }
    // What plain garbage collection frees after this prune, as registry:2 stores it: the manifests that go
    // (platform manifests too) and the blobs only the pruned tags reach, each digest once. Blobs that untagged
    // manifests still hold, which the API cannot see, stay on disk.
    qint64 reclaimableBytes() const { return m_reclaimableBytes; }
    static QString garbageCollectHint();

protected:
    void run() override;

private:
    void listRepositories();
    void survey();
    void examine();
    void examineNext();
    void judge(PruneCandidate candidate, const QString& build);
    void checkMerged(PruneCandidate candidate);
    void decide(const PruneCandidate& candidate, bool eligible);
    void plan();
    void deleteNext();
    void deleteManifests(const PruneCandidate& candidate, QList<Digest> digests);
    void failRemoval(const PruneCandidate& candidate, const RegistryError& error);

    RegistryClient* m_client;
    PruneOptions m_options;
    ZuulApi* m_zuul;
    QStringList m_repositories; // all of the registry's (for what else reaches a blob)
    StorageReport m_report;
    QList<PruneCandidate> m_work;
    int m_running = 0;
    bool m_judged = false;
    int m_examined = 0;
    int m_kept = 0;
    QList<PruneCandidate> m_selected;
    QList<PruneCandidate> m_toDelete;
    int m_deleted = 0;
    QHash<int, bool> m_merged;
    qint64 m_reclaimableBytes = 0;
    QHash<std::pair<QString, Digest>, QList<Digest>> m_manifestsToDelete; // repository, top -> what goes with it
};
