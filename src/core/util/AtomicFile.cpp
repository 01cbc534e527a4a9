#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

bool AtomicFile::replace(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions,
                         QString* error)
{
    struct stat original
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &original) != 0) {
        return write(path, content, permissions, error);
    }
    return writeWithOwner(path, content, QFileInfo(path).permissions(), static_cast<int>(original.st_uid),
                          static_cast<int>(original.st_gid), error);
}

bool AtomicFile::write(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions,
                       QString* error)
{
    return writeWithOwner(path, content, permissions, -1, -1, error);
}

bool AtomicFile::writeWithOwner(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions,
                                int uid, int gid, QString* error)
{
    auto fail = [&](const QString& reason) {
        if (error) {
            *error = tr("cannot write %1: %2").arg(path, reason);
        }
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(tr("cannot create the directory %1").arg(info.absolutePath()));
    }
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    if (!temp.open()) {
        return fail(temp.errorString());
    }
    if (temp.write(content) != content.size() || !temp.flush() || ::fsync(temp.handle()) != 0) {
        return fail(temp.errorString());
    }
    if (!temp.setPermissions(permissions)) {
        return fail(tr("cannot set permissions"));
    }
    if (uid >= 0 && ::fchown(temp.handle(), static_cast<uid_t>(uid), static_cast<gid_t>(gid)) != 0 && errno != EPERM) {
        return fail(QString::fromLocal8Bit(strerror(errno)));
    }
    const auto from = QFile::encodeName(temp.fileName());
    const auto to = QFile::encodeName(info.absoluteFilePath());
    if (std::rename(from.constData(), to.constData()) != 0) {
        return fail(QString::fromLocal8Bit(strerror(errno)));
    }
    temp.setAutoRemove(false);
    return true;
}
