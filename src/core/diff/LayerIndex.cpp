#include "LayerIndex.h"

#include "registry/Digest.h"

#include <QDataStream>
#include <QFile>
#include <QLocale>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace {

constexpr quint32 kMagic = 0x52444c58; // "RDLX"
constexpr quint32 kFormatVersion = 1;

la_ssize_t readFromSource(archive* reader, void* data, const void** buffer)
{
    const char* chunk = nullptr;
    const qint64 size = static_cast<LayerSource*>(data)->read(&chunk);
    if (size < 0) {
        archive_set_error(reader, EIO, "the layer's bytes stopped arriving");
        return -1;
    }
    *buffer = chunk;
    return static_cast<la_ssize_t>(size);
}

QString decoded(const char* utf8, const char* raw)
{
    return utf8 ? QString::fromUtf8(utf8) : QString::fromUtf8(raw ? raw : "");
}

// One pass over a layer's entries with the limits enforced on the way.
class ArchiveWalk
{
    Q_DECLARE_TR_FUNCTIONS(LayerIndex)
public:
    ArchiveWalk(LayerSource& source, const LayerIndexLimits& limits, const std::atomic_bool* cancelled)
        : m_source(source)
        , m_limits(limits)
        , m_cancelled(cancelled)
        , m_archive(archive_read_new(), &archive_read_free)
    {
        // Only built-in decompressors: never libarchive's external-program filters.
        archive_read_support_filter_gzip(m_archive.get());
        archive_read_support_filter_zstd(m_archive.get());
        archive_read_support_filter_bzip2(m_archive.get());
        archive_read_support_filter_xz(m_archive.get());
        archive_read_support_format_tar(m_archive.get());
        archive_read_support_format_empty(m_archive.get());
        if (archive_read_open(m_archive.get(), &source, nullptr, readFromSource, nullptr) != ARCHIVE_OK) {
            fail();
        }
    }

    archive* handle() const { return m_archive.get(); }
    const RegistryError& error() const { return m_error; }

    // The next entry, nullptr at the end or on error (error() tells).
    archive_entry* next()
    {
        if (m_error) {
            return nullptr;
        }
        archive_entry* entry = nullptr;
        const int result = archive_read_next_header(m_archive.get(), &entry);
        if (result == ARCHIVE_EOF) {
            return nullptr;
        }
        if (result < ARCHIVE_WARN) {
            fail();
            return nullptr;
        }
        if (++m_entries > m_limits.maxEntries) {
            m_error = {RegistryError::Kind::TooLarge,
                       tr("the layer has more than %1 entries; refused as hostile").arg(m_limits.maxEntries)};
            return nullptr;
        }
        return withinBudget() ? entry : nullptr;
    }

    // Reads the current entry's content in order; holes of sparse entries (inside, or up to its size at the end)
    // arrive as zeros. The sink returns false to stop; so does a failure (error() tells) or a limit.
    bool readContent(qint64 entrySize, const std::function<bool(const char*, qint64)>& sink)
    {
        static const QByteArray zeros(64 * 1024, '\0');
        qint64 position = 0;
        // A hole is as much content as the bytes it stands for: it counts against the same limits, or a tiny
        // archive claiming a huge sparse file would be hashed, zero by zero, for hours.
        const auto zerosUpTo = [&](qint64 end) {
            for (; position < end; position += std::min<qint64>(zeros.size(), end - position)) {
                const auto chunk = std::min<qint64>(zeros.size(), end - position);
                m_holeBytes += chunk;
                if (!withinBudget() || !sink(zeros.constData(), chunk)) {
                    return false;
                }
            }
            return true;
        };
        for (;;) {
            const void* block = nullptr;
            size_t size = 0;
            la_int64_t offset = 0;
            const int result = archive_read_data_block(m_archive.get(), &block, &size, &offset);
            if (result == ARCHIVE_EOF) {
                return zerosUpTo(entrySize);
            }
            if (result < ARCHIVE_WARN) {
                fail();
                return false;
            }
            if (!withinBudget() || !zerosUpTo(offset) ||
                !sink(static_cast<const char*>(block), static_cast<qint64>(size))) {
                return false;
            }
            position += static_cast<qint64>(size);
        }
    }

    QString compression() const
    {
        const int filters = archive_filter_count(m_archive.get());
        const char* name = filters > 1 ? archive_filter_name(m_archive.get(), 0) : nullptr;
        return name ? QString::fromLatin1(name) : QStringLiteral("none");
    }
    qint64 compressedBytes() const { return archive_filter_bytes(m_archive.get(), -1); }
    qint64 expandedBytes() const { return archive_filter_bytes(m_archive.get(), 0); }

    void refuse(RegistryError error) { m_error = std::move(error); }

    // A successful walk reads the source to its end, so a download feeding it completes and is verified.
    void drainSource()
    {
        const char* chunk = nullptr;
        while (!m_error && m_source.read(&chunk) > 0) {
            if (m_cancelled && *m_cancelled) {
                m_error = RegistryError::cancelled();
            }
        }
    }

private:
    bool withinBudget()
    {
        if (m_cancelled && *m_cancelled) {
            m_error = RegistryError::cancelled();
            return false;
        }
        const qint64 expanded = expandedBytes() + m_holeBytes;
        if (expanded > m_limits.maxExpandedBytes) {
            m_error = {RegistryError::Kind::TooLarge, tr("the layer expands beyond %1 bytes; refused as hostile")
                                                          .arg(QLocale::c().toString(m_limits.maxExpandedBytes))};
            return false;
        }
        if (expanded > m_limits.ratioGrace && expanded > m_limits.maxRatio * std::max<qint64>(1, compressedBytes())) {
            m_error = {RegistryError::Kind::TooLarge,
                       tr("the layer expands more than %1 times its compressed size (a decompression bomb); refused "
                          "after %2 MiB")
                           .arg(m_limits.maxRatio)
                           .arg(expanded >> 20)};
            return false;
        }
        return true;
    }

    void fail()
    {
        if (m_source.error()) {
            m_error = m_source.error();
            return;
        }
        const char* message = archive_error_string(m_archive.get());
        m_error = {RegistryError::Kind::Protocol, tr("the layer is not a readable tar archive: %1")
                                                      .arg(QString::fromUtf8(message ? message : "unknown error"))};
    }

    LayerSource& m_source;
    const LayerIndexLimits& m_limits;
    const std::atomic_bool* m_cancelled;
    std::unique_ptr<archive, decltype(&archive_read_free)> m_archive;
    RegistryError m_error;
    qint64 m_entries = 0;
    qint64 m_holeBytes = 0; // zeros standing for the holes of sparse entries
};

LayerEntry::Type typeOf(archive_entry* entry)
{
    if (archive_entry_hardlink(entry)) {
        return LayerEntry::Type::Hardlink;
    }
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
        return LayerEntry::Type::File;
    case AE_IFDIR:
        return LayerEntry::Type::Directory;
    case AE_IFLNK:
        return LayerEntry::Type::Symlink;
    default:
        return LayerEntry::Type::Other;
    }
}

RegistryError escapes(const QString& name)
{
    return {RegistryError::Kind::Protocol,
            LayerIndex::tr("the layer entry \"%1\" points outside the image's filesystem (an absolute path or "
                           "\"..\"); the layer is refused as hostile")
                .arg(name.left(200))};
}

// Reads the metadata of one entry; nullopt and error set when it is hostile. An empty path is the root itself.
std::optional<LayerEntry> describe(archive_entry* header, const LayerIndexLimits& limits, RegistryError* error)
{
    const char* rawPath = archive_entry_pathname(header);
    const QString name = decoded(archive_entry_pathname_utf8(header), rawPath);
    if (qstrlen(rawPath) > static_cast<size_t>(limits.maxPathBytes)) {
        *error = {RegistryError::Kind::TooLarge,
                  LayerIndex::tr("a layer entry's name is longer than %1 bytes; refused as hostile")
                      .arg(limits.maxPathBytes)};
        return std::nullopt;
    }
    const auto path = LayerIndex::normalisePath(name);
    if (!path) {
        *error = escapes(name);
        return std::nullopt;
    }
    LayerEntry entry;
    entry.path = *path;
    entry.type = typeOf(header);
    entry.mode = static_cast<quint32>(archive_entry_perm(header)) & 07777;
    entry.uid = archive_entry_uid(header);
    entry.gid = archive_entry_gid(header);
    entry.mtime = archive_entry_mtime(header);
    entry.size = entry.type == LayerEntry::Type::File ? archive_entry_size(header) : 0;
    if (entry.type == LayerEntry::Type::Hardlink) {
        const QString target = decoded(archive_entry_hardlink_utf8(header), archive_entry_hardlink(header));
        const auto normalised = LayerIndex::normalisePath(target);
        if (!normalised || normalised->isEmpty()) {
            *error = escapes(target);
            return std::nullopt;
        }
        entry.linkTarget = *normalised;
    } else if (entry.type == LayerEntry::Type::Symlink) {
        const char* rawTarget = archive_entry_symlink(header);
        if (qstrlen(rawTarget) > static_cast<size_t>(limits.maxPathBytes)) {
            *error = {RegistryError::Kind::TooLarge,
                      LayerIndex::tr("a symbolic link's target is longer than %1 bytes; refused as hostile")
                          .arg(limits.maxPathBytes)};
            return std::nullopt;
        }
        entry.linkTarget = decoded(archive_entry_symlink_utf8(header), rawTarget);
    }
    return entry;
}

// Hashes a regular file's content as it streams past.
bool hashContent(ArchiveWalk& walk, LayerEntry* entry)
{
    DigestHasher hasher;
    const bool read = walk.readContent(entry->size, [&](const char* data, qint64 size) {
        hasher.addData(data, size);
        return true;
    });
    entry->sha256 = QByteArray::fromHex(hasher.result().hex().toLatin1());
    return read;
}

class FileSource : public LayerSource
{
public:
    explicit FileSource(const QString& path)
        : m_file(path)
        , m_buffer(1 << 20, Qt::Uninitialized)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            m_error = {RegistryError::Kind::Io, LayerIndex::tr("cannot read %1: %2").arg(path, m_file.errorString())};
        }
    }
    qint64 read(const char** data) override
    {
        if (m_error) {
            return -1;
        }
        const qint64 size = m_file.read(m_buffer.data(), m_buffer.size());
        if (size < 0) {
            m_error = {RegistryError::Kind::Io,
                       LayerIndex::tr("cannot read %1: %2").arg(m_file.fileName(), m_file.errorString())};
        }
        *data = m_buffer.constData();
        return size;
    }
    RegistryError error() const override { return m_error; }

private:
    QFile m_file;
    QByteArray m_buffer;
    RegistryError m_error;
};

} // namespace

QString LayerEntry::typeName(Type type)
{
    switch (type) {
    case Type::File:
        return QStringLiteral("file");
    case Type::Directory:
        return QStringLiteral("dir");
    case Type::Symlink:
        return QStringLiteral("symlink");
    case Type::Hardlink:
        return QStringLiteral("hardlink");
    case Type::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<QString> LayerIndex::normalisePath(const QString& name)
{
    if (name.startsWith(QLatin1Char('/'))) {
        return std::nullopt;
    }
    QStringList parts;
    for (const QString& part : name.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("..")) {
            return std::nullopt;
        }
        if (part != QLatin1String(".")) {
            parts << part;
        }
    }
    return parts.join(QLatin1Char('/'));
}

std::optional<LayerIndex> LayerIndex::read(LayerSource& source, const LayerIndexLimits& limits, RegistryError* error,
                                           const std::atomic_bool* cancelled)
{
    ArchiveWalk walk(source, limits, cancelled);
    LayerIndex index;
    RegistryError refused;
    while (archive_entry* header = walk.next()) {
        auto entry = describe(header, limits, &refused);
        if (!entry) {
            walk.refuse(refused);
            break;
        }
        if (entry->path.isEmpty()) {
            continue; // "./": the root directory's own entry
        }
        if (entry->type == LayerEntry::Type::File && !hashContent(walk, &*entry)) {
            break;
        }
        index.entries.append(std::move(*entry));
    }
    index.compression = walk.compression();
    if (!walk.error()) {
        walk.drainSource();
    }
    index.compressedBytes = walk.compressedBytes();
    index.expandedBytes = walk.expandedBytes();
    if (walk.error()) {
        *error = walk.error();
        return std::nullopt;
    }
    return index;
}

std::optional<LayerIndex> LayerIndex::readFile(const QString& path, const LayerIndexLimits& limits,
                                               RegistryError* error)
{
    FileSource source(path);
    return read(source, limits, error);
}

RegistryError LayerIndex::extract(LayerSource& source, const QString& path, const ContentSink& sink,
                                  const LayerIndexLimits& limits, const std::atomic_bool* cancelled)
{
    ArchiveWalk walk(source, limits, cancelled);
    RegistryError refused;
    while (archive_entry* header = walk.next()) {
        const auto entry = describe(header, limits, &refused);
        if (!entry) {
            return refused;
        }
        if (entry->path == path && entry->type == LayerEntry::Type::File) {
            bool stopped = false;
            walk.readContent(entry->size, [&](const char* data, qint64 size) {
                stopped = !sink(data, size);
                return !stopped;
            });
            if (!stopped) {
                walk.drainSource(); // the download completes, and so is verified, before the content is used
            }
            return walk.error();
        }
    }
    if (walk.error()) {
        return walk.error();
    }
    return {RegistryError::Kind::NotFound, tr("the layer holds no file %1").arg(path)};
}

QByteArray LayerIndex::serialize() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormatVersion << compression << compressedBytes << expandedBytes
        << static_cast<qint64>(entries.size());
    for (const LayerEntry& entry : entries) {
        out << entry.path << static_cast<quint8>(entry.type) << entry.size << entry.mode << entry.uid << entry.gid
            << entry.mtime << entry.linkTarget << entry.sha256;
    }
    return bytes;
}

std::optional<LayerIndex> LayerIndex::deserialize(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    qint64 count = 0;
    LayerIndex index;
    in >> magic >> version;
    if (magic != kMagic || version != kFormatVersion) {
        return std::nullopt;
    }
    in >> index.compression >> index.compressedBytes >> index.expandedBytes >> count;
    // Every entry takes at least 40 bytes, so a count beyond that is damage, not a reason to allocate.
    if (in.status() != QDataStream::Ok || count < 0 || count > bytes.size() / 40) {
        return std::nullopt;
    }
    index.entries.reserve(count);
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        LayerEntry entry;
        quint8 type = 0;
        in >> entry.path >> type >> entry.size >> entry.mode >> entry.uid >> entry.gid >> entry.mtime >>
            entry.linkTarget >> entry.sha256;
        if (type > static_cast<quint8>(LayerEntry::Type::Other)) {
            return std::nullopt;
        }
        entry.type = static_cast<LayerEntry::Type>(type);
        // A planted or damaged file must not bring back what reading a layer refuses.
        const auto normal = normalisePath(entry.path);
        if (!normal || *normal != entry.path || entry.mode > 07777 ||
            (!entry.sha256.isEmpty() && entry.sha256.size() != 32) ||
            (entry.type == LayerEntry::Type::Hardlink && !normalisePath(entry.linkTarget))) {
            return std::nullopt;
        }
        index.entries.append(std::move(entry));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd()) {
        return std::nullopt;
    }
    return index;
}
