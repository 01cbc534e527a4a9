#include "AgeHistogram.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <limits>

namespace {

constexpr int kMargin = 6;
constexpr int kLabelHeight = 18;

} // namespace

AgeHistogram::AgeHistogram(QWidget* parent)
    : QWidget(parent)
{
    setTimes({});
}

void AgeHistogram::setTimes(const QList<QDateTime>& times, const QDateTime& now)
{
    constexpr qint64 day = 86400;
    const QList<std::pair<qint64, std::pair<QString, QString>>> limits{
        {day, {tr("< 1 day"), tr("built in the last 24 hours")}},
        {7 * day, {tr("< 1 week"), tr("1 to 7 days old")}},
        {30 * day, {tr("< 1 month"), tr("7 to 30 days old")}},
        {90 * day, {tr("< 3 months"), tr("30 to 90 days old")}},
        {std::numeric_limits<qint64>::max(), {tr("older"), tr("more than 90 days old")}},
    };
    m_buckets.clear();
    for (const auto& [limit, names] : limits) {
        m_buckets << Bucket{names.first, names.second, 0};
    }
    m_buckets << Bucket{tr("unknown"), tr("no creation time in the image configuration"), 0};
    for (const auto& time : times) {
        if (!time.isValid()) {
            ++m_buckets.last().count;
            continue;
        }
        const auto age = std::max<qint64>(0, time.secsTo(now));
        for (qsizetype i = 0; i < limits.size(); ++i) {
            if (age < limits[i].first) {
                ++m_buckets[i].count;
                break;
            }
        }
    }
    update();
}

QSize AgeHistogram::sizeHint() const
{
    return {60 * static_cast<int>(m_buckets.size()), 140};
}

QRect AgeHistogram::barRect(int index) const
{
    const int columns = static_cast<int>(m_buckets.size());
    const int width = (this->width() - 2 * kMargin) / std::max(1, columns);
    const int top = kMargin + kLabelHeight;
    const int bottom = height() - kMargin - kLabelHeight;
    int most = 1;
    for (const auto& bucket : m_buckets) {
        most = std::max(most, bucket.count);
    }
    const int barHeight = (bottom - top) * m_buckets[index].count / most;
    return {kMargin + index * width + width / 6, bottom - barHeight, width * 2 / 3, barHeight};
}

void AgeHistogram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto palette = this->palette();
    for (int i = 0; i < m_buckets.size(); ++i) {
        const auto bar = barRect(i);
        const bool unknown = i == m_buckets.size() - 1;
        painter.fillRect(bar, unknown ? palette.color(QPalette::Mid) : palette.color(QPalette::Highlight));
        painter.setPen(palette.color(QPalette::WindowText));
        const QRect column(bar.left() - bar.width() / 4, 0, bar.width() * 3 / 2, height());
        painter.drawText(QRect(column.left(), bar.top() - kLabelHeight, column.width(), kLabelHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, QString::number(m_buckets[i].count));
        painter.drawText(
            QRect(column.left() - 10, height() - kMargin - kLabelHeight, column.width() + 20, kLabelHeight),
            Qt::AlignHCenter | Qt::AlignTop, m_buckets[i].label);
    }
}

bool AgeHistogram::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (int i = 0; i < m_buckets.size(); ++i) {
            auto area = barRect(i);
            area.setTop(0);
            area.setBottom(height());
            if (area.contains(help->pos())) {
                QToolTip::showText(help->globalPos(),
                                   tr("%n tag(s) %1", nullptr, m_buckets[i].count).arg(m_buckets[i].range), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}
