#include "SampleImages.h"

#include "registry/Digest.h"
#include "registry/ManifestJob.h"
#include "registry/MediaType.h"
#include "registry/RegistryClient.h"
#include "registry/UploadJob.h"
#include "zuul/ZuulTag.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <archive.h>
#include <archive_entry.h>

namespace {

// Writes a tar (or, with gzip, a compressed raw stream) into a QByteArray.
la_ssize_t appendTo(archive*, void* sink, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(sink)->append(static_cast<const char*>(buffer), static_cast<qsizetype>(length));
    return static_cast<la_ssize_t>(length);
}

QByteArray tarOf(const QList<QPair<QString, QByteArray>>& files)
{
    QByteArray tar;
    archive* writer = archive_write_new();
    archive_write_set_format_pax_restricted(writer);
    archive_write_set_bytes_per_block(writer, 0);
    archive_write_open(writer, &tar, nullptr, appendTo, nullptr);
    for (const auto& [path, content] : files) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, path.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, path.startsWith(QLatin1String("usr/bin/")) ? 0755 : 0644);
        archive_entry_set_size(entry, content.size());
        archive_entry_set_mtime(entry, 1700000000, 0);
        archive_write_header(writer, entry);
        archive_write_data(writer, content.constData(), static_cast<size_t>(content.size()));
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    return tar;
}

QByteArray gzip(const QByteArray& data)
{
    QByteArray out;
    archive* writer = archive_write_new();
    archive_write_set_format_raw(writer);
    archive_write_add_filter_gzip(writer);
    archive_write_set_filter_option(writer, "gzip", "timestamp", nullptr);
    archive_write_set_bytes_per_block(writer, 0);
    archive_write_open(writer, &out, nullptr, appendTo, nullptr);
    archive_entry* entry = archive_entry_new();
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_write_header(writer, entry);
    archive_write_data(writer, data.constData(), static_cast<size_t>(data.size()));
    archive_entry_free(entry);
    archive_write_close(writer);
    archive_write_free(writer);
    return out;
}

QJsonObject descriptor(const QString& mediaType, const QByteArray& bytes)
{
    return {{QStringLiteral("mediaType"), mediaType},
            {QStringLiteral("digest"), Digest::ofBytes(bytes).toString()},
            {QStringLiteral("size"), bytes.size()}};
}

// The app's files in a given version: each release changes its configuration, adds a plugin, and version 3
// drops the legacy library, so two versions make a diff worth looking at.
QList<QPair<QString, QByteArray>> appFiles(int version)
{
    const QByteArray v = QByteArray::number(version);
    QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("usr/bin/app"), "#!/bin/sh\necho sample app " + v + "\n"},
        {QStringLiteral("srv/app/version"), v + '\n'},
        {QStringLiteral("etc/app/app.conf"),
         "# sample app configuration\nlisten = 0.0.0.0:8080\nworkers = " + QByteArray::number(2 + version) +
             "\nlog_level = " + (version >= 2 ? "info" : "debug") + "\ncache_dir = /var/cache/app\n"},
    };
    for (int plugin = 1; plugin <= version; ++plugin) {
        files.append({QStringLiteral("usr/share/app/plugins/plugin-%1.txt").arg(plugin),
                      QByteArray("plugin ").append(QByteArray::number(plugin)).append('\n').repeated(200 * plugin)});
    }
    if (version < 3) {
        files.append({QStringLiteral("usr/lib/app/legacy.txt"), QByteArray("legacy support\n").repeated(300)});
    }
    return files;
}

} // namespace

SampleImages::SampleImages(RegistryClient* client, Role role, QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_role(role)
{
}

SampleImages::SampleImages(RegistryClient* client, const QString& repository, const QString& tag, const Image& image,
                           QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_role(Role::Intermediate)
    , m_single(true)
{
    m_queue << Push{repository, tag, image};
}

QString SampleImages::title() const
{
    return tr("push sample images to %1").arg(m_client->address().displayName());
}

QString SampleImages::buildUuid(int version)
{
    return QString::fromLatin1(
        QCryptographicHash::hash("sample build " + QByteArray::number(version), QCryptographicHash::Md5).toHex());
}

SampleImages::Image SampleImages::buildImage(int version, const QString& architecture, const QDateTime& created)
{
    return buildImage(QList<int>{version}, architecture, created);
}

SampleImages::Image SampleImages::buildImage(const QList<int>& versions, const QString& architecture,
                                             const QDateTime& created)
{
    const auto baseTar = tarOf({{QStringLiteral("etc/os-release"), "NAME=\"Sample Linux\"\nVERSION_ID=1\n"},
                                {QStringLiteral("etc/arch"), architecture.toUtf8() + '\n'}});
    QList<QByteArray> tars{baseTar};
    QJsonArray history{QJsonObject{{QStringLiteral("created_by"), QStringLiteral("base files")}}};
    for (const int version : versions) {
        tars << tarOf(appFiles(version));
        history << QJsonObject{{QStringLiteral("created_by"), QStringLiteral("the app, version %1").arg(version)}};
    }
    const int version = versions.isEmpty() ? 0 : versions.last();
    const auto change = 4700 + version;
    QJsonArray diffIds;
    QJsonArray layers;
    QList<QPair<QByteArray, QString>> blobs;
    for (const auto& tar : std::as_const(tars)) {
        const auto layer = gzip(tar);
        diffIds << Digest::ofBytes(tar).toString();
        layers << descriptor(MediaType::OciLayerGzip, layer);
        blobs << qMakePair(layer, MediaType::OciLayerGzip);
    }
    const QJsonObject config{
        {QStringLiteral("architecture"), architecture},
        {QStringLiteral("os"), QStringLiteral("linux")},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("Env"), QJsonArray{QStringLiteral("APP_VERSION=%1").arg(version)}},
                     {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("/usr/bin/app")}},
                     {QStringLiteral("Labels"),
                      QJsonObject{{QStringLiteral("org.zuul-ci.change"), QString::number(change)},
                                  {QStringLiteral("org.zuul-ci.change_url"),
                                   QStringLiteral("https://review.example.org/c/app/+/%1").arg(change)}}}}},
        {QStringLiteral("rootfs"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")}, {QStringLiteral("diff_ids"), diffIds}}},
        {QStringLiteral("history"), history},
    };
    const auto configBytes = QJsonDocument(config).toJson(QJsonDocument::Compact);
    const QJsonObject manifest{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), MediaType::OciManifest},
        {QStringLiteral("config"), descriptor(MediaType::OciConfig, configBytes)},
        {QStringLiteral("layers"), layers},
    };
    blobs.prepend(qMakePair(configBytes, MediaType::OciConfig));
    return {QJsonDocument(manifest).toJson(QJsonDocument::Compact), MediaType::OciManifest, blobs};
}

QByteArray SampleImages::index(const QList<Image>& images, const QStringList& architectures)
{
    QJsonArray manifests;
    for (qsizetype i = 0; i < images.size(); ++i) {
        auto d = descriptor(images[i].mediaType, images[i].manifest);
        d.insert(QStringLiteral("platform"), QJsonObject{{QStringLiteral("os"), QStringLiteral("linux")},
                                                         {QStringLiteral("architecture"), architectures[i]}});
        manifests << d;
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                     {QStringLiteral("mediaType"), MediaType::OciIndex},
                                     {QStringLiteral("manifests"), manifests}})
        .toJson(QJsonDocument::Compact);
}

void SampleImages::run()
{
    if (m_single) {
        pushNext();
        return;
    }
    const auto now = QDateTime::currentDateTimeUtc();
    const auto app = QStringLiteral("zuul/app");
    switch (m_role) {
    case Role::Intermediate:
        for (int version = 1; version <= 3; ++version) {
            // Older changes were built longer ago: prune has something to show.
            m_queue << Push{app, ZuulTag::intermediate(buildUuid(version), QStringLiteral("latest")),
                            buildImage(version, QStringLiteral("amd64"), now.addDays(-3 * (4 - version)))};
        }
        m_queue << Push{app, QStringLiteral("latest"), buildImage(3, QStringLiteral("amd64"), now.addDays(-3))};
        break;
    case Role::Buildset:
        m_queue << Push{app, QStringLiteral("latest"), buildImage(3, QStringLiteral("amd64"), now.addDays(-3))};
        break;
    case Role::Publication:
        m_queue << Push{app, QStringLiteral("latest"), buildImage(2, QStringLiteral("amd64"), now.addDays(-6))};
        m_queue << Push{app, ZuulTag::change(4699, QStringLiteral("latest")),
                        buildImage(0, QStringLiteral("amd64"), now.addDays(-12))};
        break;
    }
    if (m_role == Role::Intermediate) {
        const QList<Image> platforms{buildImage(1, QStringLiteral("amd64"), now.addDays(-1)),
                                     buildImage(1, QStringLiteral("arm64"), now.addDays(-1))};
        for (const auto& image : platforms) {
            m_queue << Push{QStringLiteral("zuul/web"), QString(), image}; // children by digest
        }
        m_indexes << qMakePair(
            QStringLiteral("zuul/web"),
            qMakePair(QStringLiteral("1.0"), index(platforms, {QStringLiteral("amd64"), QStringLiteral("arm64")})));
    }
    pushNext();
}

void SampleImages::pushNext()
{
    if (!m_queue.isEmpty()) {
        pushBlobs(m_queue.takeFirst(), 0);
        return;
    }
    if (!m_indexes.isEmpty()) {
        const auto [repository, tagged] = m_indexes.takeFirst();
        track<ManifestJob>(m_client->putManifest(repository, tagged.first, tagged.second, MediaType::OciIndex),
                           [this](ManifestJob* job) {
                               if (job->error()) {
                                   finish(job->error());
                                   return;
                               }
                               pushNext();
                           });
        return;
    }
    finish();
}

void SampleImages::pushBlobs(const Push& push, int index)
{
    if (index >= push.image.blobs.size()) {
        const auto reference = push.tag.isEmpty() ? Digest::ofBytes(push.image.manifest).toString() : push.tag;
        track<ManifestJob>(m_client->putManifest(push.repository, reference, push.image.manifest, push.image.mediaType),
                           [this, push](ManifestJob* job) {
                               if (job->error()) {
                                   finish(job->error());
                                   return;
                               }
                               emitEvent(TransferEvent::make(TransferEvent::Kind::ManifestPut, tr("samples"),
                                                             m_client->address().displayName(), push.repository,
                                                             push.tag.isEmpty() ? job->digest().toString() : push.tag));
                               pushNext();
                           });
        return;
    }
    const auto& [bytes, mediaType] = push.image.blobs[index];
    auto* source = new QBuffer(this);
    source->setData(bytes);
    source->open(QIODevice::ReadOnly);
    track<UploadJob>(m_client->uploadBlob(push.repository, Digest::ofBytes(bytes), bytes.size(), source),
                     [this, push, index, source](UploadJob* job) {
                         source->deleteLater();
                         if (job->error()) {
                             finish(job->error());
                             return;
                         }
                         pushBlobs(push, index + 1);
                     });
}
