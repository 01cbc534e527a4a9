#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <memory>

// The worker threads that decompress, parse and compare layers. A pool of their own, because a layer reader
// blocks while it waits for bytes from the network and must not starve other users of the global pool.
class DiffWorkers
{
public:
    static QThreadPool* pool();
    // How many layers are read at once: one per core.
    static int parallelLayers();

    // Runs work() on the pool, then done(result) on the event-loop thread, unless context is gone by then.
    template<typename Work, typename Done>
    static void run(QObject* context, Work work, Done done)
    {
        pool()->start([guard = QPointer<QObject>(context), work = std::move(work), done = std::move(done)]() mutable {
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
};
