#include "BrowsePage.h"

#include "ui_BrowsePage.h"

#include "ActivityPanel.h"
#include "ConfirmationDialog.h"
#include "CopyDialog.h"
#include "Formatting.h"
#include "PromoteDialog.h"
#include "PruneDialog.h"
#include "RepositoryTreeModel.h"
#include "TagFilterModel.h"
#include "TagTableModel.h"
#include "credentials/RegistryConnections.h"
#include "registry/ListJob.h"
#include "registry/RegistryClient.h"
#include "transfer/ImageCopier.h"
#include "transfer/ManifestDeleter.h"
#include "transfer/Promoter.h"
#include "transfer/TagRemover.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTimer>

BrowsePage::BrowsePage(QWidget* parent)
    : WindowPage(parent)
    , m_ui(std::make_unique<Ui::BrowsePage>())
    , m_repositories(new RepositoryTreeModel(this))
    , m_repositoryFilter(new QSortFilterProxyModel(this))
    , m_tags(new TagTableModel(this))
    , m_tagFilter(new TagFilterModel(m_tags, this))
{
    m_ui->setupUi(this);
    m_repositoryFilter->setSourceModel(m_repositories);
    m_repositoryFilter->setFilterRole(RepositoryTreeModel::PathRole);
    m_repositoryFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_repositoryFilter->setRecursiveFilteringEnabled(true);
    m_ui->repositoryTree->setModel(m_repositoryFilter);

    m_ui->tagTable->setModel(m_tagFilter);
    m_ui->tagTable->sortByColumn(TagTableModel::TagColumn, Qt::AscendingOrder);
    m_ui->tagTable->verticalHeader()->hide();
    m_ui->tagTable->verticalHeader()->setDefaultSectionSize(m_ui->tagTable->fontMetrics().height() + 8);
    m_ui->tagTable->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {220, 130, 80, 110, 140};
    for (int column = 0; column < 5; ++column) {
        m_ui->tagTable->setColumnWidth(column, widths[column]);
    }
    m_ui->tagTable->setTextElideMode(Qt::ElideMiddle); // Zuul tags differ at the start and end
    m_ui->browseSplitter->setSizes({190, 560, 470});
    m_ui->insecureBanner->setStyleSheet(QStringLiteral("background:#b00020;color:white;padding:6px;font-weight:bold"));

    // Filtering waits for a pause in typing, so a fast typist costs one pass over the tree, not one per key.
    auto* filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(150);
    connect(m_ui->repositoryFilter, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this, &BrowsePage::applyRepositoryFilter);
    connect(m_repositories, &RepositoryTreeModel::moreRequested, this, &BrowsePage::loadCatalogPage);
    connect(m_ui->repositoryTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                const auto repository = index.data(RepositoryTreeModel::RepositoryRole).toString();
                if (!repository.isEmpty() && repository != m_repository) {
                    loadTags(repository);
                }
            });
    connect(m_ui->tagFilter, &QLineEdit::textChanged, m_tagFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->tagTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BrowsePage::tagSelectionChanged);
    connect(m_ui->tagTable->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (column != TagTableModel::TagColumn && column != TagTableModel::ZuulColumn) {
            m_tags->loadAll(); // sorting by what a tag is needs every tag's answer
        }
    });
    connect(m_tags, &TagTableModel::loadingChanged, this, [this](int loaded, int total) {
        m_ui->tagCountLabel->setText(total == 0       ? QString()
                                     : loaded < total ? tr("%1 tags, %2 inspected").arg(total).arg(loaded)
                                                      : tr("%n tag(s)", nullptr, total));
    });
    connect(m_tags, &TagTableModel::tagsReady, this, [this]() {
        if (m_tags->rowCount() == 0) {
            m_ui->tagCountLabel->setText(tr("No tags: the repository is empty, or every tag was removed "
                                            "(its blobs stay until the registry's garbage collection)."));
        }
        for (const auto& tag : std::exchange(m_keepSelection, {})) {
            const int row = m_tags->rowOfTag(tag);
            if (row >= 0) {
                const auto index = m_tagFilter->mapFromSource(m_tags->index(row, 0));
                m_ui->tagTable->selectionModel()->select(index,
                                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
                m_ui->tagTable->scrollTo(index);
            }
        }
    });
    connect(m_ui->tagTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.column() != TagTableModel::ZuulColumn || !m_connections->zuul(m_id)) {
            return;
        }
        const auto zuul = ZuulTag::parse(index.data(TagTableModel::TagRole).toString());
        if (zuul.isIntermediate()) {
            emit changeRequested(m_id, zuul.build());
        }
    });
    connect(m_ui->openRepositoryButton, &QToolButton::clicked, this, &BrowsePage::openRepositoryByName);
    connect(m_ui->openRepositoryEdit, &QLineEdit::returnPressed, this, &BrowsePage::openRepositoryByName);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &BrowsePage::refresh);
    connect(m_ui->copyToButton, &QToolButton::clicked, this, &BrowsePage::copySelected);
    connect(m_ui->promoteButton, &QToolButton::clicked, this, &BrowsePage::promoteSelected);
    m_defaultTips = {m_ui->untagButton->toolTip(), m_ui->deleteButton->toolTip(), m_ui->pruneButton->toolTip()};
    connect(m_ui->untagButton, &QToolButton::clicked, this, &BrowsePage::untagSelected);
    connect(m_ui->deleteButton, &QToolButton::clicked, this, &BrowsePage::deleteSelected);
    connect(m_ui->pruneButton, &QToolButton::clicked, this, &BrowsePage::prune);
    connect(m_ui->diffButton, &QToolButton::clicked, this, &BrowsePage::diffSelected);
    connect(m_ui->detailsPane, &DetailsPane::copied, this, [this](const QString& text) {
        m_ui->browseMessageBar->show(MessageBar::Level::Info, tr("Copied: %1").arg(text));
    });

    // Keyboard (UX.md): Del untags, Shift+Del deletes, Ctrl+C copies the reference; both confirm first.
    const auto addAction = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, m_ui->tagTable);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_ui->tagTable->addAction(action);
        return action;
    };
    addAction(tr("Copy reference"), QKeySequence::Copy, &BrowsePage::copyReference);
    addAction(tr("Copy to…"), QKeySequence(), &BrowsePage::copySelected);
    addAction(tr("Promote…"), QKeySequence(), &BrowsePage::promoteSelected);
    addAction(tr("Untag"), QKeySequence::Delete, &BrowsePage::untagSelected);
    addAction(tr("Delete…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete), &BrowsePage::deleteSelected);
    addAction(tr("Diff with…"), QKeySequence(), &BrowsePage::diffSelected);
    updateActions();
}

BrowsePage::~BrowsePage() = default;

void BrowsePage::applyRepositoryFilter()
{
    const auto text = m_ui->repositoryFilter->text();
    m_repositoryFilter->setFilterFixedString(text);
    if (text.isEmpty()) {
        return;
    }
    if (m_repositories->canFetchMore({})) {
        m_repositories->fetchMore({}); // the filter must see every repository
    }
    // Open the namespaces with few matches: enough to see them, never a layout of thousands of rows.
    int shown = 0;
    for (int row = 0; row < m_repositoryFilter->rowCount() && shown < kMaxExpandedRows; ++row) {
        const auto index = m_repositoryFilter->index(row, 0);
        const int children = m_repositoryFilter->rowCount(index);
        if (children > 0 && shown + children <= kMaxExpandedRows) {
            m_ui->repositoryTree->expand(index);
            shown += children;
        }
    }
}

void BrowsePage::setContext(const PageContext& context)
{
    auto* connections = context.connections;
    auto* activity = context.activity;
    m_connections = connections;
    m_activity = activity;
    connect(connections, &RegistryConnections::clientReplaced, this, [this](const QString& id) {
        if (id == m_id) {
            refresh();
        }
    });
    connect(connections, &RegistryConnections::statusChanged, this, [this](const QString& id) {
        if (id == m_id) {
            updateStatusLabel();
        }
    });
}

void BrowsePage::updateStatusLabel()
{
    const auto status = m_connections->status(m_id);
    QString text;
    switch (status.state) {
    case RegistryConnections::Status::State::Checking:
        text = tr("checking…");
        break;
    case RegistryConnections::Status::State::Ready:
        text = tr("● reachable, %1 auth").arg(status.authScheme);
        if (!status.rateLimitRemaining.isEmpty()) {
            text += tr(", %1 pulls left").arg(status.rateLimitRemaining);
        }
        break;
    case RegistryConnections::Status::State::Failed:
        text = tr("● %1").arg(RegistryError::kindName(status.error.kind()));
        break;
    case RegistryConnections::Status::State::Unknown:
        break;
    }
    m_ui->connectionStatusLabel->setText(text);
    m_ui->connectionStatusLabel->setToolTip(status.error.message());
    if (status.state == RegistryConnections::Status::State::Failed) {
        showError(tr("Cannot use %1").arg(m_ui->connectionTitle->text()), status.error);
    }
}

void BrowsePage::setConnection(const QString& id)
{
    ++m_generation;
    for (const auto& job : std::as_const(m_jobs)) {
        if (auto* list = qobject_cast<ListJob*>(job.data())) {
            list->cancel();
        }
    }
    m_jobs.clear();
    m_id = id;
    m_client = nullptr;
    m_repository.clear();
    m_nextCatalogPage.clear();
    m_repositories->reset();
    m_tags->setSource(nullptr, {}, nullptr);
    m_ui->detailsPane->clear();
    m_ui->browseMessageBar->clear();
    m_ui->repositoryCountLabel->clear();
    const auto connection = m_connections ? m_connections->connection(id) : std::nullopt;
    m_ui->insecureBanner->setVisible(connection && !connection->tlsVerify);
    if (!connection) {
        m_ui->connectionTitle->setText(tr("No connection selected"));
        m_ui->connectionStatusLabel->clear();
        updateActions();
        return;
    }
    m_ui->connectionTitle->setText(
        QStringLiteral("<b>%1</b> — %2").arg(connection->displayName().toHtmlEscaped(), connection->address));
    m_ui->insecureBanner->setText(
        tr("TLS verification is OFF for %1: anyone on the network path can impersonate this registry.")
            .arg(connection->displayName()));
    m_connections->check(id);
    updateStatusLabel();
    const int generation = m_generation;
    m_connections->open(id, this, [this, generation](RegistryClient* client) {
        if (generation != m_generation || !client) {
            return;
        }
        m_client = client;
        // What the registry turns out unable to do (delete, as zuul-registry) switches those actions off.
        connect(client, &RegistryClient::capabilitiesChanged, this, &BrowsePage::updateActions, Qt::UniqueConnection);
        updateActions();
        if (const auto current = m_connections->connection(m_id)) {
            m_repositories->addRepositories(current->openedRepositories);
        }
        loadCatalogPage();
        if (!m_revealRepository.isEmpty()) {
            const auto repository = std::exchange(m_revealRepository, {});
            loadTags(repository, {std::exchange(m_revealTag, {})});
        }
    });
    updateActions();
}

void BrowsePage::reveal(const QString& repository, const QString& tag)
{
    m_revealRepository = repository;
    m_revealTag = tag;
    if (m_client) {
        refresh();
    }
}

void BrowsePage::refresh()
{
    const auto repository = m_repository;
    const auto selection = selectedTags();
    setConnection(m_id);
    if (!repository.isEmpty()) {
        const int generation = m_generation;
        m_connections->open(m_id, this, [this, repository, selection, generation](RegistryClient* client) {
            if (generation == m_generation && client) {
                m_client = client;
                selectRepository(repository);
                loadTags(repository, selection);
            }
        });
    }
}

void BrowsePage::loadCatalogPage()
{
    if (!m_client) {
        return;
    }
    auto* job = m_client->catalog();
    job->setOnePage(m_nextCatalogPage);
    m_repositories->setLoading(true);
    m_jobs << job;
    if (m_activity && !m_nextCatalogPage.isValid()) {
        job->setTitle(tr("List repositories of %1").arg(m_client->address().displayName()));
        m_activity->track(job);
    }
    const int generation = m_generation;
    connect(job, &ListJob::page, this, [this, generation](const QStringList& items) {
        if (generation == m_generation) {
            m_repositories->addRepositories(items);
        }
    });
    connect(job, &RegistryJob::finished, this, [this, job, generation]() { catalogFinished(job, generation); });
}

void BrowsePage::catalogFinished(ListJob* job, int generation)
{
    job->deleteLater();
    if (generation != m_generation) {
        return;
    }
    m_repositories->setLoading(false);
    if (job->error()) {
        if (job->error().kind() == RegistryError::Kind::Unsupported) {
            m_ui->browseMessageBar->show(
                MessageBar::Level::Info,
                tr("%1 Type a repository name below to open it; it is remembered.").arg(job->error().message()));
            m_ui->openRepositoryEdit->setFocus();
        } else {
            showError(tr("Listing repositories failed"), job->error());
        }
        return;
    }
    if (m_repositories->repositoryCount() <= 200) {
        m_ui->repositoryTree->expandAll(); // small registries read best fully open
    }
    if (!m_repository.isEmpty()) {
        selectRepository(m_repository);
    }
    m_nextCatalogPage = job->nextUrl();
    m_repositories->setMoreAvailable(m_nextCatalogPage.isValid());
    m_ui->repositoryCountLabel->setText(
        m_nextCatalogPage.isValid() ? tr("%1 repositories, more as you scroll").arg(m_repositories->repositoryCount())
                                    : tr("%n repository(ies)", nullptr, m_repositories->repositoryCount()));
    if (m_nextCatalogPage.isValid() && !m_ui->repositoryFilter->text().isEmpty()) {
        m_repositories->fetchMore({});
    }
}

void BrowsePage::selectRepository(const QString& repository)
{
    const auto source = m_repositories->indexOfRepository(repository);
    const auto index = m_repositoryFilter->mapFromSource(source);
    if (index.isValid()) {
        const QSignalBlocker blocker(m_ui->repositoryTree->selectionModel());
        m_ui->repositoryTree->setCurrentIndex(index);
        m_ui->repositoryTree->scrollTo(index);
    }
}

void BrowsePage::openRepositoryByName()
{
    const auto repository = m_ui->openRepositoryEdit->text().trimmed();
    if (!Reference::isValidRepositoryPath(repository)) {
        m_ui->browseMessageBar->show(
            MessageBar::Level::Error,
            tr("“%1” is not a repository name (lower case, digits and . _ - / only).").arg(repository));
        return;
    }
    if (!m_client) {
        return;
    }
    m_connections->rememberRepository(m_id, repository);
    m_repositories->addRepositories({repository});
    m_ui->openRepositoryEdit->clear();
    selectRepository(repository);
    loadTags(repository);
}

void BrowsePage::loadTags(const QString& repository, const QStringList& keepSelection)
{
    if (!m_client) {
        return;
    }
    m_repository = repository;
    m_tags->setSource(m_client, repository, m_connections->zuul(m_id));
    m_ui->detailsPane->clear();
    auto* job = m_client->tags(repository);
    m_jobs << job;
    if (m_activity) {
        job->setTitle(tr("List tags of %1").arg(repository));
        m_activity->track(job);
    }
    const int generation = m_generation;
    connect(job, &RegistryJob::finished, this, [this, job, repository, keepSelection, generation]() {
        job->deleteLater();
        if (generation != m_generation || repository != m_repository) {
            return;
        }
        if (job->error()) {
            showError(tr("Listing the tags of %1 failed").arg(repository), job->error());
            return;
        }
        m_keepSelection = keepSelection;
        m_tags->setTags(job->items());
        updateActions();
    });
}

QStringList BrowsePage::selectedTags() const
{
    QStringList tags;
    for (const auto& index : m_ui->tagTable->selectionModel()->selectedRows(TagTableModel::TagColumn)) {
        tags << index.data(TagTableModel::TagRole).toString();
    }
    return tags;
}

void BrowsePage::tagSelectionChanged()
{
    const auto tags = selectedTags();
    updateActions();
    if (tags.size() == 1 && m_client) {
        m_ui->detailsPane->showTag(m_client, m_repository, tags.first(), m_tags->tags());
    } else if (tags.isEmpty()) {
        m_ui->detailsPane->clear();
    }
}

void BrowsePage::updateActions()
{
    const int selected = static_cast<int>(selectedTags().size());
    m_ui->copyToButton->setEnabled(selected >= 1);
    m_ui->promoteButton->setEnabled(selected == 1);
    // Disabled with the reason, not offered and then refused.
    const auto refusal = m_client ? m_client->deleteRefusal() : RegistryError();
    m_ui->untagButton->setEnabled(selected >= 1 && !refusal);
    m_ui->deleteButton->setEnabled(selected == 1 && !refusal);
    m_ui->pruneButton->setEnabled(m_client != nullptr && !refusal);
    m_ui->untagButton->setToolTip(refusal ? refusal.message() : m_defaultTips.value(0));
    m_ui->deleteButton->setToolTip(refusal ? refusal.message() : m_defaultTips.value(1));
    m_ui->pruneButton->setToolTip(refusal ? refusal.message() : m_defaultTips.value(2));
    m_ui->diffButton->setEnabled(selected == 1 || selected == 2);
    m_ui->refreshButton->setEnabled(!m_id.isEmpty());
}

void BrowsePage::diffSelected()
{
    QStringList references;
    for (const QString& tag : selectedTags().mid(0, 2)) {
        references << m_repository + QLatin1Char(':') + tag;
    }
    if (!references.isEmpty()) {
        emit diffRequested(m_id, references);
    }
}

void BrowsePage::focusFilter()
{
    if (m_ui->tagTable->hasFocus() || m_ui->tagFilter->hasFocus()) {
        m_ui->tagFilter->setFocus();
        m_ui->tagFilter->selectAll();
    } else {
        m_ui->repositoryFilter->setFocus();
        m_ui->repositoryFilter->selectAll();
    }
}

void BrowsePage::copyReference()
{
    const auto tags = selectedTags();
    if (tags.isEmpty() || !m_client) {
        return;
    }
    QStringList references;
    for (const auto& tag : tags) {
        references << QStringLiteral("%1/%2:%3").arg(m_client->address().hostPort(), m_repository, tag);
    }
    QGuiApplication::clipboard()->setText(references.join(QLatin1Char('\n')));
    m_ui->browseMessageBar->show(MessageBar::Level::Info, tr("Copied: %1").arg(references.join(QLatin1String(", "))));
}

void BrowsePage::showError(const QString& context, const RegistryError& error)
{
    if (m_activity) {
        m_activity->log(QStringLiteral("%1: %2 [%3, HTTP %4]")
                            .arg(context, error.message(), RegistryError::kindName(error.kind()))
                            .arg(error.httpStatus()));
    }
    QString advice;
    switch (error.kind()) {
    case RegistryError::Kind::Auth:
        advice = tr("Check the username and password of this connection (Edit…).");
        break;
    case RegistryError::Kind::Tls:
        advice = tr("Give the connection the CA that signed the registry's certificate (Edit… ▸ CA file).");
        break;
    case RegistryError::Kind::Network:
        advice = tr("Is the registry running and the address right?");
        break;
    default:
        break;
    }
    m_ui->browseMessageBar->show(MessageBar::Level::Error,
                                 QStringLiteral("%1: %2 %3").arg(context, error.message(), advice).trimmed(),
                                 tr("Retry"), [this]() { refresh(); });
}

void BrowsePage::runTransfer(Job* job, const QList<RegistryClient*>& clients, const QString& doneText, bool reloadTags)
{
    if (m_activity) {
        m_activity->track(job, clients);
    }
    const auto repository = m_repository;
    const auto id = m_id;
    connect(job, &Job::finished, this, [this, job, doneText, repository, id, reloadTags]() {
        job->deleteLater();
        if (job->error()) {
            if (job->error().kind() != RegistryError::Kind::Cancelled) {
                showError(job->title(), job->error());
            }
        } else if (!doneText.isEmpty()) {
            m_ui->browseMessageBar->show(MessageBar::Level::Info, doneText);
        }
        if (reloadTags && id == m_id && repository == m_repository && !repository.isEmpty()) {
            loadTags(repository, selectedTags());
        }
    });
}

void BrowsePage::copySelected()
{
    const auto tags = selectedTags();
    if (tags.isEmpty() || !m_client) {
        return;
    }
    QList<Connection> targets;
    QString preferred;
    const auto self = m_connections->connection(m_id);
    for (const auto& connection : m_connections->connections()) {
        targets << connection;
        // Intermediate -> buildset -> publication is the usual direction of travel.
        if (preferred.isEmpty() && connection.id != m_id && self &&
            static_cast<int>(connection.role) == static_cast<int>(self->role) + 1) {
            preferred = connection.id;
        }
    }
    if (preferred.isEmpty()) {
        for (const auto& connection : targets) {
            if (connection.id != m_id) {
                preferred = connection.id;
                break;
            }
        }
    }
    const auto sourceName = QStringLiteral("%1/%2").arg(m_client->address().hostPort(), m_repository);
    auto* dialog = new CopyDialog(sourceName, targets, preferred, m_repository, tags, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, tags]() {
        const auto targetId = dialog->targetId();
        const auto repository = dialog->repository();
        const auto targetTag = dialog->tag();
        CopyOptions options;
        options.platforms = dialog->allPlatforms() ? CopyOptions::Platforms::All : CopyOptions::Platforms::Current;
        const QPointer<RegistryClient> source = m_client;
        const auto sourceRepository = m_repository;
        m_connections->open(targetId, this, [=, this](RegistryClient* destination) {
            if (!source || !destination) {
                return;
            }
            // Every tag at once: each copy is its own job in the activity panel, and the relays they share keep
            // the bytes off this thread and the memory bounded however many there are. Only copies into the
            // repository shown change its tags, listed again once when the last of them ends.
            const bool intoShown = targetId == m_id && repository == sourceRepository;
            // Several tags get one message when the last copy ends, not one per copy.
            const bool single = tags.size() == 1;
            const auto count = static_cast<int>(tags.size());
            auto remaining = std::make_shared<int>(count);
            auto failed = std::make_shared<int>(0);
            const auto where = QStringLiteral("%1/%2").arg(destination->address().displayName(), repository);
            for (const auto& tag : tags) {
                const auto from = *Reference::parse(
                    QStringLiteral("%1/%2:%3").arg(source->address().hostPort(), sourceRepository, tag));
                const auto to = *Reference::parse(
                    QStringLiteral("%1/%2:%3")
                        .arg(destination->address().hostPort(), repository, targetTag.isEmpty() ? tag : targetTag));
                auto* copier = new ImageCopier(source, from, destination, to, options, this);
                runTransfer(copier, {source, destination},
                            single ? tr("Copied %1 to %2.").arg(from.toString(), to.toString()) : QString(), false);
                connect(
                    copier, &Job::finished, this,
                    [this, copier, remaining, failed, single, count, where, intoShown, sourceRepository, targetId]() {
                        *failed += copier->error() ? 1 : 0;
                        if (--*remaining > 0) {
                            return;
                        }
                        if (!single && *failed == 0) {
                            m_ui->browseMessageBar->show(MessageBar::Level::Info,
                                                         tr("Copied %n tag(s) to %1.", nullptr, count).arg(where));
                        } else if (!single) {
                            m_ui->browseMessageBar->show(
                                MessageBar::Level::Error,
                                tr("%1 of %n copies failed; the activity panel says why.", nullptr, count)
                                    .arg(*failed));
                        }
                        if (intoShown && targetId == m_id && sourceRepository == m_repository) {
                            loadTags(m_repository, selectedTags());
                        }
                    });
            }
        });
    });
    dialog->open();
}

void BrowsePage::promoteSelected()
{
    const auto tags = selectedTags();
    if (tags.size() != 1 || !m_client) {
        return;
    }
    const auto tag = tags.first();
    const auto source =
        *Reference::parse(QStringLiteral("%1/%2:%3").arg(m_client->address().hostPort(), m_repository, tag));
    auto* dialog = new PromoteDialog(source.toString(), tag, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, source]() {
        auto* promoter = new Promoter(m_client, source, dialog->newTag(), dialog->removeSource(), {}, this);
        runTransfer(promoter, {m_client},
                    tr("Promoted %1 to %2 (manifest only).").arg(source.toString(), dialog->newTag()));
    });
    dialog->open();
}

void BrowsePage::untagSelected()
{
    const auto tags = selectedTags();
    if (tags.isEmpty() || !m_client || !m_ui->untagButton->isEnabled()) {
        return; // Del on a registry that cannot delete does what the disabled button does
    }
    QList<QStringList> rows;
    for (const auto& tag : tags) {
        const int row = m_tags->rowOfTag(tag);
        rows << QStringList{tag, m_tags->index(row, 0).data(TagTableModel::DigestRole).toString()};
    }
    auto* dialog = new ConfirmationDialog(
        tr("Untag"),
        tr("Remove %n tag(s) from <b>%1</b>? Other tags of the same images stay; the images themselves stay "
           "until nothing refers to them.",
           nullptr, static_cast<int>(tags.size()))
            .arg(m_repository.toHtmlEscaped()),
        {tr("Tag"), tr("Digest")}, rows, tr("Untag"), this);
    dialog->setObjectName(QStringLiteral("untagConfirmation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, tags]() {
        const auto host = m_client->address().hostPort();
        for (const auto& tag : tags) {
            const auto reference = *Reference::parse(QStringLiteral("%1/%2:%3").arg(host, m_repository, tag));
            auto* remover = new TagRemover(m_client, reference, {}, this);
            runTransfer(remover, {m_client}, tr("Removed tag %1.").arg(reference.toString()));
        }
    });
    dialog->open();
}

void BrowsePage::deleteSelected()
{
    const auto tags = selectedTags();
    if (tags.size() != 1 || !m_client || !m_ui->deleteButton->isEnabled()) {
        return;
    }
    runDelete(tags.first());
}

void BrowsePage::runDelete(const QString& tag)
{
    // A dry run first: it finds every tag that goes with the digest, and the dialog lists them.
    const auto reference =
        *Reference::parse(QStringLiteral("%1/%2:%3").arg(m_client->address().hostPort(), m_repository, tag));
    auto* lookup = new ManifestDeleter(m_client, reference, true, this);
    if (m_activity) {
        m_activity->track(lookup, {m_client});
    }
    const QPointer<RegistryClient> client = m_client;
    connect(lookup, &Job::finished, this, [this, lookup, reference, client]() {
        lookup->deleteLater();
        if (lookup->error()) {
            showError(tr("Looking up what %1 deletes").arg(reference.toString()), lookup->error());
            return;
        }
        if (!client) {
            return;
        }
        QList<QStringList> rows;
        for (const auto& affected : lookup->affectedTags()) {
            rows << QStringList{affected, Formatting::shortDigest(lookup->digest().toString())};
        }
        auto* dialog = new ConfirmationDialog(
            tr("Delete image"),
            tr("Delete the image <code>%1</code> from <b>%2</b>? The registry removes it with <b>every tag "
               "below</b> (%n tag(s)); this cannot be undone.",
               nullptr, static_cast<int>(rows.size()))
                .arg(lookup->digest().toString(), reference.repository().toHtmlEscaped()),
            {tr("Tag that disappears"), tr("Digest")}, rows, tr("Delete"), this);
        dialog->setObjectName(QStringLiteral("deleteConfirmation"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const auto digest = lookup->digest();
        connect(dialog, &QDialog::accepted, this, [this, reference, digest, client]() {
            if (!client) {
                return;
            }
            auto* deleter = new ManifestDeleter(client, reference.withDigest(digest), false, this);
            runTransfer(deleter, {client}, tr("Deleted %1.").arg(digest.toString()));
        });
        dialog->open();
    });
}

void BrowsePage::prune()
{
    if (!m_client) {
        return;
    }
    auto* dialog =
        new PruneDialog(m_client->address().displayName(), m_repository, m_connections->zuul(m_id) != nullptr, this);
    dialog->setObjectName(QStringLiteral("pruneDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PruneDialog::previewRequested, this,
            [this, dialog](const PruneOptions& options) { previewPrune(dialog, options); });
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        auto* pruner = new Pruner(m_client, dialog->options(), m_connections->zuul(m_id), this);
        runTransfer(pruner, {m_client}, tr("Pruned %1.").arg(m_client->address().displayName()));
    });
    dialog->open();
}

void BrowsePage::previewPrune(PruneDialog* dialog, const PruneOptions& options)
{
    auto* pruner = new Pruner(m_client, options, m_connections->zuul(m_id), this);
    if (m_activity) {
        m_activity->track(pruner, {m_client});
    }
    const QPointer<PruneDialog> target = dialog;
    connect(pruner, &Job::finished, this, [pruner, target]() {
        pruner->deleteLater();
        if (target) {
            target->setPreview(pruner->selected(), pruner->examined(), pruner->kept(), pruner->reclaimableBytes(),
                               pruner->error() ? pruner->error().message() : QString());
        }
    });
}
