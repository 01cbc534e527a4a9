#pragma once

#include <QString>

#include <optional>

// Durations as admins write them: "90s", "45m", "36h", "7d", "2w", or combined "1d12h".
namespace Duration {
std::optional<qint64> parseSeconds(const QString& text);
QString format(qint64 seconds); // "3d 4h", "12m", "40s"
} // namespace Duration
