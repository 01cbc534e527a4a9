#include "ChangesPage.h"

#include "ui_ChangesPage.h"

#include "ActivityPanel.h"
#include "ConfirmationDialog.h"
#include "Formatting.h"
#include "changes/ZuulPromoter.h"
#include "credentials/RegistryConnections.h"
#include "registry/RegistryClient.h"
#include "util/Printable.h"
#include "zuul/ZuulLink.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QHeaderView>
#include <QTreeWidgetItem>

namespace {

constexpr int kBuildRole = Qt::UserRole + 1;    // a build row's or image row's build uuid
constexpr int kImageRole = Qt::UserRole + 2;    // an image row's index in images()
constexpr int kBuildsetRole = Qt::UserRole + 3; // a buildset row's uuid

QColor resultColor(const QString& result, const QPalette& palette)
{
    if (result == QLatin1String("SUCCESS")) {
        return QColor(0x20, 0x80, 0x30);
    }
    if (result.isEmpty() || result == QLatin1String("SKIPPED")) {
        return palette.color(QPalette::PlaceholderText);
    }
    return QColor(0xc0, 0x20, 0x20);
}

QString duration(double seconds)
{
    if (seconds < 0) {
        return {};
    }
    const auto whole = static_cast<qint64>(seconds + 0.5);
    if (whole < 60) {
        return ChangesPage::tr("%1 s").arg(whole);
    }
    if (whole < 3600) {
        return ChangesPage::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
    }
    return ChangesPage::tr("%1 h %2 min").arg(whole / 3600).arg((whole % 3600) / 60);
}

} // namespace

ChangesPage::ChangesPage(QWidget* parent)
    : WindowPage(parent)
    , m_ui(std::make_unique<Ui::ChangesPage>())
{
    m_ui->setupUi(this);
    m_ui->buildsetTree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_ui->buildsetTree->header()->setStretchLastSection(false);
    m_ui->buildsetTree->header()->resizeSection(WhenColumn, 130);
    m_ui->buildsetTree->header()->resizeSection(DigestColumn, 190);
    m_ui->buildsetTree->header()->resizeSection(SizeColumn, 170);
    m_ui->buildsetTree->headerItem()->setToolTip(
        DigestColumn, tr("The manifest digest the intermediate registry serves for the image's tag"));
    m_ui->buildsetTree->headerItem()->setToolTip(
        SizeColumn, tr("Config and layers of the image (of linux/amd64, or the first platform of an index)"));
    connect(m_ui->lookUpButton, &QPushButton::clicked, this, [this]() { lookUp(m_ui->changeEdit->text()); });
    connect(m_ui->changeEdit, &QLineEdit::returnPressed, this, [this]() { lookUp(m_ui->changeEdit->text()); });
    connect(m_ui->buildsetTree, &QTreeWidget::itemSelectionChanged, this, &ChangesPage::updateActions);
    connect(m_ui->buildsetTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, kImageRole).isValid()) {
            openInBrowse();
        } else if (!item->data(0, kBuildRole).toString().isEmpty()) {
            openLog();
        }
    });
    connect(m_ui->openInBrowseButton, &QPushButton::clicked, this, &ChangesPage::openInBrowse);
    connect(m_ui->diffPublishedButton, &QPushButton::clicked, this, &ChangesPage::diffWithPublished);
    connect(m_ui->promoteButton, &QPushButton::clicked, this, &ChangesPage::promote);
    connect(m_ui->openLogButton, &QPushButton::clicked, this, &ChangesPage::openLog);
    connect(m_ui->drawFlowButton, &QPushButton::clicked, this, &ChangesPage::drawFlow);
    m_ui->changesSummary->setText(tr("Type a change number or paste a Zuul URL to see the images its builds left."));
}

ChangesPage::~ChangesPage()
{
    if (m_job) {
        m_job->cancel();
    }
}

void ChangesPage::setContext(const PageContext& context)
{
    m_connections = context.connections;
    m_activity = context.activity;
    connect(m_connections, &RegistryConnections::connectionsChanged, this, &ChangesPage::fillConnections);
    fillConnections();
}

void ChangesPage::fillConnections()
{
    const auto chosen = m_ui->zuulConnection->currentData().toString();
    const QSignalBlocker blocker(m_ui->zuulConnection);
    m_ui->zuulConnection->clear();
    for (const auto& connection : m_connections->connections()) {
        if (connection.zuulUrl.isValid() && !connection.zuulUrl.isEmpty()) {
            m_ui->zuulConnection->addItem(
                tr("%1 — %2 (%3)")
                    .arg(connection.displayName(), connection.zuulUrl.toDisplayString(), connection.zuulTenant),
                connection.id);
        }
    }
    m_ui->zuulConnection->setCurrentIndex(std::max(0, m_ui->zuulConnection->findData(chosen)));
    const bool any = m_ui->zuulConnection->count() > 0;
    m_ui->lookUpButton->setEnabled(any);
    m_ui->changeEdit->setEnabled(any);
    if (!any) {
        m_ui->changesMessageBar->show(MessageBar::Level::Info,
                                      tr("No connection names a Zuul yet: set the Zuul URL and tenant in a "
                                         "connection's settings (the intermediate registry's, usually)."));
    } else {
        m_ui->changesMessageBar->clear();
    }
    updateActions();
}

ZuulApi* ChangesPage::apiFor(const QString& connectionId, const ZuulLink* link, QString* problem)
{
    auto connection = m_connections->connection(connectionId);
    auto* api = m_connections->zuul(connectionId);
    if (!connection || !api) {
        *problem = tr("No connection names a Zuul.");
        return nullptr;
    }
    if (!link || link->zuul.isEmpty()) {
        return api;
    }
    // A pasted Zuul URL: the connection whose Zuul it is, and its tenant (white-label URLs name none).
    const auto sameZuul = [link](const Connection& candidate) {
        auto base = candidate.zuulUrl;
        if (!base.path().endsWith(QLatin1Char('/'))) {
            base.setPath(base.path() + QLatin1Char('/'));
        }
        return base.scheme() == link->zuul.scheme() &&
               base.host().compare(link->zuul.host(), Qt::CaseInsensitive) == 0 &&
               base.port(base.scheme() == QLatin1String("http") ? 80 : 443) ==
                   link->zuul.port(link->zuul.scheme() == QLatin1String("http") ? 80 : 443) &&
               base.path() == link->zuul.path();
    };
    if (!sameZuul(*connection)) {
        bool found = false;
        for (const auto& candidate : m_connections->connections()) {
            if (candidate.zuulUrl.isValid() && sameZuul(candidate)) {
                connection = candidate;
                api = m_connections->zuul(candidate.id);
                m_ui->zuulConnection->setCurrentIndex(m_ui->zuulConnection->findData(candidate.id));
                found = true;
                break;
            }
        }
        if (!found) {
            *problem = tr("No connection uses the Zuul at %1; name it in a connection's settings first.")
                           .arg(link->zuul.toDisplayString());
            return nullptr;
        }
    }
    if (!link->tenant.isEmpty() && link->tenant != api->tenant()) {
        QStringList trustProblems;
        if (m_job) {
            m_job->cancel(); // it may be using the API replaced here
        }
        auto options = connection->clientOptions(&trustProblems);
        options.caCertificates.clear(); // as the connection's own Zuul API: the registry's CA is not Zuul's
        m_ownApi = std::make_unique<ZuulApi>(api->base(), link->tenant, options);
        return m_ownApi.get();
    }
    return api;
}

void ChangesPage::lookUp(const QString& text)
{
    m_ui->changeEdit->setText(text.trimmed());
    QString problem;
    const auto link = ZuulLink::parse(text, &problem);
    auto* api = link ? apiFor(m_ui->zuulConnection->currentData().toString(), &*link, &problem) : nullptr;
    if (!api) {
        m_ui->changesMessageBar->show(MessageBar::Level::Error, Printable::escaped(problem));
        return;
    }
    ZuulImageQuery query;
    switch (link->kind) {
    case ZuulLink::Kind::Change:
        query.change = link->change;
        query.patchset = link->patchset;
        run(api, query, {});
        return;
    case ZuulLink::Kind::Buildset:
        query.buildset = link->uuid;
        run(api, query, {});
        return;
    case ZuulLink::Kind::Build:
        break;
    }
    // A build: the change it belongs to, with that build selected (a build without a change: its buildset).
    QPointer<ZuulApi> guard(api);
    m_ui->changesSummary->setText(tr("Asking Zuul for build %1…").arg(link->uuid));
    api->build(link->uuid, this, [this, guard](const ZuulBuild& build, const RegistryError& error) {
        if (error || !guard) {
            m_ui->changesSummary->clear();
            m_ui->changesMessageBar->show(MessageBar::Level::Error, error.message());
            emit lookedUp();
            return;
        }
        ZuulImageQuery buildQuery;
        buildQuery.change = build.change;
        buildQuery.project = build.change > 0 ? build.project : QString();
        buildQuery.buildset = build.change > 0 ? QString() : build.buildsetUuid;
        run(guard, buildQuery, build.uuid);
    });
}

void ChangesPage::showBuild(const QString& connectionId, const QString& buildUuid)
{
    const int index = m_ui->zuulConnection->findData(connectionId);
    if (index < 0) {
        m_ui->changesMessageBar->show(MessageBar::Level::Error,
                                      tr("This connection names no Zuul; set it in the connection's settings."));
        return;
    }
    m_ui->zuulConnection->setCurrentIndex(index);
    auto* api = m_connections->zuul(connectionId);
    auto base = api->base();
    if (!base.path().endsWith(QLatin1Char('/'))) {
        base.setPath(base.path() + QLatin1Char('/'));
    }
    lookUp(base.resolved(QUrl(QStringLiteral("t/%1/build/%2").arg(api->tenant(), buildUuid))).toString());
}

ClientLookup ChangesPage::connectionLookup()
{
    QPointer<ChangesPage> self(this);
    return [self](const RegistryAddress& address, QObject* context, std::function<void(RegistryClient*)> done) {
        const auto id = self ? self->connectionFor(address) : QString();
        if (id.isEmpty()) {
            done(nullptr);
            return;
        }
        self->m_connections->open(id, context, std::move(done));
    };
}

QString ChangesPage::connectionFor(const RegistryAddress& address) const
{
    for (const auto& connection : m_connections->connections()) {
        const auto registry = connection.registry();
        if (registry && registry->hostPort().compare(address.hostPort(), Qt::CaseInsensitive) == 0) {
            return connection.id;
        }
    }
    return {};
}

QString ChangesPage::publicationConnection() const
{
    for (const auto& connection : m_connections->connections()) {
        if (connection.role == Connection::Role::Publication) {
            return connection.id;
        }
    }
    return {};
}

void ChangesPage::run(ZuulApi* api, const ZuulImageQuery& query, const QString& selectBuild)
{
    if (m_job) {
        m_job->cancel();
    }
    m_ui->changesMessageBar->clear();
    m_ui->buildsetTree->clear();
    m_builds.clear();
    m_buildsets.clear();
    m_images.clear();
    m_imageItems.clear();
    m_selectBuild = selectBuild;
    m_ui->changesSummary->setText(tr("Asking Zuul…"));
    m_job = new ZuulImagesJob(api, query, connectionLookup(), this);
    if (m_activity) {
        m_activity->track(m_job);
    }
    connect(m_job, &ZuulImagesJob::buildsRead, this, [this, job = m_job.data()]() {
        m_builds = job->builds();
        m_images = job->images();
        showBuilds();
    });
    connect(m_job, &ZuulImagesJob::imageChecked, this, [this, job = m_job.data()](int index) {
        m_images[index] = job->images().at(index);
        showImage(index);
    });
    connect(m_job, &Job::finished, this, [this, job = m_job.data(), query]() {
        job->deleteLater();
        if (job->error()) {
            m_ui->changesSummary->clear();
            if (job->error().kind() != RegistryError::Kind::Cancelled) {
                m_ui->changesMessageBar->show(MessageBar::Level::Error, job->error().message());
            }
            emit lookedUp();
            return;
        }
        int present = 0;
        for (const auto& image : std::as_const(m_images)) {
            present += image.state == ZuulImage::State::Present ? 1 : 0;
        }
        const auto what = query.buildset.isEmpty() ? tr("Change %1").arg(query.change)
                                                   : tr("Buildset %1").arg(query.buildset.left(8));
        m_ui->changesSummary->setText(
            m_builds.isEmpty() ? tr("%1: Zuul has no builds of it.").arg(what)
                               : tr("%1: %n build(s)", nullptr, int(m_builds.size())).arg(what) +
                                     tr(", %n image(s) in the intermediate registry", nullptr, present) +
                                     (present < m_images.size()
                                          ? tr(", %n missing or unchecked", nullptr, int(m_images.size()) - present)
                                          : QString()));
        if (job->truncated()) {
            m_ui->changesMessageBar->show(MessageBar::Level::Warning,
                                          tr("Only the newest %1 builds are shown.").arg(job->builds().size()));
        }
        emit lookedUp();
    });
}

void ChangesPage::showBuilds()
{
    auto* tree = m_ui->buildsetTree;
    tree->clear();
    m_imageItems = QList<QTreeWidgetItem*>(m_images.size(), nullptr);
    QTreeWidgetItem* selected = nullptr;
    m_buildsets = ZuulBuildset::group(m_builds);
    for (const auto& buildset : std::as_const(m_buildsets)) {
        auto* setItem = new QTreeWidgetItem(tree);
        setItem->setData(0, kBuildsetRole, buildset.uuid);
        setItem->setText(
            NameColumn,
            tr("%1 · patchset %2").arg(Printable::escaped(buildset.pipeline), Printable::escaped(buildset.patchset)));
        setItem->setToolTip(NameColumn, tr("Buildset %1 of change %2").arg(buildset.uuid).arg(buildset.change));
        setItem->setText(ResultColumn, buildset.result.isEmpty() ? tr("running") : buildset.result);
        setItem->setForeground(ResultColumn, resultColor(buildset.result, palette()));
        setItem->setText(WhenColumn, Formatting::relativeTime(buildset.firstBuildStart));
        setItem->setToolTip(WhenColumn, Formatting::absoluteTime(buildset.firstBuildStart));
        for (const auto& build : buildset.builds) {
            auto* buildItem = new QTreeWidgetItem(setItem);
            buildItem->setData(0, kBuildRole, build.uuid);
            buildItem->setText(NameColumn, Printable::escaped(build.jobName));
            buildItem->setToolTip(NameColumn,
                                  tr("Build %1%2").arg(build.uuid, build.voting ? QString() : tr(", non-voting")));
            buildItem->setText(ResultColumn, build.result.isEmpty() ? tr("running") : Printable::escaped(build.result));
            buildItem->setForeground(ResultColumn, resultColor(build.result, palette()));
            buildItem->setText(WhenColumn, duration(build.duration));
            buildItem->setToolTip(WhenColumn, tr("Started %1, ended %2")
                                                  .arg(Formatting::absoluteTime(build.startTime),
                                                       Formatting::absoluteTime(build.endTime)));
            for (int index = 0; index < m_images.size(); ++index) {
                if (m_images[index].build.uuid != build.uuid) {
                    continue;
                }
                auto* imageItem = new QTreeWidgetItem(buildItem);
                imageItem->setData(0, kBuildRole, build.uuid);
                imageItem->setData(0, kImageRole, index);
                m_imageItems[index] = imageItem;
                showImage(index);
            }
            if (build.uuid == m_selectBuild) {
                selected = buildItem;
            }
        }
    }
    tree->expandAll();
    if (selected) {
        tree->setCurrentItem(selected);
        tree->scrollToItem(selected);
    }
    updateActions();
}

void ChangesPage::showImage(int index)
{
    auto* item = m_imageItems.value(index);
    if (!item) {
        return;
    }
    const auto& image = m_images[index];
    item->setText(NameColumn, Printable::escaped(image.artifact.name));
    item->setToolTip(NameColumn, Printable::escaped(image.artifact.url));
    item->setText(ResultColumn, image.stateText());
    item->setToolTip(ResultColumn, Printable::escaped(image.problem));
    const bool present = image.state == ZuulImage::State::Present;
    item->setForeground(ResultColumn, present ? QColor(0x20, 0x80, 0x30)
                                      : image.state == ZuulImage::State::Unchecked
                                          ? palette().color(QPalette::PlaceholderText)
                                          : QColor(0xc0, 0x20, 0x20));
    item->setText(DigestColumn, present ? Formatting::shortDigest(image.digest.toString()) : QString());
    item->setToolTip(DigestColumn, present ? image.digest.toString() : QString());
    item->setFont(DigestColumn, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    item->setText(SizeColumn,
                  present ? (image.platforms > 0
                                 ? tr("%1, %n platform(s)", nullptr, image.platforms).arg(Formatting::size(image.size))
                                 : Formatting::size(image.size))
                          : QString());
    item->setToolTip(SizeColumn, present ? Formatting::exactSize(image.size) : QString());
    updateActions();
}

const ZuulBuild* ChangesPage::selectedBuild() const
{
    const auto* item = m_ui->buildsetTree->currentItem();
    const auto uuid = item ? item->data(0, kBuildRole).toString() : QString();
    for (const auto& build : m_builds) {
        if (!uuid.isEmpty() && build.uuid == uuid) {
            return &build;
        }
    }
    return nullptr;
}

int ChangesPage::selectedImage() const
{
    const auto* item = m_ui->buildsetTree->currentItem();
    return item && item->data(0, kImageRole).isValid() ? item->data(0, kImageRole).toInt() : -1;
}

void ChangesPage::updateActions()
{
    if (!m_connections) {
        return;
    }
    const int index = selectedImage();
    const auto* image = index >= 0 ? &m_images[index] : nullptr;
    const bool present = image && image->state == ZuulImage::State::Present;
    const bool reachable =
        image && image->artifact.isImage() && !connectionFor(image->artifact.image->registry()).isEmpty();
    m_ui->openInBrowseButton->setEnabled(present && reachable);
    const bool published = !publicationConnection().isEmpty();
    m_ui->diffPublishedButton->setEnabled(present && reachable && published);
    m_ui->diffPublishedButton->setToolTip(
        published ? tr("Compares the image with the tag it is published as, on the publication registry")
                  : tr("Needs a connection with the Publication role"));
    const auto* build = selectedBuild();
    bool buildHasImages = false;
    for (const auto& candidate : std::as_const(m_images)) {
        buildHasImages =
            buildHasImages || (build && candidate.build.uuid == build->uuid && candidate.artifact.isImage());
    }
    m_ui->promoteButton->setEnabled(buildHasImages && published && !build->result.isEmpty());
    m_ui->promoteButton->setToolTip(
        published ? tr("Copies every image of the build, every platform, to the publication registry under its "
                       "final tag (zuul-jobs' intermediate-registry promote)")
                  : tr("Needs a connection with the Publication role"));
    m_ui->openLogButton->setEnabled(build && !build->logUrl.isEmpty());
    m_ui->drawFlowButton->setEnabled(selectedBuildset().has_value());
}

std::optional<ZuulBuildset> ChangesPage::selectedBuildset() const
{
    const auto* item = m_ui->buildsetTree->currentItem();
    while (item && item->parent()) {
        item = item->parent();
    }
    if (!item) {
        return std::nullopt;
    }
    const auto uuid = item->data(0, kBuildsetRole).toString();
    for (const auto& buildset : m_buildsets) {
        if (buildset.uuid == uuid) {
            return buildset;
        }
    }
    return std::nullopt;
}

void ChangesPage::drawFlow()
{
    if (const auto buildset = selectedBuildset()) {
        emit flowRequested(*buildset, m_builds);
    }
}

void ChangesPage::openInBrowse()
{
    const int index = selectedImage();
    if (index < 0 || !m_images[index].artifact.isImage()) {
        return;
    }
    const auto& reference = *m_images[index].artifact.image;
    const auto id = connectionFor(reference.registry());
    if (!id.isEmpty()) {
        emit browseRequested(id, reference.repository(), reference.tag());
    }
}

void ChangesPage::diffWithPublished()
{
    const int index = selectedImage();
    const auto publication = publicationConnection();
    if (index < 0 || publication.isEmpty() || !m_images[index].artifact.isImage()) {
        return;
    }
    const auto& image = m_images[index];
    const auto source = connectionFor(image.artifact.image->registry());
    const auto registry = m_connections->connection(publication)->registry();
    QString problem;
    const auto destination =
        registry ? ZuulPromoter::destinationFor(image.artifact, *registry, &problem) : std::nullopt;
    if (source.isEmpty() || !destination) {
        m_ui->changesMessageBar->show(MessageBar::Level::Error, Printable::escaped(problem));
        return;
    }
    emit diffRequested(source, image.artifact.image->repository() + QLatin1Char(':') + image.artifact.image->tag(),
                       publication, destination->repository() + QLatin1Char(':') + destination->tag());
}

void ChangesPage::promote()
{
    const auto* build = selectedBuild();
    const auto publication = publicationConnection();
    const auto registry = publication.isEmpty() ? std::nullopt : m_connections->connection(publication)->registry();
    if (!build || !registry) {
        return;
    }
    QList<ZuulArtifact> artifacts;
    QList<QStringList> rows;
    for (const auto& image : std::as_const(m_images)) {
        if (image.build.uuid != build->uuid || !image.artifact.isImage()) {
            continue;
        }
        QString problem;
        const auto to = ZuulPromoter::destinationFor(image.artifact, *registry, &problem);
        if (!to) {
            m_ui->changesMessageBar->show(MessageBar::Level::Error, Printable::escaped(problem));
            return;
        }
        artifacts << image.artifact;
        rows << QStringList{Printable::escaped(image.artifact.image->toString()), Printable::escaped(to->toString()),
                            image.state == ZuulImage::State::Present ? Formatting::shortDigest(image.digest.toString())
                                                                     : image.stateText()};
    }
    const auto connection = m_connections->connection(publication);
    ConfirmationDialog confirm(
        tr("Promote the images of %1").arg(Printable::escaped(build->jobName)),
        tr("<p>Every image of build <b>%1</b> (%2, %3) is copied with all its platforms to <b>%4</b>, and each "
           "published digest is checked against the intermediate registry's. A tag already there is replaced.</p>")
            .arg(build->uuid.left(8), Printable::escaped(build->pipeline).toHtmlEscaped(),
                 Printable::escaped(build->result).toHtmlEscaped(), connection->displayName().toHtmlEscaped()),
        {tr("From"), tr("To"), tr("Digest")}, rows, tr("Promote"), this);
    confirm.setObjectName(QStringLiteral("promoteConfirmation"));
    if (confirm.exec() != QDialog::Accepted) {
        return;
    }
    m_connections->open(publication, this, [this, artifacts](RegistryClient* client) {
        if (!client) {
            m_ui->changesMessageBar->show(MessageBar::Level::Error, tr("Cannot open the publication connection."));
            return;
        }
        auto* promoter = new ZuulPromoter(artifacts, client, connectionLookup(), false, this);
        if (m_activity) {
            m_activity->track(promoter, {client});
        }
        connect(promoter, &Job::finished, this, [this, promoter]() {
            promoter->deleteLater();
            if (promoter->error()) {
                m_ui->changesMessageBar->show(MessageBar::Level::Error, promoter->error().message());
                return;
            }
            QStringList done;
            for (const auto& copy : promoter->copies()) {
                done << copy.to.toString();
            }
            m_ui->changesMessageBar->show(
                MessageBar::Level::Info,
                tr("Promoted, digests verified: %1").arg(Printable::escaped(done.join(QLatin1String(", ")))));
        });
    });
}

void ChangesPage::openLog()
{
    const auto* build = selectedBuild();
    if (build && !build->logUrl.isEmpty()) {
        QDesktopServices::openUrl(QUrl(build->logUrl));
    }
}
