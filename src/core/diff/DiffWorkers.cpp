#include "DiffWorkers.h"

#include <QThread>

QThreadPool* DiffWorkers::pool()
{
    static QThreadPool* workers = [] {
        auto* created = new QThreadPool(QCoreApplication::instance());
        // Readers blocked on the network plus room for the comparison and for content fetched on demand.
        created->setMaxThreadCount(parallelLayers() + 2);
        return created;
    }();
    return workers;
}

int DiffWorkers::parallelLayers()
{
    return std::max(2, QThread::idealThreadCount());
}
