#pragma once

#include "LayerStream.h"
#include "job/Job.h"
#include "registry/Manifest.h"

#include <atomic>
#include <functional>
#include <memory>

class BlobJob;
class RegistryClient;

// Downloads a layer blob and hands its bytes, as they arrive, to a consumer running on a worker thread, so
// decompressing and parsing never hold up the event loop and the blob is never whole in memory or on disk. It
// finishes when both are done: the consumer has read the whole blob and the download has verified the digest,
// so nothing the consumer made rests on unverified bytes.
class LayerReadJob : public Job
{
    Q_OBJECT
public:
    // Returns no error after reading the source to its end.
    using Consumer = std::function<RegistryError(LayerSource& source, const std::atomic_bool& cancelled)>;

    LayerReadJob(RegistryClient* client, QString repository, Descriptor layer, Consumer consumer,
                 QObject* parent = nullptr);
    ~LayerReadJob() override;

    QString title() const override;
    const Descriptor& layer() const { return m_layer; }
    qint64 bytesDownloaded() const { return m_downloaded; }

    static constexpr qint64 kBufferBytes = 8 * 1024 * 1024;

protected:
    void run() override;
    void onCancel() override;

private:
    void downloaded(BlobJob* job);
    void consumed(const RegistryError& error);
    void stop(const RegistryError& error);

    RegistryClient* m_client;
    QString m_repository;
    Descriptor m_layer;
    Consumer m_consumer;
    std::shared_ptr<LayerStream> m_stream;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    qint64 m_downloaded = 0;
    bool m_downloadDone = false;
    bool m_consumerDone = false;
};
