#include "BundleTrial.h"

#include "Sandbox.h"
#include "admin/DeploymentBundle.h"
#include "registry/PingJob.h"
#include "registry/RegistryClient.h"
#include "util/AtomicFile.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>

namespace {
constexpr int kPollMs = 250;
}

BundleTrial::BundleTrial(const QString& bundleDir, const QString& hostName, const QString& username,
                         const QString& password, QObject* parent)
    : Job(parent)
    , m_bundleDir(bundleDir)
    , m_hostName(hostName)
    , m_username(username)
    , m_password(password)
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

void BundleTrial::run()
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
    options.peerVerifyName = m_hostName;
    options.maxRetries = 0;
    m_client->setOptions(options);
    m_client->setCredentials({m_username, m_password, false});
    ping(0);
}

void BundleTrial::ping(int attempt)
{
    track<PingJob>(m_client->ping(), [this, attempt](PingJob* job) {
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
