#include "DiffPage.h"

#include "ui_DiffPage.h"

#include "ActivityPanel.h"
#include "DiffHighlighter.h"
#include "DiffTreeModel.h"
#include "Formatting.h"
#include "credentials/RegistryConnections.h"
#include "diff/DiffWorkers.h"
#include "diff/FileContentJob.h"
#include "diff/ImageDiffJob.h"
#include "diff/IndexCache.h"
#include "diff/TextDiff.h"
#include "registry/Reference.h"
#include "registry/RegistryClient.h"
#include "util/Printable.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMimeData>
#include <QSaveFile>
#include <QTimer>

namespace {

// "repository:tag" or "repository@digest": a reference without its registry, as the side fields show it.
QString localPart(const Reference& reference)
{
    QString text = reference.repository();
    if (!reference.tag().isEmpty()) {
        text += QLatin1Char(':') + reference.tag();
    }
    if (reference.hasDigest()) {
        text += QLatin1Char('@') + reference.digest().toString();
    }
    return text;
}

QString signedSize(qint64 bytes)
{
    return (bytes < 0 ? QStringLiteral("−") : QStringLiteral("+")) + Formatting::size(std::abs(bytes));
}

} // namespace

DiffPage::DiffPage(QWidget* parent)
    : WindowPage(parent)
    , m_ui(std::make_unique<Ui::DiffPage>())
    , m_cache(std::make_shared<IndexCache>())
    , m_model(new DiffTreeModel(this))
{
    m_ui->setupUi(this);
    m_ui->fileTree->setModel(m_model);
    m_ui->fileTree->header()->resizeSection(DiffTreeModel::NameColumn, 320);
    // Sorting, like filtering, builds a new tree off the event-loop thread.
    m_ui->fileTree->header()->setSectionsClickable(true);
    m_ui->fileTree->header()->setSortIndicatorShown(true);
    m_ui->fileTree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    connect(m_ui->fileTree->header(), &QHeaderView::sectionClicked, this, [this](int column) {
        m_view.order = column == m_view.sortColumn && m_view.order == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                         : Qt::AscendingOrder;
        m_view.sortColumn = column;
        // The header may have flipped its indicator itself; ours is the order the tree is built in.
        const QSignalBlocker blocker(m_ui->fileTree->header());
        m_ui->fileTree->header()->setSortIndicator(column, m_view.order);
        rebuildTree();
    });
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(150);
    connect(&m_filterDelay, &QTimer::timeout, this, &DiffPage::rebuildTree);
    m_ui->filesSplitter->setStretchFactor(0, 3);
    m_ui->filesSplitter->setStretchFactor(1, 2);
    new DiffHighlighter(m_ui->contentView->document());
    m_ui->contentView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->layerFilter->addItem(tr("All layers"), QString());
    m_ui->configTable->setColumnCount(3);
    m_ui->configTable->setHorizontalHeaderLabels({tr("Field"), tr("Image A"), tr("Image B")});
    m_ui->configTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->layersTable->setColumnCount(5);
    m_ui->layersTable->setHorizontalHeaderLabels(
        {tr("Layer in A"), tr("Size"), QString(), tr("Layer in B"), tr("Size")});
    m_ui->layersTable->horizontalHeader()->setStretchLastSection(true);

    for (auto* edit : {m_ui->referenceA, m_ui->referenceB}) {
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::returnPressed, this, &DiffPage::compare);
    }
    connect(m_ui->compareButton, &QPushButton::clicked, this, &DiffPage::compare);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DiffPage::cancel);
    connect(m_ui->swapButton, &QPushButton::clicked, this, [this]() {
        const QString text = m_ui->referenceA->text();
        const int connection = m_ui->connectionA->currentIndex();
        m_ui->referenceA->setText(m_ui->referenceB->text());
        m_ui->connectionA->setCurrentIndex(m_ui->connectionB->currentIndex());
        m_ui->referenceB->setText(text);
        m_ui->connectionB->setCurrentIndex(connection);
    });
    connect(m_ui->onlyChangesCheck, &QCheckBox::toggled, this, [this](bool only) {
        m_view.onlyChanges = only;
        rebuildTree();
    });
    connect(m_ui->pathFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_view.fragment = text;
        m_filterDelay.start(); // typing: once it pauses
    });
    connect(m_ui->layerFilter, &QComboBox::currentIndexChanged, this, [this]() {
        m_view.layer = m_ui->layerFilter->currentData().toString();
        rebuildTree();
    });
    connect(m_ui->fileTree, &QTreeView::activated, this, &DiffPage::showContentDiff);
    connect(m_ui->fileTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DiffPage::fileSelected);
    connect(m_ui->contentButton, &QPushButton::clicked, this, &DiffPage::showContentDiff);
    for (const auto& [button, side] : {std::pair{m_ui->saveAButton, A}, std::pair{m_ui->saveBButton, B}}) {
        connect(button, &QPushButton::clicked, this, [this, side = side]() {
            const auto* file = m_model->fileAt(m_ui->fileTree->currentIndex());
            if (!file) {
                return;
            }
            const QString name = file->path.mid(file->path.lastIndexOf(QLatin1Char('/')) + 1);
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save %1 of image %2").arg(file->path, side == A ? QStringLiteral("A") : QStringLiteral("B")),
                name);
            if (!path.isEmpty()) {
                saveFile(side, path);
            }
        });
    }
    for (const auto& [button, json] :
         {std::pair{m_ui->exportCsvButton, false}, std::pair{m_ui->exportJsonButton, true}}) {
        connect(button, &QPushButton::clicked, this, [this, json = json]() {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export the changed files"),
                                                              json ? QStringLiteral("image-diff.json")
                                                                   : QStringLiteral("image-diff.csv"),
                                                              json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
            if (!path.isEmpty()) {
                exportFiles(path, json);
            }
        });
    }
}

DiffPage::~DiffPage()
{
    if (m_job) {
        m_job->cancel();
    }
}

void DiffPage::setContext(const PageContext& context)
{
    auto* connections = context.connections;
    auto* activity = context.activity;
    m_connections = connections;
    m_activity = activity;
    if (!context.settings->indexCacheDir.isEmpty()) {
        setCache(std::make_shared<IndexCache>(context.settings->indexCacheDir));
    }
    connect(connections, &RegistryConnections::connectionsChanged, this, &DiffPage::fillConnections);
    fillConnections();
}

void DiffPage::setCache(std::shared_ptr<IndexCache> cache)
{
    m_cache = std::move(cache);
}

void DiffPage::fillConnections()
{
    for (auto* combo : {m_ui->connectionA, m_ui->connectionB}) {
        const QString chosen = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto& connection : m_connections->connections()) {
            combo->addItem(connection.displayName(), connection.id);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
}

void DiffPage::setSide(Side side, const QString& connectionId, const QString& reference)
{
    auto* combo = side == A ? m_ui->connectionA : m_ui->connectionB;
    combo->setCurrentIndex(std::max(0, combo->findData(connectionId)));
    (side == A ? m_ui->referenceA : m_ui->referenceB)->setText(reference);
}

bool DiffPage::setSideFromReference(Side side, const QString& text)
{
    QString error;
    const auto reference = Reference::parse(text.trimmed(), &error);
    if (!reference) {
        m_ui->diffMessageBar->show(MessageBar::Level::Error, error);
        return false;
    }
    for (const auto& connection : m_connections->connections()) {
        const auto address = RegistryAddress::parse(connection.address);
        if (address && address->hostPort() == reference->registry().hostPort()) {
            setSide(side, connection.id, localPart(*reference));
            return true;
        }
    }
    m_ui->diffMessageBar->show(
        MessageBar::Level::Error,
        tr("No connection reaches %1: add one for that registry first.").arg(reference->registry().hostPort()));
    return false;
}

bool DiffPage::eventFilter(QObject* watched, QEvent* event)
{
    const Side side = watched == m_ui->referenceA ? A : B;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDropEvent*>(event);
        if (drag->mimeData()->hasText()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        // Browse drags one reference per line; a drop of two fills both sides.
        const QStringList references = drop->mimeData()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!references.isEmpty() && setSideFromReference(side, references.first())) {
            if (references.size() > 1) {
                setSideFromReference(side == A ? B : A, references.at(1));
            }
            drop->acceptProposedAction();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DiffPage::compare()
{
    if (!m_connections || m_job || !m_ui->compareButton->isEnabled()) {
        return;
    }
    m_cancelRequested = false;
    m_ui->diffMessageBar->clear();
    struct Parsed
    {
        QString id;
        Reference reference;
    };
    QList<Parsed> sides;
    for (const auto& [combo, edit, name] : {std::tuple{m_ui->connectionA, m_ui->referenceA, QStringLiteral("A")},
                                            std::tuple{m_ui->connectionB, m_ui->referenceB, QStringLiteral("B")}}) {
        const auto connection = m_connections->connection(combo->currentData().toString());
        const QString text = edit->text().trimmed();
        if (!connection || text.isEmpty()) {
            m_ui->diffMessageBar->show(MessageBar::Level::Error,
                                       tr("Choose image %1: a connection and repository:tag.").arg(name));
            edit->setFocus();
            return;
        }
        QString error;
        const auto reference = Reference::parse(connection->address + QLatin1Char('/') + text, &error);
        if (!reference) {
            m_ui->diffMessageBar->show(MessageBar::Level::Error, tr("Image %1: %2").arg(name, error));
            edit->setFocus();
            return;
        }
        sides.append({connection->id, *reference});
    }
    if (!m_ui->platformEdit->text().trimmed().isEmpty() && !Platform::parse(m_ui->platformEdit->text().trimmed())) {
        m_ui->diffMessageBar->show(MessageBar::Level::Error,
                                   tr("The platform is os/arch[/variant], e.g. linux/arm64."));
        return;
    }
    setRunning(true);
    auto clients = std::make_shared<std::array<RegistryClient*, 2>>();
    auto pending = std::make_shared<int>(2);
    for (int i = 0; i < 2; ++i) {
        m_opened[i].repository = sides.at(i).reference.repository();
        m_connections->open(sides.at(i).id, this, [this, clients, pending, i, sides](RegistryClient* client) {
            (*clients)[static_cast<size_t>(i)] = client;
            if (--*pending > 0) {
                return;
            }
            if (std::exchange(m_cancelRequested, false)) {
                setRunning(false);
                m_ui->summaryLabel->setText(tr("Cancelled."));
                return;
            }
            if (!(*clients)[0] || !(*clients)[1]) {
                setRunning(false);
                m_ui->diffMessageBar->show(MessageBar::Level::Error,
                                           tr("A connection could not be opened; its status in the sidebar says why."));
                return;
            }
            m_ui->referenceA->setProperty("manifest", sides.at(0).reference.manifestReference());
            m_ui->referenceB->setProperty("manifest", sides.at(1).reference.manifestReference());
            start((*clients)[0], (*clients)[1]);
        });
    }
}

void DiffPage::start(RegistryClient* clientA, RegistryClient* clientB)
{
    const auto side = [](RegistryClient* client, const QLineEdit* edit, const QString& repository) {
        return ImageDiffJob::Side{client, repository, edit->property("manifest").toString(),
                                  client->address().hostPort() + QLatin1Char('/') + edit->text().trimmed()};
    };
    m_opened[A].client = clientA;
    m_opened[B].client = clientB;
    ImageDiffOptions options;
    options.ignoreTimestamps = m_ui->ignoreTimestampsCheck->isChecked();
    options.ignoreOwnership = m_ui->ignoreOwnershipCheck->isChecked();
    const auto platform = Platform::parse(m_ui->platformEdit->text().trimmed());
    m_job = new ImageDiffJob(side(clientA, m_ui->referenceA, m_opened[A].repository),
                             side(clientB, m_ui->referenceB, m_opened[B].repository), platform, options, m_cache, this);
    if (m_activity) {
        m_activity->track(m_job, {clientA, clientB});
    }
    m_ui->layerProgressTable->clear();
    connect(m_job, &ImageDiffJob::progress, this, [this](qint64 done, qint64 total) {
        m_ui->diffProgress->setMaximum(total > 0 ? 1000 : 0);
        m_ui->diffProgress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(m_job, &ImageDiffJob::layerChanged, this, &DiffPage::showLayerProgress);
    connect(m_job, &ImageDiffJob::finished, this, &DiffPage::finished);
}

void DiffPage::setRunning(bool running)
{
    m_ui->compareButton->setEnabled(!running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->diffProgress->setVisible(running);
    m_ui->diffProgress->setValue(0);
    if (running) {
        m_ui->summaryLabel->setText(tr("Reading both images…"));
    }
}

void DiffPage::cancel()
{
    if (m_job) {
        m_job->cancel();
    } else if (!m_ui->compareButton->isEnabled()) {
        m_cancelRequested = true; // still opening the connections
    }
}

void DiffPage::showLayerProgress(int row)
{
    if (!m_job || row >= m_job->layers().size()) {
        return;
    }
    while (m_ui->layerProgressTable->topLevelItemCount() <= row) {
        new QTreeWidgetItem(m_ui->layerProgressTable);
    }
    const auto& layer = m_job->layers().at(row);
    QTreeWidgetItem* item = m_ui->layerProgressTable->topLevelItem(row);
    item->setText(0, layer.layer.digest.toString());
    item->setText(1, Formatting::size(layer.layer.size));
    QString state;
    switch (layer.state) {
    case ImageDiffJob::LayerState::Waiting:
        state = tr("waiting");
        break;
    case ImageDiffJob::LayerState::Reading:
        state = layer.layer.size > 0 ? tr("reading, %1%").arg(layer.done * 100 / layer.layer.size) : tr("reading");
        break;
    case ImageDiffJob::LayerState::Cached:
        state = tr("from the cache");
        break;
    case ImageDiffJob::LayerState::Indexed:
        state = tr("read and indexed");
        break;
    case ImageDiffJob::LayerState::Failed:
        state = tr("failed");
        break;
    }
    item->setText(2, state);
}

void DiffPage::finished()
{
    ImageDiffJob* job = m_job;
    m_job = nullptr;
    job->deleteLater();
    setRunning(false);
    if (job->error()) {
        m_ui->summaryLabel->setText(
            job->error().kind() == RegistryError::Kind::Cancelled ? tr("Cancelled.") : tr("The comparison failed."));
        if (job->error().kind() != RegistryError::Kind::Cancelled) {
            showError(job->title(), job->error());
        }
        emit compared();
        return;
    }
    m_result = job->result();
    showResult();
    emit compared();
}

void DiffPage::showResult()
{
    const ImageDiff& diff = *m_result;
    int shared = 0;
    for (const auto& row : diff.layerRows()) {
        shared += row.a >= 0 && row.b >= 0 ? 1 : 0;
    }
    m_ui->summaryLabel->setText(
        tr("<b><span style='color:#2da44e'>%1 added</span> · <span style='color:#e5534b'>%2 removed</span> · "
           "<span style='color:#d29922'>%3 modified</span></b> · size %4 · %5 configuration changes · "
           "layers: %6 shared, %7 only in A, %8 only in B")
            .arg(diff.count(ImageDiff::Status::Added))
            .arg(diff.count(ImageDiff::Status::Removed))
            .arg(diff.count(ImageDiff::Status::Modified))
            .arg(signedSize(diff.sizeDelta()))
            .arg(diff.configChanges().size())
            .arg(shared)
            .arg(diff.imageA().layers.size() - shared)
            .arg(diff.imageB().layers.size() - shared));

    m_model->setTree(std::make_shared<const DiffTreeModel::Tree>()); // the old result's tree goes at once
    ++m_contentRequest;                                              // content still arriving belongs to the old result
    // The first modified file is where people look first.
    m_selectAfterBuild.clear();
    for (const auto& file : diff.files()) {
        if (file.status == ImageDiff::Status::Modified && file.a && file.a->type == LayerEntry::Type::File) {
            m_selectAfterBuild = file.path;
            break;
        }
    }
    rebuildTree();
    m_ui->exportCsvButton->setEnabled(true);
    m_ui->exportJsonButton->setEnabled(true);

    m_ui->configTable->setRowCount(static_cast<int>(diff.configChanges().size()));
    for (int row = 0; row < diff.configChanges().size(); ++row) {
        const auto& change = diff.configChanges().at(row);
        const QStringList cells{Printable::escaped(change.field),
                                Printable::escaped(ImageDiff::ConfigChange::text(change.a)),
                                Printable::escaped(ImageDiff::ConfigChange::text(change.b))};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_ui->configTable->setItem(row, column, item);
        }
    }
    m_ui->configTable->resizeColumnToContents(0);

    const QSignalBlocker blocker(m_ui->layerFilter);
    m_ui->layerFilter->clear();
    m_ui->layerFilter->addItem(tr("All layers"), QString());
    m_ui->layersTable->setRowCount(static_cast<int>(diff.layerRows().size()));
    for (int row = 0; row < diff.layerRows().size(); ++row) {
        const auto& aligned = diff.layerRows().at(row);
        const auto put = [&](int column, const DiffImage& image, int layer) {
            if (layer < 0) {
                return;
            }
            const Descriptor& descriptor = image.layers.at(layer);
            auto* digest = new QTableWidgetItem(Formatting::shortDigest(descriptor.digest.toString()));
            digest->setToolTip(descriptor.digest.toString());
            m_ui->layersTable->setItem(row, column, digest);
            m_ui->layersTable->setItem(row, column + 1, new QTableWidgetItem(Formatting::size(descriptor.size)));
        };
        put(0, diff.imageA(), aligned.a);
        put(3, diff.imageB(), aligned.b);
        const bool both = aligned.a >= 0 && aligned.b >= 0;
        auto* mark = new QTableWidgetItem(both ? (aligned.sameDigest ? tr("same") : tr("same content"))
                                               : (aligned.a >= 0 ? tr("only A") : tr("only B")));
        mark->setForeground(both ? palette().color(QPalette::PlaceholderText)
                                 : (aligned.a >= 0 ? QColor(0xe5, 0x53, 0x4b) : QColor(0x2d, 0xa4, 0x4e)));
        m_ui->layersTable->setItem(row, 2, mark);
    }
    m_ui->layersTable->resizeColumnsToContents();
    for (const auto* image : {&diff.imageA(), &diff.imageB()}) {
        for (int i = 0; i < image->layers.size(); ++i) {
            const QString digest = image->layers.at(i).digest.toString();
            if (m_ui->layerFilter->findData(digest) < 0) {
                m_ui->layerFilter->addItem(tr("%1 layer %2: %3")
                                               .arg(image == &diff.imageA() ? QStringLiteral("A") : QStringLiteral("B"))
                                               .arg(i + 1)
                                               .arg(Formatting::shortDigest(digest)),
                                           digest);
            }
        }
    }
    m_view.layer.clear();
    m_ui->sizeChart->setSizes(diff.directorySizes());
    m_ui->contentView->clear();
    m_ui->contentLabel->setText(tr("Select a file to see what changed in it."));
}

void DiffPage::rebuildTree()
{
    m_filterDelay.stop();
    if (!m_result) {
        return;
    }
    const int generation = ++m_treeGeneration;
    DiffWorkers::run(
        this, [diff = m_result, view = m_view]() { return DiffTreeModel::build(diff, view); },
        [this, generation](std::shared_ptr<const DiffTreeModel::Tree> tree) {
            if (generation != m_treeGeneration || tree->diff != m_result) {
                return; // a newer filter, or another result, is on its way
            }
            const auto* current = m_model->fileAt(m_ui->fileTree->currentIndex());
            const QString keep = !m_selectAfterBuild.isEmpty() ? std::exchange(m_selectAfterBuild, {})
                                                               : (current ? current->path : QString());
            m_model->setTree(tree);
            // The tree opens to where the changes are: all of it when they are few.
            if (tree->shownFiles <= kExpandAllBelow) {
                m_ui->fileTree->expandAll();
            } else {
                m_ui->fileTree->expandToDepth(1);
            }
            const QModelIndex selected = m_model->indexOfPath(keep);
            if (selected.isValid()) {
                m_ui->fileTree->setCurrentIndex(selected);
                m_ui->fileTree->scrollTo(selected);
            }
            emit treeShown();
        });
}

void DiffPage::fileSelected()
{
    const auto* file = m_model->fileAt(m_ui->fileTree->currentIndex());
    const auto holdsBytes = [](const std::optional<LayerEntry>& entry) {
        return entry && (entry->type == LayerEntry::Type::File || entry->type == LayerEntry::Type::Hardlink);
    };
    m_ui->contentButton->setEnabled(file && (holdsBytes(file->a) || holdsBytes(file->b)));
    m_ui->saveAButton->setEnabled(file && holdsBytes(file->a));
    m_ui->saveBButton->setEnabled(file && holdsBytes(file->b));
    if (!file) {
        return;
    }
    QStringList lines{Printable::escaped(file->path)};
    for (const auto& [label, entry] :
         {std::pair{QStringLiteral("A"), file->a}, std::pair{QStringLiteral("B"), file->b}}) {
        if (!entry) {
            lines << tr("%1: not present").arg(label);
            continue;
        }
        lines << tr("%1: %2, %3, mode %4, owner %5:%6%7")
                     .arg(label, LayerEntry::typeName(entry->type), Formatting::size(entry->size))
                     .arg(entry->mode, 4, 8, QLatin1Char('0'))
                     .arg(entry->uid)
                     .arg(entry->gid)
                     .arg(entry->linkTarget.isEmpty() ? QString()
                                                      : tr(", → %1").arg(Printable::escaped(entry->linkTarget)));
    }
    m_ui->contentLabel->setText(lines.join(QLatin1Char('\n')));
}

FileContentJob* DiffPage::fetchContent(Side side, const ImageDiff::FileChange& file, const QString& saveTo)
{
    const DiffImage& image = side == A ? m_result->imageA() : m_result->imageB();
    const FileTree& tree = side == A ? m_result->treeA() : m_result->treeB();
    const FileTree::Node* holder = tree.contentNode(file.path);
    RegistryClient* client = m_opened[side].client;
    if (!holder || holder->layer < 0 || holder->layer >= image.layers.size() || !client) {
        return nullptr;
    }
    auto* job = new FileContentJob(client, m_opened[side].repository, image.layers.at(holder->layer),
                                   holder->entry.path, saveTo, FileContentJob::kDefaultMaxBytes, this);
    if (m_activity) {
        m_activity->track(job, {client});
    }
    connect(job, &FileContentJob::finished, job, &QObject::deleteLater);
    return job;
}

void DiffPage::showContentDiff()
{
    const auto* file = m_model->fileAt(m_ui->fileTree->currentIndex());
    if (!file || !m_result) {
        return;
    }
    // A new request replaces one still running.
    const int request = ++m_contentRequest;
    for (auto& job : m_contentJobs) {
        if (job) {
            job->cancel();
        }
    }
    m_content[A].clear();
    m_content[B].clear();
    auto pending = std::make_shared<int>(0);
    for (const Side side : {A, B}) {
        const auto& entry = side == A ? file->a : file->b;
        if (!entry || (entry->type != LayerEntry::Type::File && entry->type != LayerEntry::Type::Hardlink)) {
            continue;
        }
        FileContentJob* job = fetchContent(side, *file, {});
        if (!job) {
            continue;
        }
        ++*pending;
        m_contentJobs[side] = job;
        connect(job, &FileContentJob::finished, this, [this, job, side, request, pending]() {
            if (request != m_contentRequest) {
                return;
            }
            if (job->error()) {
                ++m_contentRequest; // the other side's answer no longer matters
                m_ui->contentView->clear();
                showError(job->title(), job->error());
                return;
            }
            m_content[side] = job->content();
            if (--*pending == 0) {
                contentFetched();
            }
        });
    }
    m_ui->contentView->setPlainText(*pending > 0 ? tr("Reading the file from its layer…") : QString());
}

void DiffPage::contentFetched()
{
    if (TextDiff::looksBinary(m_content[A]) || TextDiff::looksBinary(m_content[B])) {
        m_ui->contentView->setPlainText(
            tr("Binary content: %1 in A, %2 in B. Save either side to compare it with a tool for that format.")
                .arg(Formatting::exactSize(m_content[A].size()), Formatting::exactSize(m_content[B].size())));
        return;
    }
    const QString unified =
        TextDiff::unified(TextDiff::compare(TextDiff::lines(m_content[A]), TextDiff::lines(m_content[B])));
    m_ui->contentView->setPlainText(unified.isEmpty() ? tr("The contents are the same.") : unified);
}

void DiffPage::saveFile(Side side, const QString& path)
{
    const auto* file = m_model->fileAt(m_ui->fileTree->currentIndex());
    FileContentJob* job = file && m_result ? fetchContent(side, *file, path) : nullptr;
    if (!job) {
        return;
    }
    connect(job, &FileContentJob::finished, this, [this, job]() {
        if (job->error()) {
            showError(job->title(), job->error());
        } else {
            m_ui->diffMessageBar->show(MessageBar::Level::Info, tr("Saved %1.").arg(job->savedTo()));
        }
    });
}

bool DiffPage::exportFiles(const QString& path, bool json)
{
    if (!m_result) {
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = json ? QJsonDocument(m_result->toJson()).toJson() : m_result->toCsv();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_ui->diffMessageBar->show(MessageBar::Level::Error, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_ui->diffMessageBar->show(MessageBar::Level::Info, tr("Exported the changed files to %1.").arg(path));
    return true;
}

void DiffPage::showError(const QString& context, const RegistryError& error)
{
    m_ui->diffMessageBar->show(MessageBar::Level::Error, tr("%1: %2").arg(context, error.message()));
}
