#pragma once

#include "RegistryError.h"
#include "RegistryJob.h"
#include "TransferEvent.h"

#include <QObject>
#include <QPointer>

#include <functional>

class RegistryClient;

// An operation of the gating flow (copy, promote, untag, delete, prune): progress, events, one
// finished() with error() telling how it ended, and cancel(). Started on the next event-loop turn.
class TransferJob : public QObject
{
    Q_OBJECT
public:
    explicit TransferJob(QObject* parent = nullptr);

    const RegistryError& error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    quint64 id() const { return m_id; }
    virtual QString title() const = 0;
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void transferEvent(const TransferEvent& event);
    void finished();

public slots:
    void start();

protected:
    virtual void run() = 0;
    virtual void onCancel() {}
    void finish(const RegistryError& error = {});
    // Cancels the jobs track() follows (when one part failed and the others are no longer wanted).
    void cancelActive();
    void emitEvent(TransferEvent event);
    // Runs then() once the registry has shown it can delete in this repository; otherwise finishes with its
    // refusal (naming the registry and the remedy) before anything has been written.
    void whenDeletesPossible(RegistryClient* client, const QString& repository, const std::function<void()>& then);

    // Runs onDone when the job finishes (not after this job has finished), deletes it later, and
    // cancels it if this job is cancelled first.
    template<typename Job>
    Job* track(Job* job, std::function<void(Job*)> onDone)
    {
        m_active << job;
        connect(job, &Job::finished, this, [this, job, onDone = std::move(onDone)]() {
            m_active.removeAll(job);
            job->deleteLater();
            if (!m_finished) {
                onDone(job);
            }
        });
        return job;
    }

private:
    QList<QPointer<QObject>> m_active;
    RegistryError m_error;
    quint64 m_id;
    bool m_started = false;
    bool m_finished = false;
};
