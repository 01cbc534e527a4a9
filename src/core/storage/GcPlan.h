#pragma once

#include "StorageRoot.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <memory>

// What garbage collection of a registry:2 storage root frees, computed from a scan the way Debian's
// docker-registry 2.8.2 does it (registry/storage/garbagecollect.go, MarkAndSweep):
//  - mark: every repository that has a _layers folder, every manifest revision in it whose blob exists: the
//    manifest's own blob and its References() (config and layers; an index's children, not theirs — those
//    are marked as revisions of their own);
//  - with --delete-untagged, a revision no tag of its repository points to directly is deleted instead of
//    marked: the platform manifests of a tagged multi-arch index too (distribution#3178, fixed in 3.0);
//  - sweep: every blob data file not marked.
// Bytes are the sizes of blobs/…/data files, each digest once.
class GcPlan
{
    Q_DECLARE_TR_FUNCTIONS(GcPlan)
public:
    struct Amount
    {
        qint64 count = 0;
        qint64 bytes = 0;
    };

    struct Untagged
    {
        QString repository;
        Digest digest;
        bool reachable = false; // a tagged index lists it (at any depth), or its repository could not be read fully
        QStringList via;        // reachable: the tags that reach it
    };

    // A tagged multi-arch image that --delete-untagged breaks: it deletes these platform manifests.
    struct Break
    {
        QString repository;
        Digest index;
        QStringList tags;
        QList<Digest> children;
        QStringList platforms; // parallel to children
    };

    static std::shared_ptr<const GcPlan> compute(std::shared_ptr<const StorageScan> scan);

    // The manifests of a repository that its tags reach, directly or through indexes at any depth.
    static QSet<Digest> reachable(const QList<StoredTag>& tags, const QHash<Digest, StoredManifest>& manifests);

    QString root() const { return m_scan->root; }
    const StorageScan& scan() const { return *m_scan; }
    std::shared_ptr<const StorageScan> sharedScan() const { return m_scan; }

    Amount blobs() const { return m_blobs; }
    Amount staleUploads() const { return m_uploads; }
    QDateTime oldestUpload() const { return m_oldestUpload; }
    Amount gc() const { return m_gc; }                             // plain garbage-collect
    Amount gcDeleteUntagged() const { return m_gcDeleteUntagged; } // garbage-collect --delete-untagged (2.8)
    Amount safe() const { return m_safe; }                         // plain garbage-collect after deletable() went
    const QList<Untagged>& untaggedManifests() const { return m_untagged; }
    const QList<Break>& deleteUntaggedBreaks() const { return m_breaks; }
    // The untagged manifests no tag reaches: what `gc delete-untagged` deletes through the API.
    QList<Untagged> deletable() const;
    int tagCount() const { return m_tags; }
    int manifestCount() const { return m_manifests; }

    // What plain garbage-collect frees once these manifests are deleted through the API.
    Amount freedAfterDeleting(const QList<Untagged>& deleted) const;

    // The `gc plan --json` document (docs/CLI.md).
    QJsonObject toJson() const;

private:
    explicit GcPlan(std::shared_ptr<const StorageScan> scan);
    Amount unmarked(const QSet<Digest>& marked) const;
    void mark(const Digest& manifest, QSet<Digest>& marked) const;

    std::shared_ptr<const StorageScan> m_scan;
    Amount m_blobs;
    Amount m_uploads;
    QDateTime m_oldestUpload;
    Amount m_gc;
    Amount m_gcDeleteUntagged;
    Amount m_safe;
    QList<Untagged> m_untagged;
    QList<Break> m_breaks;
    int m_tags = 0;
    int m_manifests = 0;
};
