#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <memory>

// Work that reads many files (a storage root, a blob store's sizes) runs on the global thread pool, and the job
// takes the result back on the event loop, so the window and the CLI's progress line stay live.
namespace Background {

// Runs work() on the pool, then done(result) on the event-loop thread, unless context is gone by then.
template<typename Work, typename Done>
void run(QThreadPool* pool, QObject* context, Work work, Done done)
{
    pool->start([guard = QPointer<QObject>(context), work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<decltype(work())>(work());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), result]() mutable {
                if (guard) {
                    done(std::move(*result));
                }
            },
            Qt::QueuedConnection);
    });
}

// The same on the global thread pool.
template<typename Work, typename Done>
void run(QObject* context, Work work, Done done)
{
    run(QThreadPool::globalInstance(), context, std::move(work), std::move(done));
}

// Calls report() on the event-loop thread, unless context is gone by then (for progress from a worker).
template<typename Report>
void post(const QPointer<QObject>& context, Report report)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [context, report = std::move(report)]() mutable {
            if (context) {
                report();
            }
        },
        Qt::QueuedConnection);
}

} // namespace Background
