#include "SequenceDiagram.h"

#include "Formatting.h"

#include <QBuffer>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <QToolTip>

namespace {
constexpr double kMargin = 16;
constexpr double kColumn = 250;
constexpr double kHeaderHeight = 48;
constexpr double kFirstRow = 96;
constexpr double kRowHeight = 64;
constexpr double kActivation = 8;
const QColor kFailure(0xd0, 0x30, 0x30);
} // namespace

SequenceDiagram::SequenceDiagram(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void SequenceDiagram::setParticipants(const QStringList& participants)
{
    m_participants = participants;
    m_arrows.clear();
    updateGeometry();
    resize(sizeHint());
    update();
}

void SequenceDiagram::addParticipant(const QString& participant)
{
    if (!m_participants.contains(participant)) {
        m_participants << participant;
        updateGeometry();
        resize(sizeHint());
        update();
    }
}

void SequenceDiagram::setCaptions(const QStringList& captions)
{
    m_captions = captions;
    update();
}

void SequenceDiagram::clear()
{
    m_arrows.clear();
    updateGeometry();
    resize(sizeHint());
    update();
}

bool SequenceDiagram::addEvent(const TransferEvent& event, const QString& note)
{
    const auto from = m_participants.indexOf(event.from);
    const auto to = m_participants.indexOf(event.to);
    if (from < 0 || to < 0 || from == to) {
        return false;
    }
    Arrow arrow;
    arrow.from = static_cast<int>(from);
    arrow.to = static_cast<int>(to);
    arrow.label = event.subject;
    QStringList detail;
    if (!event.detail.isEmpty()) {
        detail << event.detail;
    }
    if (event.bytes > 0) {
        detail << Formatting::size(event.bytes);
    }
    if (event.durationMs > 0) {
        detail << tr("%1 ms").arg(event.durationMs);
    }
    arrow.detail = detail.join(QStringLiteral(" · "));
    arrow.note = note;
    arrow.ok = event.ok;
    arrow.error = event.error;
    arrow.jobId = event.jobId;
    addArrow(arrow);
    return true;
}

void SequenceDiagram::addArrow(const Arrow& arrow)
{
    m_arrows << arrow;
    updateGeometry();
    resize(sizeHint());
    update();
}

void SequenceDiagram::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.5, 3.0);
    updateGeometry();
    resize(sizeHint());
    update();
}

QSize SequenceDiagram::baseSize() const
{
    const double width = kMargin * 2 + kColumn * std::max<qsizetype>(1, m_participants.size()) + 160; // notes
    const double height = kFirstRow + kRowHeight * static_cast<double>(m_arrows.size()) + kMargin * 2;
    return QSizeF(width, height).toSize();
}

QSize SequenceDiagram::sizeHint() const
{
    return (QSizeF(baseSize()) * m_zoom).toSize();
}

double SequenceDiagram::centerOf(int participant) const
{
    return kMargin + kColumn / 2 + kColumn * participant;
}

QRectF SequenceDiagram::arrowRect(int index) const
{
    const auto& arrow = m_arrows[index];
    const double left = std::min(centerOf(arrow.from), centerOf(arrow.to));
    const double right = std::max(centerOf(arrow.from), centerOf(arrow.to));
    const double y = kFirstRow + kRowHeight * index;
    return QRectF(left, y - kRowHeight / 2 + 4, right - left, kRowHeight - 8);
}

int SequenceDiagram::arrowAt(const QPoint& position) const
{
    const QPointF point = QPointF(position) / m_zoom;
    for (int i = 0; i < m_arrows.size(); ++i) {
        if (arrowRect(i).contains(point)) {
            return i;
        }
    }
    return -1;
}

void SequenceDiagram::render(QPainter& painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const auto& colours = palette();
    const QColor text = colours.color(QPalette::Text);
    const QColor muted = colours.color(QPalette::PlaceholderText);
    const QColor box = colours.color(QPalette::AlternateBase);
    const QColor accent = colours.color(QPalette::Highlight);
    const double bottom = kFirstRow + kRowHeight * std::max<qsizetype>(0, m_arrows.size() - 1) + kRowHeight / 2;

    // Participants and their lifelines.
    auto headerFont = font();
    headerFont.setBold(true);
    auto small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int i = 0; i < m_participants.size(); ++i) {
        const QRectF header(centerOf(i) - kColumn / 2 + 10, kMargin, kColumn - 20, kHeaderHeight);
        painter.setPen(QPen(text, 1.2));
        painter.setBrush(box);
        painter.drawRoundedRect(header, 6, 6);
        painter.setFont(headerFont);
        const auto caption = m_captions.value(i);
        painter.drawText(caption.isEmpty() ? header : header.adjusted(0, 2, 0, -header.height() / 2 + 4),
                         Qt::AlignCenter | Qt::TextWordWrap, m_participants[i]);
        if (!caption.isEmpty()) {
            painter.setFont(small);
            painter.setPen(muted);
            painter.drawText(header.adjusted(4, header.height() / 2, -4, -2), Qt::AlignCenter, caption);
        }
        painter.setPen(QPen(muted, 1, Qt::DashLine));
        painter.drawLine(QPointF(centerOf(i), header.bottom()), QPointF(centerOf(i), bottom + 16));
    }

    for (int index = 0; index < m_arrows.size(); ++index) {
        const auto& arrow = m_arrows[index];
        const double y = kFirstRow + kRowHeight * index;
        const double x1 = centerOf(arrow.from);
        const double x2 = centerOf(arrow.to);
        const QColor colour = arrow.ok ? accent : kFailure;
        // Activation bars: both parties are busy during the exchange.
        painter.setPen(QPen(text, 1));
        painter.setBrush(box);
        for (const double x : {x1, x2}) {
            painter.drawRect(QRectF(x - kActivation / 2, y - 14, kActivation, 28));
        }
        // The arrow, its head at the receiving side.
        const double direction = x2 > x1 ? 1 : -1;
        const double start = x1 + direction * kActivation / 2;
        const double end = x2 - direction * kActivation / 2;
        painter.setPen(QPen(colour, arrow.ok ? 1.6 : 2.2, arrow.ok ? Qt::SolidLine : Qt::DashLine));
        painter.drawLine(QPointF(start, y), QPointF(end, y));
        QPainterPath head;
        head.moveTo(end, y);
        head.lineTo(end - direction * 10, y - 5);
        head.lineTo(end - direction * 10, y + 5);
        head.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPath(head);
        // Label above, what moved below.
        const QRectF labelRect(std::min(x1, x2) + 8, y - 26, std::abs(x2 - x1) - 16, 20);
        painter.setPen(arrow.ok ? text : kFailure);
        painter.setFont(font());
        painter.drawText(labelRect, Qt::AlignCenter | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(arrow.label, Qt::ElideMiddle, int(labelRect.width())));
        const auto below = arrow.ok ? arrow.detail : QStringLiteral("✘ ") + arrow.error;
        const QRectF detailRect(std::min(x1, x2) + 8, y + 4, std::abs(x2 - x1) - 16, 20);
        painter.setFont(small);
        painter.setPen(arrow.ok ? muted : kFailure);
        painter.drawText(detailRect, Qt::AlignCenter | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(below, Qt::ElideRight, int(detailRect.width())));
        if (!arrow.note.isEmpty()) {
            const QRectF note(std::max(x1, x2) + 14, y - 22, 150, 44);
            painter.setPen(QPen(muted, 1));
            painter.setBrush(colours.color(QPalette::ToolTipBase));
            painter.drawRect(note);
            painter.setPen(colours.color(QPalette::ToolTipText));
            painter.drawText(note.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                             arrow.note);
        }
    }
}

void SequenceDiagram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.scale(m_zoom, m_zoom);
    render(painter);
}

void SequenceDiagram::mouseMoveEvent(QMouseEvent* event)
{
    const int index = arrowAt(event->position().toPoint());
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    const auto& arrow = m_arrows[index];
    auto tip = QStringLiteral("%1 → %2\n%3").arg(m_participants[arrow.from], m_participants[arrow.to], arrow.label);
    if (!arrow.detail.isEmpty()) {
        tip += QLatin1Char('\n') + arrow.detail;
    }
    if (!arrow.ok) {
        tip += QLatin1Char('\n') + tr("Failed: %1").arg(arrow.error);
    }
    QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void SequenceDiagram::mousePressEvent(QMouseEvent* event)
{
    const int index = arrowAt(event->position().toPoint());
    if (index >= 0 && m_arrows[index].jobId != 0) {
        emit arrowClicked(m_arrows[index].jobId);
    }
}

QByteArray SequenceDiagram::toSvg(const QString& title) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(baseSize());
    generator.setViewBox(QRect(QPoint(0, 0), baseSize()));
    generator.setTitle(title);
    generator.setDescription(tr("Drawn by RegistryDesk from the events of a real run."));
    QPainter painter(&generator);
    painter.fillRect(QRect(QPoint(0, 0), baseSize()), palette().color(QPalette::Base));
    render(painter);
    painter.end();
    return buffer.data();
}

QImage SequenceDiagram::toImage(double scale) const
{
    QImage image((QSizeF(baseSize()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.scale(scale, scale);
    render(painter);
    return image;
}
