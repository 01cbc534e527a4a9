#pragma once

#include "DiffTreeModel.h"
#include "WindowPage.h"
#include "diff/ImageDiff.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class DiffPage;
}
class ActivityPanel;
class FileContentJob;
class ImageDiffJob;
class IndexCache;
class RegistryClient;
class RegistryConnections;
class RegistryError;

// Two images side by side (UX.md): from any connections, typed or dropped from Browse; a summary, the
// configuration, the layers aligned, every file in a coloured tree with filters, sizes by directory, and the
// content diff of a changed file, fetched when asked for.
class DiffPage : public WindowPage
{
    Q_OBJECT
public:
    enum Side
    {
        A,
        B
    };

    explicit DiffPage(QWidget* parent = nullptr);
    ~DiffPage() override;

    static constexpr QLatin1String kName{"diff"};
    QString pageTitle() const override { return tr("&Diff"); }
    void setContext(const PageContext& context) override;

    void setCache(std::shared_ptr<IndexCache> cache);
    // reference: "repository:tag" or "repository@digest" on that connection.
    void setSide(Side side, const QString& connectionId, const QString& reference);
    // A full reference ("host:port/repository:tag", as Browse drags it): finds the connection of that host.
    bool setSideFromReference(Side side, const QString& text);
    std::shared_ptr<const ImageDiff> result() const { return m_result; }
    static constexpr int kExpandAllBelow = 500; // changed paths up to which the whole tree opens

    // The dialogs' work, callable without them.
    void saveFile(Side side, const QString& path);
    bool exportFiles(const QString& path, bool json);

public slots:
    void compare();
    void cancel();
    void showContentDiff();

signals:
    void compared();  // a comparison finished, with a result or an error
    void treeShown(); // the file tree shows the current result, filters and order

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Opened
    {
        QPointer<RegistryClient> client;
        QString repository;
    };

    void fillConnections();
    void start(RegistryClient* clientA, RegistryClient* clientB);
    void finished();
    void showResult();
    void showLayerProgress(int row);
    void fileSelected();
    void rebuildTree();
    FileContentJob* fetchContent(Side side, const ImageDiff::FileChange& file, const QString& saveTo);
    void contentFetched();
    void showError(const QString& context, const RegistryError& error);
    void setRunning(bool running);

    std::unique_ptr<Ui::DiffPage> m_ui;
    RegistryConnections* m_connections = nullptr;
    ActivityPanel* m_activity = nullptr;
    std::shared_ptr<IndexCache> m_cache;
    DiffTreeModel* m_model;
    DiffTreeModel::View m_view;
    QTimer m_filterDelay;
    int m_treeGeneration = 0;
    QString m_selectAfterBuild;
    QPointer<ImageDiffJob> m_job;
    Opened m_opened[2];
    std::shared_ptr<const ImageDiff> m_result;
    QPointer<FileContentJob> m_contentJobs[2];
    QByteArray m_content[2];
    int m_contentRequest = 0;
    bool m_cancelRequested = false;
};
