#pragma once

#include "ImageDiff.h"
#include "job/Job.h"

#include <QHash>

#include <memory>

class IndexCache;
class LayerIndexJob;
class RegistryClient;

// Compares two images from any registries: reads both (one platform: the one asked for, else A's default and
// the same platform in B), indexes every layer the two need exactly once (from the cache when it can, several
// at a time), then builds both filesystems and compares them on a worker thread.
class ImageDiffJob : public Job
{
    Q_OBJECT
public:
    struct Side
    {
        RegistryClient* client = nullptr;
        QString repository;
        QString reference; // tag or digest
        QString display;   // "registry/repository:tag", as shown to people
    };
    enum class LayerState
    {
        Waiting,
        Reading,
        Cached,
        Indexed,
        Failed
    };
    struct LayerProgress
    {
        Descriptor layer;
        LayerState state = LayerState::Waiting;
        qint64 done = 0;
    };

    ImageDiffJob(Side a, Side b, std::optional<Platform> platform, ImageDiffOptions options,
                 std::shared_ptr<IndexCache> cache, QObject* parent = nullptr);

    QString title() const override;
    // Valid once finished without error.
    std::shared_ptr<const ImageDiff> result() const { return m_result; }
    // Every layer the comparison needs, each once, in the order of A then B.
    const QList<LayerProgress>& layers() const { return m_layers; }
    int layersFromCache() const;
    qint64 bytesDownloaded() const;

signals:
    void layerChanged(int row);

protected:
    void run() override;

private:
    void inspect(const Side& side, std::optional<Platform> platform, std::function<void(DiffImage)> done);
    void indexLayers();
    void startNextLayers();
    void reportProgress();
    void compare();
    void fail(const RegistryError& error);

    Side m_sideA;
    Side m_sideB;
    std::optional<Platform> m_platform;
    ImageDiffOptions m_options;
    std::shared_ptr<IndexCache> m_cache;
    DiffImage m_a;
    DiffImage m_b;
    QList<LayerProgress> m_layers;
    QHash<Digest, std::shared_ptr<const LayerIndex>> m_indexes;
    QHash<Digest, const Side*> m_sources;
    int m_next = 0;
    int m_running = 0;
    std::shared_ptr<const ImageDiff> m_result;
};
