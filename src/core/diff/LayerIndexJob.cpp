#include "LayerIndexJob.h"

#include "DiffWorkers.h"
#include "IndexCache.h"
#include "LayerReadJob.h"

LayerIndexJob::LayerIndexJob(RegistryClient* client, QString repository, Descriptor layer,
                             std::shared_ptr<IndexCache> cache, LayerIndexLimits limits, QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_repository(std::move(repository))
    , m_layer(std::move(layer))
    , m_cache(std::move(cache))
    , m_limits(limits)
{
}

QString LayerIndexJob::title() const
{
    return tr("Index layer %1").arg(m_layer.digest.shortForm());
}

void LayerIndexJob::run()
{
    if (!m_cache) {
        download();
        return;
    }
    DiffWorkers::run(
        this, [cache = m_cache, digest = m_layer.digest]() { return cache->load(digest); },
        [this](std::shared_ptr<const LayerIndex> cached) {
            if (!cached) {
                download();
                return;
            }
            m_index = std::move(cached);
            m_fromCache = true;
            emit progress(m_layer.size, m_layer.size);
            finish();
        });
}

void LayerIndexJob::download()
{
    auto built = std::make_shared<std::optional<LayerIndex>>();
    auto* reader = new LayerReadJob(
        m_client, m_repository, m_layer,
        [built, limits = m_limits](LayerSource& source, const std::atomic_bool& cancelled) {
            RegistryError error;
            *built = LayerIndex::read(source, limits, &error, &cancelled);
            return error;
        },
        this);
    connect(reader, &LayerReadJob::progress, this, &LayerIndexJob::progress);
    track(reader, std::function<void(LayerReadJob*)>([this, built](LayerReadJob* job) {
              m_downloaded = job->bytesDownloaded();
              if (job->error()) {
                  RegistryError error = job->error();
                  if (error.kind() != RegistryError::Kind::Cancelled) {
                      error = RegistryError(error.kind(),
                                            tr("layer %1: %2").arg(m_layer.digest.shortForm(), error.message()),
                                            error.httpStatus(), error.codes());
                  }
                  finish(error);
                  return;
              }
              m_index = std::make_shared<const LayerIndex>(std::move(**built));
              if (m_cache) {
                  // The digest is verified by now, so the index may be kept under it.
                  DiffWorkers::pool()->start(
                      [cache = m_cache, digest = m_layer.digest, index = m_index]() { cache->store(digest, *index); });
              }
              finish();
          }));
}
