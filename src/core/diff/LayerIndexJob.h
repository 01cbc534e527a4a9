#pragma once

#include "LayerIndex.h"
#include "job/Job.h"
#include "registry/Manifest.h"

#include <memory>

class IndexCache;
class RegistryClient;

// The index of one layer: from the cache when it has the digest, else downloaded, indexed on a worker thread,
// verified and stored in the cache.
class LayerIndexJob : public Job
{
    Q_OBJECT
public:
    LayerIndexJob(RegistryClient* client, QString repository, Descriptor layer, std::shared_ptr<IndexCache> cache,
                  LayerIndexLimits limits = {}, QObject* parent = nullptr);

    QString title() const override;
    const Descriptor& layer() const { return m_layer; }
    std::shared_ptr<const LayerIndex> index() const { return m_index; }
    bool fromCache() const { return m_fromCache; }
    qint64 bytesDownloaded() const { return m_downloaded; }

protected:
    void run() override;

private:
    void download();

    RegistryClient* m_client;
    QString m_repository;
    Descriptor m_layer;
    std::shared_ptr<IndexCache> m_cache;
    LayerIndexLimits m_limits;
    std::shared_ptr<const LayerIndex> m_index;
    bool m_fromCache = false;
    qint64 m_downloaded = 0;
};
