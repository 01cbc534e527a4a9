#pragma once

#include "WindowPage.h"
#include "admin/HealthCheck.h"
#include "storage/GcPlan.h"
#include "storage/StorageSurvey.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class StoragePage;
}
class ActivityPanel;
class ContentCache;
class Pruner;
class QSortFilterProxyModel;
class QStandardItemModel;
class RegistryConnections;

// What a registry holds (UX.md): per repository its bytes and the bytes only it holds as sortable,
// filterable bars; the tags' ages as a histogram; what a prune would let garbage collection free. Every
// figure comes from a core StorageSurvey or a dry-run Pruner shown in the activity panel.
class StoragePage : public WindowPage
{
    Q_OBJECT
public:
    explicit StoragePage(QWidget* parent = nullptr);
    ~StoragePage() override;

    static constexpr QLatin1String kName{"storage"};
    QString pageTitle() const override { return tr("&Storage"); }
    void setContext(const PageContext& context) override;

    const StorageReport& report() const { return m_report; }
    enum Column
    {
        RepositoryColumn,
        TagsColumn,
        BytesColumn,
        ExclusiveColumn,
        ColumnCount
    };

    const GcPlan* plan() const { return m_plan.get(); }
    // The storage root and the size the health check holds it to, when the admin set one.
    std::optional<HealthOptions::StorageLimit> storageLimit() const;

public slots:
    void survey();
    void previewPrune();
    void planGarbageCollection();
    void deleteUntagged();

private:
    void fillConnections();
    void suggestStorageRoot();
    void scanStorageRoot();
    void showPlan();
    void showReport();
    void addRows(int generation, qsizetype from);
    QString connectionId() const;

    std::unique_ptr<Ui::StoragePage> m_ui;
    RegistryConnections* m_connections = nullptr;
    ActivityPanel* m_activity = nullptr;
    std::shared_ptr<ContentCache> m_cache;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_filter;
    class QStyledItemDelegate* m_bars;
    QPointer<StorageSurvey> m_survey;
    QPointer<Pruner> m_pruner;
    StorageReport m_report;
    int m_reportGeneration = 0;
    static constexpr qsizetype kRowsPerTurn = 250;
    std::shared_ptr<const GcPlan> m_plan;
    QString m_sandboxDir;
    std::function<std::unique_ptr<QSettings>()> m_openSettings;
};
