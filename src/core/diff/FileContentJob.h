#pragma once

#include "job/Job.h"
#include "registry/Manifest.h"

class RegistryClient;

// The bytes of one file of an image, read from the layer that holds them (for a text diff, or "save as"). The
// whole layer is read so its digest is verified before anything is shown or kept: in memory up to maxBytes, or
// into a file that only appears, complete, once the digest checked out.
class FileContentJob : public Job
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxBytes = 4 * 1024 * 1024;

    FileContentJob(RegistryClient* client, QString repository, Descriptor layer, QString path, QString saveTo = {},
                   qint64 maxBytes = kDefaultMaxBytes, QObject* parent = nullptr);

    QString title() const override;
    const QString& path() const { return m_path; }
    const QByteArray& content() const { return m_content; } // when not saving to a file
    QString savedTo() const { return m_saveTo; }

protected:
    void run() override;

private:
    RegistryClient* m_client;
    QString m_repository;
    Descriptor m_layer;
    QString m_path;
    QString m_saveTo;
    qint64 m_maxBytes;
    QByteArray m_content;
};
