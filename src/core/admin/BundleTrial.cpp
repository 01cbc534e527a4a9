#include "BundleTrial.h"

#include "AtomicFile.h"
#include "DeploymentBundle.h"
#include "PingJob.h"
#include "RegistryClient.h"
#include "Sandbox.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>

namespace {
constexpr int kPollMs = 250;
}

BundleTrial::BundleTrial(const QString& bundleDir, QObject* parent)
    : QObject(parent)
    , m_bundleDir(bundleDir)
{
}

BundleTrial::~BundleTrial()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }
}

RegistryClient* BundleTrial::client() const
{
    return m_client;
}

QString BundleTrial::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

void BundleTrial::start(const QString& hostName, const QString& username, const QString& password)
{
    const auto program = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
    if (program.isEmpty()) {
        finish({RegistryError::Kind::Unsupported,
                tr("docker-registry is not installed here (Debian/Ubuntu package docker-registry)")});
        return;
    }
    const QDir bundle(m_bundleDir);
    QString error;
    m_port = Sandbox::freePort();
    const auto config = DeploymentBundle::registryConfig(bundle.filePath(QStringLiteral("certs")),
                                                         bundle.filePath(QStringLiteral("auth")),
                                                         m_work.filePath(QStringLiteral("data")), hostPort());
    if (!m_work.isValid() || !AtomicFile::write(m_work.filePath(QStringLiteral("config.yml")), config,
                                                QFileDevice::ReadOwner | QFileDevice::WriteOwner, &error)) {
        finish({RegistryError::Kind::Io, tr("cannot prepare the trial: %1").arg(error)});
        return;
    }
    m_process.setProgram(program);
    m_process.setArguments({QStringLiteral("serve"), m_work.filePath(QStringLiteral("config.yml"))});
    m_process.setStandardOutputFile(m_work.filePath(QStringLiteral("registry.log")));
    m_process.setStandardErrorFile(m_work.filePath(QStringLiteral("registry.log")));
    m_process.start();

    m_client = new RegistryClient(*RegistryAddress::parse(hostPort()), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(bundle.filePath(QStringLiteral("ca/ca.crt")));
    options.peerVerifyName = hostName;
    options.maxRetries = 0;
    m_client->setOptions(options);
    m_client->setCredentials({username, password, false});
    ping(0);
}

void BundleTrial::ping(int attempt)
{
    auto* job = m_client->ping();
    connect(job, &RegistryJob::finished, this, [this, job, attempt]() {
        job->deleteLater();
        if (!job->error()) {
            finish();
            return;
        }
        const bool starting = job->error().kind() == RegistryError::Kind::Network;
        if (starting && m_process.state() != QProcess::NotRunning && (attempt + 1) * kPollMs < kStartTimeoutMs) {
            QTimer::singleShot(kPollMs, this, [this, attempt]() { ping(attempt + 1); });
            return;
        }
        if (m_process.state() == QProcess::NotRunning) {
            QFile log(m_work.filePath(QStringLiteral("registry.log")));
            const auto tail = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(400)) : QString();
            finish({RegistryError::Kind::Io, tr("the bundle's registry did not start: %1").arg(tail.trimmed())});
            return;
        }
        finish(job->error());
    });
}

void BundleTrial::finish(const RegistryError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    emit finished();
}
