#pragma once

#include "job/Background.h"

#include <QThreadPool>

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
        Background::run(pool(), context, std::move(work), std::move(done));
    }
};
