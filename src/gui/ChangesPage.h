#pragma once

#include "WindowPage.h"
#include "changes/ChangeImages.h"

#include <QPointer>

#include <memory>

namespace Ui {
class ChangesPage;
}
class ActivityPanel;
class QTreeWidgetItem;
class RegistryConnections;
class ZuulApi;
struct ZuulLink;

// From a Zuul change to its images: a change number or a pasted Zuul change, buildset or build URL; the
// buildsets of that change by pipeline and patchset, their builds with result and duration, and each build's
// image artifacts checked in the intermediate registry (present with digest and size, or missing). From an
// image: open it in Browse, diff it against the published tag, promote the build's images the way zuul-jobs'
// intermediate-registry method does, open the build's log.
class ChangesPage : public WindowPage
{
    Q_OBJECT
public:
    explicit ChangesPage(QWidget* parent = nullptr);
    ~ChangesPage() override;

    static constexpr QLatin1String kName{"changes"};
    QString pageTitle() const override { return tr("C&hanges"); }
    void setContext(const PageContext& context) override;

    enum Column
    {
        NameColumn,
        ResultColumn,
        WhenColumn,
        DigestColumn,
        SizeColumn
    };
    const QList<ZuulBuild>& builds() const { return m_builds; }
    const QList<ZuulImage>& images() const { return m_images; }

public slots:
    // Looks up what the text names (ZuulLink) through the chosen connection's Zuul.
    void lookUp(const QString& text);
    // The change behind a build (Browse's Zuul column), through that connection's Zuul; the build selected.
    void showBuild(const QString& connectionId, const QString& buildUuid);
    void openInBrowse();
    void diffWithPublished();
    void promote();
    void openLog();
    void drawFlow();

signals:
    // The selected buildset, and every build of the change, for the Flows page's diagram of a real buildset.
    void flowRequested(const ZuulBuildset& buildset, const QList<ZuulBuild>& builds);
    void browseRequested(const QString& connectionId, const QString& repository, const QString& tag);
    void diffRequested(const QString& connectionA, const QString& referenceA, const QString& connectionB,
                       const QString& referenceB);
    void lookedUp(); // the builds and every image check are in (or the look-up failed)

private:
    void fillConnections();
    ZuulApi* apiFor(const QString& connectionId, const ZuulLink* link, QString* problem);
    void run(ZuulApi* api, const ZuulImageQuery& query, const QString& selectBuild);
    void showBuilds();
    void showImage(int index);
    void updateActions();
    ClientLookup connectionLookup();
    QString connectionFor(const RegistryAddress& address) const;
    QString publicationConnection() const;
    const ZuulBuild* selectedBuild() const;
    int selectedImage() const; // -1 when no image row is selected
    std::optional<ZuulBuildset> selectedBuildset() const;

    std::unique_ptr<Ui::ChangesPage> m_ui;
    RegistryConnections* m_connections = nullptr;
    ActivityPanel* m_activity = nullptr;
    QPointer<ZuulImagesJob> m_job;
    std::unique_ptr<ZuulApi> m_ownApi; // a tenant other than the connection's, named by a pasted URL
    QList<ZuulBuild> m_builds;
    QList<ZuulBuildset> m_buildsets; // m_builds grouped, as the tree shows them
    QList<ZuulImage> m_images;
    QList<QTreeWidgetItem*> m_imageItems;
    QString m_selectBuild;
};
