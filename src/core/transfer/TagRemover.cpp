#include "TagRemover.h"

#include "registry/ManifestJob.h"
#include "registry/MediaType.h"
#include "registry/RegistryClient.h"
#include "registry/UploadJob.h"
#include "registry/WebRequestJob.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

TagRemover::TagRemover(RegistryClient* client, const Reference& reference, const TagRemoverOptions& options,
                       QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_reference(reference)
    , m_options(options)
{
}

QString TagRemover::title() const
{
    return tr("untag %1").arg(m_reference.toString());
}

QString TagRemover::routeDescription() const
{
    switch (m_route) {
    case Route::TagDelete:
        return tr("the registry's tag delete");
    case Route::UniqueManifest:
        return tr("a unique placeholder manifest pushed to the tag and deleted by digest (registry:2 deletes only "
                  "by digest)");
    case Route::DockerHubApi:
        return tr("Docker Hub's web API");
    case Route::QuayApi:
        return tr("quay's API");
    case Route::None:
        break;
    }
    return tr("none");
}

void TagRemover::run()
{
    if (m_reference.tag().isEmpty() || m_reference.hasDigest()) {
        finish(
            {RegistryError::Kind::Usage, tr("untag needs a tag without a digest (to delete by digest use delete): %1")
                                             .arg(m_reference.toString())});
        return;
    }
    const auto forced = static_cast<Route>(m_options.route);
    if (forced == Route::DockerHubApi || (forced == Route::None && m_client->address().isDockerHub())) {
        readTag([this]() { viaDockerHub(); });
    } else if (forced == Route::QuayApi || (forced == Route::None && !m_options.quayToken.isEmpty() &&
                                            m_client->address().host() == m_options.quayApi.host())) {
        readTag([this]() { viaQuay(); });
    } else {
        // Through the registry's own DELETE: a registry that has none, or has it switched off, is refused before
        // anything is written — no placeholder is ever pushed where it could not be deleted again.
        require<RegistryJob>(m_client->requireDeletes(m_reference.repository()), [this, forced](RegistryJob*) {
            readTag([this, forced]() {
                if (forced == Route::UniqueManifest ||
                    m_client->capabilities().tagDelete == RegistryCapabilities::State::No) {
                    viaUniqueManifest();
                } else {
                    viaTagDelete();
                }
            });
        });
    }
}

void TagRemover::readTag(const std::function<void()>& then)
{
    // Read the tag first: it must exist, and its bytes let a failed placeholder step put it back.
    track<ManifestJob>(m_client->getManifest(m_reference.repository(), m_reference.tag()),
                       [this, then](ManifestJob* job) {
                           if (job->error()) {
                               finish(job->error());
                               return;
                           }
                           m_previous = job->digest();
                           m_previousBytes = job->manifest()->raw();
                           m_previousType = job->manifest()->mediaType();
                           then();
                       });
}

void TagRemover::viaTagDelete()
{
    track<ManifestJob>(m_client->deleteTag(m_reference.repository(), m_reference.tag()), [this](ManifestJob* job) {
        if (!job->error()) {
            done(Route::TagDelete);
            return;
        }
        if (job->error().kind() == RegistryError::Kind::Unsupported) {
            // Deletes are switched off: the placeholder route would move the tag and then fail to delete.
            finish(job->error());
            return;
        }
        viaUniqueManifest(); // registry:2 2.8 answers 400 to a DELETE by tag
    });
}

void TagRemover::viaUniqueManifest()
{
    const QJsonObject config{
        {QStringLiteral("architecture"), QStringLiteral("amd64")},
        {QStringLiteral("os"), QStringLiteral("linux")},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("Labels"), QJsonObject{{QStringLiteral("org.registrydesk.untag-placeholder"),
                                                             QUuid::createUuid().toString(QUuid::WithoutBraces)}}}}},
        {QStringLiteral("rootfs"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")}, {QStringLiteral("diff_ids"), QJsonArray()}}},
    };
    const auto bytes = QJsonDocument(config).toJson(QJsonDocument::Compact);
    auto* source = new QBuffer(this);
    source->setData(bytes);
    source->open(QIODevice::ReadOnly);
    track<UploadJob>(m_client->uploadBlob(m_reference.repository(), Digest::ofBytes(bytes), bytes.size(), source),
                     [this, bytes](UploadJob* job) {
                         if (job->error()) {
                             finish(job->error());
                             return;
                         }
                         putPlaceholder(bytes);
                     });
}

void TagRemover::putPlaceholder(const QByteArray& config)
{
    const QJsonObject manifest{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), MediaType::OciManifest},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("mediaType"), MediaType::OciConfig},
                                               {QStringLiteral("digest"), Digest::ofBytes(config).toString()},
                                               {QStringLiteral("size"), config.size()}}},
        {QStringLiteral("layers"), QJsonArray()},
    };
    const auto bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    track<ManifestJob>(
        m_client->putManifest(m_reference.repository(), m_reference.tag(), bytes, MediaType::OciManifest),
        [this](ManifestJob* job) {
            if (job->error()) {
                finish(job->error());
                return;
            }
            deletePlaceholder(job->digest());
        });
}

void TagRemover::deletePlaceholder(const Digest& placeholder)
{
    track<RegistryJob>(m_client->deleteManifest(m_reference.repository(), placeholder), [this](RegistryJob* job) {
        if (job->error()) {
            restore(job->error());
            return;
        }
        done(Route::UniqueManifest);
    });
}

void TagRemover::restore(const RegistryError& cause)
{
    // Put the original manifest back under the tag, so a failure loses nothing.
    track<ManifestJob>(
        m_client->putManifest(m_reference.repository(), m_reference.tag(), m_previousBytes, m_previousType),
        [this, cause](ManifestJob* job) {
            const auto state = job->error() ? tr("and restoring it failed too: %1").arg(job->error().message())
                                            : tr("the tag was restored to %1").arg(m_previous.toString());
            finish({cause.kind(), tr("removing the placeholder failed (%1); %2").arg(cause.message(), state),
                    cause.httpStatus(), cause.codes()});
        });
}

RegistryClient* TagRemover::webClientFor(const QUrl& api)
{
    // The web API shares the registry's TLS settings and trace; its own origin keeps its own credentials.
    auto* client = new RegistryClient(*RegistryAddress::parse(api.authority()), this);
    client->setOptions(m_client->options());
    connect(client, &RegistryClient::trace, m_client, &RegistryClient::trace);
    return client;
}

void TagRemover::viaDockerHub()
{
    m_webClient = webClientFor(m_options.dockerHubApi);
    HttpRequest login;
    login.method = "POST";
    login.url = m_options.dockerHubApi.resolved(QUrl(QStringLiteral("/v2/users/login/")));
    login.idempotent = false;
    login.what = tr("the Docker Hub login");
    login.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    const auto& credentials = m_client->credentials();
    login.body = QJsonDocument(QJsonObject{{QStringLiteral("username"), credentials.username},
                                           {QStringLiteral("password"), credentials.secret}})
                     .toJson(QJsonDocument::Compact);
    track<WebRequestJob>(m_webClient->webRequest(login), [this](WebRequestJob* job) {
        const auto token =
            QJsonDocument::fromJson(job->response().body).object().value(QLatin1String("token")).toString();
        if (job->error() || job->response().status != 200 || token.isEmpty()) {
            finish(job->error() ? job->error()
                                : RegistryError(RegistryError::Kind::Auth,
                                                tr("Docker Hub refused the login of %1 (HTTP %2)")
                                                    .arg(m_client->describeCredentials())
                                                    .arg(job->response().status),
                                                job->response().status));
            return;
        }
        HttpRequest remove;
        remove.method = "DELETE";
        remove.url = m_options.dockerHubApi.resolved(
            QUrl(QStringLiteral("/v2/repositories/%1/tags/%2/").arg(m_reference.repository(), m_reference.tag())));
        remove.what = tr("the Docker Hub tag %1").arg(m_reference.toString());
        remove.explicitAuthorization = "JWT " + token.toUtf8();
        track<WebRequestJob>(m_webClient->webRequest(remove), [this](WebRequestJob* removal) {
            const int status = removal->response().status;
            if (removal->error() || (status != 204 && status != 200 && status != 202)) {
                finish(removal->error() ? removal->error()
                                        : RegistryError::fromResponse(status, removal->response().body,
                                                                      QStringLiteral("hub.docker.com"),
                                                                      tr("tag %1").arg(m_reference.tag())));
                return;
            }
            done(Route::DockerHubApi);
        });
    });
}

void TagRemover::viaQuay()
{
    m_webClient = webClientFor(m_options.quayApi);
    HttpRequest remove;
    remove.method = "DELETE";
    remove.url = m_options.quayApi.resolved(
        QUrl(QStringLiteral("/api/v1/repository/%1/tag/%2").arg(m_reference.repository(), m_reference.tag())));
    remove.what = tr("the quay tag %1").arg(m_reference.toString());
    remove.explicitAuthorization = "Bearer " + m_options.quayToken.toUtf8();
    track<WebRequestJob>(m_webClient->webRequest(remove), [this](WebRequestJob* job) {
        const int status = job->response().status;
        if (job->error() || (status != 204 && status != 200)) {
            finish(job->error() ? job->error()
                                : RegistryError::fromResponse(status, job->response().body, m_options.quayApi.host(),
                                                              tr("tag %1").arg(m_reference.tag())));
            return;
        }
        done(Route::QuayApi);
    });
}

void TagRemover::done(Route route)
{
    m_route = route;
    auto event = TransferEvent::make(TransferEvent::Kind::TagRemoved, QString(), m_client->address().displayName(),
                                     m_reference.repository(), m_reference.tag(), routeDescription());
    emitEvent(event);
    finish();
}
