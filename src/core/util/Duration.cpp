#include "Duration.h"

#include <QRegularExpression>

namespace Duration {

std::optional<qint64> parseSeconds(const QString& text)
{
    static const QRegularExpression part(QStringLiteral("([0-9]{1,7})([smhdw])"));
    static const QRegularExpression whole(QStringLiteral("^(?:[0-9]{1,7}[smhdw])+\\z"));
    const auto trimmed = text.trimmed().toLower();
    if (!whole.match(trimmed).hasMatch()) {
        return std::nullopt;
    }
    qint64 total = 0;
    for (auto it = part.globalMatch(trimmed); it.hasNext();) {
        const auto m = it.next();
        const qint64 value = m.captured(1).toLongLong();
        switch (m.captured(2).at(0).toLatin1()) {
        case 's':
            total += value;
            break;
        case 'm':
            total += value * 60;
            break;
        case 'h':
            total += value * 3600;
            break;
        case 'd':
            total += value * 86400;
            break;
        case 'w':
            total += value * 7 * 86400;
            break;
        }
    }
    return total;
}

QString format(qint64 seconds)
{
    if (seconds < 0) {
        seconds = 0;
    }
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0) {
        return hours > 0 ? QStringLiteral("%1d %2h").arg(days).arg(hours) : QStringLiteral("%1d").arg(days);
    }
    if (hours > 0) {
        return minutes > 0 ? QStringLiteral("%1h %2m").arg(hours).arg(minutes) : QStringLiteral("%1h").arg(hours);
    }
    if (minutes > 0) {
        return QStringLiteral("%1m").arg(minutes);
    }
    return QStringLiteral("%1s").arg(seconds);
}

} // namespace Duration
