#include "Pruner.h"

#include "ImageInspector.h"
#include "TagRemover.h"
#include "registry/ImageConfig.h"
#include "registry/ListJob.h"
#include "registry/RegistryClient.h"
#include "util/Duration.h"
#include "zuul/ZuulApi.h"
#include "zuul/ZuulTag.h"

Pruner::Pruner(RegistryClient* client, const PruneOptions& options, ZuulApi* zuul, QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_options(options)
    , m_zuul(zuul)
{
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
    return tr("Deleted tags free no disk space by themselves. Reclaim it with: docker-registry garbage-collect "
              "--delete-untagged /etc/docker/registry/config.yml (registry stopped or in read-only mode; add --dry-run "
              "first to see what would go)");
}

void Pruner::run()
{
    if (m_options.finishedChangesOnly && !m_zuul) {
        finish(
            {RegistryError::Kind::Usage, tr("only pruning finished changes needs a Zuul API (--zuul and --tenant)")});
        return;
    }
    if (!m_options.repository.isEmpty()) {
        m_repositories = {m_options.repository};
        checkDeletes();
        return;
    }
    listRepositories();
}

void Pruner::checkDeletes()
{
    if (m_repositories.isEmpty()) {
        listTags();
        return;
    }
    // A registry that cannot delete is told now, before a single tag is examined or touched.
    require<RegistryJob>(m_client->requireDeletes(m_repositories.first()), [this](RegistryJob*) { listTags(); });
}

void Pruner::listRepositories()
{
    track<ListJob>(m_client->catalog(), [this](ListJob* job) {
        if (job->error()) {
            finish(job->error());
            return;
        }
        m_repositories = job->items();
        checkDeletes();
    });
}

void Pruner::listTags()
{
    if (m_repositories.isEmpty()) {
        examineNext();
        return;
    }
    const auto repository = m_repositories.takeFirst();
    track<ListJob>(m_client->tags(repository), [this, repository](ListJob* job) {
        if (job->error() && job->error().kind() != RegistryError::Kind::NotFound) {
            finish(job->error());
            return;
        }
        for (const auto& tag : job->items()) {
            const auto zuulTag = ZuulTag::parse(tag);
            const bool wanted =
                m_options.mode == PruneOptions::Mode::Intermediate ? zuulTag.isIntermediate() : zuulTag.isTemporary();
            if (wanted) {
                m_work << Work{repository, tag};
            } else {
                ++m_kept; // not a tag this prune is about
            }
        }
        listTags();
    });
}

void Pruner::examineNext()
{
    while (m_running < m_options.parallel && !m_work.isEmpty() && !isFinished()) {
        ++m_running;
        examine(m_work.takeFirst());
    }
    if (m_running == 0 && m_work.isEmpty() && !isFinished()) {
        std::sort(m_selected.begin(), m_selected.end(), [](const PruneCandidate& a, const PruneCandidate& b) {
            return std::tie(a.repository, a.tag) < std::tie(b.repository, b.tag);
        });
        if (m_options.dryRun) {
            finish();
            return;
        }
        m_toDelete = m_selected;
        deleteNext();
    }
}

void Pruner::imageCreated(const Work& work, std::function<void(Digest, QDateTime, RegistryError)> done)
{
    track<ImageInspector>(
        new ImageInspector(m_client, work.repository, work.tag, std::nullopt, this), [done](ImageInspector* inspector) {
            const auto& config = inspector->config();
            done(inspector->topDigest(), config ? config->created() : QDateTime(), inspector->error());
        });
}

void Pruner::examine(const Work& work)
{
    ++m_examined;
    imageCreated(work, [this, work](const Digest& digest, const QDateTime& created, const RegistryError& error) {
        if (error) {
            if (error.kind() == RegistryError::Kind::NotFound) {
                --m_running; // the tag went away meanwhile: nothing to prune
                examineNext();
                return;
            }
            finish(error);
            return;
        }
        PruneCandidate candidate{work.repository, work.tag, digest, created, tr("image created"), 0, 0};
        const auto zuulTag = ZuulTag::parse(work.tag);
        candidate.change = zuulTag.change();
        judge(candidate, zuulTag.isIntermediate() ? zuulTag.build() : QString());
    });
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

void Pruner::deleteNext()
{
    if (m_toDelete.isEmpty()) {
        finish();
        return;
    }
    const auto candidate = m_toDelete.takeFirst();
    auto reference = Reference::parse(m_client->address().hostPort() + QLatin1Char('/') + candidate.repository +
                                      QLatin1Char(':') + candidate.tag);
    if (m_client->address().isPlainHttp()) {
        reference = Reference::parse(QStringLiteral("http://") + m_client->address().hostPort() + QLatin1Char('/') +
                                     candidate.repository + QLatin1Char(':') + candidate.tag);
    }
    auto* remover = new TagRemover(m_client, *reference, {}, this);
    connect(remover, &Job::transferEvent, this, [this](const TransferEvent& e) { emitEvent(e); });
    track<TagRemover>(remover, [this, candidate](TagRemover* job) {
        if (job->error()) {
            // Report what is true: only what was removed before the failure is gone.
            m_selected = m_selected.mid(0, m_deleted);
            finish({job->error().kind(),
                    tr("removing %1:%2 failed after %n tag(s) were removed: %3", nullptr, m_deleted)
                        .arg(candidate.repository, candidate.tag, job->error().message()),
                    job->error().httpStatus(), job->error().codes()});
            return;
        }
        ++m_deleted;
        emit progress(m_deleted, m_deleted + m_toDelete.size());
        deleteNext();
    });
}
