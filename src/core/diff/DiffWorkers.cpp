#include "DiffWorkers.h"

#include <QThread>

QThreadPool* DiffWorkers::pool()
{
    static QThreadPool* workers = [] {
        auto* created = new QThreadPool(QCoreApplication::instance());
        // Readers blocked on the network plus room for the comparison and for content fetched on demand.
        created->setMaxThreadCount(parallelLayers() + 2);
        // Decompressing and hashing take every core they get; the event loop must still get one the moment it
        // needs it, so these threads run only on time nothing else wants (SCHED_IDLE on Linux).
        created->setThreadPriority(QThread::IdlePriority);
        return created;
    }();
    return workers;
}

int DiffWorkers::parallelLayers()
{
    return std::max(2, QThread::idealThreadCount());
}
