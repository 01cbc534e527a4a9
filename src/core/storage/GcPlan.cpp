#include "GcPlan.h"

#include <QJsonArray>

#include <algorithm>

namespace {

// The manifests one manifest reaches through indexes, itself included, each once.
QList<Digest> descendants(const Digest& start, const QHash<Digest, StoredManifest>& manifests)
{
    QList<Digest> order{start};
    QSet<Digest> seen{start};
    for (qsizetype i = 0; i < order.size(); ++i) {
        const auto found = manifests.constFind(order.at(i));
        if (found == manifests.constEnd() || !found->index) {
            continue;
        }
        for (const auto& child : found->children) {
            if (!seen.contains(child)) {
                seen.insert(child);
                order << child;
            }
        }
    }
    return order;
}

QString platformOf(const Digest& child, const QHash<Digest, StoredManifest>& manifests, const QList<Digest>& within)
{
    for (const auto& parent : within) {
        const auto found = manifests.constFind(parent);
        if (found == manifests.constEnd()) {
            continue;
        }
        const auto at = found->children.indexOf(child);
        if (at >= 0) {
            return found->childPlatforms.value(at);
        }
    }
    return {};
}

} // namespace

GcPlan::GcPlan(std::shared_ptr<const StorageScan> scan)
    : m_scan(std::move(scan))
{
}

QSet<Digest> GcPlan::reachable(const QList<StoredTag>& tags, const QHash<Digest, StoredManifest>& manifests)
{
    QSet<Digest> reached;
    for (const auto& tag : tags) {
        if (!tag.digest.isValid() || reached.contains(tag.digest)) {
            continue;
        }
        for (const auto& digest : descendants(tag.digest, manifests)) {
            reached.insert(digest);
        }
    }
    return reached;
}

void GcPlan::mark(const Digest& manifest, QSet<Digest>& marked) const
{
    marked.insert(manifest);
    const auto found = m_scan->manifests.constFind(manifest);
    if (found != m_scan->manifests.constEnd()) {
        for (const auto& reference : found->references) {
            marked.insert(reference);
        }
    }
}

GcPlan::Amount GcPlan::unmarked(const QSet<Digest>& marked) const
{
    Amount amount;
    for (auto it = m_scan->blobs.constBegin(); it != m_scan->blobs.constEnd(); ++it) {
        if (!marked.contains(it.key())) {
            ++amount.count;
            amount.bytes += it.value();
        }
    }
    return amount;
}

std::shared_ptr<const GcPlan> GcPlan::compute(std::shared_ptr<const StorageScan> scan)
{
    auto plan = std::shared_ptr<GcPlan>(new GcPlan(std::move(scan)));
    const auto& s = *plan->m_scan;
    for (auto it = s.blobs.constBegin(); it != s.blobs.constEnd(); ++it) {
        ++plan->m_blobs.count;
        plan->m_blobs.bytes += it.value();
    }

    QSet<Digest> markAll;
    QSet<Digest> markTagged;
    for (const auto& repository : s.repositories) {
        plan->m_tags += static_cast<int>(std::count_if(repository.tags.begin(), repository.tags.end(),
                                                       [](const StoredTag& tag) { return tag.digest.isValid(); }));
        plan->m_manifests += static_cast<int>(repository.revisions.size());
        for (const auto& upload : repository.uploads) {
            ++plan->m_uploads.count;
            plan->m_uploads.bytes += upload.bytes;
            if (upload.startedAt.isValid() &&
                (!plan->m_oldestUpload.isValid() || upload.startedAt < plan->m_oldestUpload)) {
                plan->m_oldestUpload = upload.startedAt;
            }
        }

        QSet<Digest> tagged;
        QHash<Digest, QStringList> tagsOf;
        for (const auto& tag : repository.tags) {
            if (tag.digest.isValid()) {
                tagged.insert(tag.digest);
                tagsOf[tag.digest] << tag.name;
            }
        }
        // Which tags reach each manifest, through indexes too.
        QHash<Digest, QStringList> reachedBy;
        for (const auto& tag : repository.tags) {
            if (tag.digest.isValid()) {
                for (const auto& digest : descendants(tag.digest, s.manifests)) {
                    reachedBy[digest] << tag.name;
                }
            }
        }
        const QSet<Digest> revisions(repository.revisions.begin(), repository.revisions.end());
        for (const auto& digest : repository.revisions) {
            if (tagged.contains(digest)) {
                continue;
            }
            Untagged untagged{repository.name, digest, repository.uncertain || reachedBy.contains(digest),
                              reachedBy.value(digest)};
            plan->m_untagged << untagged;
        }

        if (!repository.seenByGarbageCollect) {
            continue; // garbage-collect neither marks from it nor deletes in it
        }
        for (const auto& digest : repository.revisions) {
            plan->mark(digest, markAll);
            if (tagged.contains(digest)) {
                plan->mark(digest, markTagged);
            }
        }
        // Tagged indexes whose untagged descendants --delete-untagged deletes.
        QList<Digest> indexes;
        for (const auto& tag : repository.tags) {
            const auto found = s.manifests.constFind(tag.digest);
            if (tag.digest.isValid() && found != s.manifests.constEnd() && found->index &&
                !indexes.contains(tag.digest) && revisions.contains(tag.digest)) {
                indexes << tag.digest;
            }
        }
        for (const auto& index : std::as_const(indexes)) {
            Break broken{repository.name, index, tagsOf.value(index), {}, {}};
            const auto reached = descendants(index, s.manifests);
            for (const auto& child : reached) {
                if (child != index && revisions.contains(child) && !tagged.contains(child)) {
                    broken.children << child;
                    broken.platforms << platformOf(child, s.manifests, reached);
                }
            }
            if (!broken.children.isEmpty()) {
                broken.tags.sort();
                plan->m_breaks << broken;
            }
        }
    }
    plan->m_gc = plan->unmarked(markAll);
    plan->m_gcDeleteUntagged = plan->unmarked(markTagged);
    plan->m_safe = plan->freedAfterDeleting(plan->deletable());
    return plan;
}

QList<GcPlan::Untagged> GcPlan::deletable() const
{
    QList<Untagged> result;
    for (const auto& untagged : m_untagged) {
        if (!untagged.reachable) {
            result << untagged;
        }
    }
    return result;
}

GcPlan::Amount GcPlan::freedAfterDeleting(const QList<Untagged>& deleted) const
{
    QHash<QString, QSet<Digest>> gone;
    for (const auto& untagged : deleted) {
        gone[untagged.repository].insert(untagged.digest);
    }
    QSet<Digest> marked;
    for (const auto& repository : m_scan->repositories) {
        if (!repository.seenByGarbageCollect) {
            continue;
        }
        const auto deletedHere = gone.value(repository.name);
        for (const auto& digest : repository.revisions) {
            if (!deletedHere.contains(digest)) {
                mark(digest, marked);
            }
        }
    }
    return unmarked(marked);
}

QJsonObject GcPlan::toJson() const
{
    const auto amount = [](const Amount& a) {
        return QJsonObject{{QStringLiteral("count"), a.count}, {QStringLiteral("bytes"), a.bytes}};
    };
    QJsonArray untagged;
    for (const auto& u : m_untagged) {
        untagged << QJsonObject{{QStringLiteral("repository"), u.repository},
                                {QStringLiteral("digest"), u.digest.toString()},
                                {QStringLiteral("reachable"), u.reachable}};
    }
    QJsonArray breaks;
    for (const auto& b : m_breaks) {
        QJsonArray children;
        for (const auto& child : b.children) {
            children << child.toString();
        }
        breaks << QJsonObject{{QStringLiteral("repository"), b.repository},
                              {QStringLiteral("index"), b.index.toString()},
                              {QStringLiteral("tags"), QJsonArray::fromStringList(b.tags)},
                              {QStringLiteral("children"), children}};
    }
    return QJsonObject{
        {QStringLiteral("root"), root()},
        {QStringLiteral("blobs"), amount(m_blobs)},
        {QStringLiteral("staleUploads"), amount(m_uploads)},
        {QStringLiteral("reclaimable"), QJsonObject{{QStringLiteral("gc"), m_gc.bytes},
                                                    {QStringLiteral("gcDeleteUntagged"), m_gcDeleteUntagged.bytes},
                                                    {QStringLiteral("safe"), m_safe.bytes}}},
        {QStringLiteral("untaggedManifests"), untagged},
        {QStringLiteral("deleteUntaggedBreaks"), breaks}};
}
