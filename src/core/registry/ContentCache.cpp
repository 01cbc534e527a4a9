#include "ContentCache.h"

#include "util/AtomicFile.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

ContentCache::ContentCache(QString directory, QString suffix, qint64 maxBytes)
    : m_directory(std::move(directory))
    , m_suffix(std::move(suffix))
    , m_maxBytes(maxBytes)
{
}

QString ContentCache::cacheRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/registrydesk");
}

QString ContentCache::pathFor(const Digest& digest) const
{
    // Digest::hex() is validated hex, so the name can never leave the directory.
    const QString algorithm =
        digest.algorithm() == Digest::Algorithm::Sha256 ? QStringLiteral("sha256") : QStringLiteral("sha512");
    return m_directory + QLatin1Char('/') + algorithm + QLatin1Char('-') + digest.hex() + m_suffix;
}

std::optional<QByteArray> ContentCache::load(const Digest& digest) const
{
    QFile file(pathFor(digest));
    if (!digest.isValid() || !file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    auto bytes = file.readAll();
    // Recently used entries are the last to go when the cache trims.
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return bytes;
}

bool ContentCache::store(const Digest& digest, const QByteArray& bytes)
{
    if (!digest.isValid() || !QDir().mkpath(m_directory)) {
        return false;
    }
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString error;
    if (!AtomicFile::write(pathFor(digest), bytes, QFileDevice::ReadOwner | QFileDevice::WriteOwner, &error)) {
        return false;
    }
    QMutexLocker lock(&m_mutex);
    if (m_knownBytes < 0) {
        m_knownBytes = sizeOnDisk(); // once; then counted as entries are stored
    } else {
        m_knownBytes += bytes.size();
    }
    if (m_knownBytes > m_maxBytes) {
        trim();
    }
    return true;
}

void ContentCache::remove(const Digest& digest) const
{
    QFile::remove(pathFor(digest));
}

// Called with m_mutex held.
void ContentCache::trim()
{
    QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("*") + m_suffix}, QDir::Files);
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
    m_knownBytes = total;
}

qint64 ContentCache::sizeOnDisk() const
{
    qint64 total = 0;
    for (const QFileInfo& file : QDir(m_directory).entryInfoList({QStringLiteral("*") + m_suffix}, QDir::Files)) {
        total += file.size();
    }
    return total;
}

int ContentCache::count() const
{
    return static_cast<int>(QDir(m_directory).entryList({QStringLiteral("*") + m_suffix}, QDir::Files).size());
}

bool ContentCache::isEmpty() const
{
    return !QDirIterator(m_directory, {QStringLiteral("*") + m_suffix}, QDir::Files).hasNext();
}

void ContentCache::clear()
{
    QMutexLocker lock(&m_mutex);
    for (const QFileInfo& file : QDir(m_directory).entryInfoList({QStringLiteral("*") + m_suffix}, QDir::Files)) {
        QFile::remove(file.absoluteFilePath());
    }
    m_knownBytes = 0;
}
