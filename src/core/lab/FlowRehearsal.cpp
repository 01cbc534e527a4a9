#include "FlowRehearsal.h"

#include "SampleImages.h"
#include "TemporaryRegistry.h"
#include "registry/BlobJob.h"
#include "registry/ManifestJob.h"
#include "registry/Reference.h"
#include "registry/RegistryClient.h"
#include "transfer/ImageCopier.h"
#include "transfer/Promoter.h"
#include "transfer/TagRemover.h"
#include "zuul/ZuulTag.h"

#include <QBuffer>
#include <QUuid>

namespace {
Reference referenceOn(RegistryClient* client, const QString& repository, const QString& tagOrDigest)
{
    const auto separator = tagOrDigest.contains(QLatin1Char(':')) ? QLatin1Char('@') : QLatin1Char(':');
    return *Reference::parse(client->address().hostPort() + QLatin1Char('/') + repository + separator + tagOrDigest);
}

QString newBuild()
{
    return QUuid::createUuid().toString(QUuid::Id128); // 32 hex digits, like zuul.build
}
} // namespace

QString FlowRehearsal::roleIntermediate()
{
    return tr("Intermediate registry");
}
QString FlowRehearsal::roleBuildset()
{
    return tr("Buildset registry");
}
QString FlowRehearsal::rolePublication()
{
    return tr("Publication registry");
}
QString FlowRehearsal::roleBuildJob()
{
    return tr("Image build job");
}
QString FlowRehearsal::roleTestJob()
{
    return tr("Deployment test job");
}
QString FlowRehearsal::roleUpload()
{
    return tr("upload-image");
}
QString FlowRehearsal::rolePromote()
{
    return tr("promote-image");
}

FlowRehearsal::FlowRehearsal(RegistryClient* intermediate, RegistryClient* buildset, RegistryClient* publication,
                             const RehearsalOptions& options, QObject* parent)
    : Job(parent)
    , m_intermediate(intermediate)
    , m_buildset(buildset)
    , m_publication(publication)
    , m_options(options)
    , m_build1(newBuild())
    , m_build2(newBuild())
{
    const auto step = [this](const QString& title, const QString& label, const QString& from, const QString& to) {
        m_steps << Step{static_cast<int>(m_steps.size()) + 1, title, label, from, to, false, false, {}, 0};
    };
    step(tr("Previous change's image to the intermediate registry"), tr("Previous change's image"), roleBuildJob(),
         roleIntermediate());
    step(tr("Buildset registry populated from the intermediate registry"), tr("Images from previous changes"),
         roleIntermediate(), roleBuildset());
    step(tr("Image build job pushes the current image"), tr("Current image"), roleBuildJob(), roleBuildset());
    step(tr("Current image to the intermediate registry"), tr("Current image"), roleBuildset(), roleIntermediate());
    step(tr("Deployment test job pulls current and previous images"), tr("Current and previous images"), roleBuildset(),
         roleTestJob());
    step(tr("upload-image pushes the temporary tag"), tr("Current image with temporary tag"), roleUpload(),
         rolePublication());
    step(tr("promote-image moves the final tag (manifest only)"), tr("Current image manifest with final tag"),
         rolePromote(), rolePublication());
    if (m_options.cleanUp) {
        step(tr("Clean-up of the rehearsal's tags"), tr("Clean-up"), tr("RegistryDesk"), tr("all registries"));
    }
}

QString FlowRehearsal::title() const
{
    return tr("Rehearse the gating flow with %1").arg(m_options.repository);
}

QString FlowRehearsal::intermediateTag(int build) const
{
    return ZuulTag::intermediate(build == 1 ? m_build1 : m_build2, m_options.tag);
}

QString FlowRehearsal::changeTag() const
{
    return ZuulTag::change(m_options.change, m_options.tag);
}

void FlowRehearsal::begin(int index)
{
    m_clock.start();
    Q_UNUSED(index)
}

void FlowRehearsal::succeed(int index, const QString& detail, qint64 bytes)
{
    auto& step = m_steps[index];
    step.done = true;
    step.ok = true;
    step.detail = detail;
    step.durationMs = m_clock.elapsed();
    auto event = TransferEvent::make(TransferEvent::Kind::Note, step.from, step.to, m_options.repository, step.label,
                                     detail, bytes, step.durationMs);
    emitEvent(event);
    emit stepFinished(step);
}

void FlowRehearsal::fail(int index, const RegistryError& error)
{
    auto& step = m_steps[index];
    step.done = true;
    step.ok = false;
    step.detail = error.message();
    step.durationMs = m_clock.elapsed();
    auto event = TransferEvent::make(TransferEvent::Kind::Note, step.from, step.to, m_options.repository, step.label,
                                     {}, 0, step.durationMs);
    event.ok = false;
    event.error = error.message();
    emitEvent(event);
    emit stepFinished(step);
    finish({error.kind(), tr("step %1 (%2) failed: %3").arg(step.number).arg(step.title, error.message()),
            error.httpStatus(), error.codes()});
}

QString FlowRehearsal::buildsetRegistry() const
{
    return m_buildset ? m_buildset->address().hostPort() : QString();
}

void FlowRehearsal::run()
{
    if (m_buildset) {
        checkFree();
        return;
    }
    // As a buildset's first job would: a registry of its own, gone when the rehearsal is.
    begin(0);
    m_temporary = new TemporaryRegistry(this);
    connect(m_temporary, &Job::finished, this, [this]() {
        if (isFinished()) {
            return; // cancelled meanwhile
        }
        if (m_temporary->error()) {
            fail(0, {m_temporary->error().kind(),
                     tr("no temporary buildset registry: %1").arg(m_temporary->error().message())});
            return;
        }
        m_buildset = m_temporary->client();
        checkFree();
    });
}

void FlowRehearsal::expectAbsent(int index, RegistryClient* client, const QString& reference, Next then)
{
    track<ManifestJob>(client->resolveDigest(m_options.repository, reference), [this, index, client, reference,
                                                                                then](ManifestJob* job) {
        if (!job->error()) {
            fail(index, {RegistryError::Kind::Usage,
                         tr("%1 already has %2:%3; rehearse with another repository")
                             .arg(client->address().displayName(), m_options.repository, reference)});
        } else if (job->error().kind() != RegistryError::Kind::NotFound) {
            fail(index, job->error());
        } else {
            then();
        }
    });
}

void FlowRehearsal::checkFree()
{
    // Nothing real is ever overwritten: the names the rehearsal will use must not exist yet.
    begin(0);
    expectAbsent(0, m_publication, m_options.tag,
                 [this]() { expectAbsent(0, m_buildset, m_options.tag, [this]() { stepPrevious(); }); });
}

void FlowRehearsal::expectDigest(int index, RegistryClient* client, const QString& reference, const Digest& expected,
                                 const QString& detail, Next then)
{
    track<ManifestJob>(client->resolveDigest(m_options.repository, reference),
                       [this, index, client, reference, expected, detail, then](ManifestJob* job) {
                           if (job->error()) {
                               fail(index, job->error());
                               return;
                           }
                           if (job->digest() != expected) {
                               fail(index, {RegistryError::Kind::DigestMismatch,
                                            tr("%1 holds %2 under %3, not the expected %4")
                                                .arg(client->address().displayName(), job->digest().shortForm(),
                                                     reference, expected.shortForm())});
                               return;
                           }
                           succeed(index, detail);
                           then();
                       });
}

void FlowRehearsal::stepPrevious()
{
    begin(0);
    const auto image =
        SampleImages::buildImage(QList<int>{1}, QStringLiteral("amd64"), QDateTime::currentDateTimeUtc().addDays(-1));
    m_previous = Digest::ofBytes(image.manifest);
    track<SampleImages>(new SampleImages(m_intermediate, m_options.repository, intermediateTag(1), image, this),
                        [this](SampleImages* push) {
                            if (push->error()) {
                                fail(0, push->error());
                                return;
                            }
                            expectDigest(
                                0, m_intermediate, intermediateTag(1), m_previous,
                                tr("%1:%2 (%3)").arg(m_options.repository, intermediateTag(1), m_previous.shortForm()),
                                [this]() {
                                    copy(1, m_intermediate, intermediateTag(1), m_buildset, m_options.tag, m_previous,
                                         [this]() { stepCurrent(); });
                                });
                        });
}

void FlowRehearsal::copy(int index, RegistryClient* from, const QString& fromTag, RegistryClient* to,
                         const QString& toTag, const Digest& expected, Next then)
{
    begin(index);
    auto* copier = new ImageCopier(from, referenceOn(from, m_options.repository, fromTag), to,
                                   referenceOn(to, m_options.repository, toTag), {}, this);
    connect(copier, &Job::transferEvent, this, [this](TransferEvent event) { emitEvent(event); });
    track<ImageCopier>(copier, [this, index, toTag, expected, then](ImageCopier* job) {
        if (job->error()) {
            fail(index, job->error());
            return;
        }
        if (job->digest() != expected) {
            fail(index, {RegistryError::Kind::DigestMismatch,
                         tr("the copy has digest %1, not %2").arg(job->digest().shortForm(), expected.shortForm())});
            return;
        }
        const auto& summary = job->summary();
        succeed(index,
                tr("%1:%2 (%3): %4 blobs copied, %5 mounted, %6 already there")
                    .arg(m_options.repository, toTag, expected.shortForm())
                    .arg(summary.copied)
                    .arg(summary.mounted)
                    .arg(summary.skipped),
                summary.bytesTransferred);
        then();
    });
}

void FlowRehearsal::stepCurrent()
{
    begin(2);
    // The current change builds on the previous change's image: its layers plus one new layer.
    const auto image =
        SampleImages::buildImage(QList<int>{1, 2}, QStringLiteral("amd64"), QDateTime::currentDateTimeUtc());
    m_current = Digest::ofBytes(image.manifest);
    track<SampleImages>(new SampleImages(m_buildset, m_options.repository, m_options.tag, image, this),
                        [this](SampleImages* push) {
                            if (push->error()) {
                                fail(2, push->error());
                                return;
                            }
                            expectDigest(2, m_buildset, m_options.tag, m_current,
                                         tr("%1:%2 (%3), one new layer on the previous image")
                                             .arg(m_options.repository, m_options.tag, m_current.shortForm()),
                                         [this]() {
                                             copy(3, m_buildset, m_options.tag, m_intermediate, intermediateTag(2),
                                                  m_current, [this]() { stepTest(); });
                                         });
                        });
}

void FlowRehearsal::stepTest()
{
    begin(4);
    pull(4, {m_options.tag, m_previous.toString()}, {m_current, m_previous}, 0);
}

void FlowRehearsal::pull(int index, const QStringList& references, const QList<Digest>& expected, qint64 bytes)
{
    if (references.isEmpty()) {
        succeed(index,
                tr("current %1 and previous %2 pulled, every blob verified")
                    .arg(m_current.shortForm(), m_previous.shortForm()),
                bytes);
        copy(5, m_buildset, m_options.tag, m_publication, changeTag(), m_current, [this]() { stepPromote(); });
        return;
    }
    const auto reference = references.first();
    track<ManifestJob>(m_buildset->getManifest(m_options.repository, reference), [this, index, references, expected,
                                                                                  bytes](ManifestJob* job) {
        if (job->error()) {
            fail(index, job->error());
            return;
        }
        if (job->digest() != expected.first()) {
            fail(index, {RegistryError::Kind::DigestMismatch,
                         tr("the test job got %1 for %2, not %3")
                             .arg(job->digest().shortForm(), references.first(), expected.first().shortForm())});
            return;
        }
        auto blobs = QList<Descriptor>{job->manifest()->config()} + job->manifest()->layers();
        pullBlobs(index, references.mid(1), expected.mid(1), blobs, bytes);
    });
}

void FlowRehearsal::pullBlobs(int index, const QStringList& references, const QList<Digest>& expected,
                              QList<Descriptor> blobs, qint64 bytes)
{
    if (blobs.isEmpty()) {
        pull(index, references, expected, bytes);
        return;
    }
    const auto blob = blobs.takeFirst();
    // Each blob is read whole and verified by BlobJob; sample images are a few kB.
    auto* buffer = new QBuffer(this);
    buffer->open(QIODevice::WriteOnly);
    track<BlobJob>(m_buildset->getBlob(m_options.repository, blob.digest, blob.size, buffer),
                   [this, index, references, expected, blobs, bytes, blob, buffer](BlobJob* fetched) {
                       buffer->deleteLater();
                       if (fetched->error()) {
                           fail(index, fetched->error());
                           return;
                       }
                       pullBlobs(index, references, expected, blobs, bytes + blob.size);
                   });
}

void FlowRehearsal::stepPromote()
{
    begin(6);
    auto* promoter = new Promoter(m_publication, referenceOn(m_publication, m_options.repository, changeTag()),
                                  m_options.tag, true, {}, this);
    connect(promoter, &Job::transferEvent, this, [this](TransferEvent event) { emitEvent(event); });
    track<Promoter>(promoter, [this](Promoter* job) {
        if (job->error()) {
            fail(6, job->error());
            return;
        }
        // As the document draws it: promote-image reads the manifest of the temporary tag, then puts it back.
        emitEvent(TransferEvent::make(TransferEvent::Kind::ManifestFetched, rolePublication(), rolePromote(),
                                      m_options.repository, tr("Current image manifest with temporary tag"),
                                      tr("the manifest of %1 only, not the layers").arg(changeTag())));
        // The final tag has the current image and the temporary tag is gone.
        track<ManifestJob>(
            m_publication->resolveDigest(m_options.repository, m_options.tag), [this](ManifestJob* head) {
                if (head->error() || head->digest() != m_current) {
                    fail(6, head->error() ? head->error()
                                          : RegistryError{RegistryError::Kind::DigestMismatch,
                                                          tr("%1 is %2 after the promote, not %3")
                                                              .arg(m_options.tag, head->digest().shortForm(),
                                                                   m_current.shortForm())});
                    return;
                }
                track<ManifestJob>(m_publication->resolveDigest(m_options.repository, changeTag()),
                                   [this](ManifestJob* temporary) {
                                       if (!temporary->error()) {
                                           fail(6, {RegistryError::Kind::Protocol,
                                                    tr("%1 is still there after the promote").arg(changeTag())});
                                           return;
                                       }
                                       succeed(6, tr("%1 → %2 (%3), manifest only; %1 removed")
                                                      .arg(changeTag(), m_options.tag, m_current.shortForm()));
                                       if (m_options.cleanUp) {
                                           begin(7);
                                           stepCleanUp(0);
                                       } else {
                                           finish();
                                       }
                                   });
            });
    });
}

void FlowRehearsal::stepCleanUp(int nextTag)
{
    const QList<QPair<RegistryClient*, QString>> made{{m_intermediate, intermediateTag(1)},
                                                      {m_intermediate, intermediateTag(2)},
                                                      {m_buildset, m_options.tag},
                                                      {m_publication, m_options.tag}};
    if (nextTag >= made.size()) {
        auto detail = tr("%1 tags removed; the blobs stay until each registry's garbage collection")
                          .arg(made.size() - m_keptTags.size());
        if (!m_keptTags.isEmpty()) {
            detail += tr("; not removed: %1 — %2; they go with the buildset registry")
                          .arg(m_keptTags.join(QLatin1String(", ")), m_keptReason);
        }
        succeed(7, detail);
        finish();
        return;
    }
    RegistryClient* client = made[nextTag].first;
    const auto& tag = made[nextTag].second;
    track<TagRemover>(new TagRemover(client, referenceOn(client, m_options.repository, tag), {}, this),
                      [this, nextTag, client, tag](TagRemover* remover) {
                          // zuul-registry, today's buildset registry, has no DELETE: it is thrown away whole.
                          if (remover->error().kind() == RegistryError::Kind::Unsupported && client == m_buildset) {
                              m_keptTags << client->address().displayName() + QLatin1Char('/') + m_options.repository +
                                                QLatin1Char(':') + tag;
                              m_keptReason = remover->error().message();
                          } else if (remover->error()) {
                              fail(7, remover->error());
                              return;
                          }
                          stepCleanUp(nextTag + 1);
                      });
}
