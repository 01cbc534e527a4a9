#include "TemporaryRegistry.h"

#include "BundleTrial.h"
#include "DeploymentBundle.h"
#include "PasswordGenerator.h"

#include <QTimer>

TemporaryRegistry::TemporaryRegistry(QObject* parent)
    : QObject(parent)
{
}

TemporaryRegistry::~TemporaryRegistry() = default;

RegistryClient* TemporaryRegistry::client() const
{
    return m_trial && m_trial->isFinished() && !m_trial->error() ? m_trial->client() : nullptr;
}

void TemporaryRegistry::start()
{
    DeploymentBundle::Request request;
    request.host = QStringLiteral("127.0.0.1");
    request.password = PasswordGenerator::generate();
    request.site = QStringLiteral("temporary");
    request.bcryptCost = 4; // lives for minutes with a random password
    QString error;
    const auto bundle = m_dir.filePath(QStringLiteral("bundle"));
    if (!m_dir.isValid() || !DeploymentBundle::write(bundle, request, &error)) {
        QTimer::singleShot(0, this, [this, error]() {
            finish({RegistryError::Kind::Io, tr("cannot prepare a temporary registry: %1").arg(error)});
        });
        return;
    }
    m_trial = new BundleTrial(bundle, this);
    connect(m_trial, &BundleTrial::finished, this, [this]() { finish(m_trial->error()); });
    m_trial->start(request.host, request.username, request.password);
}

void TemporaryRegistry::finish(const RegistryError& error)
{
    m_error = error;
    emit finished();
}
