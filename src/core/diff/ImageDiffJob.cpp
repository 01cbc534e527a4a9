#include "ImageDiffJob.h"

#include "DiffWorkers.h"
#include "IndexCache.h"
#include "LayerIndexJob.h"
#include "transfer/ImageInspector.h"

ImageDiffJob::ImageDiffJob(Side a, Side b, std::optional<Platform> platform, ImageDiffOptions options,
                           std::shared_ptr<IndexCache> cache, QObject* parent)
    : Job(parent)
    , m_sideA(std::move(a))
    , m_sideB(std::move(b))
    , m_platform(std::move(platform))
    , m_options(options)
    , m_cache(std::move(cache))
{
}

QString ImageDiffJob::title() const
{
    return tr("Diff %1 with %2").arg(m_sideA.display, m_sideB.display);
}

int ImageDiffJob::layersFromCache() const
{
    return static_cast<int>(std::count_if(m_layers.cbegin(), m_layers.cend(), [](const LayerProgress& layer) {
        return layer.state == LayerState::Cached;
    }));
}

qint64 ImageDiffJob::bytesDownloaded() const
{
    qint64 total = 0;
    for (const LayerProgress& layer : m_layers) {
        total += layer.state == LayerState::Cached ? 0 : layer.done;
    }
    return total;
}

void ImageDiffJob::run()
{
    inspect(m_sideA, m_platform, [this](DiffImage a) {
        m_a = std::move(a);
        // Without a platform asked for, B is read for the platform A turned out to be.
        inspect(m_sideB, m_platform ? m_platform : m_a.platform, [this](DiffImage b) {
            m_b = std::move(b);
            indexLayers();
        });
    });
}

void ImageDiffJob::inspect(const Side& side, std::optional<Platform> platform, std::function<void(DiffImage)> done)
{
    auto* inspector = new ImageInspector(side.client, side.repository, side.reference, platform, this);
    track(inspector, std::function<void(ImageInspector*)>([this, side, platform, done](ImageInspector* job) {
              if (job->error()) {
                  fail(job->error());
                  return;
              }
              if (!job->image()) {
                  fail({RegistryError::Kind::NotFound,
                        platform ? tr("%1 has no image for %2; choose a platform that both images have")
                                       .arg(side.display, platform->toString())
                                 : tr("%1 holds no image to compare").arg(side.display)});
                  return;
              }
              DiffImage image;
              image.reference = side.display;
              image.digest = job->imageDigest();
              image.layers = job->image()->layers();
              image.config = job->config();
              image.platform = job->imagePlatform();
              if (!image.platform && image.config && !image.config->os().isEmpty()) {
                  image.platform =
                      Platform{image.config->os(), image.config->architecture(), image.config->variant(), {}};
              }
              done(std::move(image));
          }));
}

void ImageDiffJob::indexLayers()
{
    for (const auto& [side, image] : {std::pair{&m_sideA, &m_a}, std::pair{&m_sideB, &m_b}}) {
        for (const Descriptor& layer : image->layers) {
            if (!m_sources.contains(layer.digest)) {
                m_sources.insert(layer.digest, side);
                m_layers.append({layer, LayerState::Waiting, 0});
            }
        }
    }
    for (int row = 0; row < m_layers.size(); ++row) {
        emit layerChanged(row);
    }
    startNextLayers();
}

void ImageDiffJob::reportProgress()
{
    qint64 total = 0;
    qint64 done = 0;
    for (const LayerProgress& layer : m_layers) {
        total += std::max<qint64>(0, layer.layer.size);
        done += layer.done;
    }
    emit progress(done, total);
}

void ImageDiffJob::startNextLayers()
{
    reportProgress();
    if (m_next == m_layers.size() && m_running == 0) {
        compare();
        return;
    }
    while (m_next < m_layers.size() && m_running < DiffWorkers::parallelLayers()) {
        const int row = m_next++;
        const Descriptor layer = m_layers.at(row).layer;
        const Side* side = m_sources.value(layer.digest);
        auto* job = new LayerIndexJob(side->client, side->repository, layer, m_cache, {}, this);
        ++m_running;
        m_layers[row].state = LayerState::Reading;
        emit layerChanged(row);
        connect(job, &LayerIndexJob::progress, this, [this, row](qint64 bytes, qint64) {
            m_layers[row].done = bytes;
            emit layerChanged(row);
            reportProgress();
        });
        track(job, std::function<void(LayerIndexJob*)>([this, row](LayerIndexJob* finished) {
                  --m_running;
                  LayerProgress& entry = m_layers[row];
                  if (finished->error()) {
                      entry.state = LayerState::Failed;
                      emit layerChanged(row);
                      fail(finished->error());
                      return;
                  }
                  entry.state = finished->fromCache() ? LayerState::Cached : LayerState::Indexed;
                  entry.done = std::max<qint64>(0, entry.layer.size);
                  m_indexes.insert(entry.layer.digest, finished->index());
                  emit layerChanged(row);
                  startNextLayers();
              }));
    }
}

void ImageDiffJob::compare()
{
    for (DiffImage* image : {&m_a, &m_b}) {
        for (const Descriptor& layer : image->layers) {
            image->indexes.append(m_indexes.value(layer.digest));
        }
    }
    DiffWorkers::run(
        this,
        [a = m_a, b = m_b, options = m_options]() {
            return std::make_shared<const ImageDiff>(ImageDiff::compare(a, b, options));
        },
        [this](std::shared_ptr<const ImageDiff> result) {
            m_result = std::move(result);
            finish();
        });
}

void ImageDiffJob::fail(const RegistryError& error)
{
    cancelChildren();
    finish(error);
}
