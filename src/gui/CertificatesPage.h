#pragma once

#include "WindowPage.h"
#include "admin/CertificateFactory.h"
#include "admin/CertificateInfo.h"

#include <functional>
#include <memory>

namespace Ui {
class CertificatesPage;
}

// The intermediate registry's TLS: create a CA and server certificates (keys generated off the GUI
// thread), inspect them with expiry badges, probe a live endpoint, and export the CA in the certs.d
// layout clients use.
class CertificatesPage : public WindowPage
{
    Q_OBJECT
public:
    explicit CertificatesPage(QWidget* parent = nullptr);
    ~CertificatesPage() override;

    static constexpr QLatin1String kName{"certificates"};
    QString pageTitle() const override { return tr("&Certificates"); }
    void setContext(const PageContext& context) override;

    void setDirectory(const QString& dir);
    // Validates (key, chain order) and copies an existing certificate into the directory.
    void importServer(const QString& certificateFile, const QString& keyFile, const QString& chainFile);
    bool isBusy() const { return m_busy; }

private:
    void showMessage(const QString& text, bool isError);
    void createCa();
    void createServer();
    void inspect();
    void probe();
    void exportForClients();
    void showChain(const QList<CertificateInfo::Details>& chain, const QStringList& notes);
    bool writeIssued(const QString& base, const QByteArray& certificate, const QByteArray& key);
    void setBusy(bool busy);
    void issueInBackground(std::function<std::optional<CertificateFactory::Issued>(QString*)> issue,
                           std::function<void(const CertificateFactory::Issued&)> done);
    QString path(const QString& name) const;

    std::unique_ptr<Ui::CertificatesPage> m_ui;
    bool m_busy = false;
};
