#pragma once

#include "registry/Manifest.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class DetailsPane;
}
class ImageConfig;
class ImageInspector;
class RegistryClient;
class RegistryError;

// What a tag is: summary, layers, configuration (labels, Zuul change link), history, referrers and
// the raw JSON; for an index, a platform picker. Everything is read through core's ImageInspector.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget* parent = nullptr);
    ~DetailsPane() override;

    // siblingTags: the repository's tags, for referrers stored under the sha256-<hex> tag scheme.
    void showTag(RegistryClient* client, const QString& repository, const QString& tag, const QStringList& siblingTags);
    void clear();
    QString reference() const;       // host/repo:tag of what is shown
    QString digestReference() const; // host/repo@sha256:…

signals:
    void failed(const RegistryError& error);
    void copied(const QString& text);

private:
    void inspect(std::optional<Platform> platform);
    void render(ImageInspector* inspector);
    void renderConfig(const ImageConfig& config);
    void loadReferrers(const Digest& digest);
    void showRaw();

    std::unique_ptr<Ui::DetailsPane> m_ui;
    QPointer<RegistryClient> m_client;
    QPointer<ImageInspector> m_inspector;
    QString m_repository;
    QString m_tag;
    QStringList m_siblingTags;
    Digest m_digest;
    QByteArray m_topRaw;
    QByteArray m_imageRaw;
    QByteArray m_configRaw;
    int m_generation = 0;
};
