#pragma once

#include "job/Job.h"

#include <QDateTime>

class RegistryClient;

// Pushes small but real sample images (gzip'd tar layers with files, OCI configs with Zuul labels,
// a multi-arch index) through RegistryClient, in the tag shapes of a Zuul system:
//   intermediate: zuul/app:<build>_latest for three changes, zuul/app:latest, zuul/web:1.0 (amd64 + arm64)
//   publication:  zuul/app:latest and a leaked temporary zuul/app:change_<N>_latest
// Deterministic: the same role always gives the same digests.
class SampleImages : public Job
{
    Q_OBJECT
public:
    enum class Role
    {
        Intermediate,
        Buildset,
        Publication
    };
    SampleImages(RegistryClient* client, Role role, QObject* parent = nullptr);
    QString title() const override;

    struct Image
    {
        QByteArray manifest;
        QString mediaType;
        QList<QPair<QByteArray, QString>> blobs; // bytes, media type (config first)
    };
    // An image whose layer holds these files; `version` varies content and labels.
    static Image buildImage(int version, const QString& architecture, const QDateTime& created);
    // A base layer, then one app layer per version in order: each later image has the earlier one's
    // layers and one new layer on top, as an image built FROM the previous one would.
    static Image buildImage(const QList<int>& versions, const QString& architecture, const QDateTime& created);
    // A job that pushes just this image under repository:tag.
    SampleImages(RegistryClient* client, const QString& repository, const QString& tag, const Image& image,
                 QObject* parent = nullptr);
    static QByteArray index(const QList<Image>& images, const QStringList& architectures);
    static QString buildUuid(int version); // 32 hex, as zuul.build

protected:
    void run() override;

private:
    struct Push
    {
        QString repository;
        QString tag;
        Image image;
    };
    void pushNext();
    void pushBlobs(const Push& push, int index);

    RegistryClient* m_client;
    Role m_role;
    bool m_single = false; // pushes only the image it was given
    QList<Push> m_queue;
    QList<QPair<QString, QPair<QString, QByteArray>>> m_indexes; // repository, tag, index bytes
};
