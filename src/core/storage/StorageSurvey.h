#pragma once

#include "job/Job.h"
#include "registry/Digest.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class ContentCache;
class RegistryClient;
class ZuulApi;

struct StorageSurveyOptions
{
    QStringList repositories; // empty: every repository of the catalog
    int parallel = 8;         // requests in flight at once
    // Manifests and configs by digest; a second survey then only asks each tag's digest. Null: no cache.
    std::shared_ptr<ContentCache> cache;
    // With Zuul's API, a <build>_<tag> tag is as old as its build (its end time), as prune counts it.
    ZuulApi* zuul = nullptr;
};

// What a registry holds, as its API tells it: every tag of every repository, indexes followed to their
// platform manifests, each distinct blob (config or layer) counted once.
struct StorageReport
{
    struct Repository
    {
        QString name;
        int tags = 0;
        qint64 bytes = 0;          // the distinct blobs its tags reach
        qint64 exclusiveBytes = 0; // of those, the ones no other repository's tags reach
    };
    struct Tag
    {
        QString repository;
        QString tag;
        Digest digest;
        QString mediaType;
        QDateTime created; // the image's configuration (the newest platform's, for an index); invalid if unknown
        QDateTime built;   // the end of the Zuul build behind a <build>_<tag> tag, when Zuul knows it
        qint64 bytes = 0;  // the distinct blobs it reaches
        QDateTime age() const { return built.isValid() ? built : created; } // what its age counts from
    };

    // A manifest, reduced to what storage counts.
    struct Manifest
    {
        qint64 size = 0;                        // its own bytes: registry:2 stores them as a blob too
        QList<std::pair<Digest, qint64>> blobs; // config and layers
        QList<Digest> children;                 // of an index
        Digest config;
    };
    // What some tags reach: manifests (through indexes too) and blobs, each digest once.
    struct Reach
    {
        QHash<Digest, qint64> manifests; // digest -> its size
        QHash<Digest, qint64> blobs;     // digest -> size
        qint64 bytes() const;            // the blobs' sizes
    };
    Reach reach(const QList<Digest>& tops) const;

    QString registry;
    QHash<Digest, Manifest> graph; // every manifest the tags reach
    int manifests = 0;             // distinct manifest digests reached (indexes and their children)
    int blobs = 0;                 // distinct blob digests reached
    qint64 totalBytes = 0;
    QList<Repository> repositories;
    QList<Tag> tags;
    int fromCache = 0; // manifests and configs read from the cache instead of the registry
    int requests = 0;  // registry requests made
};

// Surveys a registry through its API: the catalog (or the repositories named), their tags, each tag's
// manifest and, for an index, its children, and each image's configuration for its age. Manifests and
// configs are immutable, so with a cache a second survey asks only for the tags' digests. A bounded number
// of requests run at once; progress counts tags.
class StorageSurvey : public Job
{
    Q_OBJECT
public:
    StorageSurvey(RegistryClient* client, StorageSurveyOptions options, QObject* parent = nullptr);
    QString title() const override;
    const StorageReport& report() const { return m_report; }

protected:
    void run() override;

private:
    using Task = std::function<void()>;

    void listRepositories();
    void listTags(const QString& repository);
    void surveyTag(const QString& repository, const QString& tag);
    // Calls then() once the manifest (and its children, and their configs) are known.
    void needManifest(const QString& repository, const Digest& digest, const std::function<void()>& then);
    void fetchManifest(const QString& repository, const Digest& digest);
    // Parses and keeps a manifest, then follows its children and config; false when the bytes are no manifest.
    // keep: store it in the cache (false for what was read from there).
    bool remember(const QString& repository, const Digest& digest, const QByteArray& bytes, const QString& mediaType,
                  bool keep = true);
    void needConfig(const QString& repository, const Digest& digest, qint64 size);
    void noteConfig(const Digest& digest, const QByteArray& bytes);
    void needBuildTime(const QString& build);
    // A failure that concerns one repository or tag (deleted meanwhile) is skipped; others end the survey.
    bool failed(const RegistryError& error);
    void schedule(Task task);
    void taskDone();
    void summarize();
    static StorageReport summarized(StorageReport report, QList<StorageReport::Tag> found,
                                    const QHash<Digest, QDateTime>& created, const QHash<QString, QDateTime>& builds,
                                    bool zuul);

    RegistryClient* m_client;
    StorageSurveyOptions m_options;
    bool m_headFirst = false; // with a warm cache, a HEAD per tag; cold, a GET that also brings the bytes
    QList<Task> m_queue;
    int m_inFlight = 0;
    int m_tagsKnown = 0;
    int m_tagsDone = 0;
    QHash<Digest, QList<std::function<void()>>> m_waiting; // manifests being read, and who waits for them
    QHash<Digest, QDateTime> m_created;                    // config digest → created
    QSet<Digest> m_configsAsked;
    QHash<QString, QDateTime> m_buildEnds; // Zuul build uuid -> end time (invalid: unknown or running)
    QList<StorageReport::Tag> m_found;     // each tag with its digest; the rest is filled in at the end
    StorageReport m_report;
};
