#include "FileContentJob.h"

#include "LayerIndex.h"
#include "LayerReadJob.h"

#include <QSaveFile>

FileContentJob::FileContentJob(RegistryClient* client, QString repository, Descriptor layer, QString path,
                               QString saveTo, qint64 maxBytes, QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_repository(std::move(repository))
    , m_layer(std::move(layer))
    , m_path(std::move(path))
    , m_saveTo(std::move(saveTo))
    , m_maxBytes(maxBytes)
{
}

QString FileContentJob::title() const
{
    return m_saveTo.isEmpty() ? tr("Read %1").arg(m_path) : tr("Save %1 as %2").arg(m_path, m_saveTo);
}

void FileContentJob::run()
{
    struct Output
    {
        QByteArray bytes;
        std::unique_ptr<QSaveFile> file;
    };
    auto output = std::make_shared<Output>();
    if (!m_saveTo.isEmpty()) {
        output->file = std::make_unique<QSaveFile>(m_saveTo);
        if (!output->file->open(QIODevice::WriteOnly)) {
            finish({RegistryError::Kind::Io, tr("cannot write %1: %2").arg(m_saveTo, output->file->errorString())});
            return;
        }
    }
    auto* reader = new LayerReadJob(
        m_client, m_repository, m_layer,
        [output, path = m_path, maxBytes = m_maxBytes, saveTo = m_saveTo](LayerSource& source,
                                                                          const std::atomic_bool& cancelled) {
            RegistryError sinkError;
            const auto sink = [&](const char* data, qint64 size) {
                if (output->file) {
                    if (output->file->write(data, size) != size) {
                        sinkError = {RegistryError::Kind::Io,
                                     tr("cannot write %1: %2").arg(saveTo, output->file->errorString())};
                    }
                } else if (output->bytes.size() + size > maxBytes) {
                    sinkError = {
                        RegistryError::Kind::TooLarge,
                        tr("%1 is larger than %2 MiB; save it to a file instead").arg(path).arg(maxBytes >> 20)};
                } else {
                    output->bytes.append(data, size);
                }
                return !sinkError;
            };
            const RegistryError error = LayerIndex::extract(source, path, sink, {}, &cancelled);
            return sinkError ? sinkError : error;
        },
        this);
    connect(reader, &LayerReadJob::progress, this, &FileContentJob::progress);
    track(
        reader, std::function<void(LayerReadJob*)>([this, output](LayerReadJob* job) {
            if (job->error()) {
                finish(job->error()); // an uncommitted QSaveFile leaves nothing behind
                return;
            }
            if (output->file && !output->file->commit()) {
                finish({RegistryError::Kind::Io, tr("cannot write %1: %2").arg(m_saveTo, output->file->errorString())});
                return;
            }
            m_content = std::move(output->bytes);
            finish();
        }));
}
