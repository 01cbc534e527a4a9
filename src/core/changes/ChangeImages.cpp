#include "ChangeImages.h"

#include "registry/RegistryClient.h"
#include "transfer/ImageInspector.h"

#include <QPointer>

namespace {

constexpr int kParallelChecks = 4;

} // namespace

QString ZuulImage::stateText() const
{
    switch (state) {
    case State::Unchecked:
        return tr("checking");
    case State::Present:
        return tr("present");
    case State::Missing:
        return tr("missing");
    case State::NoConnection:
        return tr("no connection");
    case State::Failed:
        return tr("not checked");
    }
    return {};
}

ZuulImagesJob::ZuulImagesJob(ZuulApi* api, const ZuulImageQuery& query, ClientLookup lookup, QObject* parent)
    : Job(parent)
    , m_api(api)
    , m_query(query)
    , m_lookup(std::move(lookup))
{
    setProgressUnit(ProgressUnit::Items);
}

QString ZuulImagesJob::title() const
{
    return m_query.buildset.isEmpty() ? tr("Images of change %1").arg(m_query.change)
                                      : tr("Images of buildset %1").arg(m_query.buildset.left(8));
}

void ZuulImagesJob::run()
{
    emit step(tr("reading the builds from Zuul"));
    QPointer<ZuulImagesJob> self(this);
    if (!m_query.buildset.isEmpty()) {
        m_api->buildset(m_query.buildset, this, [self](const ZuulBuildset& buildset, const RegistryError& error) {
            if (!self || self->isFinished()) {
                return;
            }
            if (error) {
                self->finish(error);
                return;
            }
            auto builds = buildset.builds;
            std::reverse(builds.begin(), builds.end()); // newest first, like the builds list
            self->readBuilds(builds);
        });
        return;
    }
    ZuulBuildFilter filter;
    filter.change = m_query.change;
    filter.patchset = m_query.patchset;
    filter.pipeline = m_query.pipeline;
    filter.project = m_query.project;
    filter.jobName = m_query.jobName;
    filter.limit = 100;
    m_api->allBuilds(filter, m_query.maxBuilds, this,
                     [self](const QList<ZuulBuild>& builds, bool truncated, const RegistryError& error) {
                         if (!self || self->isFinished()) {
                             return;
                         }
                         if (error) {
                             self->finish(error);
                             return;
                         }
                         self->m_truncated = truncated;
                         self->readBuilds(builds);
                     });
}

void ZuulImagesJob::readBuilds(QList<ZuulBuild> builds)
{
    m_builds = std::move(builds);
    for (const auto& build : std::as_const(m_builds)) {
        for (const auto& artifact : ZuulArtifact::of(build)) {
            if (!artifact.isImage() && artifact.problem.isEmpty()) {
                continue; // logs, documentation: not images
            }
            ZuulImage image;
            image.build = build;
            image.artifact = artifact;
            if (!artifact.isImage()) {
                image.state = ZuulImage::State::Failed;
                image.problem = artifact.problem;
            }
            m_images << image;
        }
    }
    emit buildsRead();
    emit step(tr("checking %n image(s) in their registries", nullptr, int(m_images.size())));
    emit progress(0, m_images.size());
    checkNext();
}

void ZuulImagesJob::checkNext()
{
    while (m_running < kParallelChecks && m_next < m_images.size() && !isFinished()) {
        const int index = m_next++;
        if (m_images[index].state != ZuulImage::State::Unchecked) {
            checked(index);
            continue;
        }
        ++m_running;
        QPointer<ZuulImagesJob> self(this);
        m_lookup(m_images[index].artifact.image->registry(), this, [self, index](RegistryClient* client) {
            if (self && !self->isFinished()) {
                self->check(index, client);
            }
        });
    }
    if (m_done == m_images.size() && !isFinished()) {
        finish();
    }
}

void ZuulImagesJob::check(int index, RegistryClient* client)
{
    auto& image = m_images[index];
    if (!client) {
        image.state = ZuulImage::State::NoConnection;
        image.problem = tr("no connection is set up for %1").arg(image.artifact.image->registry().displayName());
        --m_running;
        checked(index);
        checkNext();
        return;
    }
    const auto reference = *image.artifact.image;
    auto* inspector = new ImageInspector(client, reference.repository(), reference.manifestReference());
    inspector->setFetchConfig(false);
    track<ImageInspector>(inspector, [this, index](ImageInspector* done) {
        auto& checkedImage = m_images[index];
        if (done->error()) {
            const bool missing = done->error().kind() == RegistryError::Kind::NotFound;
            checkedImage.state = missing ? ZuulImage::State::Missing : ZuulImage::State::Failed;
            checkedImage.problem = done->error().message();
        } else {
            checkedImage.state = ZuulImage::State::Present;
            checkedImage.digest = done->topDigest();
            checkedImage.mediaType = done->top()->mediaType();
            checkedImage.platforms = done->top()->isIndex() ? int(done->top()->manifests().size()) : 0;
            checkedImage.size = done->image() ? done->image()->imageSize() : -1;
        }
        --m_running;
        checked(index);
        checkNext();
    });
}

void ZuulImagesJob::checked(int index)
{
    ++m_done;
    emit imageChecked(index);
    emit progress(m_done, m_images.size());
}
