#include "LayerReadJob.h"

#include "DiffWorkers.h"
#include "registry/BlobJob.h"
#include "registry/RegistryClient.h"

LayerReadJob::LayerReadJob(RegistryClient* client, QString repository, Descriptor layer, Consumer consumer,
                           QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_repository(std::move(repository))
    , m_layer(std::move(layer))
    , m_consumer(std::move(consumer))
    , m_stream(std::make_shared<LayerStream>(kBufferBytes))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
}

LayerReadJob::~LayerReadJob()
{
    // A worker still reading must not wait for bytes that will never come.
    *m_cancelled = true;
    m_stream->fail(RegistryError::cancelled());
}

QString LayerReadJob::title() const
{
    return tr("Read layer %1 of %2").arg(m_layer.digest.shortForm(), m_repository);
}

void LayerReadJob::run()
{
    auto* sink = new LayerStreamDevice(m_stream, this);
    auto* blob = track(m_client->getBlob(m_repository, m_layer.digest, m_layer.size, sink),
                       std::function<void(BlobJob*)>([this](BlobJob* job) { downloaded(job); }));
    const std::shared_ptr<LayerStream> stream = m_stream;
    blob->setFlowControl([stream]() { return stream->room(); });
    m_stream->setRoomCallback([guard = QPointer<BlobJob>(blob)]() {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard]() {
                if (guard) {
                    guard->resume();
                }
            },
            Qt::QueuedConnection);
    });
    connect(blob, &BlobJob::progress, this, [this](qint64 done, qint64 total) {
        m_downloaded = done;
        emit progress(done, total);
    });
    DiffWorkers::run(
        this, [stream, cancelled = m_cancelled, consumer = m_consumer]() { return consumer(*stream, *cancelled); },
        [this](const RegistryError& error) { consumed(error); });
}

void LayerReadJob::downloaded(BlobJob* job)
{
    m_downloadDone = true;
    m_downloaded = job->bytesReceived();
    if (job->error()) {
        stop(job->error());
        return;
    }
    m_stream->finishWriting();
    if (m_consumerDone) {
        finish();
    }
}

void LayerReadJob::consumed(const RegistryError& error)
{
    m_consumerDone = true;
    if (error) {
        stop(error);
    } else if (m_downloadDone) {
        finish();
    }
}

void LayerReadJob::stop(const RegistryError& error)
{
    *m_cancelled = true;
    m_stream->fail(error);
    cancelChildren();
    finish(error);
}

void LayerReadJob::onCancel()
{
    *m_cancelled = true;
    m_stream->fail(RegistryError::cancelled());
}
