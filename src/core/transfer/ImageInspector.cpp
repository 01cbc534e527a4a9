#include "ImageInspector.h"

#include "registry/BlobJob.h"
#include "registry/ManifestJob.h"
#include "registry/MediaType.h"
#include "registry/RegistryClient.h"

#include <QBuffer>

ImageInspector::ImageInspector(RegistryClient* client, const QString& repository, const QString& reference,
                               std::optional<Platform> platform, QObject* parent)
    : Job(parent ? parent : client)
    , m_client(client)
    , m_repository(repository)
    , m_reference(reference)
    , m_platform(std::move(platform))
{
}

QString ImageInspector::title() const
{
    const auto separator = m_reference.contains(QLatin1Char(':')) ? QLatin1Char('@') : QLatin1Char(':');
    return tr("Inspect %1/%2%3%4").arg(m_client->address().displayName(), m_repository).arg(separator).arg(m_reference);
}

QList<Platform> ImageInspector::platforms() const
{
    QList<Platform> result;
    if (m_top && m_top->isIndex()) {
        for (const auto& child : m_top->manifests()) {
            result << child.platform.value_or(Platform{});
        }
    }
    return result;
}

std::optional<Descriptor> ImageInspector::defaultChild(const Manifest& index)
{
    const Platform current{QStringLiteral("linux"), QStringLiteral("amd64"), {}, {}};
    if (auto match = index.findPlatform(current)) {
        return match;
    }
    for (const auto& child : index.manifests()) {
        // Build attestations sit in indexes as platform unknown/unknown; they are not the image.
        if (child.platform && child.platform->os != QLatin1String("unknown") && !MediaType::isIndex(child.mediaType)) {
            return child;
        }
    }
    if (!index.manifests().isEmpty()) {
        return index.manifests().first();
    }
    return std::nullopt;
}

void ImageInspector::run()
{
    track<ManifestJob>(m_client->getManifest(m_repository, m_reference), [this](ManifestJob* job) {
        if (job->error()) {
            finish(job->error());
            return;
        }
        m_top = job->manifest();
        m_topDigest = job->digest();
        emitEvent(TransferEvent::make(TransferEvent::Kind::ManifestFetched, m_client->address().displayName(), {},
                                      m_repository, m_topDigest.toString(), m_top->mediaType(), m_top->size()));
        if (!m_top->isIndex()) {
            withImage(*m_top, m_topDigest);
            return;
        }
        const auto child = m_platform ? m_top->findPlatform(*m_platform) : defaultChild(*m_top);
        if (!child) {
            finish(); // an empty index, or none for the platform asked for: the index alone is the answer
            return;
        }
        m_imagePlatform = child->platform;
        track<ManifestJob>(m_client->getManifest(m_repository, child->digest.toString()), [this](ManifestJob* image) {
            if (image->error()) {
                finish(image->error());
                return;
            }
            if (image->manifest()->isIndex()) {
                finish({RegistryError::Kind::Unsupported,
                        tr("%1 nests an index inside an index; pick a platform of the inner index")
                            .arg(m_topDigest.shortForm())});
                return;
            }
            withImage(*image->manifest(), image->digest());
        });
    });
}

void ImageInspector::withImage(const Manifest& image, const Digest& digest)
{
    m_image = image;
    m_imageDigest = digest;
    if (!m_imagePlatform && image.isSchema1()) {
        m_imagePlatform = image.schema1Platform();
    }
    const auto& config = image.config();
    if (!m_fetchConfig || image.isSchema1() || !config.digest.isValid()) {
        finish();
        return;
    }
    if (config.size > ImageConfig::kMaxBytes) {
        m_configProblem = tr("the configuration blob is %1 bytes, more than the %2 accepted")
                              .arg(config.size)
                              .arg(ImageConfig::kMaxBytes);
        finish();
        return;
    }
    auto* buffer = new QBuffer(this);
    buffer->open(QIODevice::WriteOnly);
    track<BlobJob>(m_client->getBlob(m_repository, config.digest, config.size, buffer), [this, buffer](BlobJob* blob) {
        buffer->deleteLater();
        if (blob->error()) {
            finish(blob->error());
            return;
        }
        m_configBytes = buffer->data();
        QString problem;
        m_config = ImageConfig::parse(m_configBytes, &problem);
        if (!m_config) {
            m_configProblem = problem;
        } else if (!m_imagePlatform) {
            m_imagePlatform = Platform{m_config->os(), m_config->architecture(), m_config->variant(), {}};
        }
        finish();
    });
}
