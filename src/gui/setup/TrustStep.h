#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class TrustStep;
}
class SetupWizard;

// Step 2: the presented chain with fingerprints and expiry, and how to trust it. Next stays disabled
// while verification fails, unless the admin explicitly marks the registry insecure.
class TrustStep : public QWizardPage
{
    Q_OBJECT
public:
    TrustStep();
    ~TrustStep() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    SetupWizard* setup() const;
    void verify();
    void modeChanged();
    QByteArray presentedCa() const;

    std::unique_ptr<Ui::TrustStep> m_ui;
    bool m_verified = false;
    bool m_verifying = false;
    QByteArray m_caPem;
};
