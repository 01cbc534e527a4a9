#pragma once

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class EndpointStep;
}
class RegistryClient;
class SetupWizard;
class TlsProbe;

// Step 1: where the registry is; an existing one must answer TLS and the /v2/ API before Next.
class EndpointStep : public QWizardPage
{
    Q_OBJECT
public:
    EndpointStep();
    ~EndpointStep() override;

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    SetupWizard* setup() const;
    void check();
    void probed(TlsProbe* probe);
    void reset();

    std::unique_ptr<Ui::EndpointStep> m_ui;
    QPointer<RegistryClient> m_client;
    bool m_checked = false;
    bool m_checking = false;
};
