#include "Promoter.h"

#include "registry/ManifestJob.h"
#include "registry/RegistryClient.h"

#include <QElapsedTimer>

Promoter::Promoter(RegistryClient* client, const Reference& source, const QString& newTag, bool removeSourceTag,
                   const TagRemoverOptions& options, QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_source(source)
    , m_newTag(newTag)
    , m_removeSourceTag(removeSourceTag)
    , m_options(options)
{
}

QString Promoter::title() const
{
    return tr("promote %1 → %2").arg(m_source.toString(), m_newTag);
}

void Promoter::run()
{
    if (!Reference::isValidTag(m_newTag)) {
        finish({RegistryError::Kind::Usage, tr("\"%1\" is not a valid tag").arg(m_newTag)});
        return;
    }
    if (m_removeSourceTag && (m_source.tag().isEmpty() || m_source.hasDigest() || m_source.tag() == m_newTag)) {
        finish({RegistryError::Kind::Usage,
                tr("--remove-source-tag needs a source tag other than the new one: %1").arg(m_source.toString())});
        return;
    }
    const auto registry = m_client->address().displayName();
    QElapsedTimer timer;
    timer.start();
    track<ManifestJob>(
        m_client->getManifest(m_source.repository(), m_source.manifestReference()), [=, this](ManifestJob* get) {
            if (get->error()) {
                finish(get->error());
                return;
            }
            const auto bytes = get->manifest()->raw();
            m_mediaType = get->manifest()->mediaType();
            m_digest = get->digest();
            emitEvent(TransferEvent::make(TransferEvent::Kind::ManifestFetched, registry, tr("promote"),
                                          m_source.repository(), m_source.manifestReference(),
                                          tr("only the manifest is transferred, not the layers"), bytes.size(),
                                          timer.elapsed()));
            QElapsedTimer putTimer;
            putTimer.start();
            track<ManifestJob>(m_client->putManifest(m_source.repository(), m_newTag, bytes, m_mediaType),
                               [=, this](ManifestJob* put) {
                                   if (put->error()) {
                                       finish(put->error());
                                       return;
                                   }
                                   if (put->digest() != m_digest) {
                                       finish({RegistryError::Kind::DigestMismatch,
                                               tr("the promoted tag has digest %1, the source %2")
                                                   .arg(put->digest().toString(), m_digest.toString())});
                                       return;
                                   }
                                   emitEvent(TransferEvent::make(TransferEvent::Kind::ManifestPut, tr("promote"),
                                                                 registry, m_source.repository(), m_newTag, m_mediaType,
                                                                 bytes.size(), putTimer.elapsed()));
                                   if (m_removeSourceTag) {
                                       removeSource();
                                   } else {
                                       finish();
                                   }
                               });
        });
}

void Promoter::removeSource()
{
    auto* remover = new TagRemover(m_client, m_source.withTag(m_source.tag()), m_options, this);
    connect(remover, &Job::transferEvent, this, [this](const TransferEvent& e) { emitEvent(e); });
    track<TagRemover>(remover, [this](TagRemover* job) {
        if (job->error()) {
            finish(
                {job->error().kind(),
                 tr("%1 was promoted, but removing the temporary tag failed: %2").arg(m_newTag, job->error().message()),
                 job->error().httpStatus(), job->error().codes()});
            return;
        }
        m_removalRoute = job->route();
        m_removalDescription = job->routeDescription();
        finish();
    });
}
