#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

// The inline message of a page: info, warning or error, with the actionable text and, where one
// helps, a button ("Retry", "Keep for this session"). Replaces modal error boxes.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        Info,
        Warning,
        Error
    };
    explicit MessageBar(QWidget* parent = nullptr);

    void show(Level level, const QString& text, const QString& actionText = {}, std::function<void()> action = nullptr);
    void clear();
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel* m_label;
    QPushButton* m_action;
    QPushButton* m_close;
    std::function<void()> m_callback;
    Level m_level = Level::Info;
    bool m_styled = false; // the style sheet for m_level is set
};
