#include "TestImage.h"

#include "RegistryProcess.h"
#include "Skopeo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryFile>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

namespace {

constexpr time_t fixedMtime = 1704067200; // 2024-01-01T00:00:00Z, so layers are reproducible
constexpr qsizetype chunkSize = 1 << 20;

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_write_free)>;
using EntryPtr = std::unique_ptr<archive_entry, decltype(&archive_entry_free)>;

QString blobPath(const QString& dir, const QString& digest)
{
    return dir + QStringLiteral("/blobs/sha256/") + digest.mid(QStringLiteral("sha256:").size());
}

bool fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

bool storeBlob(const QString& dir, const QByteArray& data, QString* error)
{
    QDir().mkpath(dir + QStringLiteral("/blobs/sha256"));
    QSaveFile file(blobPath(dir, TestImage::digestOf(data)));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return fail(error, QStringLiteral("cannot write blob: %1").arg(file.errorString()));
    }
    return true;
}

// splitmix64: fast, deterministic and, for gzip, incompressible.
class RandomStream
{
public:
    explicit RandomStream(quint64 seed)
        : m_state(seed)
    {
    }
    void fill(QByteArray* buffer)
    {
        auto* words = reinterpret_cast<quint64*>(buffer->data());
        for (qsizetype i = 0; i < buffer->size() / 8; ++i) {
            quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            words[i] = z ^ (z >> 31);
        }
    }

private:
    quint64 m_state;
};

// The tar stream feeds two things at once: the diff_id hash and a second libarchive object (raw format + gzip
// filter) whose output is hashed into the blob digest and written to disk. One pass, bounded memory.
struct LayerSink
{
    QCryptographicHash diffId{QCryptographicHash::Sha256};
    QCryptographicHash digest{QCryptographicHash::Sha256};
    archive* gzip = nullptr;
    QFile* file = nullptr;
    qint64 size = 0;
};

la_ssize_t tarWritten(archive*, void* data, const void* buffer, size_t length)
{
    auto* sink = static_cast<LayerSink*>(data);
    sink->diffId.addData(QByteArrayView(static_cast<const char*>(buffer), static_cast<qsizetype>(length)));
    return archive_write_data(sink->gzip, buffer, length) < 0 ? -1 : static_cast<la_ssize_t>(length);
}

la_ssize_t gzipWritten(archive*, void* data, const void* buffer, size_t length)
{
    auto* sink = static_cast<LayerSink*>(data);
    const QByteArrayView bytes(static_cast<const char*>(buffer), static_cast<qsizetype>(length));
    sink->digest.addData(bytes);
    sink->size += bytes.size();
    return sink->file->write(bytes.data(), bytes.size()) == bytes.size() ? static_cast<la_ssize_t>(length) : -1;
}

bool writeEntry(archive* tar, const TestImage::Entry& entry)
{
    const EntryPtr header(archive_entry_new(), &archive_entry_free);
    archive_entry* e = header.get();
    archive_entry_set_pathname_utf8(e, entry.path.toUtf8().constData());
    archive_entry_set_uid(e, entry.uid);
    archive_entry_set_gid(e, entry.gid);
    archive_entry_set_mtime(e, entry.mtime, 0);
    archive_entry_set_perm(e, static_cast<mode_t>(entry.mode));
    qint64 size = 0;
    switch (entry.type) {
    case TestImage::Entry::Type::File:
        size = entry.content.size();
        archive_entry_set_filetype(e, AE_IFREG);
        break;
    case TestImage::Entry::Type::RandomFile:
        size = entry.size;
        archive_entry_set_filetype(e, AE_IFREG);
        break;
    case TestImage::Entry::Type::Directory:
        archive_entry_set_filetype(e, AE_IFDIR);
        break;
    case TestImage::Entry::Type::Symlink:
        archive_entry_set_filetype(e, AE_IFLNK);
        archive_entry_set_symlink_utf8(e, entry.target.toUtf8().constData());
        break;
    case TestImage::Entry::Type::Hardlink:
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_hardlink_utf8(e, entry.target.toUtf8().constData());
        break;
    }
    archive_entry_set_size(e, size);
    if (archive_write_header(tar, e) != ARCHIVE_OK) {
        return false;
    }
    if (entry.type == TestImage::Entry::Type::File && size > 0) {
        return archive_write_data(tar, entry.content.constData(), static_cast<size_t>(size)) == size;
    }
    if (entry.type == TestImage::Entry::Type::RandomFile) {
        RandomStream random(entry.seed);
        QByteArray buffer(chunkSize, Qt::Uninitialized);
        for (qint64 left = size; left > 0; left -= buffer.size()) {
            random.fill(&buffer);
            const qsizetype part = static_cast<qsizetype>(qMin<qint64>(left, buffer.size()));
            if (archive_write_data(tar, buffer.constData(), static_cast<size_t>(part)) != part) {
                return false;
            }
        }
    }
    return true;
}

bool writeLayer(const QString& dir, const QList<TestImage::Entry>& entries, TestImage::Blob* blob, QString* error)
{
    const QString blobDir = dir + QStringLiteral("/blobs/sha256");
    QDir().mkpath(blobDir);
    QTemporaryFile file(blobDir + QStringLiteral("/.layer-XXXXXX"));
    if (!file.open()) {
        return fail(error, QStringLiteral("cannot create a layer file in %1").arg(blobDir));
    }
    LayerSink sink;
    sink.file = &file;
    const ArchivePtr gzip(archive_write_new(), &archive_write_free);
    const ArchivePtr tar(archive_write_new(), &archive_write_free);
    sink.gzip = gzip.get();
    // "!timestamp" keeps the gzip header free of the current time. Pseudo-random data does not compress, and
    // deflating 300 MB of it takes ~15 s on the 2-core test machines, so such layers use stored blocks (level 0).
    // No blocking/padding on the gzip side: zeros after the gzip trailer would break strict readers.
    const bool random = std::any_of(entries.cbegin(), entries.cend(), [](const TestImage::Entry& entry) {
        return entry.type == TestImage::Entry::Type::RandomFile;
    });
    const bool opened =
        archive_write_set_format_raw(gzip.get()) == ARCHIVE_OK &&
        archive_write_add_filter_gzip(gzip.get()) == ARCHIVE_OK &&
        archive_write_set_filter_option(gzip.get(), "gzip", "timestamp", nullptr) == ARCHIVE_OK &&
        archive_write_set_filter_option(gzip.get(), "gzip", "compression-level", random ? "0" : "6") == ARCHIVE_OK &&
        archive_write_set_bytes_per_block(gzip.get(), 0) == ARCHIVE_OK &&
        archive_write_open(gzip.get(), &sink, nullptr, gzipWritten, nullptr) == ARCHIVE_OK &&
        archive_write_set_format_pax_restricted(tar.get()) == ARCHIVE_OK &&
        archive_write_set_bytes_in_last_block(tar.get(), 1) == ARCHIVE_OK &&
        archive_write_open(tar.get(), &sink, nullptr, tarWritten, nullptr) == ARCHIVE_OK;
    const EntryPtr rawEntry(archive_entry_new(), &archive_entry_free);
    archive_entry_set_filetype(rawEntry.get(), AE_IFREG);
    archive_entry_set_pathname(rawEntry.get(), "layer.tar");
    bool ok = opened && archive_write_header(gzip.get(), rawEntry.get()) == ARCHIVE_OK;
    for (const TestImage::Entry& entry : entries) {
        ok = ok && writeEntry(tar.get(), entry);
    }
    ok = ok && archive_write_close(tar.get()) == ARCHIVE_OK && archive_write_close(gzip.get()) == ARCHIVE_OK;
    if (!ok) {
        const char* message =
            archive_error_string(tar.get()) ? archive_error_string(tar.get()) : archive_error_string(gzip.get());
        return fail(error, QStringLiteral("libarchive: %1").arg(QString::fromUtf8(message ? message : "failed")));
    }
    file.close();
    blob->mediaType = TestImage::ociLayerGzipType;
    blob->digest = QStringLiteral("sha256:") + QString::fromLatin1(sink.digest.result().toHex());
    blob->diffId = QStringLiteral("sha256:") + QString::fromLatin1(sink.diffId.result().toHex());
    blob->size = sink.size;
    const QString target = blobPath(dir, blob->digest);
    QFile::remove(target); // same digest, same bytes
    file.setAutoRemove(false);
    if (!file.rename(target)) {
        file.remove();
        return fail(error, QStringLiteral("cannot store layer %1").arg(target));
    }
    return true;
}

QJsonObject descriptor(const QString& mediaType, const QByteArray& data)
{
    return {{QStringLiteral("mediaType"), mediaType},
            {QStringLiteral("digest"), TestImage::digestOf(data)},
            {QStringLiteral("size"), data.size()}};
}

// Adds the descriptor to index.json under tag, replacing an earlier entry of that tag.
bool tagInLayout(const QString& dir, const QString& tag, QJsonObject descriptor, QString* error)
{
    static const QString refName = QStringLiteral("org.opencontainers.image.ref.name");
    QFile existing(dir + QStringLiteral("/index.json"));
    QJsonArray manifests;
    if (existing.open(QIODevice::ReadOnly)) {
        const QJsonArray old =
            QJsonDocument::fromJson(existing.readAll()).object().value(QStringLiteral("manifests")).toArray();
        for (const QJsonValue& entry : old) {
            if (entry.toObject().value(QStringLiteral("annotations")).toObject().value(refName).toString() != tag) {
                manifests.append(entry);
            }
        }
        existing.close();
    }
    descriptor.insert(QStringLiteral("annotations"), QJsonObject{{refName, tag}});
    manifests.append(descriptor);
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("mediaType"), TestImage::ociIndexType},
                            {QStringLiteral("manifests"), manifests}};
    for (const auto& [name, data] :
         {std::pair{QStringLiteral("/index.json"), QJsonDocument(index).toJson()},
          std::pair{QStringLiteral("/oci-layout"), QByteArray(R"({"imageLayoutVersion":"1.0.0"})")}}) {
        QSaveFile file(dir + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            return fail(error, QStringLiteral("cannot write %1%2").arg(dir, name));
        }
    }
    return true;
}

QString layoutReference(const QString& dir, const QString& tag)
{
    return QStringLiteral("oci:") + QDir(dir).absolutePath() + QLatin1Char(':') + tag;
}

} // namespace

TestImage::Entry TestImage::Entry::owned(qint64 owner, qint64 group) const
{
    Entry copy = *this;
    copy.uid = owner;
    copy.gid = group;
    return copy;
}

TestImage::Entry TestImage::Entry::touched(qint64 seconds) const
{
    Entry copy = *this;
    copy.mtime = seconds;
    return copy;
}

TestImage::Entry::Entry(const QString& entryPath, const QByteArray& data, int entryMode)
    : path(entryPath)
    , content(data)
    , mode(entryMode)
{
}

TestImage::Entry TestImage::Entry::file(const QString& path, const QByteArray& content, int mode)
{
    return Entry(path, content, mode);
}

TestImage::Entry TestImage::Entry::directory(const QString& path, int mode)
{
    Entry entry(path, {}, mode);
    entry.type = Type::Directory;
    return entry;
}

TestImage::Entry TestImage::Entry::symlink(const QString& path, const QString& target)
{
    Entry entry(path, {}, 0777);
    entry.type = Type::Symlink;
    entry.target = target;
    return entry;
}

TestImage::Entry TestImage::Entry::hardlink(const QString& path, const QString& target)
{
    Entry entry(path, {}, 0644);
    entry.type = Type::Hardlink;
    entry.target = target;
    return entry;
}

TestImage::Entry TestImage::Entry::randomFile(const QString& path, qint64 size, quint64 seed, int mode)
{
    Entry entry(path, {}, mode);
    entry.type = Type::RandomFile;
    entry.size = size;
    entry.seed = seed;
    return entry;
}

TestImage::TestImage()
    : m_created(QDateTime::fromSecsSinceEpoch(fixedMtime, Qt::UTC))
    , m_built(std::make_shared<Built>())
{
}

void TestImage::changed()
{
    m_built = std::make_shared<Built>();
}

void TestImage::addLayer(const QList<Entry>& entries)
{
    m_layers.append(entries);
    changed();
}

void TestImage::setPlatform(const QString& os, const QString& architecture, const QString& variant)
{
    m_os = os;
    m_architecture = architecture;
    m_variant = variant;
    changed();
}

void TestImage::setLabel(const QString& key, const QString& value)
{
    m_labels.insert(key, value);
    changed();
}

void TestImage::addEnv(const QString& variable)
{
    m_env.append(variable);
    changed();
}

void TestImage::setCmd(const QStringList& command)
{
    m_cmd = command;
    changed();
}

void TestImage::setCreated(const QDateTime& created)
{
    m_created = created;
    changed();
}

void TestImage::setAnnotation(const QString& key, const QString& value)
{
    m_annotations.insert(key, value);
    changed();
}

bool TestImage::writeBlobs(const QString& dir, QString* error) const
{
    Built built;
    const QString created = m_created.toUTC().toString(Qt::ISODate);
    QJsonArray diffIds;
    QJsonArray history;
    QJsonArray layerDescriptors;
    for (qsizetype i = 0; i < m_layers.size(); ++i) {
        Blob layer;
        if (!writeLayer(dir, m_layers.at(i), &layer, error)) {
            return false;
        }
        built.layers.append(layer);
        diffIds.append(layer.diffId);
        history.append(QJsonObject{{QStringLiteral("created"), created},
                                   {QStringLiteral("created_by"), QStringLiteral("TestImage layer %1").arg(i)}});
        layerDescriptors.append(QJsonObject{{QStringLiteral("mediaType"), layer.mediaType},
                                            {QStringLiteral("digest"), layer.digest},
                                            {QStringLiteral("size"), layer.size}});
    }
    QJsonObject runConfig;
    if (!m_env.isEmpty()) {
        runConfig.insert(QStringLiteral("Env"), QJsonArray::fromStringList(m_env));
    }
    if (!m_cmd.isEmpty()) {
        runConfig.insert(QStringLiteral("Cmd"), QJsonArray::fromStringList(m_cmd));
    }
    if (!m_labels.isEmpty()) {
        QJsonObject labels;
        for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
            labels.insert(it.key(), it.value());
        }
        runConfig.insert(QStringLiteral("Labels"), labels);
    }
    QJsonObject config{{QStringLiteral("architecture"), m_architecture},
                       {QStringLiteral("os"), m_os},
                       {QStringLiteral("created"), created},
                       {QStringLiteral("config"), runConfig},
                       {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                                              {QStringLiteral("diff_ids"), diffIds}}},
                       {QStringLiteral("history"), history}};
    if (!m_variant.isEmpty()) {
        config.insert(QStringLiteral("variant"), m_variant);
    }
    built.config = QJsonDocument(config).toJson(QJsonDocument::Compact);
    QJsonObject manifest{{QStringLiteral("schemaVersion"), 2},
                         {QStringLiteral("mediaType"), ociManifestType},
                         {QStringLiteral("config"), descriptor(ociConfigType, built.config)},
                         {QStringLiteral("layers"), layerDescriptors}};
    if (!m_annotations.isEmpty()) {
        QJsonObject annotations;
        for (auto it = m_annotations.cbegin(); it != m_annotations.cend(); ++it) {
            annotations.insert(it.key(), it.value());
        }
        manifest.insert(QStringLiteral("annotations"), annotations);
    }
    built.manifest = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    if (!storeBlob(dir, built.config, error) || !storeBlob(dir, built.manifest, error)) {
        return false;
    }
    *m_built = built;
    return true;
}

QString TestImage::writeLayout(const QString& dir, const QString& tag, QString* error)
{
    if (!writeBlobs(dir, error) || !tagInLayout(dir, tag, descriptor(ociManifestType, m_built->manifest), error)) {
        return {};
    }
    return layoutReference(dir, tag);
}

QString TestImage::writeIndexLayout(const QString& dir, const QString& tag, const QList<TestImage>& images,
                                    QString* indexDigest, QString* error)
{
    QJsonArray manifests;
    for (const TestImage& image : images) {
        if (!image.writeBlobs(dir, error)) {
            return {};
        }
        QJsonObject platform{{QStringLiteral("os"), image.m_os},
                             {QStringLiteral("architecture"), image.m_architecture}};
        if (!image.m_variant.isEmpty()) {
            platform.insert(QStringLiteral("variant"), image.m_variant);
        }
        QJsonObject entry = descriptor(ociManifestType, image.m_built->manifest);
        entry.insert(QStringLiteral("platform"), platform);
        manifests.append(entry);
    }
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("mediaType"), ociIndexType},
                            {QStringLiteral("manifests"), manifests}};
    const QByteArray bytes = QJsonDocument(index).toJson(QJsonDocument::Compact);
    if (!storeBlob(dir, bytes, error) || !tagInLayout(dir, tag, descriptor(ociIndexType, bytes), error)) {
        return {};
    }
    if (indexDigest) {
        *indexDigest = digestOf(bytes);
    }
    return layoutReference(dir, tag);
}

QString TestImage::manifestDigest() const
{
    return m_built->manifest.isEmpty() ? QString() : digestOf(m_built->manifest);
}

QByteArray TestImage::manifestBytes() const
{
    return m_built->manifest;
}

qint64 TestImage::manifestSize() const
{
    return m_built->manifest.size();
}

QString TestImage::configDigest() const
{
    return m_built->config.isEmpty() ? QString() : digestOf(m_built->config);
}

QByteArray TestImage::configBytes() const
{
    return m_built->config;
}

QList<TestImage::Blob> TestImage::layers() const
{
    return m_built->layers;
}

bool TestImage::pushWithSkopeo(const QString& layoutRef, const QString& dockerRef, const RegistryProcess& registry,
                               QString* digestOut, QString* error, const QStringList& extraArguments)
{
    QTemporaryFile digestFile(registry.workDir() + QStringLiteral("/digest-XXXXXX"));
    if (!digestFile.open()) {
        return fail(error, QStringLiteral("cannot create a digest file"));
    }
    const SkopeoResult result =
        Skopeo::copy(layoutRef, QStringLiteral("docker://") + dockerRef, nullptr, &registry,
                     QStringList{QStringLiteral("--digestfile"), digestFile.fileName()} + extraArguments);
    if (!result.ok()) {
        return fail(error, QStringLiteral("skopeo copy %1 %2: %3").arg(layoutRef, dockerRef, result.describe()));
    }
    if (digestOut) {
        *digestOut = QString::fromLatin1(digestFile.readAll()).trimmed();
    }
    return true;
}

QString TestImage::digestOf(const QByteArray& data)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray TestImage::readBlob(const QString& layoutDir, const QString& digest)
{
    QFile file(blobPath(layoutDir, digest));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
