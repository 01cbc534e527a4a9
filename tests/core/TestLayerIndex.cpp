// LayerIndex, FileTree and IndexCache on archives built here: every tar dialect and compression layers come in,
// OCI whiteouts, and the hostile layers a registry could serve (escaping paths, bombs, floods, damage).
#include "diff/FileTree.h"
#include "diff/IndexCache.h"
#include "diff/LayerIndex.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace {

struct TarEntry
{
    TarEntry(QString entryPath, LayerEntry::Type entryType = LayerEntry::Type::File, QByteArray bytes = {},
             QString linkTarget = {}, int permissions = 0644, qint64 owner = 0, qint64 group = 0)
        : path(std::move(entryPath))
        , type(entryType)
        , content(std::move(bytes))
        , target(std::move(linkTarget))
        , mode(permissions)
        , uid(owner)
        , gid(group)
    {
    }

    QString path;
    LayerEntry::Type type = LayerEntry::Type::File;
    QByteArray content;
    QString target;
    int mode = 0644;
    qint64 uid = 0;
    qint64 gid = 0;
};

la_ssize_t appendTo(archive*, void* data, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(data)->append(static_cast<const char*>(buffer), static_cast<qsizetype>(length));
    return static_cast<la_ssize_t>(length);
}

enum class Dialect
{
    Pax,
    Gnu
};
enum class Compression
{
    None,
    Gzip,
    Zstd
};

QByteArray tar(const QList<TarEntry>& entries, Dialect dialect = Dialect::Pax,
               Compression compression = Compression::Gzip, bool close = true)
{
    QByteArray out;
    archive* writer = archive_write_new();
    dialect == Dialect::Pax ? archive_write_set_format_pax_restricted(writer) : archive_write_set_format_gnutar(writer);
    if (compression == Compression::Gzip) {
        archive_write_add_filter_gzip(writer);
    } else if (compression == Compression::Zstd) {
        archive_write_add_filter_zstd(writer);
    }
    archive_write_set_bytes_per_block(writer, 0);
    archive_write_open(writer, &out, nullptr, appendTo, nullptr);
    for (const TarEntry& entry : entries) {
        archive_entry* header = archive_entry_new();
        archive_entry_set_pathname_utf8(header, entry.path.toUtf8().constData());
        archive_entry_set_perm(header, static_cast<mode_t>(entry.mode));
        archive_entry_set_uid(header, entry.uid);
        archive_entry_set_gid(header, entry.gid);
        archive_entry_set_mtime(header, 1704067200, 0);
        switch (entry.type) {
        case LayerEntry::Type::File:
            archive_entry_set_filetype(header, AE_IFREG);
            archive_entry_set_size(header, entry.content.size());
            break;
        case LayerEntry::Type::Directory:
            archive_entry_set_filetype(header, AE_IFDIR);
            break;
        case LayerEntry::Type::Symlink:
            archive_entry_set_filetype(header, AE_IFLNK);
            archive_entry_set_symlink_utf8(header, entry.target.toUtf8().constData());
            break;
        case LayerEntry::Type::Hardlink:
            archive_entry_set_filetype(header, AE_IFREG);
            archive_entry_set_hardlink_utf8(header, entry.target.toUtf8().constData());
            break;
        case LayerEntry::Type::Other:
            archive_entry_set_filetype(header, AE_IFIFO);
            break;
        }
        archive_write_header(writer, header);
        if (!entry.content.isEmpty()) {
            archive_write_data(writer, entry.content.constData(), static_cast<size_t>(entry.content.size()));
        }
        archive_entry_free(header);
    }
    if (close) {
        archive_write_close(writer);
    }
    archive_write_free(writer);
    return out;
}

la_ssize_t headerOnly(archive*, void* data, const void* buffer, size_t length)
{
    auto* header = static_cast<QByteArray*>(data);
    if (header->size() >= 512) {
        return -1;
    }
    header->append(static_cast<const char*>(buffer), static_cast<qsizetype>(std::min<size_t>(length, 512)));
    return static_cast<la_ssize_t>(length);
}

QByteArray gzip(const QByteArray& data)
{
    QByteArray out;
    archive* writer = archive_write_new();
    archive_write_set_format_raw(writer);
    archive_write_add_filter_gzip(writer);
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

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

LayerEntry entry(const QString& path, LayerEntry::Type type = LayerEntry::Type::File, const QByteArray& content = {},
                 const QString& target = {})
{
    LayerEntry e;
    e.path = path;
    e.type = type;
    e.mode = type == LayerEntry::Type::Directory ? 0755 : 0644;
    e.size = type == LayerEntry::Type::File ? content.size() : 0;
    e.sha256 = type == LayerEntry::Type::File ? sha256(content) : QByteArray();
    e.linkTarget = target;
    return e;
}

LayerIndex layer(const QList<LayerEntry>& entries)
{
    LayerIndex index;
    index.entries = entries;
    return index;
}

QStringList paths(const FileTree& tree)
{
    QStringList result;
    for (const auto& [path, node] : tree.nodes()) {
        result << path;
    }
    return result;
}

} // namespace

class TestLayerIndex : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryDialect_data();
    void readsEveryDialect();
    void normalisesNames_data();
    void normalisesNames();
    void refusesEscapingEntries_data();
    void refusesEscapingEntries();
    void refusesGzipBomb();
    void refusesEntryFlood();
    void refusesDamagedArchives_data();
    void refusesDamagedArchives();
    void readsEmptyLayer();
    void roundTripsAndRejectsDamagedIndex();
    void extractsOneFile();
    void treeAppliesWhiteouts();
    void treeReplacesAcrossTypes();
    void cacheKeepsWithinBound();

private:
    QTemporaryDir m_dir;
};

void TestLayerIndex::readsEveryDialect_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<int>("compression");
    QTest::addColumn<QString>("name");
    QTest::newRow("pax, gzip") << int(Dialect::Pax) << int(Compression::Gzip) << QStringLiteral("gzip");
    QTest::newRow("pax, zstd") << int(Dialect::Pax) << int(Compression::Zstd) << QStringLiteral("zstd");
    QTest::newRow("pax, plain tar") << int(Dialect::Pax) << int(Compression::None) << QStringLiteral("none");
    QTest::newRow("GNU, gzip") << int(Dialect::Gnu) << int(Compression::Gzip) << QStringLiteral("gzip");
    QTest::newRow("GNU, zstd") << int(Dialect::Gnu) << int(Compression::Zstd) << QStringLiteral("zstd");
}

void TestLayerIndex::readsEveryDialect()
{
    QFETCH(int, dialect);
    QFETCH(int, compression);
    QFETCH(QString, name);
    // Longer than ustar's 100 + 155 bytes: pax "path" records or GNU 'L' entries.
    const QString longPath = QStringLiteral("usr/share/") + QString(120, QLatin1Char('d')) + QLatin1Char('/') +
                             QString(150, QLatin1Char('f')) + QStringLiteral(".txt");
    const QByteArray content = QByteArray("long-named content\n").repeated(1000);
    const QList<TarEntry> entries{
        {QStringLiteral("usr/"), LayerEntry::Type::Directory, {}, {}, 0755},
        {longPath, LayerEntry::Type::File, content, {}, 0640, 1000, 1001},
        {QStringLiteral("usr/bin/tool"), LayerEntry::Type::File, "#!/bin/sh\n", {}, 04755},
        {QStringLiteral("usr/bin/alias"), LayerEntry::Type::Symlink, {}, QStringLiteral("tool"), 0777},
        {QStringLiteral("usr/bin/same"), LayerEntry::Type::Hardlink, {}, QStringLiteral("usr/bin/tool"), 04755},
        {QStringLiteral("run/fifo"), LayerEntry::Type::Other, {}, {}, 0600},
    };
    const QString path =
        write(m_dir, QStringLiteral("dialect.layer"), tar(entries, Dialect(dialect), Compression(compression)));
    RegistryError error;
    const auto index = LayerIndex::readFile(path, {}, &error);
    QVERIFY2(index, qPrintable(error.message()));
    QCOMPARE(index->compression, name);
    QCOMPARE(index->entries.size(), 6);
    const LayerEntry& big = index->entries.at(1);
    QCOMPARE(big.path, longPath);
    QCOMPARE(big.size, content.size());
    QCOMPARE(big.sha256, sha256(content));
    QCOMPARE(big.mode, 0640u);
    QCOMPARE(big.uid, 1000);
    QCOMPARE(big.gid, 1001);
    QCOMPARE(big.mtime, 1704067200);
    QCOMPARE(index->entries.at(0).type, LayerEntry::Type::Directory);
    QCOMPARE(index->entries.at(0).path, QStringLiteral("usr"));
    QCOMPARE(index->entries.at(2).mode, 04755u);
    QCOMPARE(index->entries.at(2).sha256, sha256("#!/bin/sh\n"));
    QCOMPARE(index->entries.at(3).type, LayerEntry::Type::Symlink);
    QCOMPARE(index->entries.at(3).linkTarget, QStringLiteral("tool"));
    QCOMPARE(index->entries.at(4).type, LayerEntry::Type::Hardlink);
    QCOMPARE(index->entries.at(4).linkTarget, QStringLiteral("usr/bin/tool"));
    QCOMPARE(index->entries.at(5).type, LayerEntry::Type::Other);
    QVERIFY(index->expandedBytes > content.size());
}

void TestLayerIndex::normalisesNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dot slash") << QStringLiteral("./etc/passwd") << QStringLiteral("etc/passwd");
    QTest::newRow("double slash") << QStringLiteral("etc//ssl/./certs/") << QStringLiteral("etc/ssl/certs");
    QTest::newRow("root") << QStringLiteral("./") << QString();
    QTest::newRow("dots in names") << QStringLiteral("a/..b/c..") << QStringLiteral("a/..b/c..");
}

void TestLayerIndex::normalisesNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(LayerIndex::normalisePath(name), std::optional<QString>(expected));
}

void TestLayerIndex::refusesEscapingEntries_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("target");
    QTest::newRow("absolute") << QStringLiteral("/tmp/registrydesk-escape") << int(LayerEntry::Type::File) << QString();
    QTest::newRow("parent") << QStringLiteral("../../tmp/registrydesk-escape") << int(LayerEntry::Type::File)
                            << QString();
    QTest::newRow("parent inside") << QStringLiteral("usr/../../registrydesk-escape") << int(LayerEntry::Type::File)
                                   << QString();
    QTest::newRow("hardlink out") << QStringLiteral("usr/link") << int(LayerEntry::Type::Hardlink)
                                  << QStringLiteral("../../etc/shadow");
}

void TestLayerIndex::refusesEscapingEntries()
{
    QFETCH(QString, path);
    QFETCH(int, type);
    QFETCH(QString, target);
    QTemporaryDir cwd;
    const QString previous = QDir::currentPath();
    QDir::setCurrent(cwd.path());
    const QByteArray bytes = tar({{QStringLiteral("usr/ok"), LayerEntry::Type::File, "fine"},
                                  {path, LayerEntry::Type(type), "escaped!", target}});
    RegistryError error;
    const auto index = LayerIndex::readFile(write(m_dir, QStringLiteral("escape.layer"), bytes), {}, &error);
    QDir::setCurrent(previous);
    QVERIFY(!index);
    QCOMPARE(error.kind(), RegistryError::Kind::Protocol);
    QVERIFY2(error.message().contains(QLatin1String("points outside the image's filesystem")),
             qPrintable(error.message()));
    // Contained: the indexer writes nothing, neither where it runs nor where the name points.
    QVERIFY(QDir(cwd.path()).isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/registrydesk-escape")));
}

void TestLayerIndex::refusesGzipBomb()
{
    // One tar header declaring a 4 GiB file, then 4 GiB of zeros as 256 concatenated gzip members of 16 MiB
    // each: about 4 MB on the wire, 1000 times that unpacked.
    QByteArray header;
    {
        archive* writer = archive_write_new();
        archive_write_set_format_ustar(writer);
        archive_write_set_bytes_per_block(writer, 0);
        // Only the header is wanted: the writer's attempt to pad the 4 GiB of content is refused.
        archive_write_open(writer, &header, nullptr, headerOnly, nullptr);
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, "bomb");
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, 4LL << 30);
        archive_write_header(writer, entry);
        archive_entry_free(entry);
        archive_write_free(writer);
    }
    QCOMPARE(header.size(), 512);
    const QByteArray zeros(16 << 20, '\0');
    const QByteArray member = gzip(zeros);
    QByteArray bomb = gzip(header + zeros);
    for (int i = 1; i < 256; ++i) {
        bomb += member;
    }
    QVERIFY(bomb.size() < 8 << 20);
    RegistryError error;
    const auto index = LayerIndex::readFile(write(m_dir, QStringLiteral("bomb.layer"), bomb), {}, &error);
    QVERIFY(!index);
    QCOMPARE(error.kind(), RegistryError::Kind::TooLarge);
    QVERIFY2(error.message().contains(QLatin1String("decompression bomb")), qPrintable(error.message()));

    // The absolute limit holds too, whatever the ratio.
    LayerIndexLimits limits;
    limits.maxExpandedBytes = 64 << 20;
    limits.maxRatio = 1'000'000;
    QVERIFY(!LayerIndex::readFile(m_dir.filePath(QStringLiteral("bomb.layer")), limits, &error));
    QCOMPARE(error.kind(), RegistryError::Kind::TooLarge);
    QVERIFY2(error.message().contains(QLatin1String("expands beyond")), qPrintable(error.message()));
}

void TestLayerIndex::refusesEntryFlood()
{
    QList<TarEntry> entries;
    for (int i = 0; i < 101; ++i) {
        entries.append({QStringLiteral("flood/%1").arg(i), LayerEntry::Type::File, {}});
    }
    LayerIndexLimits limits;
    limits.maxEntries = 100;
    RegistryError error;
    QVERIFY(!LayerIndex::readFile(write(m_dir, QStringLiteral("flood.layer"), tar(entries)), limits, &error));
    QCOMPARE(error.kind(), RegistryError::Kind::TooLarge);
    QVERIFY2(error.message().contains(QLatin1String("more than 100 entries")), qPrintable(error.message()));
    entries.removeLast();
    QVERIFY(LayerIndex::readFile(write(m_dir, QStringLiteral("flood.layer"), tar(entries)), limits, &error));
}

void TestLayerIndex::refusesDamagedArchives_data()
{
    const QByteArray content = QByteArray("some data that is long enough to matter\n").repeated(5000);
    const QByteArray whole = tar({{QStringLiteral("a"), LayerEntry::Type::File, content},
                                  {QStringLiteral("b"), LayerEntry::Type::File, content}});
    const QByteArray plain =
        tar({{QStringLiteral("a"), LayerEntry::Type::File, content}}, Dialect::Pax, Compression::None);
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("truncated gzip") << whole.left(whole.size() / 2);
    QTest::newRow("truncated tar") << plain.left(700);
    QTest::newRow("not an archive") << QByteArray("<html>502 Bad Gateway</html>").repeated(40);
    QByteArray damaged = plain;
    damaged[3] = 'X'; // the header's checksum no longer matches
    QTest::newRow("damaged tar header") << damaged;
    QByteArray wrongMagic = whole;
    wrongMagic[3] = static_cast<char>(0xe0); // gzip flags with reserved bits set
    QTest::newRow("broken gzip header") << wrongMagic;
}

void TestLayerIndex::refusesDamagedArchives()
{
    QFETCH(QByteArray, bytes);
    RegistryError error;
    const auto index = LayerIndex::readFile(write(m_dir, QStringLiteral("damaged.layer"), bytes), {}, &error);
    QVERIFY(!index);
    QCOMPARE(error.kind(), RegistryError::Kind::Protocol);
    QVERIFY2(error.message().startsWith(QLatin1String("the layer is not a readable tar archive: ")),
             qPrintable(error.message()));
}

void TestLayerIndex::readsEmptyLayer()
{
    RegistryError error;
    for (const QByteArray& bytes : {QByteArray(), tar({}), tar({}, Dialect::Pax, Compression::None)}) {
        const auto index = LayerIndex::readFile(write(m_dir, QStringLiteral("empty.layer"), bytes), {}, &error);
        QVERIFY2(index, qPrintable(error.message()));
        QVERIFY(index->entries.isEmpty());
    }
}

void TestLayerIndex::roundTripsAndRejectsDamagedIndex()
{
    RegistryError error;
    const auto index = LayerIndex::readFile(
        write(m_dir, QStringLiteral("round.layer"),
              tar({{QStringLiteral("etc/hosts"), LayerEntry::Type::File, "127.0.0.1 localhost\n", {}, 0644, 5, 6},
                   {QStringLiteral("etc/alias"), LayerEntry::Type::Symlink, {}, QStringLiteral("hosts")}})),
        {}, &error);
    QVERIFY(index);
    const QByteArray bytes = index->serialize();
    const auto back = LayerIndex::deserialize(bytes);
    QVERIFY(back);
    QCOMPARE(back->entries, index->entries);
    QCOMPARE(back->compression, index->compression);
    QVERIFY(!LayerIndex::deserialize(bytes.left(bytes.size() - 3)));
    QVERIFY(!LayerIndex::deserialize(bytes + "x"));
    QByteArray otherVersion = bytes;
    otherVersion[7] = 9;
    QVERIFY(!LayerIndex::deserialize(otherVersion));
    QVERIFY(!LayerIndex::deserialize(QByteArray(100, '\xff')));
}

void TestLayerIndex::extractsOneFile()
{
    const QByteArray content = QByteArray("line\n").repeated(100000);
    const QString path = write(m_dir, QStringLiteral("extract.layer"),
                               tar({{QStringLiteral("a"), LayerEntry::Type::File, "first"},
                                    {QStringLiteral("srv/data.txt"), LayerEntry::Type::File, content},
                                    {QStringLiteral("z"), LayerEntry::Type::File, "last"}}));
    const auto read = [&](const QString& wanted, QByteArray* out) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        struct Source : LayerSource
        {
            QByteArray bytes;
            bool given = false;
            qint64 read(const char** data) override
            {
                *data = bytes.constData();
                const qint64 size = given ? 0 : bytes.size();
                given = true;
                return size;
            }
            RegistryError error() const override { return {}; }
        } source;
        source.bytes = file.readAll();
        return LayerIndex::extract(source, wanted,
                                   [out](const char* data, qint64 size) {
                                       out->append(data, size);
                                       return true;
                                   },
                                   {});
    };
    QByteArray out;
    QVERIFY(!read(QStringLiteral("srv/data.txt"), &out));
    QCOMPARE(out, content);
    out.clear();
    const RegistryError missing = read(QStringLiteral("srv/other"), &out);
    QCOMPARE(missing.kind(), RegistryError::Kind::NotFound);
    QVERIFY(out.isEmpty());
}

void TestLayerIndex::treeAppliesWhiteouts()
{
    FileTree tree;
    tree.apply(layer({entry(QStringLiteral("etc"), LayerEntry::Type::Directory),
                      entry(QStringLiteral("etc/a"), LayerEntry::Type::File, "a"),
                      entry(QStringLiteral("etc/b"), LayerEntry::Type::File, "b"),
                      entry(QStringLiteral("var/lib/x/y"), LayerEntry::Type::File, "y"),
                      entry(QStringLiteral("opt/keep"), LayerEntry::Type::File, "k")}),
               0);
    QCOMPARE(paths(tree),
             (QStringList{QStringLiteral("etc"), QStringLiteral("etc/a"), QStringLiteral("etc/b"),
                          QStringLiteral("opt"), QStringLiteral("opt/keep"), QStringLiteral("var"),
                          QStringLiteral("var/lib"), QStringLiteral("var/lib/x"), QStringLiteral("var/lib/x/y")}));
    QVERIFY(tree.find(QStringLiteral("var/lib"))->implicit);
    // Layer 1: an opaque etc (with a new file of its own, which stays), a whiteout of a whole directory, and a
    // whiteout of a file that this same layer adds again (the whiteout hides only the layers below).
    tree.apply(
        layer({entry(QStringLiteral("etc/.wh..wh..opq")), entry(QStringLiteral("etc/c"), LayerEntry::Type::File, "c"),
               entry(QStringLiteral("var/lib/.wh.x")), entry(QStringLiteral("opt/.wh.keep")),
               entry(QStringLiteral("opt/keep"), LayerEntry::Type::File, "k2")}),
        1);
    QCOMPARE(paths(tree), (QStringList{QStringLiteral("etc"), QStringLiteral("etc/c"), QStringLiteral("opt"),
                                       QStringLiteral("opt/keep"), QStringLiteral("var"), QStringLiteral("var/lib")}));
    QCOMPARE(tree.removedBy(QStringLiteral("etc/a")), 1);
    QCOMPARE(tree.removedBy(QStringLiteral("var/lib/x/y")), 1);
    QCOMPARE(tree.removedBy(QStringLiteral("opt/keep")), -1); // back, from layer 1
    QCOMPARE(tree.find(QStringLiteral("opt/keep"))->layer, 1);
    QCOMPARE(tree.find(QStringLiteral("opt/keep"))->entry.sha256, sha256("k2"));
    QCOMPARE(tree.find(QStringLiteral("etc"))->layer, 0);
    // A later layer brings a removed file back.
    tree.apply(layer({entry(QStringLiteral("etc/a"), LayerEntry::Type::File, "a")}), 2);
    QVERIFY(tree.find(QStringLiteral("etc/a")));
    QCOMPARE(tree.removedBy(QStringLiteral("etc/a")), -1);
    QCOMPARE(tree.removedBy(QStringLiteral("etc/b")), 1);
}

void TestLayerIndex::treeReplacesAcrossTypes()
{
    FileTree tree;
    tree.apply(layer({entry(QStringLiteral("data/x"), LayerEntry::Type::File, "x"),
                      entry(QStringLiteral("file"), LayerEntry::Type::File, "f"),
                      entry(QStringLiteral("bin/tool"), LayerEntry::Type::File, "tool"),
                      entry(QStringLiteral("bin/same"), LayerEntry::Type::Hardlink, {}, QStringLiteral("bin/tool"))}),
               0);
    QCOMPARE(tree.find(QStringLiteral("bin/same"))->entry.sha256, sha256("tool"));
    QCOMPARE(tree.contentNode(QStringLiteral("bin/same"))->entry.path, QStringLiteral("bin/tool"));
    // A file replaces the directory "data" and its contents; a directory replaces the file "file".
    tree.apply(layer({entry(QStringLiteral("data"), LayerEntry::Type::Symlink, {}, QStringLiteral("/srv")),
                      entry(QStringLiteral("file/inner"), LayerEntry::Type::File, "i")}),
               1);
    QCOMPARE(paths(tree), (QStringList{QStringLiteral("bin"), QStringLiteral("bin/same"), QStringLiteral("bin/tool"),
                                       QStringLiteral("data"), QStringLiteral("file"), QStringLiteral("file/inner")}));
    QCOMPARE(tree.find(QStringLiteral("file"))->entry.type, LayerEntry::Type::Directory);
    QCOMPARE(tree.removedBy(QStringLiteral("data/x")), 1);
    QCOMPARE(tree.totalSize(), 4 + 1); // tool and inner: a hardlink shares its target's bytes
}

void TestLayerIndex::cacheKeepsWithinBound()
{
    QTemporaryDir dir;
    LayerIndex big;
    for (int i = 0; i < 2000; ++i) {
        big.entries.append(entry(QStringLiteral("usr/lib/file-%1").arg(i), LayerEntry::Type::File, "x"));
    }
    const qint64 one = big.serialize().size();
    IndexCache cache(dir.path(), one * 2 + one / 2);
    const auto digest = [](int n) { return Digest::ofBytes(QByteArray::number(n)); };
    QVERIFY(cache.store(digest(1), big));
    QTest::qWait(1100); // file times have one-second steps on some filesystems
    QVERIFY(cache.store(digest(2), big));
    QTest::qWait(1100);
    QVERIFY(cache.load(digest(1))); // used again: now the most recent
    QVERIFY(cache.store(digest(3), big));
    QCOMPARE(cache.count(), 2);
    QVERIFY(cache.sizeOnDisk() <= cache.maxBytes());
    QVERIFY(cache.load(digest(1)));
    QVERIFY(!cache.load(digest(2))); // the least recently used went
    QCOMPARE(cache.load(digest(3))->entries, big.entries);
    // A damaged file is a miss, and goes.
    const QString damaged = QDir(dir.path()).entryList({QStringLiteral("*.index")}).first();
    QFile file(dir.filePath(damaged));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("garbage");
    file.close();
    QCOMPARE(cache.count(), 2);
    int hits = 0;
    for (int n : {1, 3}) {
        hits += cache.load(digest(n)) ? 1 : 0;
    }
    QCOMPARE(hits, 1);
    QCOMPARE(cache.count(), 1);
    QFileInfo info(dir.path());
    QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestLayerIndex)
#include "TestLayerIndex.moc"
