#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "BrowsePage.h"
#include "CertificatesPage.h"
#include "ChangesPage.h"
#include "DiffPage.h"
#include "FlowsPage.h"
#include "StoragePage.h"
#include "UsersPage.h"
#include "admin/HealthCheck.h"
#include "credentials/RegistryConnections.h"
#include "lab/Sandbox.h"
#include "setup/SetupWizard.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QSettings>
#include <QShortcut>
#include <QTimer>

MainWindow::MainWindow(const Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_connections(new RegistryConnections(this))
{
    m_ui->setupUi(this);
    if (!m_settings.keychainService.isEmpty()) {
        m_connections->credentialStore()->setServiceName(m_settings.keychainService);
    }
    m_ui->viewMenu->addAction(m_ui->activityDock->toggleViewAction());
    addLanguageMenu();
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({220, 1060});
    addPages();
    m_ui->connectionsPanel->setConnections(m_connections);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->setupWizardAction, &QAction::triggered, this, &MainWindow::openSetupWizard);
    connect(m_ui->connectionsPanel, &ConnectionsPanel::setupRequested, this, &MainWindow::openSetupWizard);
    connect(m_ui->newConnectionAction, &QAction::triggered, m_ui->connectionsPanel, &ConnectionsPanel::addConnection);
    connect(m_ui->editConnectionAction, &QAction::triggered, m_ui->connectionsPanel, &ConnectionsPanel::editConnection);
    connect(m_ui->importLoginsAction, &QAction::triggered, m_ui->connectionsPanel,
            [this]() { m_ui->connectionsPanel->importAuthFile(); });
    connect(m_ui->refreshAction, &QAction::triggered, m_browse, &BrowsePage::refresh);
    connect(m_ui->pruneAction, &QAction::triggered, m_browse, &BrowsePage::prune);
    connect(m_ui->healthAction, &QAction::triggered, this, &MainWindow::checkHealth);
    connect(m_ui->connectionsPanel, &ConnectionsPanel::currentChanged, m_browse, &BrowsePage::setConnection);
    connect(m_browse, &BrowsePage::diffRequested, this,
            [this](const QString& connectionId, const QStringList& references) {
                m_diff->setSide(DiffPage::A, connectionId, references.value(0));
                if (references.size() > 1) {
                    m_diff->setSide(DiffPage::B, connectionId, references.at(1));
                }
                m_ui->pages->setCurrentWidget(m_diff);
                if (references.size() > 1) {
                    m_diff->compare();
                }
            });
    connect(m_browse, &BrowsePage::changeRequested, this, [this](const QString& connectionId, const QString& build) {
        m_ui->pages->setCurrentWidget(m_changes);
        m_changes->showBuild(connectionId, build);
    });
    connect(m_changes, &ChangesPage::browseRequested, this,
            [this](const QString& connectionId, const QString& repository, const QString& tag) {
                m_ui->connectionsPanel->setCurrentId(connectionId);
                m_browse->reveal(repository, tag);
                m_ui->pages->setCurrentWidget(m_browse);
            });
    connect(m_changes, &ChangesPage::flowRequested, this,
            [this](const ZuulBuildset& buildset, const QList<ZuulBuild>& builds) {
                m_flows->drawBuildset(buildset, builds);
                m_ui->pages->setCurrentWidget(m_flows);
            });
    connect(m_changes, &ChangesPage::diffRequested, this,
            [this](const QString& connectionA, const QString& referenceA, const QString& connectionB,
                   const QString& referenceB) {
                m_diff->setSide(DiffPage::A, connectionA, referenceA);
                m_diff->setSide(DiffPage::B, connectionB, referenceB);
                m_ui->pages->setCurrentWidget(m_diff);
                m_diff->compare();
            });
    connect(m_ui->activityPanel, &ActivityPanel::jobFinished, this,
            [this](const QString& title, const RegistryError& error) {
                statusBar()->showMessage(error ? tr("Failed: %1").arg(title) : tr("Done: %1").arg(title), 8000);
            });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this]() {
        m_ui->pages->setCurrentWidget(m_browse);
        m_browse->focusFilter();
    });

    resizeDocks({m_ui->activityDock}, {170}, Qt::Vertical);
    auto stored = openSettings();
    m_connections->load(*stored);
    restoreGeometry(stored->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(stored->value(QStringLiteral("window/state")).toByteArray());
    m_ui->mainSplitter->restoreState(stored->value(QStringLiteral("window/splitter")).toByteArray());
    const auto page =
        m_settings.page.isEmpty() ? stored->value(QStringLiteral("window/page")).toString() : m_settings.page;
    m_ui->pages->setCurrentIndex(std::max<qsizetype>(0, pageNames().indexOf(page)));
    const auto lastConnection = stored->value(QStringLiteral("connections/current")).toString();
    addSessionConnections();
    if (m_ui->connectionsPanel->currentId().isEmpty() || m_settings.registry.isEmpty()) {
        m_ui->connectionsPanel->setCurrentId(lastConnection);
    }
    if (m_settings.rehearse) {
        m_ui->pages->setCurrentWidget(m_flows);
        QMetaObject::invokeMethod(m_flows, &FlowsPage::rehearse, Qt::QueuedConnection);
    }
    if (m_settings.setup) {
        QMetaObject::invokeMethod(this, &MainWindow::openSetupWizard, Qt::QueuedConnection);
    }
    if (m_settings.diff.size() == 2 && m_diff->setSideFromReference(DiffPage::A, m_settings.diff.at(0)) &&
        m_diff->setSideFromReference(DiffPage::B, m_settings.diff.at(1))) {
        m_ui->pages->setCurrentWidget(m_diff);
        QMetaObject::invokeMethod(m_diff, &DiffPage::compare, Qt::QueuedConnection);
    }
    // Checks wait for the window's first paint (startChecks); a window that is never painted starts them anyway.
    QTimer::singleShot(10000, this, &MainWindow::startChecks);
    // Connections are saved as soon as they change, so a crash loses none.
    connect(m_connections, &RegistryConnections::connectionsChanged, this, [this]() {
        auto saved = openSettings();
        m_connections->save(*saved);
    });
}

// The window's pages, in tab order: a page is one class, its form and one line here. Its Ctrl+<position>
// shortcut, --page and the page the window reopens on follow this list.
const QList<MainWindow::PageType>& MainWindow::pageTypes()
{
    static const QList<PageType> types{
        page<BrowsePage>(),       page<FlowsPage>(),   page<DiffPage>(),    page<UsersPage>(),
        page<CertificatesPage>(), page<StoragePage>(), page<ChangesPage>(),
    };
    return types;
}

QStringList MainWindow::pageNames()
{
    QStringList names;
    for (const auto& type : pageTypes()) {
        names << type.name;
    }
    return names;
}

void MainWindow::addPages()
{
    const PageContext context{m_connections, m_ui->activityPanel, &m_settings, [this]() { return openSettings(); }};
    for (const auto& type : pageTypes()) {
        auto* page = type.create();
        page->setObjectName(QString(type.name) + QLatin1String("Page"));
        page->setContext(context);
        m_ui->pages->addTab(page, page->pageTitle());
        m_pages << page;
        const int position = static_cast<int>(m_pages.size());
        if (position <= 9) {
            auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + position)), this);
            connect(shortcut, &QShortcut::activated, this, [this, page]() { m_ui->pages->setCurrentWidget(page); });
        }
    }
    m_browse = pageOf<BrowsePage>();
    m_flows = pageOf<FlowsPage>();
    m_diff = pageOf<DiffPage>();
    m_changes = pageOf<ChangesPage>();
}

MainWindow::~MainWindow()
{
    saveState();
    // Pages and their running jobs go before the connections whose clients those jobs use.
    qDeleteAll(findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
}

void MainWindow::addLanguageMenu()
{
    auto* menu = m_ui->viewMenu->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString current = openSettings()->value(kLanguageKey).toString();
    // Each language under its own name, as people look for it.
    const QList<std::pair<QString, QString>> choices{{QString(), tr("System default")},
                                                     {QStringLiteral("en"), QStringLiteral("English")},
                                                     {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                     {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto& [code, name] : choices) {
        auto* action = menu->addAction(name);
        action->setObjectName(QStringLiteral("language-") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code]() {
            openSettings()->setValue(kLanguageKey, code);
            statusBar()->showMessage(tr("The language changes the next time RegistryDesk starts."), 8000);
        });
    }
}

std::unique_ptr<QSettings> MainWindow::openSettings() const
{
    if (!m_settings.settingsFile.isEmpty()) {
        return std::make_unique<QSettings>(m_settings.settingsFile, QSettings::IniFormat);
    }
    return std::make_unique<QSettings>();
}

void MainWindow::addSessionConnections()
{
    QString firstId;
    if (!m_settings.sandboxDir.isEmpty()) {
        Sandbox sandbox(m_settings.sandboxDir);
        for (const auto& member : sandbox.members()) {
            Connection connection;
            connection.id = QStringLiteral("sandbox-") + member.role;
            connection.name = tr("Sandbox %1").arg(member.role);
            connection.role = Connection::roleFromKey(member.role).value_or(Connection::Role::Other);
            connection.address = member.hostPort();
            connection.certsDir = sandbox.certsDir();
            connection.authFile = sandbox.authFile();
            connection.persistent = false;
            m_connections->put(connection);
            if (firstId.isEmpty()) {
                firstId = connection.id;
            }
        }
    }
    if (!m_settings.registry.isEmpty()) {
        const auto address = RegistryAddress::parse(m_settings.registry);
        QString existing;
        for (const auto& connection : m_connections->connections()) {
            if (address && connection.registry() == address) {
                existing = connection.id;
            }
        }
        if (existing.isEmpty()) {
            Connection connection;
            connection.id = QStringLiteral("command-line");
            connection.name = m_settings.registry;
            connection.address = m_settings.registry;
            connection.authFile = m_settings.authFile;
            connection.certsDir = m_settings.certsDir;
            connection.tlsVerify = m_settings.tlsVerify;
            connection.persistent = false;
            m_connections->put(connection);
            existing = connection.id;
        }
        firstId = existing;
    }
    if (!m_settings.image.isEmpty()) {
        const auto colon = m_settings.image.lastIndexOf(QLatin1Char(':'));
        const bool hasTag = colon > m_settings.image.lastIndexOf(QLatin1Char('/'));
        m_browse->reveal(hasTag ? m_settings.image.left(colon) : m_settings.image,
                         hasTag ? m_settings.image.mid(colon + 1) : QString());
    }
    if (!firstId.isEmpty()) {
        m_ui->connectionsPanel->setCurrentId(firstId);
    }
}

void MainWindow::saveState()
{
    if (m_stateSaved) {
        return;
    }
    m_stateSaved = true;
    auto settings = openSettings();
    m_connections->save(*settings);
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    settings->setValue(QStringLiteral("window/splitter"), m_ui->mainSplitter->saveState());
    settings->setValue(QStringLiteral("window/page"), pageNames().value(m_ui->pages->currentIndex()));
    const auto current = m_connections->connection(m_ui->connectionsPanel->currentId());
    if (current && current->persistent) {
        settings->setValue(QStringLiteral("connections/current"), current->id);
    }
}

void MainWindow::openSetupWizard()
{
    if (auto* open = findChild<SetupWizard*>()) {
        open->raise();
        return;
    }
    auto* wizard = new SetupWizard(m_connections, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SetupWizard::connectionCreated, m_ui->connectionsPanel, &ConnectionsPanel::setCurrentId);
    wizard->open();
}

bool MainWindow::event(QEvent* event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        emit firstPaint();
        // Queued: the first frame reaches the screen before any check is even set up.
        QMetaObject::invokeMethod(this, &MainWindow::startChecks, Qt::QueuedConnection);
    }
    return handled;
}

// Every connection's health in the sidebar, then the certificate and storage checks: started once the window is
// up, so twenty saved connections cost the first paint nothing.
void MainWindow::startChecks()
{
    if (m_checksStarted) {
        return;
    }
    m_checksStarted = true;
    for (const auto& connection : m_connections->connections()) {
        m_connections->check(connection.id);
    }
    checkHealth();
}

void MainWindow::checkHealth()
{
    if (m_health) {
        return;
    }
    HealthOptions options;
    for (const auto& connection : m_connections->connections()) {
        const auto address = connection.registry();
        if (!address || address->isPlainHttp() || !connection.tlsVerify) {
            continue; // nothing to verify
        }
        QStringList problems;
        QByteArray caPem;
        for (const auto& certificate : connection.clientOptions(&problems).caCertificates) {
            caPem += certificate.toPem();
        }
        options.endpoints << HealthOptions::Endpoint{connection.displayName(), address->host(),
                                                     static_cast<quint16>(address->port() > 0 ? address->port() : 443),
                                                     caPem};
        if (!connection.caFile.isEmpty()) {
            options.certificateFiles << connection.caFile;
        }
    }
    if (!m_settings.pkiDir.isEmpty()) {
        for (const auto& name : QDir(m_settings.pkiDir).entryList({QStringLiteral("*.crt")}, QDir::Files)) {
            options.certificateFiles << QDir(m_settings.pkiDir).filePath(name);
        }
    }
    options.certificateFiles.removeDuplicates();
    if (!m_settings.htpasswdFile.isEmpty()) {
        options.htpasswdFiles << m_settings.htpasswdFile;
    }
    if (const auto limit = pageOf<StoragePage>()->storageLimit()) {
        options.storageLimits << *limit;
    }
    m_health = new HealthCheck(options, this);
    m_ui->activityPanel->track(m_health);
    connect(m_health, &Job::finished, this, [this, check = m_health.data()]() {
        check->deleteLater();
        const auto failures = check->failures();
        if (failures.isEmpty()) {
            m_ui->healthBar->clear();
            statusBar()->showMessage(
                tr("Health: %n check(s), all pass", nullptr, static_cast<int>(check->findings().size())), 8000);
            return;
        }
        QStringList lines;
        for (const auto& failure : failures) {
            lines << tr("%1: %2").arg(failure.subject, failure.message);
        }
        const auto shown = lines.mid(0, 3).join(QLatin1String("; "));
        m_ui->healthBar->show(
            MessageBar::Level::Warning,
            tr("%n health check(s) fail: %1", nullptr, static_cast<int>(failures.size()))
                .arg(lines.size() > 3 ? tr("%1; and %2 more").arg(shown).arg(lines.size() - 3) : shown),
            tr("Check again"), [this]() { checkHealth(); });
        m_ui->healthBar->setToolTip(lines.join(QLatin1Char('\n')));
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}
