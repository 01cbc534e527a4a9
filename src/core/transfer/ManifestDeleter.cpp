#include "ManifestDeleter.h"

#include "registry/ListJob.h"
#include "registry/ManifestJob.h"
#include "registry/RegistryClient.h"

ManifestDeleter::ManifestDeleter(RegistryClient* client, const Reference& reference, bool dryRun, QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_reference(reference)
    , m_dryRun(dryRun)
{
}

QString ManifestDeleter::title() const
{
    return tr("delete %1").arg(m_reference.toString());
}

void ManifestDeleter::run()
{
    // A registry that cannot delete is told before anything else happens, not after the tag lookups.
    require<RegistryJob>(m_client->requireDeletes(m_reference.repository()), [this](RegistryJob*) { resolve(); });
}

void ManifestDeleter::resolve()
{
    track<ManifestJob>(m_client->resolveDigest(m_reference.repository(), m_reference.manifestReference()),
                       [this](ManifestJob* head) {
                           if (head->error()) {
                               finish(head->error());
                               return;
                           }
                           // resolveDigest always answers with one: the registry's, or the bytes' own.
                           m_digest = m_reference.hasDigest() ? m_reference.digest() : head->digest();
                           track<ListJob>(m_client->tags(m_reference.repository()), [this](ListJob* list) {
                               if (list->error()) {
                                   finish(list->error());
                                   return;
                               }
                               m_tags = list->items();
                               lookUpNext();
                           });
                       });
}

void ManifestDeleter::lookUpNext()
{
    while (m_running < kParallelLookups && !m_tags.isEmpty()) {
        const auto tag = m_tags.takeFirst();
        ++m_running;
        track<ManifestJob>(m_client->resolveDigest(m_reference.repository(), tag), [this, tag](ManifestJob* head) {
            --m_running;
            // A tag that vanished meanwhile is simply not affected.
            if (!head->error() && head->digest() == m_digest) {
                m_affected << tag;
            } else if (head->error() && head->error().kind() != RegistryError::Kind::NotFound) {
                finish(head->error());
                return;
            }
            lookUpNext();
        });
    }
    if (m_running == 0 && m_tags.isEmpty() && !isFinished()) {
        m_affected.sort();
        if (m_dryRun) {
            finish();
        } else {
            remove();
        }
    }
}

void ManifestDeleter::remove()
{
    track<RegistryJob>(m_client->deleteManifest(m_reference.repository(), m_digest), [this](RegistryJob* job) {
        if (job->error()) {
            finish(job->error());
            return;
        }
        emitEvent(
            TransferEvent::make(TransferEvent::Kind::ManifestDeleted, QString(), m_client->address().displayName(),
                                m_reference.repository(), m_digest.toString(),
                                tr("tags removed with it: %1")
                                    .arg(m_affected.isEmpty() ? tr("none") : m_affected.join(QLatin1String(", ")))));
        finish();
    });
}
