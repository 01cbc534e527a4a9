#pragma once

#include "RegistryError.h"
#include "TransferEvent.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

// One asynchronous operation of the desk: a registry request, a copy, a diff, a rehearsal, the sandbox
// starting. Every job reports the same way — progress(), transferEvent(), one finished() — and tells how it
// ended with error(). The window's activity panel and the CLI's progress line show any job alike.
//
// Start rule: a job starts itself on the next event-loop turn after it is constructed, so whoever creates
// it connects to its signals first. Calling start() earlier runs it at once; it never runs twice.
//
// Ownership rule: a job is a QObject and belongs to the parent it is constructed with (a RegistryJob to
// its client). A job started inside another one is tracked with track() or require(): the outer job then
// deletes it once it has finished and cancels it when the outer job is cancelled or fails. A job nobody
// tracks belongs to its creator, who deletes it after finished() — ActivityPanel::track() and
// Cli::await() do that for the jobs handed to them.
//
// finished() is emitted exactly once: after run() calls finish(), after cancel(), or when the job fails.
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject* parent = nullptr);

    // What the job does, for people ("Copy a:1 to b:1"). Operations name themselves; a registry request that
    // is shown on its own is named by whoever shows it. Jobs that only serve a larger one have none.
    virtual QString title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }
    quint64 id() const { return m_id; }
    const RegistryError& error() const { return m_error; }
    // What progress() counts: bytes moved (transfers, the default) or things done (tags, images, manifests).
    enum class ProgressUnit
    {
        Bytes,
        Items
    };
    ProgressUnit progressUnit() const { return m_progressUnit; }
    bool isFinished() const { return m_finished; }
    // Stops the job and the jobs it tracks; finished() follows at once with a Cancelled error.
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    // A stage of a longer job, for people ("starting the buildset registry").
    void step(const QString& description);
    void transferEvent(const TransferEvent& event);
    void finished();

public slots:
    void start();

protected:
    virtual void run() = 0;
    void setProgressUnit(ProgressUnit unit) { m_progressUnit = unit; }
    // Releases what the job holds when it is cancelled (open requests, temporary files, processes).
    virtual void onCancel() {}
    void finish(const RegistryError& error = {});
    void emitEvent(TransferEvent event);
    // Cancels the jobs this one tracks (when one part failed and the others are no longer wanted).
    void cancelChildren();

    // Follows a job started for this one: onDone runs when it finishes (never after this job has finished);
    // it is deleted afterwards, and cancelled if this job is cancelled first.
    template<typename J>
    J* track(J* job, std::function<void(J*)> onDone)
    {
        adopt(job, [job, onDone = std::move(onDone)]() { onDone(job); });
        return job;
    }
    // Like track(), but a failure of the child finishes this job with the child's error, and onSuccess runs
    // only when the child worked.
    template<typename J>
    J* require(J* job, std::function<void(J*)> onSuccess)
    {
        adopt(job, [this, job, onSuccess = std::move(onSuccess)]() {
            if (job->error()) {
                finish(job->error());
            } else {
                onSuccess(job);
            }
        });
        return job;
    }

private:
    void adopt(Job* child, std::function<void()> onDone);

    QList<QPointer<Job>> m_children;
    RegistryError m_error;
    QString m_title;
    quint64 m_id;
    ProgressUnit m_progressUnit = ProgressUnit::Bytes;
    bool m_started = false;
    bool m_finished = false;
};
