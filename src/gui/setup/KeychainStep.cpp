#include "KeychainStep.h"

#include "ui_KeychainStep.h"

#include "SetupWizard.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryConnections.h"

KeychainStep::KeychainStep()
    : m_ui(std::make_unique<Ui::KeychainStep>())
{
    m_ui->setupUi(this);
    connect(m_ui->sessionOnlyCheck, &QCheckBox::toggled, this, &KeychainStep::completeChanged);
    connect(m_ui->retryKeychainButton, &QPushButton::clicked, this, &KeychainStep::store);
}

KeychainStep::~KeychainStep() = default;

SetupWizard* KeychainStep::setup() const
{
    return static_cast<SetupWizard*>(wizard());
}

void KeychainStep::initializePage()
{
    store();
}

void KeychainStep::store()
{
    m_stored = false;
    m_ui->sessionOnlyCheck->hide();
    m_ui->retryKeychainButton->hide();
    m_ui->keychainStatus->setText(tr("Storing the password in the OS keychain…"));
    emit completeChanged();
    const auto& state = setup()->state();
    auto* store = setup()->connections()->credentialStore();
    const auto key = CredentialStore::registryKey(*state.address());
    const auto service = store->service();
    const auto user = state.username;
    store->writeLogin(
        *state.address(), state.username, state.password, this,
        [this, key, service, user](const CredentialStore::Result& result) {
            auto& current = setup()->state();
            if (result.ok()) {
                m_stored = true;
                const auto line =
                    tr("Password of %1 stored in the OS keychain: service “%2”, key “%3”").arg(user, service, key);
                m_ui->keychainStatus->setText(QStringLiteral("✔ ") + line);
                current.record(SetupWizard::KeychainId, true, line);
            } else {
                const auto line = tr("Not stored: %1").arg(result.message);
                m_ui->keychainStatus->setText(QStringLiteral("✘ ") + line);
                current.record(SetupWizard::KeychainId, false, line);
                m_ui->sessionOnlyCheck->setVisible(result.status == CredentialStore::Status::NoBackend);
                m_ui->retryKeychainButton->show();
            }
            emit completeChanged();
        });
}

bool KeychainStep::isComplete() const
{
    return m_stored || m_ui->sessionOnlyCheck->isChecked();
}

bool KeychainStep::validatePage()
{
    auto& state = setup()->state();
    state.sessionOnly = !m_stored && m_ui->sessionOnlyCheck->isChecked();
    if (state.sessionOnly) {
        state.record(SetupWizard::KeychainId, false, tr("No keychain: the password is kept for this session only"));
    }
    return true;
}

int KeychainStep::nextId() const
{
    return SetupWizard::ZuulSecretId;
}
