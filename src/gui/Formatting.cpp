#include "Formatting.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
// The context "Formatting" for lupdate, which does not read QCoreApplication::translate() with a plural count.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)
};
} // namespace

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
        return Text::tr("size unknown");
    }
    return Text::tr("%1 bytes").arg(QLocale().toString(bytes));
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
        return Text::tr("just now");
    }
    if (seconds < 90 * 60) {
        return Text::tr("%n minute(s) ago", nullptr, static_cast<int>(seconds / 60));
    }
    if (seconds < 36 * 3600) {
        return Text::tr("%n hour(s) ago", nullptr, static_cast<int>(seconds / 3600));
    }
    if (seconds < 60 * 86400) {
        return Text::tr("%n day(s) ago", nullptr, static_cast<int>(seconds / 86400));
    }
    if (seconds < 730 * 86400) {
        return Text::tr("%n month(s) ago", nullptr, static_cast<int>(seconds / (30 * 86400)));
    }
    return Text::tr("%n year(s) ago", nullptr, static_cast<int>(seconds / (365 * 86400)));
}

QString absoluteTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace Formatting
