#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class KeychainStep;
}
class SetupWizard;

// Step 5: the password goes to the OS keychain; the page says where (service and key), never what.
// Without a keychain it says so and offers to keep the password for this session only.
class KeychainStep : public QWizardPage
{
    Q_OBJECT
public:
    KeychainStep();
    ~KeychainStep() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    SetupWizard* setup() const;
    void store();

    std::unique_ptr<Ui::KeychainStep> m_ui;
    bool m_stored = false;
};
