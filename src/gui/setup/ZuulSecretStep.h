#pragma once

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ZuulSecretStep;
}
class SetupWizard;
class ZuulApi;

// Step 6: the project's public key from Zuul (tenant or white-label) or a file, its fingerprint for
// comparison, and the <site>-intermediate-registry secret with the password encrypted, to copy or save.
class ZuulSecretStep : public QWizardPage
{
    Q_OBJECT
public:
    ZuulSecretStep();
    ~ZuulSecretStep() override;

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    SetupWizard* setup() const;
    void fetchKey();
    void useKey(const QByteArray& pem, const QString& origin);
    void fail(const QString& message);

    std::unique_ptr<Ui::ZuulSecretStep> m_ui;
    QPointer<ZuulApi> m_zuul;
    QByteArray m_keyPem;
};
