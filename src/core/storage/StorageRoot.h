#pragma once

#include "registry/Digest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

// What one manifest blob references, as registry:2's garbage-collect sees it (the manifest's References()):
// an image manifest its config and layers (schema1: its fsLayers), an index or manifest list its children.
struct StoredManifest
{
    QString mediaType;
    bool index = false;
    QList<Digest> references;
    QList<Digest> children;     // indexes only, in the index's order
    QStringList childPlatforms; // parallel to children: "linux/arm64/v8", empty when the index names none
};

// A tag folder: _manifests/tags/<name>/current/link. digest is invalid when the folder has no current link
// (registry:2 then lists the tag but serves nothing under it).
struct StoredTag
{
    QString name;
    Digest digest;
};

// An unfinished upload: _uploads/<uuid>/{data,startedat}.
struct StoredUpload
{
    QString uuid;
    qint64 bytes = 0;
    QDateTime startedAt; // invalid when startedat is missing or unreadable
};

struct StoredRepository
{
    QString name;                      // "zuul/app"
    bool seenByGarbageCollect = false; // it has _layers: garbage-collect finds repositories by that folder
    QList<Digest> revisions;           // linked revisions whose manifest blob exists (what garbage-collect enumerates)
    QList<StoredTag> tags;             // sorted by name
    QList<Digest> layers;              // _layers links
    QList<StoredUpload> uploads;
    bool uncertain = false; // an entry could not be read: what its tags reach is not known for sure
};

// Something the reader could not read or did not trust; the scan goes on without it.
struct StorageProblem
{
    QString path;
    QString message;
    QString repository; // empty when it concerns no repository (a blob)
};

// Everything a registry:2 filesystem storage root holds, read once.
struct StorageScan
{
    QString root;                            // the root directory (storage.filesystem.rootdirectory)
    QList<StoredRepository> repositories;    // sorted by name
    QHash<Digest, qint64> blobs;             // blobs/<algorithm>/<2>/<hex>/data and its size
    QHash<Digest, StoredManifest> manifests; // the manifest of every revision that could be read
    QList<StorageProblem> problems;
};

// A read-only reader of a registry:2 storage root (the filesystem driver's rootdirectory, which holds
// docker/registry/v2/{blobs,repositories}). It never writes, never follows a symbolic link out of the root,
// reads manifests only up to Manifest::kMaxBytes and reports what it cannot read as problems instead of
// failing. Reading a big root takes a while: StorageScanJob runs scan() off the event loop.
class StorageRoot
{
    Q_DECLARE_TR_FUNCTIONS(StorageRoot)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static constexpr qint64 kMaxLinkBytes = 1024;
    static constexpr int kMaxRepositoryDepth = 64;

    // directory: the rootdirectory (or its docker/registry/v2 folder). nullopt and *error when it holds no
    // registry:2 storage.
    static std::optional<StorageRoot> open(const QString& directory, QString* error);

    QString path() const { return m_path; } // the root directory, absolute
    QString v2Path() const;
    QString repositoryPath(const QString& repository) const;
    QString blobDataPath(const Digest& digest) const;

    // Reads everything. nullopt only when cancelled.
    std::optional<StorageScan> scan(const std::atomic_bool* cancelled = nullptr, const Progress& progress = {}) const;
    // A repository's tag folders as they are now, sorted by name.
    QList<StoredTag> readTags(const QString& repository, QList<StorageProblem>* problems) const;
    // The manifest blob of digest, checked against its digest and parsed; nullopt and *error otherwise.
    std::optional<StoredManifest> readManifest(const Digest& digest, QString* error) const;

private:
    StorageRoot() = default;

    QString m_path;
    QString m_canonical; // the canonical v2 folder's root directory: links may lead anywhere below it
};
