#pragma once

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class CredentialsStep;
}
class RegistryClient;
class SetupWizard;

// Step 3: who Zuul logs in as. On an existing registry the login is tested (after optionally adding or
// rotating the user in the registry's htpasswd file); a refused login keeps the wizard on this page.
class CredentialsStep : public QWizardPage
{
    Q_OBJECT
public:
    CredentialsStep();
    ~CredentialsStep() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    SetupWizard* setup() const;
    void testLogin();
    void updateHtpasswd(std::function<void()> then);
    void ping();
    void fail(const QString& message);

    std::unique_ptr<Ui::CredentialsStep> m_ui;
    QPointer<RegistryClient> m_client;
    bool m_verified = false;
    bool m_testing = false;
};
