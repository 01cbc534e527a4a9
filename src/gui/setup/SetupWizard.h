#pragma once

#include "admin/CertificateInfo.h"
#include "registry/RegistryAddress.h"
#include "registry/RegistryClient.h"
#include "zuul/SiteConfig.h"

#include <QWizard>

class RegistryConnections;

// What the setup wizard has learnt and made so far; every page reads and adds to it.
struct SetupState
{
    enum class Trust
    {
        System,
        Pinned,
        File,
        Insecure
    };
    bool newRegistry = false;
    QString host;
    int port = 5000;
    QList<CertificateInfo::Details> chain; // as the registry presented it
    Trust trust = Trust::System;
    QByteArray caPem; // pinned or read from caFile
    QString caFile;
    QString username = QStringLiteral("zuul");
    QString password;
    bool loginVerified = false;
    bool sessionOnly = false;
    QString bundleDir;
    QUrl zuulUrl;
    QString zuulTenant;
    QString site = QStringLiteral("yoursite");
    QByteArray zuulKeyPem;
    QList<QPair<int, QString>> checks; // "✔ …" or "✘ …" by step, in the order the steps were first done

    std::optional<RegistryAddress> address() const;
    QString hostPort() const;
    RegistryOptions clientOptions() const;
    SiteConfig::Request siteRequest() const;             // the registry, its login and the site, for the Zuul files
    void record(int step, bool ok, const QString& line); // replaces an earlier outcome of the step
};

// Registry ▸ Set up…: endpoint, trust, credentials, an optional new registry, keychain, the Zuul secret,
// the site's jobs, summary. Each step is checked against the real systems before Next is allowed; on
// Finish the registry becomes a connection.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page
    {
        EndpointId,
        TrustId,
        CredentialsId,
        NewRegistryId,
        KeychainId,
        ZuulSecretId,
        SiteJobsId,
        SummaryId,
        TrialCheck = 100 // a check that is not a page of its own: the new registry's trial run
    };
    explicit SetupWizard(RegistryConnections* connections, QWidget* parent = nullptr);

    SetupState& state() { return m_state; }
    RegistryConnections* connections() const { return m_connections; }
    void accept() override;

signals:
    void connectionCreated(const QString& id);

private:
    QString storePinnedCa();

    SetupState m_state;
    RegistryConnections* m_connections;
};
