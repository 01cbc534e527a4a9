#include "StorageRoot.h"

#include "registry/Manifest.h"
#include "registry/Reference.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace {

const QString kV2 = QStringLiteral("docker/registry/v2");

bool digestLess(const Digest& a, const Digest& b)
{
    return a.toString() < b.toString();
}

// The reading rules shared by a scan and the single reads: every entry is checked before it is used (a symbolic
// link must stay inside the root), files are read only up to a cap, and whatever fails becomes a problem.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(StorageRoot)
public:
    Reader(QString canonicalRoot, QList<StorageProblem>* problems)
        : m_canonicalRoot(std::move(canonicalRoot))
        , m_problems(problems)
    {
    }

    QString repository; // the repository problems are reported for

    void problem(const QString& path, const QString& message)
    {
        if (m_problems) {
            m_problems->append({path, message, repository});
        }
    }

    // Whether the entry may be used: anything but a symbolic link, or a link whose target lies inside the root.
    bool usable(const QFileInfo& entry)
    {
        if (!entry.isSymLink()) {
            return true;
        }
        const auto target = entry.canonicalFilePath();
        if (target.isEmpty()) {
            problem(entry.absoluteFilePath(), tr("a symbolic link that leads nowhere; not followed"));
            return false;
        }
        if (target != m_canonicalRoot && !target.startsWith(m_canonicalRoot + QLatin1Char('/'))) {
            problem(entry.absoluteFilePath(), tr("a symbolic link that leads out of the storage root; not followed"));
            return false;
        }
        return true;
    }

    // The sub-folders (or files) of a folder, sorted by name, each usable. A folder that cannot be listed is a
    // problem; one that does not exist is simply empty.
    QFileInfoList entries(const QString& folder, QDir::Filters filters)
    {
        const QFileInfo info(folder);
        if (!info.exists()) {
            return {};
        }
        if (!info.isDir()) {
            problem(folder, tr("is not a folder"));
            return {};
        }
        if (!info.isReadable() || !info.isExecutable()) {
            problem(folder, tr("cannot be read (permission denied)"));
            return {};
        }
        QFileInfoList result;
        const auto listed =
            QDir(folder).entryInfoList(filters | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        for (const auto& entry : listed) {
            if (usable(entry)) {
                result << entry;
            }
        }
        return result;
    }

    QFileInfoList folders(const QString& folder) { return entries(folder, QDir::Dirs); }

    // A regular file's content, at most maxBytes. nullopt (with a problem unless quiet) when it is missing,
    // not a regular file, larger or unreadable.
    std::optional<QByteArray> read(const QString& path, qint64 maxBytes, QString* error)
    {
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink()) {
            *error = tr("does not exist");
            return std::nullopt;
        }
        if (!usable(info)) {
            *error = tr("not followed");
            return std::nullopt;
        }
        if (!info.isFile()) {
            *error = tr("is not a regular file");
            return std::nullopt;
        }
        if (info.size() > maxBytes) {
            *error = tr("is %1 bytes, more than the %2 bytes it may have").arg(info.size()).arg(maxBytes);
            return std::nullopt;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot be read: %1").arg(file.errorString());
            return std::nullopt;
        }
        auto bytes = file.read(maxBytes + 1);
        if (bytes.size() > maxBytes) {
            *error = tr("is more than %1 bytes").arg(maxBytes);
            return std::nullopt;
        }
        return bytes;
    }

    // A link file ("sha256:<hex>", no newline). A missing file is nullopt without a problem.
    std::optional<Digest> link(const QString& path, bool* missing = nullptr)
    {
        QString error;
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink()) {
            if (missing) {
                *missing = true;
            }
            return std::nullopt;
        }
        const auto bytes = read(path, StorageRoot::kMaxLinkBytes, &error);
        if (!bytes) {
            problem(path, error);
            return std::nullopt;
        }
        const auto digest = Digest::parse(QString::fromLatin1(*bytes));
        if (!digest) {
            problem(path, tr("is not a digest link (\"%1\")").arg(QString::fromLatin1(bytes->left(80))));
            return std::nullopt;
        }
        return digest;
    }

private:
    QString m_canonicalRoot;
    QList<StorageProblem>* m_problems;
};

// Digest from the folders that name it: <root>/<algorithm>/<hex>.
std::optional<Digest> digestOfFolder(const QString& algorithm, const QString& hex)
{
    return Digest::parse(algorithm + QLatin1Char(':') + hex);
}

QString algorithmName(const Digest& digest)
{
    return digest.toString().section(QLatin1Char(':'), 0, 0);
}

} // namespace

std::optional<StorageRoot> StorageRoot::open(const QString& directory, QString* error)
{
    if (directory.isEmpty()) {
        *error = tr("no storage root given");
        return std::nullopt;
    }
    auto path = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    // The v2 folder itself is accepted too: people copy that path from a listing.
    if (path.endsWith(QLatin1Char('/') + kV2) && QFileInfo(path).isDir()) {
        path.chop(kV2.size() + 1);
        if (path.isEmpty()) {
            path = QStringLiteral("/");
        }
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1 does not exist").arg(directory);
        return std::nullopt;
    }
    if (!info.isDir()) {
        *error = tr("%1 is not a folder (give the storage root: storage.filesystem.rootdirectory of the registry's "
                    "config.yml)")
                     .arg(directory);
        return std::nullopt;
    }
    const QFileInfo v2(path + QLatin1Char('/') + kV2);
    if (!v2.isDir()) {
        *error = tr("%1 is not a registry:2 storage root: it has no %2 folder (give storage.filesystem.rootdirectory "
                    "of the registry's config.yml, e.g. /var/lib/docker-registry)")
                     .arg(directory, kV2);
        return std::nullopt;
    }
    if (!v2.isReadable() || !v2.isExecutable()) {
        *error = tr("%1 cannot be read (permission denied): run this where the registry's data is, as a user who "
                    "may read it")
                     .arg(v2.filePath());
        return std::nullopt;
    }
    StorageRoot root;
    root.m_path = path;
    root.m_canonical = info.canonicalFilePath();
    return root;
}

QString StorageRoot::v2Path() const
{
    return m_path + QLatin1Char('/') + kV2;
}

QString StorageRoot::repositoryPath(const QString& repository) const
{
    return v2Path() + QStringLiteral("/repositories/") + repository;
}

QString StorageRoot::blobDataPath(const Digest& digest) const
{
    return v2Path() + QStringLiteral("/blobs/") + algorithmName(digest) + QLatin1Char('/') + digest.hex().left(2) +
           QLatin1Char('/') + digest.hex() + QStringLiteral("/data");
}

QList<StoredTag> StorageRoot::readTags(const QString& repository, QList<StorageProblem>* problems) const
{
    Reader reader(m_canonical, problems);
    reader.repository = repository;
    QList<StoredTag> tags;
    for (const auto& folder : reader.folders(repositoryPath(repository) + QStringLiteral("/_manifests/tags"))) {
        StoredTag tag{folder.fileName(), {}};
        if (const auto digest = reader.link(folder.filePath() + QStringLiteral("/current/link"))) {
            tag.digest = *digest;
        }
        tags << tag;
    }
    return tags;
}

std::optional<StoredManifest> StorageRoot::readManifest(const Digest& digest, QString* error) const
{
    Reader reader(m_canonical, nullptr);
    const auto path = blobDataPath(digest);
    QString readError;
    const auto bytes = reader.read(path, Manifest::kMaxBytes, &readError);
    if (!bytes) {
        *error = readError;
        return std::nullopt;
    }
    const auto actual = Digest::ofBytes(*bytes, digest.algorithm());
    if (actual != digest) {
        *error = tr("is corrupt: its bytes hash to %1").arg(actual.toString());
        return std::nullopt;
    }
    QString parseError;
    const auto manifest = Manifest::parse(*bytes, {}, &parseError);
    if (!manifest) {
        *error = tr("is not a manifest garbage-collect can read: %1").arg(parseError);
        return std::nullopt;
    }
    StoredManifest stored;
    stored.mediaType = manifest->mediaType();
    stored.index = manifest->isIndex();
    if (stored.index) {
        for (const auto& child : manifest->manifests()) {
            stored.children << child.digest;
            stored.childPlatforms << (child.platform ? child.platform->toString() : QString());
        }
        stored.references = stored.children;
    } else {
        if (manifest->config().digest.isValid()) {
            stored.references << manifest->config().digest;
        }
        for (const auto& layer : manifest->layers()) {
            stored.references << layer.digest;
        }
    }
    return stored;
}

std::optional<StorageScan> StorageRoot::scan(const std::atomic_bool* cancelled, const Progress& progress) const
{
    StorageScan scan;
    scan.root = m_path;
    Reader reader(m_canonical, &scan.problems);
    const auto stop = [cancelled]() { return cancelled && cancelled->load(); };
    qint64 done = 0;
    qint64 total = 0;
    QElapsedTimer sinceReport;
    sinceReport.start();
    const auto advance = [&](bool force = false) {
        ++done;
        if (progress && (force || sinceReport.elapsed() >= 100)) {
            progress(done, total);
            sinceReport.restart();
        }
    };

    // 1. Where the repositories are: every folder below repositories/ that holds _manifests, _layers or _uploads.
    //    Folders whose name starts with '_' are a repository's own, never a nested repository's.
    const auto repositoriesPath = v2Path() + QStringLiteral("/repositories");
    QList<std::pair<QString, QString>> found; // name, path
    QSet<QString> visited;
    std::function<void(const QString&, const QString&, int)> walk = [&](const QString& path, const QString& name,
                                                                        int depth) {
        if (stop()) {
            return;
        }
        const auto canonical = QFileInfo(path).canonicalFilePath();
        if (visited.contains(canonical)) {
            reader.problem(path, tr("a folder seen before through a symbolic link; not read again"));
            return;
        }
        visited.insert(canonical);
        const auto subfolders = reader.folders(path);
        bool isRepository = false;
        for (const auto& folder : subfolders) {
            const auto child = folder.fileName();
            if (child == QLatin1String("_manifests") || child == QLatin1String("_layers") ||
                child == QLatin1String("_uploads")) {
                isRepository = true;
            }
        }
        if (isRepository && !name.isEmpty()) {
            found.append({name, path});
        }
        if (depth >= kMaxRepositoryDepth) {
            reader.problem(path, tr("nested more than %1 levels deep; not read further").arg(kMaxRepositoryDepth));
            return;
        }
        for (const auto& folder : subfolders) {
            const auto child = folder.fileName();
            if (!child.startsWith(QLatin1Char('_'))) {
                walk(folder.filePath(), name.isEmpty() ? child : name + QLatin1Char('/') + child, depth + 1);
            }
        }
    };
    walk(repositoriesPath, QString(), 0);

    // The blob store's two-character folders, counted now so that progress has a total.
    const auto blobsPath = v2Path() + QStringLiteral("/blobs");
    QList<std::pair<QString, QFileInfo>> prefixes; // algorithm, folder
    for (const auto& algorithm : reader.folders(blobsPath)) {
        for (const auto& prefix : reader.folders(algorithm.filePath())) {
            prefixes.append({algorithm.fileName(), prefix});
        }
    }
    total = found.size() + prefixes.size();
    if (stop()) {
        return std::nullopt;
    }

    // 2. Each repository: revisions, tags, layer links, uploads. The blobs are read next, so whether a revision's
    //    manifest blob exists is decided after that.
    QList<QList<Digest>> linkedRevisions;
    for (const auto& [name, path] : std::as_const(found)) {
        if (stop()) {
            return std::nullopt;
        }
        StoredRepository repository;
        repository.name = name;
        reader.repository = name;
        const auto before = scan.problems.size();
        if (!Reference::isValidRepositoryPath(name)) {
            reader.problem(path, tr("is not a valid repository name: garbage-collect stops here with an error"));
        }
        const QFileInfo layersFolder(path + QStringLiteral("/_layers"));
        repository.seenByGarbageCollect = layersFolder.isDir();
        for (const auto& algorithm : reader.folders(path + QStringLiteral("/_layers"))) {
            for (const auto& hex : reader.folders(algorithm.filePath())) {
                if (const auto digest = reader.link(hex.filePath() + QStringLiteral("/link"))) {
                    repository.layers << *digest;
                }
            }
        }
        QList<Digest> revisions;
        for (const auto& algorithm : reader.folders(path + QStringLiteral("/_manifests/revisions"))) {
            for (const auto& hex : reader.folders(algorithm.filePath())) {
                // A revision deleted through the API keeps its folder and loses its link: not a problem.
                const auto linkPath = hex.filePath() + QStringLiteral("/link");
                const auto digest = reader.link(linkPath);
                if (!digest) {
                    continue;
                }
                const auto named = digestOfFolder(algorithm.fileName(), hex.fileName());
                if (!named || *named != *digest) {
                    reader.problem(linkPath, tr("links %1, not the digest its folder names").arg(digest->toString()));
                }
                revisions << *digest;
            }
        }
        repository.tags = readTags(name, &scan.problems);
        for (const auto& upload : reader.folders(path + QStringLiteral("/_uploads"))) {
            StoredUpload stored;
            stored.uuid = upload.fileName();
            const QFileInfo data(upload.filePath() + QStringLiteral("/data"));
            if (data.exists() && reader.usable(data)) {
                stored.bytes = data.size();
            }
            QString error;
            if (const auto started = reader.read(upload.filePath() + QStringLiteral("/startedat"), 256, &error)) {
                stored.startedAt = QDateTime::fromString(QString::fromLatin1(*started).trimmed(), Qt::ISODate);
            }
            repository.uploads << stored;
        }
        if (!repository.seenByGarbageCollect && !revisions.isEmpty()) {
            reader.problem(path, tr("has manifests but no _layers folder: garbage-collect does not see this "
                                    "repository and deletes the blobs only it references"));
        }
        repository.uncertain = scan.problems.size() > before;
        scan.repositories << repository;
        linkedRevisions << revisions;
        advance();
    }
    reader.repository.clear();

    // 3. The blob store: blobs/<algorithm>/<2>/<hex>/data.
    for (const auto& [algorithm, prefix] : std::as_const(prefixes)) {
        if (stop()) {
            return std::nullopt;
        }
        for (const auto& hex : reader.folders(prefix.filePath())) {
            const QFileInfo data(hex.filePath() + QStringLiteral("/data"));
            if (!data.exists() && !data.isSymLink()) {
                continue; // a folder without data is no blob (garbage-collect skips it too)
            }
            const auto digest = digestOfFolder(algorithm, hex.fileName());
            if (!digest) {
                reader.problem(hex.filePath(), tr("does not name a digest: garbage-collect stops here with an error"));
                continue;
            }
            if (!reader.usable(data)) {
                continue;
            }
            if (!data.isFile()) {
                reader.problem(data.filePath(), tr("is not a regular file"));
                continue;
            }
            scan.blobs.insert(*digest, data.size());
        }
        advance();
    }

    // 4. The manifest of every revision, each digest once. Garbage-collect skips a revision whose blob is gone.
    QSet<Digest> toRead;
    for (qsizetype i = 0; i < scan.repositories.size(); ++i) {
        auto& repository = scan.repositories[i];
        for (const auto& digest : std::as_const(linkedRevisions[i])) {
            if (!scan.blobs.contains(digest)) {
                scan.problems.append({repositoryPath(repository.name) + QStringLiteral("/_manifests/revisions/") +
                                          algorithmName(digest) + QLatin1Char('/') + digest.hex(),
                                      tr("links the manifest %1, whose blob is missing (garbage-collect skips it)")
                                          .arg(digest.toString()),
                                      repository.name});
                repository.uncertain = true;
                continue;
            }
            repository.revisions << digest;
            toRead.insert(digest);
        }
        std::sort(repository.revisions.begin(), repository.revisions.end(), digestLess);
    }
    QList<Digest> ordered(toRead.begin(), toRead.end());
    std::sort(ordered.begin(), ordered.end(), digestLess);
    total += ordered.size();
    QSet<Digest> unreadable;
    for (const auto& digest : std::as_const(ordered)) {
        if (stop()) {
            return std::nullopt;
        }
        QString error;
        if (const auto manifest = readManifest(digest, &error)) {
            scan.manifests.insert(digest, *manifest);
        } else {
            unreadable.insert(digest);
            scan.problems.append(
                {blobDataPath(digest),
                 tr("the manifest %1 %2; garbage-collect may stop at it with an error").arg(digest.toString(), error),
                 {}});
        }
        advance();
    }
    for (auto& repository : scan.repositories) {
        for (const auto& digest : std::as_const(repository.revisions)) {
            if (unreadable.contains(digest)) {
                repository.uncertain = true;
            }
        }
    }
    --done;
    advance(true);
    return scan;
}
