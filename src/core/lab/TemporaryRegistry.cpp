#include "TemporaryRegistry.h"

#include "BundleTrial.h"
#include "admin/DeploymentBundle.h"
#include "admin/PasswordGenerator.h"

#include <QTimer>

TemporaryRegistry::TemporaryRegistry(QObject* parent)
    : Job(parent)
{
}

TemporaryRegistry::~TemporaryRegistry() = default;

RegistryClient* TemporaryRegistry::client() const
{
    return m_trial && m_trial->isFinished() && !m_trial->error() ? m_trial->client() : nullptr;
}

void TemporaryRegistry::run()
{
    DeploymentBundle::Request request;
    request.host = QStringLiteral("127.0.0.1");
    request.password = PasswordGenerator::generate();
    request.site = QStringLiteral("temporary");
    request.bcryptCost = 4; // lives for minutes with a random password
    QString error;
    const auto bundle = m_dir.filePath(QStringLiteral("bundle"));
    if (!m_dir.isValid() || !DeploymentBundle::write(bundle, request, &error)) {
        finish({RegistryError::Kind::Io, tr("cannot prepare a temporary registry: %1").arg(error)});
        return;
    }
    // Not tracked: the trial holds the running registry, which must outlive this job's finishing.
    m_trial = new BundleTrial(bundle, request.host, request.username, request.password, this);
    connect(m_trial, &Job::finished, this, [this]() { finish(m_trial->error()); });
}
