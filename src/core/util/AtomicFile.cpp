#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>
#include <unistd.h>

bool AtomicFile::write(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions,
                       QString* error)
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
    const auto from = QFile::encodeName(temp.fileName());
    const auto to = QFile::encodeName(info.absoluteFilePath());
    if (std::rename(from.constData(), to.constData()) != 0) {
        return fail(QString::fromLocal8Bit(strerror(errno)));
    }
    temp.setAutoRemove(false);
    return true;
}
