#pragma once

#include "job/Job.h"
#include "registry/ImageConfig.h"
#include "registry/Manifest.h"

#include <optional>

class RegistryClient;

// Reads what a tag or digest is: the manifest as served and, for an index, the image of one platform
// (the one asked for, else linux/amd64, else the first real platform), then that image's
// configuration. The browser's tag rows and details, prune's ages and inspect are all drawn from it.
class ImageInspector : public Job
{
    Q_OBJECT
public:
    ImageInspector(RegistryClient* client, const QString& repository, const QString& reference,
                   std::optional<Platform> platform = std::nullopt, QObject* parent = nullptr);
    QString title() const override;
    void setFetchConfig(bool fetch) { m_fetchConfig = fetch; }

    const std::optional<Manifest>& top() const { return m_top; }
    Digest topDigest() const { return m_topDigest; }
    // The image manifest (the top one itself unless it is an index); empty for an empty index or when no
    // child matches the platform asked for.
    const std::optional<Manifest>& image() const { return m_image; }
    Digest imageDigest() const { return m_imageDigest; }
    std::optional<Platform> imagePlatform() const { return m_imagePlatform; }
    const std::optional<ImageConfig>& config() const { return m_config; }
    const QByteArray& configBytes() const { return m_configBytes; }
    QString configProblem() const { return m_configProblem; } // set when the config blob is unreadable
    QList<Platform> platforms() const;                        // of an index, in its order

    // Which child of an index describes "the image" when no platform is given.
    static std::optional<Descriptor> defaultChild(const Manifest& index);

protected:
    void run() override;

private:
    void withImage(const Manifest& image, const Digest& digest);

    RegistryClient* m_client;
    QString m_repository;
    QString m_reference;
    std::optional<Platform> m_platform;
    bool m_fetchConfig = true;
    std::optional<Manifest> m_top;
    Digest m_topDigest;
    std::optional<Manifest> m_image;
    Digest m_imageDigest;
    std::optional<Platform> m_imagePlatform;
    std::optional<ImageConfig> m_config;
    QByteArray m_configBytes;
    QString m_configProblem;
};
