#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

// Longest gap between ticks of a 5 ms timer: how long the event loop was busy with something else.
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            const auto gap = m_clock.restart();
            if (gap > m_worst) {
                m_worst = gap;
                m_where = m_phase;
            }
        });
    }
    void start()
    {
        m_clock.start();
        m_timer.start();
    }
    void phase(const QString& name)
    {
        m_phase = name;
        m_clock.restart(); // the test's own synchronous steps are not the window's stalls
    }
    qint64 worst() const { return m_worst; }
    QString where() const { return m_where; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
    QString m_phase;
    QString m_where;
};
