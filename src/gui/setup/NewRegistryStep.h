#pragma once

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class NewRegistryStep;
}
class BundleTrial;
class SetupWizard;

// Step 4 (new registries only): the deployment bundle — CA, server certificate, htpasswd with the
// user, docker-compose.yaml — written off the GUI thread (key generation and bcrypt take a while).
class NewRegistryStep : public QWizardPage
{
    Q_OBJECT
public:
    NewRegistryStep();
    ~NewRegistryStep() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    SetupWizard* setup() const;
    void create();
    void tryOut();

    std::unique_ptr<Ui::NewRegistryStep> m_ui;
    bool m_created = false;
    bool m_creating = false;
    QPointer<BundleTrial> m_trial;
};
