#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // messages quote registries and files: markup in them stays text
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setFlat(true);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, [this]() {
        auto callback = m_callback;
        clear();
        if (callback) {
            callback();
        }
    });
    connect(m_close, &QPushButton::clicked, this, &MessageBar::clear);
    setVisible(false);
}

void MessageBar::show(Level level, const QString& text, const QString& actionText, std::function<void()> action)
{
    // A new style sheet re-polishes the bar and lays its page out again: only when the level changes.
    const bool restyle = !m_styled || level != m_level;
    m_level = level;
    m_label->setText(text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_callback);
    // Tinted rather than fixed colours, so the bar reads in light and dark palettes alike.
    const char* tint = level == Level::Error     ? "rgba(220,40,40,0.18)"
                       : level == Level::Warning ? "rgba(230,160,0,0.22)"
                                                 : "rgba(40,110,220,0.15)";
    if (restyle) {
        setStyleSheet(QStringLiteral("MessageBar{background:%1;border-radius:4px}").arg(QLatin1String(tint)));
        m_styled = true;
    }
    setProperty("level", static_cast<int>(level));
    setVisible(true);
}

void MessageBar::clear()
{
    m_callback = nullptr;
    m_label->clear();
    setVisible(false);
}

QString MessageBar::text() const
{
    return m_label->text();
}
