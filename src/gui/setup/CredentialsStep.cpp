#include "CredentialsStep.h"

#include "ui_CredentialsStep.h"

#include "SetupWizard.h"
#include "admin/Bcrypt.h"
#include "admin/HtpasswdFile.h"
#include "admin/PasswordGenerator.h"
#include "registry/PingJob.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

CredentialsStep::CredentialsStep()
    : m_ui(std::make_unique<Ui::CredentialsStep>())
{
    m_ui->setupUi(this);
    const auto changed = [this]() {
        m_verified = false;
        m_ui->loginStatus->clear();
        emit completeChanged();
    };
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->generatePasswordButton, &QPushButton::clicked, this, [this]() {
        m_ui->passwordEdit->setEchoMode(QLineEdit::Normal); // a generated password must be seen to be noted
        m_ui->passwordEdit->setText(PasswordGenerator::generate());
    });
    connect(m_ui->htpasswdCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->htpasswdPathEdit->setEnabled(on);
        m_ui->htpasswdBrowseButton->setEnabled(on);
    });
    connect(m_ui->htpasswdBrowseButton, &QPushButton::clicked, this, [this]() {
        const auto file = QFileDialog::getOpenFileName(this, tr("htpasswd file"), m_ui->htpasswdPathEdit->text());
        if (!file.isEmpty()) {
            m_ui->htpasswdPathEdit->setText(file);
        }
    });
    connect(m_ui->testLoginButton, &QPushButton::clicked, this, &CredentialsStep::testLogin);
}

CredentialsStep::~CredentialsStep() = default;

SetupWizard* CredentialsStep::setup() const
{
    return static_cast<SetupWizard*>(wizard());
}

void CredentialsStep::initializePage()
{
    const bool existing = !setup()->state().newRegistry;
    m_ui->testLoginButton->setVisible(existing);
    m_ui->htpasswdCheck->setVisible(existing);
    m_ui->htpasswdPathEdit->setVisible(existing);
    m_ui->htpasswdBrowseButton->setVisible(existing);
    if (!existing && m_ui->passwordEdit->text().isEmpty()) {
        m_ui->passwordEdit->setEchoMode(QLineEdit::Normal);
        m_ui->passwordEdit->setText(PasswordGenerator::generate()); // a new registry gets a strong one
    }
}

bool CredentialsStep::isComplete() const
{
    const bool filled = !m_ui->usernameEdit->text().trimmed().isEmpty() && !m_ui->passwordEdit->text().isEmpty();
    if (setup() && setup()->state().newRegistry) {
        return filled;
    }
    return filled && m_verified && !m_testing;
}

bool CredentialsStep::validatePage()
{
    auto& state = setup()->state();
    state.username = m_ui->usernameEdit->text().trimmed();
    state.password = m_ui->passwordEdit->text();
    state.loginVerified = m_verified;
    return true;
}

int CredentialsStep::nextId() const
{
    return setup() && setup()->state().newRegistry ? SetupWizard::NewRegistryId : SetupWizard::KeychainId;
}

void CredentialsStep::fail(const QString& message)
{
    m_testing = false;
    m_ui->loginStatus->setText(QStringLiteral("✘ ") + message);
    setup()->state().record(SetupWizard::CredentialsId, false, message);
    emit completeChanged();
}

void CredentialsStep::testLogin()
{
    m_testing = true;
    m_verified = false;
    emit completeChanged();
    if (m_ui->htpasswdCheck->isChecked()) {
        updateHtpasswd([this]() {
            // registry:2 re-reads htpasswd when its modification time changes; give it a moment.
            QTimer::singleShot(1500, this, &CredentialsStep::ping);
        });
        return;
    }
    ping();
}

void CredentialsStep::updateHtpasswd(std::function<void()> then)
{
    const auto path = m_ui->htpasswdPathEdit->text();
    const auto user = m_ui->usernameEdit->text().trimmed();
    const auto password = m_ui->passwordEdit->text().toUtf8();
    m_ui->loginStatus->setText(tr("Hashing the password with bcrypt…"));
    auto* watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, path, user, then]() {
        watcher->deleteLater();
        const auto hash = watcher->result();
        QString error;
        auto file = HtpasswdFile::load(path, &error);
        if (!file || hash.isEmpty() || !file->setHash(user, hash, true, &error) || !file->save(&error)) {
            fail(tr("Could not update %1: %2").arg(path, error.isEmpty() ? tr("bcrypt failed") : error));
            return;
        }
        m_ui->loginStatus->setText(tr("Updated %1 in %2; testing the login…").arg(user, path));
        then();
    });
    watcher->setFuture(QtConcurrent::run([password]() { return Bcrypt::hash(password, Bcrypt::kDefaultCost); }));
}

void CredentialsStep::ping()
{
    auto& state = setup()->state();
    delete m_client;
    m_client = new RegistryClient(*state.address(), this);
    m_client->setOptions(state.clientOptions());
    m_client->setCredentials({m_ui->usernameEdit->text().trimmed(), m_ui->passwordEdit->text(), false});
    m_ui->loginStatus->setText(tr("Logging in…"));
    auto* job = m_client->ping();
    connect(job, &RegistryJob::finished, this, [this, job]() {
        job->deleteLater();
        if (job->error()) {
            fail(job->error().message());
            return;
        }
        m_testing = false;
        m_verified = true;
        const auto line = tr("%1 logs in to %2").arg(m_ui->usernameEdit->text().trimmed(), setup()->state().hostPort());
        m_ui->loginStatus->setText(QStringLiteral("✔ ") + line);
        setup()->state().record(SetupWizard::CredentialsId, true, line);
        emit completeChanged();
    });
}
