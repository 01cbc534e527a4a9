#include "ZuulPromoter.h"

#include "registry/ManifestJob.h"
#include "registry/RegistryClient.h"
#include "transfer/ImageCopier.h"
#include "zuul/ZuulTag.h"

#include <QPointer>

namespace {

// A repository as zuul-jobs' container_images name it may start with its registry ("quay.io/org/app").
QString withoutRegistryHost(const QString& repository)
{
    const auto slash = repository.indexOf(QLatin1Char('/'));
    return slash > 0 && Reference::looksLikeRegistry(repository.left(slash)) ? repository.mid(slash + 1) : repository;
}

} // namespace

ZuulPromoter::ZuulPromoter(const QList<ZuulArtifact>& images, RegistryClient* publication, ClientLookup sources,
                           bool dryRun, QObject* parent)
    : Job(parent)
    , m_publication(publication)
    , m_sources(std::move(sources))
    , m_dryRun(dryRun)
{
    setProgressUnit(ProgressUnit::Items);
    for (const auto& artifact : images) {
        if (!artifact.isImage()) {
            continue;
        }
        QString error;
        const auto to = destinationFor(artifact, publication->address(), &error);
        if (!to) {
            m_planProblem = error; // nothing is promoted when one image cannot be
            continue;
        }
        m_copies << Copy{artifact, *artifact.image, *to, {}, false};
    }
}

QString ZuulPromoter::title() const
{
    return m_dryRun ? tr("Plan the promotion of %n image(s) to %1", nullptr, int(m_copies.size()))
                          .arg(m_publication->address().displayName())
                    : tr("Promote %n image(s) to %1", nullptr, int(m_copies.size()))
                          .arg(m_publication->address().displayName());
}

std::optional<Reference> ZuulPromoter::destinationFor(const ZuulArtifact& artifact, const RegistryAddress& publication,
                                                      QString* error)
{
    const auto repository = withoutRegistryHost(
        artifact.repository.isEmpty() && artifact.image ? artifact.image->repository() : artifact.repository);
    auto tag = artifact.tag;
    if (tag.isEmpty() && artifact.image) {
        tag = ZuulTag::parse(artifact.image->tag()).baseTag();
    }
    if (!Reference::isValidRepositoryPath(repository) || !Reference::isValidTag(tag)) {
        *error = tr("the image artifact %1 names no usable repository and tag (\"%2\", \"%3\")")
                     .arg(artifact.name, repository.left(200), tag.left(128));
        return std::nullopt;
    }
    return Reference::parse(publication.hostPort() + QLatin1Char('/') + repository + QLatin1Char(':') + tag, error);
}

void ZuulPromoter::run()
{
    if (!m_planProblem.isEmpty()) {
        finish({RegistryError::Kind::Protocol, m_planProblem});
        return;
    }
    if (m_copies.isEmpty()) {
        finish({RegistryError::Kind::NotFound, tr("the build left no container images to promote")});
        return;
    }
    next();
}

void ZuulPromoter::next()
{
    ++m_current;
    if (m_current >= m_copies.size()) {
        finish();
        return;
    }
    emit progress(m_current, m_copies.size());
    const auto& copy = m_copies[m_current];
    emit step(m_dryRun ? tr("resolving %1").arg(copy.from.toString())
                       : tr("copying %1 to %2").arg(copy.from.toString(), copy.to.toString()));
    QPointer<ZuulPromoter> self(this);
    const int index = m_current;
    m_sources(copy.from.registry(), this, [self, index](RegistryClient* source) {
        if (!self || self->isFinished()) {
            return;
        }
        if (!source) {
            self->finish({RegistryError::Kind::NotFound, tr("no connection is set up for %1, where %2 is")
                                                             .arg(self->m_copies[index].from.registry().displayName(),
                                                                  self->m_copies[index].from.toString())});
            return;
        }
        self->copy(index, source);
    });
}

void ZuulPromoter::copy(int index, RegistryClient* source)
{
    const auto from = m_copies[index].from;
    // The source's digest first: it is what the publication registry must end up serving.
    require<ManifestJob>(source->resolveDigest(from.repository(), from.manifestReference()),
                         [this, index, source](ManifestJob* resolved) {
                             m_copies[index].digest = resolved->digest();
                             if (m_dryRun) {
                                 emit copied(index);
                                 next();
                                 return;
                             }
                             CopyOptions options;
                             options.platforms = CopyOptions::Platforms::All;
                             auto* copier = new ImageCopier(source, m_copies[index].from, m_publication,
                                                            m_copies[index].to, options);
                             connect(copier, &Job::transferEvent, this, &Job::transferEvent);
                             require<ImageCopier>(copier, [this, index](ImageCopier*) { verify(index); });
                         });
}

void ZuulPromoter::verify(int index)
{
    const auto to = m_copies[index].to;
    require<ManifestJob>(m_publication->resolveDigest(to.repository(), to.tag()), [this, index](ManifestJob* resolved) {
        auto& copy = m_copies[index];
        if (resolved->digest() != copy.digest) {
            finish({RegistryError::Kind::Protocol,
                    tr("%1 serves %2 after the copy, not the source's %3")
                        .arg(copy.to.toString(), resolved->digest().toString(), copy.digest.toString())});
            return;
        }
        copy.done = true;
        emit copied(index);
        next();
    });
}
