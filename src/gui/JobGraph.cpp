#include "JobGraph.h"

#include <QPainter>
#include <QPainterPath>

namespace {
constexpr double kMargin = 16;
constexpr double kBoxWidth = 300;
constexpr double kBoxHeight = 54;
constexpr double kGap = 70;
constexpr double kLine = 18;
const QColor kFailure(0xd0, 0x30, 0x30);
} // namespace

JobGraph::JobGraph(QWidget* parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void JobGraph::setShape(Shape shape)
{
    m_shape = shape;
    updateGeometry();
    resize(sizeHint());
    update();
}

void JobGraph::setSite(const QString& site)
{
    m_site = site;
    update();
}

void JobGraph::addStep(int step, const QString& text, bool ok)
{
    m_steps.removeIf([step](const Traffic& traffic) { return traffic.step == step; });
    m_steps << Traffic{step, text, ok};
    updateGeometry();
    resize(sizeHint());
    update();
}

void JobGraph::clearTraffic()
{
    m_steps.clear();
    update();
}

QList<JobGraph::Job> JobGraph::jobs() const
{
    // Which job causes which rehearsal step: the buildset-registry job's pre-run pulls from the
    // intermediate registry (2) and its post-run pushes there (4); the build job pushes its image (3);
    // the test job pulls (5). With only producers the build job runs the buildset registry itself.
    const auto traffic = [this](std::initializer_list<int> steps) {
        QList<Traffic> result;
        for (const auto& entry : m_steps) {
            if (std::find(steps.begin(), steps.end(), entry.step) != steps.end()) {
                result << entry;
            }
        }
        std::sort(result.begin(), result.end(), [](const Traffic& a, const Traffic& b) { return a.step < b.step; });
        return result;
    };
    if (m_shape == Shape::OnlyProducers) {
        return {{m_site + QStringLiteral("-build-docker-image"),
                 tr("builds the image and runs its own buildset registry"), traffic({2, 3, 4})}};
    }
    return {
        {m_site + QStringLiteral("-buildset-registry"), tr("runs the buildset registry and pauses"), traffic({2, 4})},
        {QStringLiteral("build-image"), tr("inherits %1-build-docker-image").arg(m_site), traffic({3})},
        {QStringLiteral("test-image"), tr("uses use-buildset-registry in its pre-run"), traffic({5})}};
}

QSize JobGraph::sizeHint() const
{
    const auto all = jobs();
    int lines = 0;
    for (const auto& job : all) {
        lines = std::max<int>(lines, static_cast<int>(job.traffic.size()));
    }
    const double width = kMargin * 2 + all.size() * kBoxWidth + (all.size() - 1) * kGap;
    const double height = kMargin * 2 + kBoxHeight + 16 + std::max(1, lines) * kLine * 2.2;
    return QSizeF(width, height).toSize();
}

void JobGraph::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto& colours = palette();
    const QColor text = colours.color(QPalette::Text);
    const QColor muted = colours.color(QPalette::PlaceholderText);
    const auto all = jobs();
    auto bold = font();
    bold.setBold(true);
    auto small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int i = 0; i < all.size(); ++i) {
        const QRectF box(kMargin + i * (kBoxWidth + kGap), kMargin, kBoxWidth, kBoxHeight);
        painter.setPen(QPen(text, 1.2));
        painter.setBrush(colours.color(QPalette::AlternateBase));
        painter.drawRoundedRect(box, 6, 6);
        painter.setFont(bold);
        painter.drawText(box.adjusted(6, 4, -6, -box.height() / 2), Qt::AlignCenter, all[i].name);
        painter.setFont(small);
        painter.setPen(muted);
        painter.drawText(box.adjusted(6, box.height() / 2, -6, -4), Qt::AlignCenter, all[i].role);
        if (i > 0) {
            // The document draws dependencies as "obr <- bi <- ti": the arrow points at what a job needs.
            const double y = box.center().y();
            const double from = box.left();
            const double to = box.left() - kGap;
            painter.setPen(QPen(text, 1.4));
            painter.drawLine(QPointF(from, y), QPointF(to + 8, y));
            QPainterPath head;
            head.moveTo(to, y);
            head.lineTo(to + 10, y - 5);
            head.lineTo(to + 10, y + 5);
            head.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(text);
            painter.drawPath(head);
        }
        double y = box.bottom() + 16;
        for (const auto& traffic : all[i].traffic) {
            const QRectF line(box.left(), y, box.width(), kLine * 2);
            painter.setPen(traffic.ok ? text : kFailure);
            painter.setFont(small);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                             QStringLiteral("%1 %2. %3")
                                 .arg(traffic.ok ? QStringLiteral("✔") : QStringLiteral("✘"))
                                 .arg(traffic.step)
                                 .arg(traffic.text));
            y += kLine * 2.2;
        }
        if (all[i].traffic.isEmpty()) {
            painter.setPen(muted);
            painter.setFont(small);
            painter.drawText(QRectF(box.left(), y, box.width(), kLine), Qt::AlignLeft,
                             tr("no registry traffic yet: rehearse to see it"));
        }
    }
}
