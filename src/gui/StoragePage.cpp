#include "StoragePage.h"

#include "ui_StoragePage.h"

#include "ActivityPanel.h"
#include "ConfirmationDialog.h"
#include "Formatting.h"
#include "credentials/RegistryConnections.h"
#include "registry/ContentCache.h"
#include "registry/RegistryCapabilities.h"
#include "registry/RegistryClient.h"
#include "storage/StorageScanJob.h"
#include "storage/UntaggedDeleter.h"
#include "transfer/Pruner.h"
#include "util/Duration.h"
#include "util/Printable.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTimer>

namespace {

constexpr int kBytesRole = Qt::UserRole + 1;
constexpr qint64 kCacheBytes = 256LL * 1024 * 1024;

// A size as a bar as long as its share of the largest in the column, with the figure over it. The largest is
// told once per survey: looking it up per painted cell would walk every row each time.
class BarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setLargest(qint64 largest) { m_largest = std::max<qint64>(1, largest); }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        const auto text = plain.text;
        plain.text.clear();
        plain.widget->style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, plain.widget);
        const auto bytes = index.data(kBytesRole).toLongLong();
        auto bar = option.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(static_cast<int>(static_cast<double>(bar.width()) * static_cast<double>(bytes) /
                                      static_cast<double>(m_largest)));
        auto color = option.palette.color(QPalette::Highlight);
        color.setAlpha(index.column() == StoragePage::ExclusiveColumn ? 110 : 170);
        painter->fillRect(bar, color);
        painter->setPen(
            option.palette.color((option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(option.rect.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignRight, text);
    }

private:
    qint64 m_largest = 1;
};

QStandardItem* sizeItem(qint64 bytes, const QString& tooltip)
{
    auto* item = new QStandardItem(Formatting::size(bytes));
    item->setData(bytes, kBytesRole);
    item->setData(bytes, Qt::UserRole); // sort by bytes, not by the text
    item->setToolTip(tooltip);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

StoragePage::StoragePage(QWidget* parent)
    : WindowPage(parent)
    , m_ui(std::make_unique<Ui::StoragePage>())
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({tr("Repository"), tr("Tags"), tr("Bytes"), tr("Only here")});
    m_model->horizontalHeaderItem(BytesColumn)
        ->setToolTip(tr("The distinct config and layer blobs its tags reach (through indexes too), each counted once"));
    m_model->horizontalHeaderItem(ExclusiveColumn)
        ->setToolTip(tr("Of those, the blobs no other repository's tags reach: what deleting all its tags lets "
                        "garbage collection free"));
    m_model->horizontalHeaderItem(TagsColumn)->setToolTip(tr("The tags the repository lists"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::UserRole);
    m_filter->setFilterKeyColumn(RepositoryColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->repositoryTable->setModel(m_filter);
    // Both columns measure against the largest repository, so a repository's two bars compare too.
    m_bars = new BarDelegate(this);
    m_ui->repositoryTable->setItemDelegateForColumn(BytesColumn, m_bars);
    m_ui->repositoryTable->setItemDelegateForColumn(ExclusiveColumn, m_bars);
    m_ui->repositoryTable->header()->setSectionResizeMode(RepositoryColumn, QHeaderView::Stretch);
    m_ui->repositoryTable->header()->setStretchLastSection(false);
    m_ui->repositoryTable->header()->resizeSection(BytesColumn, 220);
    m_ui->repositoryTable->header()->resizeSection(ExclusiveColumn, 220);
    m_ui->repositoryTable->sortByColumn(BytesColumn, Qt::DescendingOrder);
    m_ui->storageSplitter->setStretchFactor(0, 3);
    m_ui->storageSplitter->setStretchFactor(1, 1);
    connect(m_ui->storageFilter, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->surveyButton, &QPushButton::clicked, this, &StoragePage::survey);
    connect(m_ui->prunePreviewButton, &QPushButton::clicked, this, &StoragePage::previewPrune);
    connect(m_ui->pruneAge, &QLineEdit::returnPressed, this, &StoragePage::previewPrune);
    connect(m_ui->gcPlanButton, &QPushButton::clicked, this, &StoragePage::planGarbageCollection);
    connect(m_ui->storageRoot, &QLineEdit::returnPressed, this, &StoragePage::planGarbageCollection);
    connect(m_ui->deleteUntaggedButton, &QPushButton::clicked, this, &StoragePage::deleteUntagged);
    connect(m_ui->storageRootBrowse, &QToolButton::clicked, this, [this]() {
        const auto dir =
            QFileDialog::getExistingDirectory(this, tr("The registry's storage root"), m_ui->storageRoot->text());
        if (!dir.isEmpty()) {
            m_ui->storageRoot->setText(dir);
            planGarbageCollection();
        }
    });
    connect(m_ui->storageConnection, &QComboBox::currentIndexChanged, this, &StoragePage::suggestStorageRoot);
    m_ui->gcPlanTable->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_cache = std::make_shared<ContentCache>(ContentCache::cacheRoot() + QStringLiteral("/manifests"),
                                             QStringLiteral(".content"), kCacheBytes);
    m_ui->storageSummary->setText(tr("Survey a registry to see what it holds."));
}

StoragePage::~StoragePage() = default;

void StoragePage::setContext(const PageContext& context)
{
    m_connections = context.connections;
    m_activity = context.activity;
    m_sandboxDir = context.settings ? context.settings->sandboxDir : QString();
    m_openSettings = context.openSettings;
    if (m_openSettings) {
        const auto stored = m_openSettings();
        m_ui->storageRoot->setText(stored->value(QStringLiteral("storage/root")).toString());
        m_ui->storageLimit->setValue(stored->value(QStringLiteral("storage/limitGiB")).toInt());
        const auto keep = [this]() {
            auto settings = m_openSettings();
            settings->setValue(QStringLiteral("storage/root"), m_ui->storageRoot->text().trimmed());
            settings->setValue(QStringLiteral("storage/limitGiB"), m_ui->storageLimit->value());
        };
        connect(m_ui->storageRoot, &QLineEdit::editingFinished, this, keep);
        connect(m_ui->storageLimit, &QSpinBox::valueChanged, this, keep);
    }
    connect(m_connections, &RegistryConnections::connectionsChanged, this, &StoragePage::fillConnections);
    fillConnections();
}

std::optional<HealthOptions::StorageLimit> StoragePage::storageLimit() const
{
    const auto root = m_ui->storageRoot->text().trimmed();
    if (root.isEmpty() || m_ui->storageLimit->value() == 0) {
        return std::nullopt;
    }
    return HealthOptions::StorageLimit{root, static_cast<qint64>(m_ui->storageLimit->value()) << 30};
}

// A sandbox registry's data is here: its storage root is known.
void StoragePage::suggestStorageRoot()
{
    const auto id = connectionId();
    if (m_sandboxDir.isEmpty() || !id.startsWith(QLatin1String("sandbox-"))) {
        return;
    }
    m_ui->storageRoot->setText(QDir(m_sandboxDir).filePath(id.mid(8) + QStringLiteral("/data")));
}

void StoragePage::fillConnections()
{
    const auto chosen = connectionId();
    const QSignalBlocker blocker(m_ui->storageConnection);
    m_ui->storageConnection->clear();
    for (const auto& connection : m_connections->connections()) {
        m_ui->storageConnection->addItem(connection.displayName(), connection.id);
    }
    m_ui->storageConnection->setCurrentIndex(std::max(0, m_ui->storageConnection->findData(chosen)));
    suggestStorageRoot();
}

QString StoragePage::connectionId() const
{
    return m_ui->storageConnection->currentData().toString();
}

void StoragePage::survey()
{
    if (m_survey || connectionId().isEmpty()) {
        return;
    }
    m_ui->surveyButton->setEnabled(false);
    m_ui->storageMessageBar->clear();
    m_ui->storageSummary->setText(tr("Surveying…"));
    const auto id = connectionId();
    m_connections->open(id, this, [this, id](RegistryClient* client) {
        if (!client) {
            m_ui->surveyButton->setEnabled(true);
            m_ui->storageSummary->clear();
            m_ui->storageMessageBar->show(MessageBar::Level::Error, tr("Cannot open this connection."));
            return;
        }
        StorageSurveyOptions options;
        options.cache = m_cache;
        options.zuul = m_connections->zuul(id);
        const auto connection = m_connections->connection(id);
        if (client->capabilities().catalog == RegistryCapabilities::State::No && connection) {
            options.repositories = connection->openedRepositories; // no catalog: the ones opened by name
        }
        m_survey = new StorageSurvey(client, options, this);
        if (m_activity) {
            m_activity->track(m_survey, {client});
        }
        connect(m_survey, &Job::progress, this, [this](qint64 done, qint64 total) {
            m_ui->storageSummary->setText(tr("Surveying… %1 of %2 tags").arg(done).arg(total));
        });
        connect(m_survey, &Job::finished, this, [this, survey = m_survey.data()]() {
            survey->deleteLater();
            m_ui->surveyButton->setEnabled(true);
            if (survey->error()) {
                m_ui->storageSummary->clear();
                m_ui->storageMessageBar->show(MessageBar::Level::Error, survey->error().message());
                return;
            }
            m_report = survey->report();
            showReport();
        });
    });
}

// Thousands of rows go in a few hundred per event-loop turn, while no view or proxy watches, and are sorted once.
void StoragePage::showReport()
{
    m_filter->setSourceModel(nullptr);
    m_model->removeRows(0, m_model->rowCount());
    addRows(++m_reportGeneration, 0);
}

void StoragePage::addRows(int generation, qsizetype from)
{
    if (generation != m_reportGeneration) {
        return; // a newer survey is being shown
    }
    const auto end = std::min(from + kRowsPerTurn, m_report.repositories.size());
    for (auto i = from; i < end; ++i) {
        const auto& repository = m_report.repositories.at(i);
        auto* name = new QStandardItem(Printable::escaped(repository.name));
        name->setData(repository.name, Qt::UserRole);
        auto* tags = new QStandardItem(QString::number(repository.tags));
        tags->setData(repository.tags, Qt::UserRole);
        tags->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(
            {name, tags,
             sizeItem(repository.bytes, tr("%1 bytes in the blobs the tags of %2 reach")
                                            .arg(repository.bytes)
                                            .arg(Printable::escaped(repository.name))),
             sizeItem(repository.exclusiveBytes,
                      tr("%1 bytes that no other repository's tags reach").arg(repository.exclusiveBytes))});
    }
    if (end < m_report.repositories.size()) {
        QTimer::singleShot(0, this, [this, generation, end]() { addRows(generation, end); });
        return;
    }
    qint64 largest = 0;
    for (const auto& repository : std::as_const(m_report.repositories)) {
        largest = std::max(largest, repository.bytes);
    }
    static_cast<BarDelegate*>(m_bars)->setLargest(largest);
    m_filter->setSourceModel(m_model);
    m_filter->sort(m_ui->repositoryTable->header()->sortIndicatorSection(),
                   m_ui->repositoryTable->header()->sortIndicatorOrder());
    QList<QDateTime> times;
    for (const auto& tag : std::as_const(m_report.tags)) {
        times << tag.age();
    }
    m_ui->ageHistogram->setTimes(times);
    m_ui->storageSummary->setText(
        tr("%1 in %2 blobs; %n tag(s), %3 manifests", nullptr, static_cast<int>(m_report.tags.size()))
            .arg(Formatting::size(m_report.totalBytes))
            .arg(m_report.blobs)
            .arg(m_report.manifests));
    m_ui->storageSummary->setToolTip(tr("Each distinct blob counted once for the whole registry, as registry:2 "
                                        "stores it; %1 requests, %2 manifests and configurations from the cache")
                                         .arg(m_report.requests)
                                         .arg(m_report.fromCache));
}

void StoragePage::previewPrune()
{
    const auto age = Duration::parseSeconds(m_ui->pruneAge->text().trimmed());
    if (!age) {
        m_ui->pruneReclaimable->setText(tr("Give an age such as 36h, 7d or 1d12h."));
        return;
    }
    if (m_pruner || connectionId().isEmpty()) {
        return;
    }
    m_ui->prunePreviewButton->setEnabled(false);
    m_ui->pruneReclaimable->setText(tr("Previewing…"));
    m_connections->open(connectionId(), this, [this, age](RegistryClient* client) {
        if (!client) {
            m_ui->prunePreviewButton->setEnabled(true);
            m_ui->pruneReclaimable->setText(tr("Cannot open this connection."));
            return;
        }
        PruneOptions options;
        options.olderThanSeconds = *age;
        options.dryRun = true;
        options.cache = m_cache;
        m_pruner = new Pruner(client, options, nullptr, this);
        if (m_activity) {
            m_activity->track(m_pruner, {client});
        }
        connect(m_pruner, &Job::finished, this, [this, pruner = m_pruner.data()]() {
            pruner->deleteLater();
            m_ui->prunePreviewButton->setEnabled(true);
            if (pruner->error()) {
                m_ui->pruneReclaimable->setText(Printable::escaped(pruner->error().message()));
                return;
            }
            m_ui->pruneReclaimable->setText(
                tr("%n Zuul tag(s) older than %1 would go; garbage collection would then free %2.", nullptr,
                   static_cast<int>(pruner->selected().size()))
                    .arg(Duration::format(pruner->options().olderThanSeconds),
                         Formatting::size(pruner->reclaimableBytes())));
        });
    });
}

void StoragePage::planGarbageCollection()
{
    m_ui->storageMessageBar->clear();
    scanStorageRoot();
}

void StoragePage::scanStorageRoot()
{
    const auto root = m_ui->storageRoot->text().trimmed();
    if (root.isEmpty()) {
        m_ui->storageMessageBar->show(MessageBar::Level::Info,
                                      tr("Give the registry's storage root (storage.filesystem.rootdirectory)."));
        return;
    }
    m_ui->gcPlanButton->setEnabled(false);
    m_ui->deleteUntaggedButton->setEnabled(false);
    auto* scan = new StorageScanJob(root, this);
    if (m_activity) {
        m_activity->track(scan);
    }
    connect(scan, &Job::finished, this, [this, scan]() {
        scan->deleteLater();
        m_ui->gcPlanButton->setEnabled(true);
        if (scan->error()) {
            m_plan.reset();
            showPlan();
            m_ui->storageMessageBar->show(MessageBar::Level::Error, scan->error().message());
            return;
        }
        m_plan = scan->plan();
        showPlan();
    });
}

void StoragePage::showPlan()
{
    m_ui->gcPlanTable->clear();
    m_ui->gcBreaks->clear();
    if (!m_plan) {
        return;
    }
    const auto add = [this](const QString& what, const GcPlan::Amount& amount, const QString& tooltip) {
        auto* item = new QTreeWidgetItem(
            m_ui->gcPlanTable,
            {what, tr("%1 (%n blob(s))", nullptr, static_cast<int>(amount.count)).arg(Formatting::size(amount.bytes))});
        item->setToolTip(0, tooltip);
        item->setToolTip(1, tr("%1 bytes").arg(amount.bytes));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    add(tr("Blob store"), m_plan->blobs(), tr("Every blob data file under the storage root, each digest once"));
    add(tr("Plain garbage-collect frees"), m_plan->gc(),
        tr("Blobs no manifest revision of any repository references, tagged or not: what garbage-collect frees today"));
    auto* risky = add(tr("--delete-untagged frees"), m_plan->gcDeleteUntagged(),
                      tr("What registry 2.8's garbage-collect --delete-untagged frees: it also deletes the platform "
                         "manifests of tagged multi-arch images, which breaks them (listed below)"));
    if (!m_plan->deleteUntaggedBreaks().isEmpty()) {
        risky->setForeground(0, QColor(0xc0, 0x20, 0x20));
        risky->setForeground(1, QColor(0xc0, 0x20, 0x20));
    }
    add(tr("Safe plan frees"), m_plan->safe(),
        tr("What plain garbage-collect frees after \"Delete untagged safely\" removed the manifests no tag reaches, "
           "directly or through an index"));
    add(tr("Unfinished uploads"), m_plan->staleUploads(),
        tr("Uploads never finished; storage.maintenance.uploadpurging removes them (by default after 168 h)"));
    for (const auto& broken : m_plan->deleteUntaggedBreaks()) {
        auto* item = new QListWidgetItem(tr("%1:%2 — --delete-untagged deletes its %n platform(s): %3", nullptr,
                                            static_cast<int>(broken.children.size()))
                                             .arg(Printable::escaped(broken.repository),
                                                  Printable::escaped(broken.tags.join(QLatin1String(", "))),
                                                  Printable::escaped(broken.platforms.join(QLatin1String(", ")))),
                                         m_ui->gcBreaks);
        item->setForeground(QColor(0xc0, 0x20, 0x20));
        item->setToolTip(broken.index.toString());
    }
    m_ui->deleteUntaggedButton->setEnabled(!m_plan->deletable().isEmpty());
    m_ui->deleteUntaggedButton->setText(
        tr("&Delete %n untagged manifest(s) safely…", nullptr, static_cast<int>(m_plan->deletable().size())));
}

void StoragePage::deleteUntagged()
{
    if (!m_plan || m_plan->deletable().isEmpty() || connectionId().isEmpty()) {
        return;
    }
    const auto connection = m_connections->connection(connectionId());
    QList<QStringList> rows;
    for (const auto& untagged : m_plan->deletable()) {
        rows << QStringList{Printable::escaped(untagged.repository), untagged.digest.toString()};
    }
    ConfirmationDialog confirm(
        tr("Delete untagged manifests"),
        tr("<p>These manifests of <b>%1</b> carry no tag and no tag reaches them, directly or through an index. They "
           "are deleted through the API of <b>%2</b>, which must be the registry serving that storage root; it is "
           "checked first.</p><p>Plain garbage-collect then frees %3.</p>")
            .arg(m_plan->root().toHtmlEscaped(),
                 (connection ? connection->displayName() : connectionId()).toHtmlEscaped(),
                 Formatting::size(m_plan->safe().bytes)),
        {tr("Repository"), tr("Manifest")}, rows, tr("Delete"), this);
    confirm.setObjectName(QStringLiteral("deleteUntaggedConfirmation"));
    if (confirm.exec() != QDialog::Accepted) {
        return;
    }
    m_ui->deleteUntaggedButton->setEnabled(false);
    m_connections->open(connectionId(), this, [this, plan = m_plan](RegistryClient* client) {
        if (!client) {
            m_ui->storageMessageBar->show(MessageBar::Level::Error, tr("Cannot open this connection."));
            return;
        }
        auto* deleter = new UntaggedDeleter(client, plan, false, this);
        if (m_activity) {
            m_activity->track(deleter, {client});
        }
        connect(deleter, &Job::finished, this, [this, deleter]() {
            deleter->deleteLater();
            if (deleter->error()) {
                m_ui->storageMessageBar->show(MessageBar::Level::Error, deleter->error().message());
            } else {
                m_ui->storageMessageBar->show(
                    MessageBar::Level::Info,
                    tr("%n untagged manifest(s) deleted; plain garbage-collect now frees %1 (maintenance/gc.sh).",
                       nullptr, static_cast<int>(deleter->deleted().size()))
                        .arg(Formatting::size(deleter->freedAfterwards().bytes)));
            }
            scanStorageRoot(); // the plan as it is now, keeping the message
        });
    });
}
