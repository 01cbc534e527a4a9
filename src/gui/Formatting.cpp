#include "Formatting.h"

#include <QCoreApplication>
#include <QLocale>

namespace Formatting {

QString shortDigest(const QString& digest)
{
    const auto colon = digest.indexOf(QLatin1Char(':'));
    const auto hex = digest.mid(colon + 1);
    if (hex.size() <= 12) {
        return digest;
    }
    return digest.left(colon + 1) + hex.left(4) + QStringLiteral("…") + hex.right(4);
}

QString size(qint64 bytes)
{
    if (bytes < 0) {
        return QStringLiteral("—");
    }
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString exactSize(qint64 bytes)
{
    if (bytes < 0) {
        return QCoreApplication::translate("Formatting", "size unknown");
    }
    return QCoreApplication::translate("Formatting", "%1 bytes").arg(QLocale().toString(bytes));
}

QString relativeTime(const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid()) {
        return QStringLiteral("—");
    }
    const qint64 seconds = time.secsTo(now);
    if (seconds < 0) {
        return absoluteTime(time);
    }
    if (seconds < 90) {
        return QCoreApplication::translate("Formatting", "just now");
    }
    if (seconds < 90 * 60) {
        return QCoreApplication::translate("Formatting", "%n minute(s) ago", nullptr, static_cast<int>(seconds / 60));
    }
    if (seconds < 36 * 3600) {
        return QCoreApplication::translate("Formatting", "%n hour(s) ago", nullptr, static_cast<int>(seconds / 3600));
    }
    if (seconds < 60 * 86400) {
        return QCoreApplication::translate("Formatting", "%n day(s) ago", nullptr, static_cast<int>(seconds / 86400));
    }
    if (seconds < 730 * 86400) {
        return QCoreApplication::translate("Formatting", "%n month(s) ago", nullptr,
                                           static_cast<int>(seconds / (30 * 86400)));
    }
    return QCoreApplication::translate("Formatting", "%n year(s) ago", nullptr,
                                       static_cast<int>(seconds / (365 * 86400)));
}

QString absoluteTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace Formatting
