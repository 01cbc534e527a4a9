#pragma once

#include "WindowPage.h"
#include "credentials/Connection.h"
#include "transfer/Pruner.h"

#include <QPointer>
#include <QUrl>

#include <memory>

namespace Ui {
class BrowsePage;
}
class ActivityPanel;
class ListJob;
class PruneDialog;
class QSortFilterProxyModel;
class RegistryClient;
class RegistryConnections;
class RegistryError;
class RepositoryTreeModel;
class TagFilterModel;
class TagTableModel;
class Job;

// Repositories, tags and what a tag is, for the selected connection; and the operations on tags:
// copy, promote, untag, delete, prune. Every network step is a core job shown in the activity panel.
class BrowsePage : public WindowPage
{
    Q_OBJECT
public:
    explicit BrowsePage(QWidget* parent = nullptr);
    ~BrowsePage() override;

    static constexpr QLatin1String kName{"browse"};
    QString pageTitle() const override { return tr("&Browse"); }
    void setContext(const PageContext& context) override;

    void setConnection(const QString& id);
    static constexpr int kMaxExpandedRows = 300;
    QStringList selectedTags() const;
    // Opens this repository (and selects the tag) once the connection is ready.
    void reveal(const QString& repository, const QString& tag);

public slots:
    void refresh();
    void focusFilter();
    void copySelected();
    void promoteSelected();
    void untagSelected();
    void deleteSelected();
    void prune();
    void copyReference();
    void diffSelected();

signals:
    // "Diff with…": the selected tags ("repository:tag") of this connection; two fill both sides.
    void diffRequested(const QString& connectionId, const QStringList& references);
    // The change behind an intermediate tag's build (its Zuul cell activated), for the Changes page.
    void changeRequested(const QString& connectionId, const QString& buildUuid);

private:
    void applyRepositoryFilter();
    void loadCatalogPage();
    void catalogFinished(ListJob* job, int generation);
    void selectRepository(const QString& repository);
    void loadTags(const QString& repository, const QStringList& keepSelection = {});
    void openRepositoryByName();
    void tagSelectionChanged();
    void updateActions();
    void showError(const QString& context, const RegistryError& error);
    // Follows a job in the activity panel and says how it ended. reloadTags: the job changed the repository shown,
    // whose tags are listed again when it ends.
    void runTransfer(Job* job, const QList<RegistryClient*>& clients, const QString& doneText, bool reloadTags = true);
    void runDelete(const QString& tag);
    void previewPrune(PruneDialog* dialog, const PruneOptions& options);
    void updateStatusLabel();

    std::unique_ptr<Ui::BrowsePage> m_ui;
    RegistryConnections* m_connections = nullptr;
    ActivityPanel* m_activity = nullptr;
    RepositoryTreeModel* m_repositories;
    QSortFilterProxyModel* m_repositoryFilter;
    TagTableModel* m_tags;
    TagFilterModel* m_tagFilter;
    QString m_id;
    QPointer<RegistryClient> m_client;
    QString m_repository;
    QUrl m_nextCatalogPage;
    QStringList m_keepSelection; // selected again once the reloaded tags are in
    QString m_revealRepository;
    QString m_revealTag;
    QList<QPointer<QObject>> m_jobs; // catalog and tag listings of the current view
    QStringList m_defaultTips;       // of untag, delete and prune, shown again when the registry can delete
    int m_generation = 0;
};
