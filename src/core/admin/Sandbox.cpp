#include "Sandbox.h"

#include "AtomicFile.h"
#include "DeploymentBundle.h"
#include "PasswordGenerator.h"
#include "PingJob.h"
#include "RegistryClient.h"
#include "SampleImages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <csignal>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(1024 * 1024) : QByteArray();
}

} // namespace

Sandbox::Sandbox(const QString& directory, QObject* parent)
    : QObject(parent)
    , m_dir(QDir(directory).absolutePath())
{
    load();
}

quint16 Sandbox::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QString Sandbox::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/registrydesk/sandbox");
}

QStringList Sandbox::roles()
{
    return {QStringLiteral("intermediate"), QStringLiteral("buildset"), QStringLiteral("publication")};
}

QString Sandbox::authFile() const
{
    return m_dir + QStringLiteral("/auth.json");
}

QString Sandbox::certsDir() const
{
    return m_dir + QStringLiteral("/certs.d");
}

QString Sandbox::memberDir(const Member& member) const
{
    return m_dir + QLatin1Char('/') + member.role;
}

bool Sandbox::load()
{
    const auto state = QJsonDocument::fromJson(readFile(m_dir + QStringLiteral("/sandbox.json"))).object();
    m_seeded = state.value(QLatin1String("seeded")).toBool();
    m_members.clear();
    for (const auto& role : roles()) {
        const auto entry = state.value(QLatin1String("registries")).toObject().value(role).toObject();
        Member member;
        member.role = role;
        member.port = static_cast<quint16>(entry.value(QLatin1String("port")).toInt());
        member.pid = entry.value(QLatin1String("pid")).toInteger();
        m_members << member;
    }
    m_auths = QJsonDocument::fromJson(readFile(authFile())).object().value(QLatin1String("auths")).toObject();
    return true;
}

bool Sandbox::save(QString* error) const
{
    QJsonObject registries;
    for (const auto& member : m_members) {
        registries.insert(member.role,
                          QJsonObject{{QStringLiteral("port"), member.port}, {QStringLiteral("pid"), member.pid}});
    }
    const QJsonObject state{{QStringLiteral("registries"), registries}, {QStringLiteral("seeded"), m_seeded}};
    const auto secret = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    return AtomicFile::write(m_dir + QStringLiteral("/sandbox.json"), QJsonDocument(state).toJson(), secret, error) &&
           AtomicFile::write(authFile(), QJsonDocument(QJsonObject{{QStringLiteral("auths"), m_auths}}).toJson(),
                             secret, error);
}

bool Sandbox::isRunning(const Member& member) const
{
    if (member.pid <= 0) {
        return false;
    }
    // Only our own registry counts: a reused pid of another program does not.
    const auto cmdline = readFile(QStringLiteral("/proc/%1/cmdline").arg(member.pid));
    return cmdline.contains("docker-registry") && cmdline.contains(QFile::encodeName(memberDir(member)));
}

bool Sandbox::prepare(Member& member, QString* error)
{
    const auto dir = memberDir(member);
    if (member.port == 0) {
        member.port = freePort();
    }
    if (!QFile::exists(dir + QStringLiteral("/docker-compose.yaml"))) {
        DeploymentBundle::Request request;
        request.host = QStringLiteral("127.0.0.1");
        request.port = member.port;
        request.extraNames = {QStringLiteral("DNS:localhost")};
        request.password = PasswordGenerator::generate();
        request.site = QStringLiteral("sandbox");
        request.bcryptCost = 6; // a sandbox checks logins often; its passwords are random anyway
        if (!DeploymentBundle::write(dir, request, error)) {
            return false;
        }
        m_auths.insert(
            member.hostPort(),
            QJsonObject{
                {QStringLiteral("auth"),
                 QString::fromLatin1((request.username + QLatin1Char(':') + request.password).toUtf8().toBase64())}});
    }
    const auto config = DeploymentBundle::registryConfig(dir + QStringLiteral("/certs"), dir + QStringLiteral("/auth"),
                                                         dir + QStringLiteral("/data"), member.hostPort());
    const auto caDir = certsDir() + QLatin1Char('/') + member.hostPort();
    return AtomicFile::write(dir + QStringLiteral("/sandbox.yml"), config,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner, error) &&
           AtomicFile::write(caDir + QStringLiteral("/ca.crt"), readFile(dir + QStringLiteral("/ca/ca.crt")),
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                 QFileDevice::ReadOther,
                             error);
}

bool Sandbox::launch(Member& member, QString* error)
{
    const auto program = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
    if (program.isEmpty()) {
        *error = tr("docker-registry is not installed (Debian/Ubuntu package docker-registry)");
        return false;
    }
    QProcess process;
    process.setProgram(program);
    process.setArguments({QStringLiteral("serve"), memberDir(member) + QStringLiteral("/sandbox.yml")});
    process.setWorkingDirectory(memberDir(member));
    process.setStandardOutputFile(memberDir(member) + QStringLiteral("/registry.log"), QIODevice::Append);
    process.setStandardErrorFile(memberDir(member) + QStringLiteral("/registry.log"), QIODevice::Append);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!process.startDetached(&member.pid)) {
        *error = tr("cannot start docker-registry for the %1 registry").arg(member.role);
        return false;
    }
    return true;
}

RegistryClient* Sandbox::clientFor(const Member& member)
{
    auto* client = new RegistryClient(*RegistryAddress::parse(member.hostPort()), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(memberDir(member) + QStringLiteral("/ca/ca.crt"));
    options.maxRetries = 0;
    client->setOptions(options);
    const auto decoded = QByteArray::fromBase64(
        m_auths.value(member.hostPort()).toObject().value(QLatin1String("auth")).toString().toLatin1());
    const auto colon = decoded.indexOf(':');
    client->setCredentials({QString::fromUtf8(decoded.left(colon)), QString::fromUtf8(decoded.mid(colon + 1)), false});
    return client;
}

void Sandbox::up()
{
    QString error;
    // A new directory is private (it holds keys and passwords); an existing one given by the user keeps
    // its permissions: the sandbox keeps its secrets in 0600 files either way.
    const bool created = !QFileInfo::exists(m_dir);
    if (!QDir().mkpath(m_dir) ||
        (created &&
         !QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))) {
        finish({RegistryError::Kind::Io, tr("cannot create %1").arg(m_dir)});
        return;
    }
    for (auto& member : m_members) {
        if (isRunning(member)) {
            continue;
        }
        emit step(tr("starting the %1 registry").arg(member.role));
        if (!prepare(member, &error) || !launch(member, &error) || !save(&error)) {
            finish({RegistryError::Kind::Io, error});
            return;
        }
    }
    waitUntilReady(0);
}

void Sandbox::waitUntilReady(int attempt)
{
    auto remaining = std::make_shared<int>(static_cast<int>(m_members.size()));
    auto failed = std::make_shared<RegistryError>();
    for (const auto& member : std::as_const(m_members)) {
        auto* client = clientFor(member);
        auto* ping = client->ping();
        connect(ping, &RegistryJob::finished, this, [this, client, ping, remaining, failed, attempt]() {
            if (ping->error() && !*failed) {
                *failed = ping->error();
            }
            client->deleteLater();
            if (--*remaining > 0) {
                return;
            }
            if (!*failed) {
                seed(0);
            } else if (attempt < 100 && failed->kind() == RegistryError::Kind::Network) {
                QTimer::singleShot(100, this, [this, attempt]() { waitUntilReady(attempt + 1); });
            } else {
                finish({failed->kind(), tr("the sandbox registries did not come up: %1").arg(failed->message())});
            }
        });
    }
}

void Sandbox::seed(int index)
{
    if (m_seeded || index >= m_members.size()) {
        m_seeded = true;
        QString error;
        if (!save(&error)) {
            finish({RegistryError::Kind::Io, error});
            return;
        }
        finish();
        return;
    }
    const auto& member = m_members[index];
    emit step(tr("pushing sample images to the %1 registry").arg(member.role));
    const auto role = index == 0 ? SampleImages::Role::Intermediate
                                 : (index == 1 ? SampleImages::Role::Buildset : SampleImages::Role::Publication);
    auto* client = clientFor(member);
    auto* samples = new SampleImages(client, role, this);
    connect(samples, &TransferJob::finished, this, [this, samples, client, index]() {
        samples->deleteLater();
        client->deleteLater();
        if (samples->error()) {
            finish(samples->error());
            return;
        }
        seed(index + 1);
    });
}

bool Sandbox::down(QString* error)
{
    for (auto& member : m_members) {
        if (!isRunning(member)) {
            member.pid = 0;
            continue;
        }
        ::kill(static_cast<pid_t>(member.pid), SIGTERM);
        for (int i = 0; i < 50 && isRunning(member); ++i) {
            QThread::msleep(100);
        }
        if (isRunning(member)) {
            ::kill(static_cast<pid_t>(member.pid), SIGKILL);
            QThread::msleep(200);
        }
        if (isRunning(member)) {
            *error = tr("the %1 registry (pid %2) does not stop").arg(member.role).arg(member.pid);
            return false;
        }
        member.pid = 0;
    }
    return save(error);
}

void Sandbox::finish(const RegistryError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    emit finished();
}
