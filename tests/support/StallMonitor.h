#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtGlobal>

#include <algorithm>

// Longest gap between ticks of a 5 ms timer: how long the event loop was busy with something else.
//
// A gap counts the time the thread ran or blocked, not the time it sat runnable while other processes
// had the CPUs: the kernel's per-thread schedstat says how long the thread waited on a run queue, and that
// wait is taken off. On an idle machine the two are the same; on a loaded test machine only the former is
// the window's doing. The wall-clock gap is kept too (wallWorst()) and both show in STALL_LOG.
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        // STALL_LOG=N lists every stall of N ms or more, to find what a bound's worst case is made of.
        m_log = qEnvironmentVariableIntValue("STALL_LOG");
        // Opened once, by the thread whose event loop is watched: thread-self names the opener.
        m_schedstat.setFileName(QStringLiteral("/proc/thread-self/schedstat"));
        m_schedstat.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            const auto wall = m_clock.restart();
            const auto queued = runQueueWaitNs();
            const auto gap = std::max<qint64>(0, wall - (queued - m_queued) / 1000000);
            m_queued = queued;
            m_wallWorst = std::max(m_wallWorst, wall);
            if (m_log > 0 && wall >= m_log) {
                qInfo("stall %lld ms (%lld ms of it waiting for a CPU) at %lld ms into %s", wall, wall - gap,
                      m_sincePhase.elapsed(), qPrintable(m_phase));
            }
            if (gap > m_worst) {
                m_worst = gap;
                m_where = m_phase;
            }
        });
    }
    void start()
    {
        m_clock.start();
        m_sincePhase.start();
        m_queued = runQueueWaitNs();
        m_timer.start();
    }
    void phase(const QString& name)
    {
        m_phase = name;
        m_sincePhase.restart();
        m_queued = runQueueWaitNs();
        m_clock.restart(); // the test's own synchronous steps are not the window's stalls
    }
    qint64 worst() const { return m_worst; }
    qint64 wallWorst() const { return m_wallWorst; }
    QString where() const { return m_where; }

private:
    // The second field of schedstat: nanoseconds spent runnable but not running. Where the kernel does not keep
    // it, nothing is taken off.
    qint64 runQueueWaitNs()
    {
        if (!m_schedstat.isOpen() || !m_schedstat.seek(0)) {
            return 0;
        }
        const auto fields = m_schedstat.readAll().split(' ');
        return fields.size() >= 2 ? fields.at(1).toLongLong() : 0;
    }

    QTimer m_timer;
    QFile m_schedstat;
    QElapsedTimer m_clock;
    QElapsedTimer m_sincePhase;
    int m_log = 0;
    qint64 m_queued = 0;
    qint64 m_worst = 0;
    qint64 m_wallWorst = 0;
    QString m_phase;
    QString m_where;
};
