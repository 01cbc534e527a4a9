#include "SizeChart.h"

#include "Formatting.h"
#include "util/Printable.h"

#include <QPainter>

namespace {
constexpr int kRowHeight = 30;
constexpr int kLegendHeight = 26;
constexpr int kLabelWidth = 220;
constexpr int kValueWidth = 190;
} // namespace

SizeChart::SizeChart(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(kLegendHeight + kRowHeight);
}

void SizeChart::setSizes(const QList<ImageDiff::DirectorySize>& sizes, int maxRows)
{
    m_sizes = sizes.mid(0, maxRows);
    updateGeometry();
    update();
}

QSize SizeChart::sizeHint() const
{
    return {kLabelWidth + kValueWidth + 400,
            kLegendHeight + kRowHeight * static_cast<int>(std::max<qsizetype>(1, m_sizes.size()))};
}

void SizeChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colors = palette();
    const QColor colorA = colors.color(QPalette::Highlight);
    const QColor colorB(0xd2, 0x99, 0x22);
    painter.setPen(colors.color(QPalette::WindowText));
    if (m_sizes.isEmpty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No files to chart yet: compare two images first."));
        return;
    }
    // Legend.
    painter.fillRect(QRect(kLabelWidth, 8, 12, 12), colorA);
    painter.drawText(QRect(kLabelWidth + 18, 2, 120, 22), Qt::AlignVCenter, tr("Image A"));
    painter.fillRect(QRect(kLabelWidth + 140, 8, 12, 12), colorB);
    painter.drawText(QRect(kLabelWidth + 158, 2, 120, 22), Qt::AlignVCenter, tr("Image B"));

    qint64 largest = 1;
    for (const auto& size : m_sizes) {
        largest = std::max({largest, size.sizeA, size.sizeB});
    }
    const int barWidth = std::max(40, width() - kLabelWidth - kValueWidth - 16);
    int y = kLegendHeight;
    for (const auto& size : m_sizes) {
        const QString label =
            painter.fontMetrics().elidedText(Printable::escaped(size.path), Qt::ElideMiddle, kLabelWidth - 12);
        painter.drawText(QRect(4, y, kLabelWidth - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignRight, label);
        const auto bar = [&](qint64 bytes, int top, const QColor& color) {
            const int length = static_cast<int>(static_cast<double>(bytes) / static_cast<double>(largest) * barWidth);
            painter.fillRect(QRect(kLabelWidth, top, std::max(bytes > 0 ? 1 : 0, length), 11), color);
        };
        bar(size.sizeA, y + 3, colorA);
        bar(size.sizeB, y + 15, colorB);
        const qint64 delta = size.sizeB - size.sizeA;
        const QString value =
            tr("%1 → %2").arg(Formatting::size(size.sizeA), Formatting::size(size.sizeB)) +
            (delta == 0 ? QString()
                        : QStringLiteral(" (%1%2)").arg(delta > 0 ? QStringLiteral("+") : QStringLiteral("−"),
                                                        Formatting::size(std::abs(delta))));
        painter.drawText(QRect(kLabelWidth + barWidth + 8, y, kValueWidth + 8, kRowHeight), Qt::AlignVCenter, value);
        y += kRowHeight;
    }
}
