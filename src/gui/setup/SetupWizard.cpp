#include "SetupWizard.h"

#include "CredentialsStep.h"
#include "EndpointStep.h"
#include "KeychainStep.h"
#include "NewRegistryStep.h"
#include "SiteJobsStep.h"
#include "SummaryStep.h"
#include "TrustStep.h"
#include "ZuulSecretStep.h"
#include "credentials/RegistryConnections.h"
#include "util/AtomicFile.h"

#include <QDir>
#include <QStandardPaths>

std::optional<RegistryAddress> SetupState::address() const
{
    return RegistryAddress::parse(hostPort());
}

QString SetupState::hostPort() const
{
    const bool ipv6 = host.contains(QLatin1Char(':'));
    return (ipv6 ? QStringLiteral("[%1]").arg(host) : host) + QLatin1Char(':') + QString::number(port);
}

RegistryOptions SetupState::clientOptions() const
{
    RegistryOptions options;
    options.tlsVerify = trust != Trust::Insecure;
    if (trust == Trust::Pinned || trust == Trust::File) {
        options.caCertificates = QSslCertificate::fromData(caPem, QSsl::Pem);
    }
    return options;
}

SiteConfig::Request SetupState::siteRequest() const
{
    SiteConfig::Request request;
    request.site = site;
    request.host = host;
    request.port = port;
    request.username = username;
    request.password = password;
    request.zuulPublicKeyPem = zuulKeyPem;
    return request;
}

void SetupState::record(int step, bool ok, const QString& line)
{
    const auto text = (ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + line;
    for (auto& check : checks) {
        if (check.first == step) {
            check.second = text;
            return;
        }
    }
    checks.append({step, text});
}

SetupWizard::SetupWizard(RegistryConnections* connections, QWidget* parent)
    : QWizard(parent)
    , m_connections(connections)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up a registry"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(EndpointId, new EndpointStep);
    setPage(TrustId, new TrustStep);
    setPage(CredentialsId, new CredentialsStep);
    setPage(NewRegistryId, new NewRegistryStep);
    setPage(KeychainId, new KeychainStep);
    setPage(ZuulSecretId, new ZuulSecretStep);
    setPage(SiteJobsId, new SiteJobsStep);
    setPage(SummaryId, new SummaryStep);
    setStartId(EndpointId);
    resize(760, 620);
}

QString SetupWizard::storePinnedCa()
{
    // A pinned CA belongs to this connection: it is not added to any system or shared store.
    const auto dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/trust");
    QString name = m_state.hostPort();
    name.replace(QLatin1Char(':'), QLatin1Char('_')).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    const auto path = dir + QLatin1Char('/') + name + QStringLiteral(".crt");
    QString error;
    if (!QDir().mkpath(dir) || !AtomicFile::replace(path, m_state.caPem,
                                                    QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                        QFileDevice::ReadGroup | QFileDevice::ReadOther,
                                                    &error)) {
        return {};
    }
    return path;
}

void SetupWizard::accept()
{
    Connection connection;
    connection.id = Connection::newId();
    connection.name = tr("Intermediate registry (%1)").arg(m_state.hostPort());
    connection.role = Connection::Role::Intermediate;
    connection.address = m_state.hostPort();
    connection.username = m_state.username;
    connection.tlsVerify = m_state.trust != SetupState::Trust::Insecure;
    if (m_state.trust == SetupState::Trust::Pinned) {
        connection.caFile = storePinnedCa();
    } else if (m_state.trust == SetupState::Trust::File) {
        connection.caFile = m_state.caFile;
    }
    if (!m_state.zuulUrl.isEmpty() && !m_state.zuulTenant.isEmpty()) {
        connection.zuulUrl = m_state.zuulUrl;
        connection.zuulTenant = m_state.zuulTenant;
    }
    m_connections->put(connection);
    if (m_state.sessionOnly) {
        m_connections->keepForSession(connection.id, m_state.password);
    }
    m_connections->check(connection.id);
    emit connectionCreated(connection.id);
    QWizard::accept();
}
