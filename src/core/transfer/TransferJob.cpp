#include "TransferJob.h"

#include "RegistryClient.h"

#include <atomic>

namespace {
std::atomic<quint64> g_nextId{1};
}

TransferJob::TransferJob(QObject* parent)
    : QObject(parent)
    , m_id(g_nextId++)
{
    qRegisterMetaType<TransferEvent>();
    QMetaObject::invokeMethod(this, &TransferJob::start, Qt::QueuedConnection);
}

void TransferJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    run();
}

void TransferJob::cancel()
{
    if (m_finished) {
        return;
    }
    cancelActive();
    onCancel();
    finish(RegistryError::cancelled());
}

void TransferJob::cancelActive()
{
    const auto active = m_active;
    m_active.clear();
    for (const auto& object : active) {
        if (auto* job = qobject_cast<RegistryJob*>(object.data())) {
            job->disconnect(this);
            job->cancel();
            job->deleteLater();
        } else if (auto* transfer = qobject_cast<TransferJob*>(object.data())) {
            transfer->disconnect(this);
            transfer->cancel();
        }
    }
}

void TransferJob::finish(const RegistryError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    emit finished();
}

void TransferJob::emitEvent(TransferEvent event)
{
    event.jobId = m_id;
    emit transferEvent(event);
}

void TransferJob::whenDeletesPossible(RegistryClient* client, const QString& repository,
                                      const std::function<void()>& then)
{
    track<RegistryJob>(client->learnDeletes(repository), [this, client, then](RegistryJob* probe) {
        if (const auto refusal = probe->error() ? probe->error() : client->deleteRefusal()) {
            finish(refusal);
            return;
        }
        then();
    });
}
