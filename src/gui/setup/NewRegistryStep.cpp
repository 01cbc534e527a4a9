#include "NewRegistryStep.h"

#include "ui_NewRegistryStep.h"

#include "SetupWizard.h"
#include "admin/DeploymentBundle.h"
#include "lab/BundleTrial.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrent>

NewRegistryStep::NewRegistryStep()
    : m_ui(std::make_unique<Ui::NewRegistryStep>())
{
    m_ui->setupUi(this);
    connect(m_ui->createBundleButton, &QPushButton::clicked, this, &NewRegistryStep::create);
    connect(m_ui->trialButton, &QPushButton::clicked, this, &NewRegistryStep::tryOut);
    connect(m_ui->bundleDirButton, &QPushButton::clicked, this, [this]() {
        const auto dir = QFileDialog::getExistingDirectory(this, tr("Folder for the bundle"), QDir::homePath());
        if (!dir.isEmpty()) {
            m_ui->bundleDirEdit->setText(dir + QStringLiteral("/intermediate-registry"));
        }
    });
}

NewRegistryStep::~NewRegistryStep() = default;

SetupWizard* NewRegistryStep::setup() const
{
    return static_cast<SetupWizard*>(wizard());
}

void NewRegistryStep::initializePage()
{
    if (m_ui->bundleDirEdit->text().isEmpty()) {
        m_ui->bundleDirEdit->setText(QDir::homePath() + QStringLiteral("/intermediate-registry"));
    }
}

bool NewRegistryStep::isComplete() const
{
    return m_created && !m_creating;
}

int NewRegistryStep::nextId() const
{
    return SetupWizard::KeychainId;
}

void NewRegistryStep::create()
{
    const auto& state = setup()->state();
    DeploymentBundle::Request request;
    request.host = state.host;
    request.port = state.port;
    request.username = state.username;
    request.password = state.password;
    request.site = state.site;
    for (const auto& name : m_ui->extraNamesEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        request.extraNames << name.trimmed();
    }
    const auto dir = m_ui->bundleDirEdit->text().trimmed();
    m_creating = true;
    emit completeChanged();
    m_ui->createBundleButton->setEnabled(false);
    m_ui->bundleStatus->setText(tr("Creating keys, certificates and the htpasswd file…"));
    struct Outcome
    {
        std::optional<QStringList> files;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, dir]() {
        watcher->deleteLater();
        const auto outcome = watcher->result();
        m_creating = false;
        m_ui->createBundleButton->setEnabled(true);
        auto& current = setup()->state();
        if (!outcome.files) {
            m_ui->bundleStatus->setText(QStringLiteral("✘ ") + outcome.error);
            current.record(SetupWizard::NewRegistryId, false, outcome.error);
            emit completeChanged();
            return;
        }
        m_created = true;
        m_ui->bundleFiles->clear();
        m_ui->bundleFiles->addItems(*outcome.files);
        current.bundleDir = dir;
        // The connection trusts the new registry's own CA.
        current.trust = SetupState::Trust::File;
        current.caFile = QDir(dir).filePath(QStringLiteral("ca/ca.crt"));
        QFile ca(current.caFile);
        current.caPem = ca.open(QIODevice::ReadOnly) ? ca.readAll() : QByteArray();
        const auto line = tr("Deployment bundle written to %1: copy certs/, auth/ and data/ to /var/registry on "
                             "the registry host and run docker compose up -d there")
                              .arg(dir);
        m_ui->bundleStatus->setText(QStringLiteral("✔ ") + line);
        m_ui->trialButton->setEnabled(true);
        current.record(SetupWizard::NewRegistryId, true, line);
        emit completeChanged();
    });
    watcher->setFuture(QtConcurrent::run([dir, request]() {
        Outcome outcome;
        outcome.files = DeploymentBundle::write(dir, request, &outcome.error);
        return outcome;
    }));
}

void NewRegistryStep::tryOut()
{
    delete m_trial; // a second try starts afresh
    const auto& state = setup()->state();
    auto* trial = new BundleTrial(state.bundleDir, state.host, state.username, state.password, this);
    m_trial = trial;
    m_ui->trialButton->setEnabled(false);
    m_ui->trialStatus->setText(tr("Starting the bundle's registry with docker-registry…"));
    connect(trial, &BundleTrial::finished, this, [this, trial]() {
        m_ui->trialButton->setEnabled(true);
        auto& current = setup()->state();
        if (trial->error()) {
            const auto line = tr("Trial run failed: %1").arg(trial->error().message());
            m_ui->trialStatus->setText(QStringLiteral("✘ ") + line);
            current.record(SetupWizard::TrialCheck, false, line);
            return;
        }
        const auto line = tr("The bundle works: %1 logs in over TLS verified for %2 (running on %3 until the "
                             "wizard closes)")
                              .arg(current.username, current.host, trial->hostPort());
        m_ui->trialStatus->setText(QStringLiteral("✔ ") + line);
        current.record(SetupWizard::TrialCheck, true, line);
    });
}
