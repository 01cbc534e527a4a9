#pragma once

#include "job/Job.h"
#include "registry/Digest.h"

#include <QDateTime>
#include <QHash>

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
};

// Removes old Zuul tags tag by tag, never anything else: other tags, other repositories and tags newer
// than the limit are untouched, and tags sharing a digest with a kept tag keep it. A dry run selects
// exactly what a real run deletes. Age is the Zuul build's end time when a Zuul API is given (the
// image's created time otherwise, or when Zuul does not know the build).
class Pruner : public Job
{
    Q_OBJECT
public:
    Pruner(RegistryClient* client, const PruneOptions& options, ZuulApi* zuul = nullptr, QObject* parent = nullptr);
    QString title() const override;

    const QList<PruneCandidate>& selected() const { return m_selected; } // deleted, or to delete in a dry run
    int kept() const { return m_kept; }
    int examined() const { return m_examined; }
    static QString garbageCollectHint();

protected:
    void run() override;

private:
    struct Work
    {
        QString repository;
        QString tag;
    };
    void listRepositories();
    void checkDeletes();
    void listTags();
    void examineNext();
    void examine(const Work& work);
    void imageCreated(const Work& work, std::function<void(Digest, QDateTime, RegistryError)> done);
    void judge(PruneCandidate candidate, const QString& build);
    void checkMerged(PruneCandidate candidate);
    void decide(const PruneCandidate& candidate, bool eligible);
    void deleteNext();

    RegistryClient* m_client;
    PruneOptions m_options;
    ZuulApi* m_zuul;
    QStringList m_repositories;
    QList<Work> m_work;
    int m_running = 0;
    int m_examined = 0;
    int m_kept = 0;
    QList<PruneCandidate> m_selected;
    QList<PruneCandidate> m_toDelete;
    int m_deleted = 0;
    QHash<int, bool> m_merged;
};
