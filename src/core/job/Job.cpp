#include "Job.h"

#include <atomic>

namespace {
std::atomic<quint64> g_nextId{1};
}

Job::Job(QObject* parent)
    : QObject(parent)
    , m_id(g_nextId++)
{
    qRegisterMetaType<TransferEvent>();
    QMetaObject::invokeMethod(this, &Job::start, Qt::QueuedConnection);
}

void Job::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    run();
}

void Job::cancel()
{
    if (m_finished) {
        return;
    }
    cancelChildren();
    onCancel();
    finish(RegistryError::cancelled());
}

void Job::cancelChildren()
{
    const auto children = std::exchange(m_children, {});
    for (const auto& child : children) {
        if (child) {
            child->disconnect(this);
            child->cancel();
            child->deleteLater();
        }
    }
}

void Job::finish(const RegistryError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    if (error) {
        cancelChildren(); // nothing the failed job started is wanted any more
    }
    emit finished();
}

void Job::emitEvent(TransferEvent event)
{
    event.jobId = m_id;
    emit transferEvent(event);
}

void Job::adopt(Job* child, std::function<void()> onDone)
{
    m_children << child;
    connect(child, &Job::finished, this, [this, child, onDone = std::move(onDone)]() {
        m_children.removeAll(child);
        child->deleteLater();
        if (!m_finished) {
            onDone();
        }
    });
}
