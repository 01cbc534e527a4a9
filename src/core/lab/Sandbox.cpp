#include "Sandbox.h"

#include "SampleImages.h"
#include "admin/DeploymentBundle.h"
#include "admin/PasswordGenerator.h"
#include "registry/PingJob.h"
#include "registry/RegistryClient.h"
#include "util/AtomicFile.h"
#include "util/Printable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#include <csignal>
#include <memory>
#include <vector>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(1024 * 1024) : QByteArray();
}

} // namespace

Sandbox::Sandbox(const QString& directory)
    : m_dir(QDir(directory).absolutePath())
{
    load();
}

quint16 Sandbox::freePort()
{
    return freePorts(1).value(0);
}

QList<quint16> Sandbox::freePorts(int count, const QList<quint16>& taken)
{
    std::vector<std::unique_ptr<QTcpServer>> held;
    QList<quint16> ports;
    // A taken port the kernel offers stays held too, so it is not offered again; the bound only ends a loop
    // on a machine without free ports.
    for (int attempt = 0; ports.size() < count && attempt < count + 64; ++attempt) {
        auto& server = held.emplace_back(std::make_unique<QTcpServer>());
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            break;
        }
        if (!taken.contains(server->serverPort())) {
            ports << server->serverPort();
        }
    }
    return ports;
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
    return servingPid(member) > 0;
}

// Found by its command line: maintenance/gc.sh restarts the registry, so the pid the sandbox started may be gone
// while the registry runs on. Only our own registry counts: a reused pid of another program does not.
qint64 Sandbox::servingPid(const Member& member) const
{
    const auto mine = QFile::encodeName(memberDir(member) + QLatin1Char('/'));
    const auto serves = [&mine](qint64 pid) {
        const auto cmdline = readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
        return cmdline.contains("docker-registry") && cmdline.contains("serve") && cmdline.contains(mine);
    };
    if (member.pid > 0 && serves(member.pid)) {
        return member.pid;
    }
    for (const auto& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const auto pid = entry.toLongLong(&number);
        if (number && serves(pid)) {
            return pid;
        }
    }
    return 0;
}

QString Sandbox::exitReason(const Member& member) const
{
    // The tail of what this launch wrote: registry.log gathers every run's lines.
    constexpr qint64 kTail = 64 * 1024;
    QFile log(memberDir(member) + QStringLiteral("/registry.log"));
    if (!log.open(QIODevice::ReadOnly)) {
        return {};
    }
    log.seek(std::max(m_logStarts.value(member.role), log.size() - kTail));
    QString reason;
    // docker-registry ends with logrus' level=fatal line (a port in use, a bad certificate) or, for a
    // configuration it cannot read, a plain "configuration error: ..." on stderr.
    static const QRegularExpression fatal(QStringLiteral(R"re(level=(?:fatal|panic) msg="((?:[^"\\]|\\.)*)")re"));
    for (const auto& line : log.readAll().split('\n')) {
        const auto text = QString::fromUtf8(line);
        if (const auto match = fatal.match(text); match.hasMatch()) {
            reason = match.captured(1).replace(QLatin1String("\\\""), QLatin1String("\""));
        } else if (text.startsWith(QLatin1String("configuration error:"))) {
            reason = text;
        }
    }
    return Printable::stripped(reason.trimmed());
}

void Sandbox::setEvents(const QString& url, const QString& token)
{
    m_eventsUrl = url;
    m_eventsToken = token;
}

bool Sandbox::prepare(Member& member, quint16 debugPort, QString* error)
{
    const auto dir = memberDir(member);
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
    // Metrics and health on loopback; the read-only twin is what maintenance/gc.sh serves while it collects.
    RegistryServeOptions serve{QStringLiteral("127.0.0.1:%1").arg(debugPort), false, m_eventsUrl, m_eventsToken};
    const auto config = [&]() {
        return DeploymentBundle::registryConfig(dir + QStringLiteral("/certs"), dir + QStringLiteral("/auth"),
                                                dir + QStringLiteral("/data"), member.hostPort(), serve);
    };
    const auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto caDir = certsDir() + QLatin1Char('/') + member.hostPort();
    if (!AtomicFile::write(dir + QStringLiteral("/sandbox.yml"), config(), privateFile, error)) {
        return false;
    }
    serve.readOnly = true;
    return AtomicFile::write(dir + QStringLiteral("/readonly.yml"), config(), privateFile, error) &&
           AtomicFile::write(dir + QStringLiteral("/maintenance/gc.sh"), garbageCollectScript(member),
                             privateFile | QFileDevice::ExeOwner, error) &&
           AtomicFile::write(caDir + QStringLiteral("/ca.crt"), readFile(dir + QStringLiteral("/ca/ca.crt")),
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                 QFileDevice::ReadOther,
                             error);
}

// maintenance/gc.sh of a sandbox registry: what the deployment bundle's script does with docker compose, done
// with Debian's docker-registry processes.
QByteArray Sandbox::garbageCollectScript(const Member& member)
{
    return (QStringLiteral("#!/bin/sh\n"
                           "# Plain garbage collection of the sandbox's %1 registry: read-only mode on (the registry\n"
                           "# serves readonly.yml), Debian's docker-registry garbage-collect, read-only mode off; the\n"
                           "# blob store's size before and after. Never --delete-untagged on registry 2.8: it also\n"
                           "# deletes the platform manifests of tagged multi-arch images. Delete untagged images with\n"
                           "#   registrydesk-cli gc delete-untagged DATA --registry HOST:PORT\n"
                           "# first if they should go too.\n"
                           "set -eu\n"
                           "here=$(cd \"$(dirname \"$0\")/..\" && pwd)\n")
                .arg(member.role) +
            DeploymentBundle::blobBytesShell() +
            QStringLiteral("serving() { pgrep -f \"docker-registry serve $here/\" || true; }\n"
                           "stop() {\n"
                           "  for pid in $(serving); do kill \"$pid\"; done\n"
                           "  while [ -n \"$(serving)\" ]; do sleep 0.1; done\n"
                           "}\n"
                           "serve() {\n"
                           "  (cd \"$here\" && nohup docker-registry serve \"$here/$1\" >>\"$here/registry.log\" 2>&1 "
                           "</dev/null &)\n"
                           "}\n"
                           "before=$(blob_bytes \"$here/data\")\n"
                           "echo \"blobs before: $before bytes\"\n"
                           "stop\n"
                           "serve readonly.yml\n"
                           "# Read-only mode goes off again whatever happens below.\n"
                           "trap 'stop; serve sandbox.yml' EXIT\n"
                           "docker-registry garbage-collect \"$here/sandbox.yml\"\n"
                           "after=$(blob_bytes \"$here/data\")\n"
                           "echo \"blobs after: $after bytes; freed $((before - after)) bytes\"\n"))
        .toUtf8();
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
    m_logStarts.insert(member.role, QFileInfo(memberDir(member) + QStringLiteral("/registry.log")).size());
    if (!process.startDetached(&member.pid)) {
        *error = tr("cannot start docker-registry for the %1 registry").arg(member.role);
        return false;
    }
    return true;
}

RegistryClient* Sandbox::clientFor(const Member& member, QObject* parent) const
{
    auto* client = new RegistryClient(*RegistryAddress::parse(member.hostPort()), parent);
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

// A job on its own copy of the sandbox: it writes the state file as it goes.
class Sandbox::Work : public Job
{
protected:
    Work(Sandbox sandbox, const QString& title, QObject* parent)
        : Job(parent)
        , m_sandbox(std::move(sandbox))
    {
        setTitle(title.arg(m_sandbox.directory()));
    }

    Sandbox m_sandbox;
};

class Sandbox::UpJob : public Work
{
public:
    UpJob(Sandbox sandbox, QObject* parent)
        : Work(std::move(sandbox), Sandbox::tr("Start the sandbox in %1"), parent)
    {
    }

protected:
    void run() override
    {
        QString error;
        // A new directory is private (it holds keys and passwords); an existing one given by the user keeps
        // its permissions: the sandbox keeps its secrets in 0600 files either way.
        const auto& dir = m_sandbox.m_dir;
        const bool created = !QFileInfo::exists(dir);
        if (!QDir().mkpath(dir) ||
            (created &&
             !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))) {
            finish({RegistryError::Kind::Io, Sandbox::tr("cannot create %1").arg(dir)});
            return;
        }
        // Every port this start needs is picked at once: a registry binds its ports only after it starts, so
        // ports picked one by one could go to two listeners of the sandbox (each then stops the other).
        auto& members = m_sandbox.m_members;
        QList<qsizetype> starting;
        QList<quint16> saved;
        int needed = 0;
        for (qsizetype i = 0; i < members.size(); ++i) {
            saved << members[i].port;
            if (!m_sandbox.isRunning(members[i])) {
                starting << i;
                needed += members[i].port == 0 ? 2 : 1; // its own port the first time, a debug port each time
            }
        }
        auto ports = Sandbox::freePorts(needed, saved);
        if (ports.size() < needed) {
            finish({RegistryError::Kind::Io, Sandbox::tr("no free loopback port for the sandbox registries")});
            return;
        }
        for (const auto i : std::as_const(starting)) {
            auto& member = members[i];
            emit step(Sandbox::tr("starting the %1 registry").arg(member.role));
            if (member.port == 0) {
                member.port = ports.takeFirst();
            }
            if (!m_sandbox.prepare(member, ports.takeFirst(), &error) || !m_sandbox.launch(member, &error) ||
                !m_sandbox.save(&error)) {
                finish({RegistryError::Kind::Io, error});
                return;
            }
        }
        waitUntilReady(0);
    }

private:
    // Asked every 100 ms: 10 s for a registry to listen. A handshake cut short is asked again for 2 s only,
    // the time a registry that cannot start takes to exit and say why; after that it is a real TLS failure.
    static constexpr int kReadyAttempts = 100;
    static constexpr int kCutShortAttempts = 20;

    void waitUntilReady(int attempt)
    {
        auto remaining = std::make_shared<int>(static_cast<int>(m_sandbox.m_members.size()));
        auto failed = std::make_shared<RegistryError>();
        for (const auto& member : std::as_const(m_sandbox.m_members)) {
            auto* client = m_sandbox.clientFor(member, this);
            track<PingJob>(client->ping(), [this, client, remaining, failed, attempt](PingJob* ping) {
                if (ping->error() && !*failed) {
                    *failed = ping->error();
                }
                client->deleteLater();
                if (--*remaining > 0) {
                    return;
                }
                if (!*failed) {
                    seed(0);
                } else if (const auto exited = exitedMember(); !exited.isEmpty()) {
                    // A registry that stopped on its own says why in its log; a handshake cut short or a
                    // refused connection would only hide that.
                    finish({RegistryError::Kind::Io, exited});
                } else if (attempt < kReadyAttempts &&
                           (failed->kind() == RegistryError::Kind::Network ||
                            (failed->kind() == RegistryError::Kind::Tls && attempt < kCutShortAttempts))) {
                    QTimer::singleShot(100, this, [this, attempt]() {
                        if (!isFinished()) {
                            waitUntilReady(attempt + 1);
                        }
                    });
                } else {
                    finish({failed->kind(),
                            Sandbox::tr("the sandbox registries did not come up: %1").arg(failed->message())});
                }
            });
        }
    }

    // "the buildset registry exited: <why>" for the first member whose process is gone, empty while all run.
    QString exitedMember() const
    {
        for (const auto& member : std::as_const(m_sandbox.m_members)) {
            if (!m_sandbox.isRunning(member)) {
                const auto reason = m_sandbox.exitReason(member);
                return reason.isEmpty()
                           ? Sandbox::tr("the %1 registry exited; its log is %2")
                                 .arg(member.role, m_sandbox.memberDir(member) + QStringLiteral("/registry.log"))
                           : Sandbox::tr("the %1 registry exited: %2").arg(member.role, reason);
            }
        }
        return {};
    }

    void seed(int index)
    {
        const auto& members = m_sandbox.m_members;
        if (m_sandbox.m_seeded || index >= members.size()) {
            m_sandbox.m_seeded = true;
            QString error;
            if (!m_sandbox.save(&error)) {
                finish({RegistryError::Kind::Io, error});
                return;
            }
            finish();
            return;
        }
        const auto& member = members[index];
        emit step(Sandbox::tr("pushing sample images to the %1 registry").arg(member.role));
        const auto role = index == 0 ? SampleImages::Role::Intermediate
                                     : (index == 1 ? SampleImages::Role::Buildset : SampleImages::Role::Publication);
        auto* client = m_sandbox.clientFor(member, this);
        require<SampleImages>(new SampleImages(client, role, this), [this, client, index](SampleImages*) {
            client->deleteLater();
            seed(index + 1);
        });
    }
};

// Signals every running registry, then looks again every 100 ms on the event loop instead of sleeping.
class Sandbox::DownJob : public Work
{
public:
    DownJob(Sandbox sandbox, QObject* parent)
        : Work(std::move(sandbox), Sandbox::tr("Stop the sandbox in %1"), parent)
    {
    }

    static constexpr int kPollMs = 100;
    static constexpr int kTermPolls = 50; // 5 s for a clean stop, then SIGKILL
    static constexpr int kKillPolls = 10;

protected:
    void run() override
    {
        for (const auto& member : std::as_const(m_sandbox.m_members)) {
            if (const auto pid = m_sandbox.servingPid(member)) {
                ::kill(static_cast<pid_t>(pid), SIGTERM);
            }
        }
        poll(0);
    }

private:
    void poll(int round)
    {
        bool waiting = false;
        for (auto& member : m_sandbox.m_members) {
            member.pid = m_sandbox.servingPid(member);
            if (member.pid == 0) {
                continue;
            }
            if (round == kTermPolls) {
                ::kill(static_cast<pid_t>(member.pid), SIGKILL);
            } else if (round >= kTermPolls + kKillPolls) {
                finish({RegistryError::Kind::Io,
                        Sandbox::tr("the %1 registry (pid %2) does not stop").arg(member.role).arg(member.pid)});
                return;
            }
            waiting = true;
        }
        if (waiting) {
            QTimer::singleShot(kPollMs, this, [this, round]() { poll(round + 1); });
            return;
        }
        QString error;
        finish(m_sandbox.save(&error) ? RegistryError() : RegistryError(RegistryError::Kind::Io, error));
    }
};

Job* Sandbox::up(QObject* parent) const
{
    return new UpJob(*this, parent);
}

Job* Sandbox::down(QObject* parent) const
{
    return new DownJob(*this, parent);
}
