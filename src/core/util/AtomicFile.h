#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

// Writes a file so that readers see either the old or the new content, never a mix: a temporary
// file in the same directory (created 0600), flushed to disk, given its permissions, then renamed.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
public:
    static bool write(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions,
                      QString* error);
    // Replaces an existing file keeping its mode and owner (a new file gets `permissions`).
    static bool replace(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions,
                        QString* error);

private:
    static bool writeWithOwner(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions,
                               int uid, int gid, QString* error);
};
