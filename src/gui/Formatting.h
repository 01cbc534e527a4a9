#pragma once

#include <QDateTime>
#include <QString>

class Digest;

// How digests, sizes and times read in every view (UX.md): digests elided in the middle, sizes
// human-readable, times relative; the exact value goes in the tooltip.
namespace Formatting {
QString shortDigest(const QString& digest); // sha256:48a8…d912
QString size(qint64 bytes);                 // "12.3 MB"; "—" when unknown
QString exactSize(qint64 bytes);            // "12,345,678 bytes"
QString relativeTime(const QDateTime& time, const QDateTime& now = QDateTime::currentDateTimeUtc());
QString absoluteTime(const QDateTime& time);
} // namespace Formatting
