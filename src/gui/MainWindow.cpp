#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "CredentialResolver.h"
#include "ImageConfig.h"
#include "ListJob.h"
#include "ManifestJob.h"
#include "TrustStore.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStringListModel>

MainWindow::MainWindow(const Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_repositories(new QStringListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_repositories);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->repositoryList->setModel(m_filter);
    m_ui->tagTable->setColumnCount(3);
    m_ui->tagTable->setHorizontalHeaderLabels({tr("Tag"), tr("Digest"), tr("Size")});
    m_ui->tagTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->tagTable->verticalHeader()->hide();
    m_ui->detailsView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->splitter->setSizes({280, 480, 440});
    m_ui->registryEdit->setText(m_settings.registry);

    connect(m_ui->connectButton, &QPushButton::clicked, this, &MainWindow::connectToRegistry);
    connect(m_ui->registryEdit, &QLineEdit::returnPressed, this, &MainWindow::connectToRegistry);
    connect(m_ui->repositoryFilter, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->repositoryList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid()) {
                    loadTags(index.data().toString());
                }
            });
    connect(m_ui->tagTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        const auto* item = m_ui->tagTable->item(row, 0);
        const auto repository = m_ui->repositoryList->currentIndex().data().toString();
        if (item && !repository.isEmpty()) {
            showManifest(repository, item->text());
        }
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_ui->repositoryFilter, qOverload<>(&QWidget::setFocus));
    for (int page = 0; page < m_ui->pages->count(); ++page) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)), this);
        connect(shortcut, &QShortcut::activated, this, [this, page]() { m_ui->pages->setCurrentIndex(page); });
    }
    m_ui->usersPage->setCertsDir(m_settings.certsDir);
    if (!m_settings.htpasswdFile.isEmpty()) {
        m_ui->usersPage->openFile(m_settings.htpasswdFile);
    }
    if (!m_settings.pkiDir.isEmpty()) {
        m_ui->certificatesPage->setDirectory(m_settings.pkiDir);
    }
    const QStringList pageNames{QStringLiteral("browse"), QStringLiteral("users"), QStringLiteral("certificates")};
    m_ui->pages->setCurrentIndex(std::max<qsizetype>(0, pageNames.indexOf(m_settings.page)));
    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &MainWindow::connectToRegistry);

    if (!m_settings.tlsVerify) {
        m_ui->insecureBanner->setText(tr("TLS verification is OFF for this registry: anyone on the network path can "
                                         "impersonate it."));
        m_ui->insecureBanner->setStyleSheet(
            QStringLiteral("background:#b00020;color:white;padding:6px;font-weight:bold"));
        m_ui->insecureBanner->show();
    }
    if (!m_settings.registry.isEmpty()) {
        QMetaObject::invokeMethod(this, &MainWindow::connectToRegistry, Qt::QueuedConnection);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::showMessage(const QString& text, bool isError)
{
    m_ui->messageBar->setText(text);
    m_ui->messageBar->setStyleSheet(isError ? QStringLiteral("background:#fde7e9;color:#8a1c1c;padding:6px")
                                            : QStringLiteral("background:#e7f0fd;color:#1c3f8a;padding:6px"));
    m_ui->messageBar->show();
}

void MainWindow::clearMessage()
{
    m_ui->messageBar->hide();
}

void MainWindow::trackJob(RegistryJob* job)
{
    m_jobs << job;
    connect(job, &RegistryJob::finished, job, &QObject::deleteLater);
}

void MainWindow::connectToRegistry()
{
    QString error;
    const auto address = RegistryAddress::parse(m_ui->registryEdit->text(), &error);
    if (!address) {
        showMessage(error, true);
        return;
    }
    for (const auto& job : std::as_const(m_jobs)) {
        if (job) {
            job->cancel();
        }
    }
    m_jobs.clear();
    if (m_client) {
        m_client->deleteLater();
    }
    const int generation = ++m_generation;
    m_repositories->setStringList({});
    m_ui->tagTable->setRowCount(0);
    m_ui->detailsView->clear();
    clearMessage();
    statusBar()->showMessage(tr("Connecting to %1…").arg(address->displayName()));

    auto* client = new RegistryClient(*address, this);
    m_client = client;
    RegistryOptions options;
    options.tlsVerify = m_settings.tlsVerify;
    QStringList problems;
    TrustStore(m_settings.certsDir.isEmpty() ? TrustStore::defaultDirectories() : QStringList{m_settings.certsDir})
        .apply(*address, options, &problems);
    client->setOptions(options);
    if (!problems.isEmpty()) {
        showMessage(problems.join(QLatin1Char('\n')), false);
    }
    auto* resolver = new CredentialResolver(client);
    resolver->setAuthFile(m_settings.authFile);
    resolver->resolve(*address, client,
                      [this, client, generation](std::optional<RegistryCredentials> credentials, const QStringList&) {
                          if (generation != m_generation) {
                              return;
                          }
                          if (credentials) {
                              client->setCredentials(*credentials);
                          }
                          auto* job = client->catalog();
                          trackJob(job);
                          connect(job, &ListJob::page, this, [this, generation](const QStringList& items) {
                              if (generation == m_generation) {
                                  m_repositories->setStringList(m_repositories->stringList() + items);
                              }
                          });
                          connect(job, &RegistryJob::finished, this, [this, job, generation]() {
                              if (generation != m_generation) {
                                  return;
                              }
                              if (job->error()) {
                                  showMessage(job->error().message(), true);
                                  statusBar()->clearMessage();
                                  return;
                              }
                              statusBar()->showMessage(tr("Repositories: %1").arg(job->items().size()));
                          });
                      });
}

void MainWindow::loadTags(const QString& repository)
{
    if (!m_client) {
        return;
    }
    const int generation = m_generation;
    m_ui->tagTable->setSortingEnabled(false);
    m_ui->tagTable->setRowCount(0);
    m_ui->detailsView->clear();
    auto* job = m_client->tags(repository);
    trackJob(job);
    connect(job, &RegistryJob::finished, this, [this, job, repository, generation]() {
        if (generation != m_generation || m_ui->repositoryList->currentIndex().data().toString() != repository) {
            return;
        }
        if (job->error()) {
            showMessage(job->error().message(), true);
            return;
        }
        const auto tags = job->items();
        m_ui->tagTable->setRowCount(static_cast<int>(tags.size()));
        for (int row = 0; row < tags.size(); ++row) {
            m_ui->tagTable->setItem(row, 0, new QTableWidgetItem(tags[row]));
            m_ui->tagTable->setItem(row, 1, new QTableWidgetItem());
            m_ui->tagTable->setItem(row, 2, new QTableWidgetItem());
        }
        m_ui->tagTable->setSortingEnabled(true);
        statusBar()->showMessage(tr("%1: %2 tags").arg(repository).arg(tags.size()));
    });
}

void MainWindow::showManifest(const QString& repository, const QString& tag)
{
    if (!m_client) {
        return;
    }
    const int generation = m_generation;
    auto* job = m_client->getManifest(repository, tag);
    trackJob(job);
    connect(job, &RegistryJob::finished, this, [this, job, repository, tag, generation]() {
        if (generation != m_generation) {
            return;
        }
        if (job->error()) {
            showMessage(job->error().message(), true);
            return;
        }
        const auto& manifest = *job->manifest();
        for (int row = 0; row < m_ui->tagTable->rowCount(); ++row) {
            if (m_ui->tagTable->item(row, 0)->text() == tag) {
                m_ui->tagTable->item(row, 1)->setText(job->digest().shortForm());
                m_ui->tagTable->item(row, 1)->setToolTip(job->digest().toString());
                const auto size = manifest.imageSize();
                m_ui->tagTable->item(row, 2)->setText(size >= 0 ? locale().formattedDataSize(size) : tr("index"));
            }
        }
        QString text = tr("%1:%2\nDigest: %3\nMedia type: %4\n")
                           .arg(repository, tag, job->digest().toString(), manifest.mediaType());
        if (manifest.isIndex()) {
            text += tr("Platforms:\n");
            for (const auto& child : manifest.manifests()) {
                text += QStringLiteral("  %1  %2\n")
                            .arg(child.platform ? child.platform->toString() : tr("unknown"), child.digest.toString());
            }
        } else {
            text += tr("Layers:\n");
            for (const auto& layer : manifest.layers()) {
                text +=
                    QStringLiteral("  %1  %2\n").arg(layer.digest.toString(), locale().formattedDataSize(layer.size));
            }
        }
        text += QLatin1Char('\n') + QString::fromUtf8(QJsonDocument::fromJson(manifest.raw()).toJson());
        m_ui->detailsView->setPlainText(text);
    });
}
