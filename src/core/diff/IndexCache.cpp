#include "IndexCache.h"

#include "util/AtomicFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace {

const QString kSuffix = QStringLiteral(".index");

QFileInfoList indexFiles(const QString& directory)
{
    return QDir(directory).entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files);
}

} // namespace

IndexCache::IndexCache(QString directory, qint64 maxBytes)
    : m_directory(std::move(directory))
    , m_maxBytes(maxBytes)
{
}

QString IndexCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/registrydesk/layer-indexes");
}

QString IndexCache::pathFor(const Digest& layer) const
{
    // Digest::hex() is validated hex, so the name can never leave the directory.
    const QString algorithm =
        layer.algorithm() == Digest::Algorithm::Sha256 ? QStringLiteral("sha256") : QStringLiteral("sha512");
    return m_directory + QLatin1Char('/') + algorithm + QLatin1Char('-') + layer.hex() + kSuffix;
}

std::shared_ptr<const LayerIndex> IndexCache::load(const Digest& layer) const
{
    QFile file(pathFor(layer));
    if (!layer.isValid() || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    auto index = LayerIndex::deserialize(file.readAll());
    if (!index) {
        file.remove(); // damaged or from another format version: index the layer again
        return {};
    }
    // Recently used indexes are the last to go when the cache trims.
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return std::make_shared<const LayerIndex>(std::move(*index));
}

bool IndexCache::store(const Digest& layer, const LayerIndex& index)
{
    if (!layer.isValid() || !QDir().mkpath(m_directory)) {
        return false;
    }
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString error;
    if (!AtomicFile::write(pathFor(layer), index.serialize(), QFileDevice::ReadOwner | QFileDevice::WriteOwner,
                           &error)) {
        return false;
    }
    trim();
    return true;
}

void IndexCache::trim()
{
    QMutexLocker lock(&m_trimming);
    QFileInfoList files = indexFiles(m_directory);
    qint64 total = 0;
    for (const QFileInfo& file : files) {
        total += file.size();
    }
    std::sort(files.begin(), files.end(),
              [](const QFileInfo& a, const QFileInfo& b) { return a.lastModified() < b.lastModified(); });
    for (const QFileInfo& file : files) {
        if (total <= m_maxBytes) {
            break;
        }
        if (QFile::remove(file.absoluteFilePath())) {
            total -= file.size();
        }
    }
}

qint64 IndexCache::sizeOnDisk() const
{
    qint64 total = 0;
    for (const QFileInfo& file : indexFiles(m_directory)) {
        total += file.size();
    }
    return total;
}

int IndexCache::count() const
{
    return static_cast<int>(indexFiles(m_directory).size());
}

void IndexCache::clear()
{
    for (const QFileInfo& file : indexFiles(m_directory)) {
        QFile::remove(file.absoluteFilePath());
    }
}
