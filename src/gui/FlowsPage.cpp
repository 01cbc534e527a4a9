#include "FlowsPage.h"

#include "ui_FlowsPage.h"

#include "ActivityPanel.h"
#include "Formatting.h"
#include "JobGraph.h"
#include "admin/PasswordGenerator.h"
#include "changes/BuildsetFlow.h"
#include "credentials/RegistryConnections.h"
#include "events/RegistryEventListener.h"
#include "lab/FlowRehearsal.h"
#include "registry/RegistryClient.h"
#include "util/Printable.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QSaveFile>
#include <QSet>
#include <QTimer>
#include <QTreeWidgetItem>

namespace {
const QString kTemporary = QStringLiteral("temporary"); // the buildset choice that starts a registry here
}

FlowsPage::FlowsPage(QWidget* parent)
    : WindowPage(parent)
    , m_ui(std::make_unique<Ui::FlowsPage>())
{
    m_ui->setupUi(this);
    m_ui->transferDiagram->setParticipants({FlowRehearsal::roleIntermediate(), FlowRehearsal::roleBuildset(),
                                            FlowRehearsal::roleBuildJob(), FlowRehearsal::roleTestJob()});
    m_ui->publishDiagram->setParticipants(
        {FlowRehearsal::rolePublication(), FlowRehearsal::roleUpload(), FlowRehearsal::rolePromote()});
    m_ui->exportChoice->addItems(
        {tr("Buildset image transfer"), tr("Publish and promote"), tr("Live activity"), tr("A real buildset")});
    m_ui->stepsTable->setColumnWidth(0, 30);
    m_ui->stepsTable->setColumnWidth(1, 380);
    m_ui->flowsSplitter->setSizes({900, 140});
    m_ui->documentLayout->setStretch(1, 6); // the transfer diagram has the most arrows
    m_ui->documentLayout->setStretch(3, 4);
    m_ui->transferScroll->setMinimumHeight(200);
    connect(m_ui->rehearseButton, &QPushButton::clicked, this, &FlowsPage::rehearse);
    connect(m_ui->replayButton, &QPushButton::clicked, this, &FlowsPage::replay);
    m_ui->jobGraphShape->addItem(tr("A repository with producers and consumers"));
    m_ui->jobGraphShape->addItem(tr("A repository with only producers"));
    connect(m_ui->jobGraphShape, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->jobGraph->setShape(index == 0 ? JobGraph::Shape::ProducersAndConsumers : JobGraph::Shape::OnlyProducers);
    });
    m_ui->jobGraph->resize(m_ui->jobGraph->sizeHint());
    for (auto* combo : {m_ui->intermediateCombo, m_ui->buildsetCombo, m_ui->publicationCombo}) {
        // Any selection outside a rebuild (which blocks signals) is a choice to keep.
        connect(combo, &QComboBox::currentIndexChanged, combo,
                [combo]() { combo->setProperty("chosen", combo->currentData().toString()); });
    }
    connect(m_ui->zoomSlider, &QSlider::valueChanged, this, [this](int percent) {
        for (auto* diagram : {m_ui->transferDiagram, m_ui->publishDiagram, m_ui->liveDiagram, m_ui->buildsetDiagram}) {
            diagram->setZoom(percent / 100.0);
        }
    });
    connect(m_ui->eventsListenButton, &QPushButton::toggled, this, &FlowsPage::listenForEvents);
    connect(m_ui->copyEventsConfigButton, &QPushButton::clicked, this, [this]() {
        if (m_events) {
            QGuiApplication::clipboard()->setText(m_events->configSnippet());
        }
    });
    m_ui->registryEventsTable->setColumnWidth(0, 80);
    m_ui->registryEventsTable->setColumnWidth(1, 60);
    m_ui->registryEventsTable->setColumnWidth(2, 320);
    m_ui->liveSplitter->setSizes({500, 220});
    m_ui->eventsStatus->setText(tr("Off: registries send their events only to an endpoint in their config.yml"));
    connect(m_ui->exportSvgButton, &QPushButton::clicked, this, [this]() { exportDiagram(true); });
    connect(m_ui->exportPngButton, &QPushButton::clicked, this, [this]() { exportDiagram(false); });
}

FlowsPage::~FlowsPage() = default;

void FlowsPage::drawBuildset(const ZuulBuildset& buildset, const QList<ZuulBuild>& builds)
{
    const auto flow = BuildsetFlow::of(buildset, builds);
    auto* diagram = m_ui->buildsetDiagram;
    diagram->clear();
    diagram->setParticipants(flow.participants);
    for (const auto& event : flow.events) {
        diagram->addEvent(event);
    }
    diagram->resize(diagram->sizeHint());
    int pushes = 0;
    for (const auto& event : flow.events) {
        pushes += event.kind == TransferEvent::Kind::ManifestPut ? 1 : 0;
    }
    m_ui->buildsetFlowTitle->setText(
        tr("<b>Buildset %1</b> of change %2, patchset %3, %4: %n image push(es) to the intermediate registry", nullptr,
           pushes)
            .arg(buildset.uuid.left(8))
            .arg(buildset.change)
            .arg(Printable::escaped(buildset.patchset).toHtmlEscaped(),
                 Printable::escaped(buildset.pipeline).toHtmlEscaped()) +
        tr(", %n later pull(s) by builds that list those images", nullptr, int(flow.events.size()) - pushes));
    m_ui->diagramTabs->setCurrentWidget(m_ui->buildsetTab);
    m_ui->exportChoice->setCurrentIndex(3);
}

void FlowsPage::listenForEvents(bool listen)
{
    if (!listen) {
        if (m_events) {
            m_events->close();
            m_events.reset();
        }
        m_ui->copyEventsConfigButton->setEnabled(false);
        m_ui->eventsAddress->setEnabled(true);
        m_ui->eventsPort->setEnabled(true);
        m_ui->eventsListenButton->setText(tr("&Listen"));
        m_ui->eventsStatus->setText(tr("Stopped."));
        return;
    }
    QHostAddress address;
    QString error;
    auto listener = std::make_unique<RegistryEventListener>();
    // Every session gets its own token, so only registries configured with it (the copied block) are heard.
    const auto token = PasswordGenerator::generate(32).toUtf8();
    if (!address.setAddress(m_ui->eventsAddress->text().trimmed())) {
        error = tr("\"%1\" is not an IP address").arg(m_ui->eventsAddress->text().left(64));
    } else {
        listener->listen(address, static_cast<quint16>(m_ui->eventsPort->value()), token, &error);
    }
    if (!listener->isListening()) {
        const QSignalBlocker blocker(m_ui->eventsListenButton);
        m_ui->eventsListenButton->setChecked(false);
        m_ui->flowsMessageBar->show(MessageBar::Level::Error, error);
        return;
    }
    m_events = std::move(listener);
    connect(m_events.get(), &RegistryEventListener::received, this, &FlowsPage::showRegistryEvent);
    connect(m_events.get(), &RegistryEventListener::refused, this, [this](const QString& reason) {
        updateEventsStatus();
        m_ui->eventsStatus->setToolTip(tr("Last refused: %1").arg(reason));
    });
    m_ui->flowsMessageBar->clear();
    m_ui->copyEventsConfigButton->setEnabled(true);
    m_ui->eventsAddress->setEnabled(false);
    m_ui->eventsPort->setEnabled(false);
    m_ui->eventsListenButton->setText(tr("Stop &listening"));
    updateEventsStatus();
}

void FlowsPage::updateEventsStatus()
{
    if (!m_events) {
        return;
    }
    const auto& counts = m_events->counts();
    m_ui->eventsStatus->setText(tr("At %1: %n event(s)", nullptr, counts.events).arg(m_events->endpointUrl()) +
                                tr(", %n refused", nullptr, counts.refused()));
}

void FlowsPage::showRegistryEvent(const RegistryEvent& event)
{
    constexpr int kMaxRows = 5000;
    auto* table = m_ui->registryEventsTable;
    if (table->topLevelItemCount() >= kMaxRows) {
        delete table->takeTopLevelItem(table->topLevelItemCount() - 1);
    }
    auto* row = new QTreeWidgetItem;
    const auto what = event.tag.isEmpty() ? event.repository : event.repository + QLatin1Char(':') + event.tag;
    const auto client = event.actor.isEmpty()
                            ? event.requestAddr.section(QLatin1Char(':'), 0, -2)
                            : event.actor + QLatin1Char('@') + event.requestAddr.section(QLatin1Char(':'), 0, -2);
    row->setText(0, event.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    row->setToolTip(0, Formatting::absoluteTime(event.timestamp));
    row->setText(1, event.action);
    row->setText(2, Printable::escaped(what) + (event.isManifest() ? QString() : tr(" (blob)")));
    row->setToolTip(2, event.summary());
    row->setText(3, Formatting::shortDigest(event.digest.toString()));
    row->setToolTip(3, event.digest.toString());
    row->setFont(3, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    switch (event.zuul.kind()) {
    case ZuulTag::Kind::Intermediate:
        row->setText(4, tr("build %1").arg(event.zuul.build().left(8)));
        break;
    case ZuulTag::Kind::Change:
        row->setText(4, tr("change %1").arg(event.zuul.change()));
        break;
    case ZuulTag::Kind::Pipeline:
        row->setText(4, tr("%1 pipeline").arg(Printable::escaped(event.zuul.pipeline())));
        break;
    case ZuulTag::Kind::None:
        break;
    }
    row->setText(5, Printable::escaped(client));
    table->insertTopLevelItem(0, row);
    updateEventsStatus();

    // The same as an arrow between the client and the registry it addressed.
    const auto registry = Printable::escaped(event.requestHost.isEmpty() ? event.sourceAddr : event.requestHost);
    const auto party = Printable::escaped(client.isEmpty() ? tr("client") : client);
    TransferEvent arrow;
    arrow.repository = Printable::escaped(event.repository);
    arrow.subject = Printable::escaped(event.tag.isEmpty() ? event.digest.toString() : event.tag);
    arrow.bytes = std::max<qint64>(0, event.size);
    arrow.time = event.timestamp;
    arrow.detail = event.summary();
    if (event.action == QLatin1String("push")) {
        arrow.kind = event.isManifest() ? TransferEvent::Kind::ManifestPut : TransferEvent::Kind::BlobCopied;
        arrow.from = party;
        arrow.to = registry;
    } else if (event.action == QLatin1String("pull")) {
        arrow.kind = event.isManifest() ? TransferEvent::Kind::ManifestFetched : TransferEvent::Kind::BlobCopied;
        arrow.from = registry;
        arrow.to = party;
    } else if (event.action == QLatin1String("mount")) {
        arrow.kind = TransferEvent::Kind::BlobMounted;
        arrow.from = registry;
        arrow.to = registry;
    } else {
        arrow.kind = TransferEvent::Kind::ManifestDeleted;
        arrow.from = party;
        arrow.to = registry;
    }
    if (arrow.from != arrow.to) {
        m_ui->liveDiagram->addParticipant(arrow.from);
        m_ui->liveDiagram->addParticipant(arrow.to);
        m_ui->liveDiagram->addEvent(arrow);
    }
}

void FlowsPage::setContext(const PageContext& context)
{
    auto* connections = context.connections;
    auto* activity = context.activity;
    m_connections = connections;
    m_activity = activity;
    connect(connections, &RegistryConnections::connectionsChanged, this, &FlowsPage::fillConnections);
    connect(activity, &ActivityPanel::transferEvent, this, &FlowsPage::drawEvent);
    for (auto* diagram : {m_ui->transferDiagram, m_ui->publishDiagram, m_ui->liveDiagram, m_ui->buildsetDiagram}) {
        connect(diagram, &SequenceDiagram::arrowClicked, activity, &ActivityPanel::selectJob);
    }
    fillConnections();
}

void FlowsPage::fillConnections()
{
    const QList<QPair<QComboBox*, Connection::Role>> combos{{m_ui->intermediateCombo, Connection::Role::Intermediate},
                                                            {m_ui->buildsetCombo, Connection::Role::Buildset},
                                                            {m_ui->publicationCombo, Connection::Role::Publication}};
    for (const auto& [combo, role] : combos) {
        // The admin's own choice stays; otherwise each role's registry is preselected.
        const auto chosen = combo->property("chosen").toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        int preferred = -1;
        for (const auto& connection : m_connections->connections()) {
            combo->addItem(connection.displayName(), connection.id);
            if (connection.id == chosen || (preferred < 0 && connection.role == role)) {
                preferred = combo->count() - 1;
            }
        }
        if (combo == m_ui->buildsetCombo) {
            // As in a buildset: a registry started for the rehearsal and gone after it.
            combo->addItem(tr("Temporary, started here"), kTemporary);
            if (preferred < 0) {
                preferred = combo->count() - 1;
            }
        }
        if (!chosen.isEmpty() && combo->findData(chosen) >= 0) {
            preferred = combo->findData(chosen);
        }
        combo->setCurrentIndex(std::max(0, preferred));
    }
}

SequenceDiagram* FlowsPage::currentDiagram() const
{
    const SequenceDiagram* diagrams[] = {m_ui->transferDiagram, m_ui->publishDiagram, m_ui->liveDiagram,
                                         m_ui->buildsetDiagram};
    return const_cast<SequenceDiagram*>(diagrams[std::clamp(m_ui->exportChoice->currentIndex(), 0, 3)]);
}

void FlowsPage::drawEvent(const TransferEvent& event)
{
    // The document's diagrams take the rehearsal's steps between its roles; everything else is live.
    const bool promoteRead = event.from == FlowRehearsal::rolePublication() && event.to == FlowRehearsal::rolePromote();
    if (m_ui->transferDiagram->addEvent(event) ||
        m_ui->publishDiagram->addEvent(
            event, promoteRead ? tr("Only the manifest is transferred, not the actual image layers.") : QString())) {
        if (!m_replaying) {
            m_lastRun << event;
        }
        return;
    }
    if (m_replaying || event.from.isEmpty() || event.to.isEmpty() || event.from == event.to) {
        return;
    }
    m_ui->liveDiagram->addParticipant(event.from);
    m_ui->liveDiagram->addParticipant(event.to);
    m_ui->liveDiagram->addEvent(event);
}

void FlowsPage::rehearse()
{
    const QStringList ids{m_ui->intermediateCombo->currentData().toString(),
                          m_ui->buildsetCombo->currentData().toString(),
                          m_ui->publicationCombo->currentData().toString()};
    if (ids.contains(QString()) || ids[0] == kTemporary || ids[2] == kTemporary ||
        QSet<QString>(ids.begin(), ids.end()).size() != ids.size()) {
        m_ui->flowsMessageBar->show(MessageBar::Level::Error,
                                    tr("Choose three different connections: the intermediate, a buildset and the "
                                       "publication registry."));
        return;
    }
    auto clients = std::make_shared<QList<RegistryClient*>>(QList<RegistryClient*>{nullptr, nullptr, nullptr});
    auto pending = std::make_shared<int>(3);
    for (int i = 0; i < 3; ++i) {
        if (ids[i] == kTemporary) {
            if (--*pending == 0) {
                start(*clients);
            }
            continue;
        }
        m_connections->open(ids[i], this, [this, clients, pending, i](RegistryClient* client) {
            (*clients)[i] = client;
            if (--*pending == 0) {
                start(*clients);
            }
        });
    }
}

void FlowsPage::start(const QList<RegistryClient*>& clients)
{
    if (!clients[0] || !clients[2] || m_rehearsal) {
        return;
    }
    m_ui->flowsMessageBar->clear();
    m_ui->transferDiagram->clear();
    m_ui->publishDiagram->clear();
    m_ui->stepsTable->clear();
    m_lastRun.clear();
    m_ui->jobGraph->clearTraffic();
    const auto hostOf = [](RegistryClient* client) {
        return client ? client->address().displayName() : tr("temporary, started here");
    };
    m_ui->transferDiagram->setCaptions({hostOf(clients[0]), hostOf(clients[1])});
    m_ui->publishDiagram->setCaptions({hostOf(clients[2])});
    m_ui->replayButton->setEnabled(false);
    RehearsalOptions options;
    options.cleanUp = !m_ui->keepTagsCheck->isChecked();
    auto* rehearsal = new FlowRehearsal(clients[0], clients[1], clients[2], options, this);
    m_rehearsal = rehearsal;
    m_ui->rehearseButton->setEnabled(false);
    for (const auto& step : rehearsal->steps()) {
        new QTreeWidgetItem(m_ui->stepsTable, {QString::number(step.number), step.title, tr("waiting")});
    }
    connect(rehearsal, &FlowRehearsal::stepFinished, this, [this](const FlowRehearsal::Step& step) {
        m_ui->jobGraph->addStep(step.number, QStringLiteral("%1 → %2: %3").arg(step.from, step.to, step.label),
                                step.ok);
        if (auto* item = m_ui->stepsTable->topLevelItem(step.number - 1)) {
            item->setText(2, (step.ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + step.detail);
            item->setToolTip(2, step.detail);
            if (!step.ok) {
                item->setForeground(2, QColor(0xd0, 0x30, 0x30));
            }
        }
    });
    connect(rehearsal, &Job::finished, this, [this, rehearsal]() {
        rehearsal->deleteLater();
        m_rehearsal = nullptr;
        m_ui->rehearseButton->setEnabled(true);
        m_ui->replayButton->setEnabled(!m_lastRun.isEmpty());
        if (rehearsal->error()) {
            m_ui->flowsMessageBar->show(MessageBar::Level::Error, rehearsal->error().message());
        } else {
            m_ui->flowsMessageBar->show(MessageBar::Level::Info,
                                        tr("The whole gating flow works on these registries."));
        }
    });
    if (m_activity) {
        QList<RegistryClient*> traced = clients;
        traced.removeAll(nullptr);
        m_activity->track(rehearsal, traced); // its events reach the diagrams through the activity panel
    } else {
        connect(rehearsal, &Job::transferEvent, this, &FlowsPage::drawEvent);
    }
}

void FlowsPage::replay()
{
    if (m_lastRun.isEmpty() || m_rehearsal) {
        return;
    }
    m_ui->transferDiagram->clear();
    m_ui->publishDiagram->clear();
    m_ui->replayButton->setEnabled(false);
    m_ui->rehearseButton->setEnabled(false);
    auto* timer = new QTimer(this);
    timer->setInterval(kReplayStepMs);
    auto next = std::make_shared<int>(0);
    connect(timer, &QTimer::timeout, this, [this, timer, next]() {
        if (*next >= m_lastRun.size()) {
            timer->deleteLater();
            m_ui->replayButton->setEnabled(true);
            m_ui->rehearseButton->setEnabled(true);
            return;
        }
        m_replaying = true;
        drawEvent(m_lastRun[(*next)++]);
        m_replaying = false;
    });
    timer->start();
}

void FlowsPage::exportDiagram(bool svg)
{
    auto* diagram = currentDiagram();
    if (!diagram) {
        return;
    }
    const auto title = m_ui->exportChoice->currentText();
    const auto file = QFileDialog::getSaveFileName(this, tr("Export the diagram"),
                                                   title + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")),
                                                   svg ? tr("SVG (*.svg)") : tr("PNG (*.png)"));
    if (file.isEmpty()) {
        return;
    }
    QSaveFile out(file);
    bool ok = out.open(QIODevice::WriteOnly);
    if (ok && svg) {
        ok = out.write(diagram->toSvg(title)) > 0;
    } else if (ok) {
        ok = diagram->toImage().save(&out, "PNG");
    }
    if (!ok || !out.commit()) {
        m_ui->flowsMessageBar->show(MessageBar::Level::Error,
                                    tr("Could not write %1: %2").arg(file, out.errorString()));
    }
}
