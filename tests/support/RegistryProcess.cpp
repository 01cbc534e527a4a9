#include "RegistryProcess.h"

#include "TestPki.h"
#include "TestProcess.h"
#include "TokenServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace {

bool fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

bool writeAtomically(const QString& path, const QByteArray& data, QString* error)
{
    // QSaveFile renames into place, so a reader (the registry) never sees a half-written file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    return true;
}

quint16 freePort()
{
    // The kernel picks a free port; the small race until the registry binds it is acceptable in tests.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString registryBinary()
{
    const QString debian = QStringLiteral("/usr/bin/docker-registry");
    if (QFile::exists(debian)) {
        return debian;
    }
    return QStandardPaths::findExecutable(QStringLiteral("registry"));
}

QByteArray quoted(const QString& value)
{
    return '"' + value.toUtf8() + '"';
}

} // namespace

RegistryProcess::RegistryProcess()
    : RegistryProcess(Options{})
{
}

RegistryProcess::RegistryProcess(const Options& options)
    : m_options(options)
    , m_users(options.users)
{
    m_users.insert(m_options.username, m_options.password);
}

RegistryProcess::~RegistryProcess()
{
    stop();
}

bool RegistryProcess::start(QString* error)
{
    if (isRunning()) {
        return true;
    }
    if (!m_prepared && !prepare(error)) {
        return false;
    }
    return launch(error);
}

bool RegistryProcess::prepare(QString* error)
{
    if (!m_dir.isValid()) {
        return fail(error, QStringLiteral("cannot create a temporary directory"));
    }
    m_port = freePort();
    QDir().mkpath(dataDir());
    const QString pkiDir = workDir() + QStringLiteral("/pki");
    const TestPki pki(pkiDir);
    if (m_options.tls || m_options.auth == AuthMode::Token) {
        if (!TestPki::create(pkiDir, error)) {
            return false;
        }
    }
    if (m_options.tls) {
        QDir().mkpath(hostCertDir());
        if (!QFile::copy(pki.caCert(), hostCertDir() + QStringLiteral("/ca.crt"))) {
            return fail(error, QStringLiteral("cannot fill %1").arg(hostCertDir()));
        }
    }
    if (m_options.auth == AuthMode::Htpasswd && !writeHtpasswd(error)) {
        return false;
    }
    if (m_options.auth == AuthMode::Token) {
        if (!TestPki::createTokenSigner(pkiDir, error)) {
            return false;
        }
        TokenServer::Options tokenOptions;
        tokenOptions.signingKeyFile = pki.tokenKey();
        tokenOptions.signingChainFiles = {pki.tokenCert(), pki.tokenCaCert()};
        tokenOptions.issuer = tokenIssuer;
        tokenOptions.service = tokenService;
        tokenOptions.users = m_users;
        if (m_options.tls) {
            // Clients reach the realm with the registry's trust settings, so it shares the registry's CA.
            tokenOptions.tlsCertFile = pki.serverCert();
            tokenOptions.tlsKeyFile = pki.serverKey();
        }
        m_tokenServer = std::make_unique<TokenServer>(tokenOptions);
        if (!m_tokenServer->start(error)) {
            return false;
        }
    }
    if (!writeAuthFile(authFile(), m_options.username, m_options.password) ||
        !writeAtomically(configFile(), configYaml(), error)) {
        return fail(error, QStringLiteral("cannot write the registry configuration"));
    }
    m_prepared = true;
    return true;
}

QByteArray RegistryProcess::configYaml() const
{
    const TestPki pki(workDir() + QStringLiteral("/pki"));
    QByteArray yaml = "version: 0.1\n"
                      "log:\n"
                      "  level: info\n"
                      "storage:\n"
                      "  filesystem:\n"
                      "    rootdirectory: " +
                      quoted(dataDir()) + "\n  delete:\n    enabled: " + (m_options.deleteEnabled ? "true" : "false") +
                      "\n  maintenance:\n    uploadpurging:\n      enabled: false\n"
                      "http:\n  addr: " +
                      quoted(hostPort()) +
                      "\n  secret: " + quoted(QString::number(QRandomGenerator::global()->generate64(), 16)) + "\n";
    if (m_options.tls) {
        yaml += "  tls:\n    certificate: " + quoted(pki.serverCert()) + "\n    key: " + quoted(pki.serverKey()) + "\n";
    }
    if (m_options.auth == AuthMode::Htpasswd) {
        yaml += "auth:\n  htpasswd:\n    realm: \"Registry Realm\"\n    path: " + quoted(htpasswdFile()) + "\n";
    } else if (m_options.auth == AuthMode::Token) {
        yaml += "auth:\n  token:\n    realm: " + quoted(m_tokenServer->realm().toString()) +
                "\n    service: " + quoted(tokenService) + "\n    issuer: " + quoted(tokenIssuer) +
                "\n    rootcertbundle: " + quoted(pki.tokenCaCert()) + "\n";
    }
    if (m_options.catalogMaxEntries > 0) {
        yaml += "catalog:\n  maxentries: " + QByteArray::number(m_options.catalogMaxEntries) + "\n";
    }
    if (!m_options.notificationsUrl.isEmpty()) {
        yaml += "notifications:\n  endpoints:\n    - name: test\n      url: " + quoted(m_options.notificationsUrl) +
                "\n      timeout: 1s\n      threshold: 3\n      backoff: 1s\n";
        if (!m_options.notificationsToken.isEmpty()) {
            yaml += "      headers:\n        Authorization: [" +
                    quoted(QStringLiteral("Bearer ") + m_options.notificationsToken) + "]\n";
        }
    }
    return yaml;
}

bool RegistryProcess::launch(QString* error)
{
    const QString binary = registryBinary();
    if (binary.isEmpty()) {
        return fail(error, QStringLiteral("docker-registry is not installed"));
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binary);
    m_process->setArguments({QStringLiteral("serve"), configFile()});
    m_process->setWorkingDirectory(workDir());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logFile(), QIODevice::Append);
    // If the test binary dies, the registry must not outlive it and hold the port. (The signal follows the
    // thread that started it, so start registries from a thread that lives as long as they should.)
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start();
    if (!m_process->waitForStarted(5000)) {
        const QString message = m_process->errorString();
        m_process.reset();
        return fail(error, QStringLiteral("cannot start %1: %2").arg(binary, message));
    }
    return waitUntilReady(error);
}

bool RegistryProcess::waitUntilReady(QString* error)
{
    const QDeadlineTimer deadline(10000);
    const TestHttpClient client = http();
    QUrl probe = baseUrl();
    probe.setPath(QStringLiteral("/v2/"));
    QString lastProblem;
    while (!deadline.hasExpired()) {
        // Doubles as the poll interval and notices an early exit (bad config, port taken).
        if (m_process->waitForFinished(50)) {
            m_process.reset();
            return fail(error, QStringLiteral("docker-registry exited during start-up:\n%1").arg(log()));
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(200)) {
            continue;
        }
        socket.abort();
        const TestHttpClient::Reply reply = client.get(probe);
        if (reply.status == 200 || reply.status == 401) {
            return true;
        }
        lastProblem = reply.error.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status) : reply.error;
    }
    stop();
    return fail(error, QStringLiteral("docker-registry not ready after 10 s (%1):\n%2").arg(lastProblem, log()));
}

void RegistryProcess::stop()
{
    if (!m_process) {
        return;
    }
    m_process->terminate();
    if (!m_process->waitForFinished(3000)) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
    m_process.reset();
}

bool RegistryProcess::restart(QString* error)
{
    stop();
    return start(error);
}

bool RegistryProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 RegistryProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QString RegistryProcess::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QUrl RegistryProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString RegistryProcess::workDir() const
{
    return m_dir.path();
}

QString RegistryProcess::caFile() const
{
    return m_options.tls ? workDir() + QStringLiteral("/pki/ca.crt") : QString();
}

QString RegistryProcess::certsDir() const
{
    return workDir() + QStringLiteral("/certs.d");
}

QString RegistryProcess::hostCertDir() const
{
    return certsDir() + QLatin1Char('/') + hostPort();
}

QString RegistryProcess::dataDir() const
{
    return workDir() + QStringLiteral("/data");
}

QString RegistryProcess::repositoriesDir() const
{
    return dataDir() + QStringLiteral("/docker/registry/v2/repositories");
}

QString RegistryProcess::configFile() const
{
    return workDir() + QStringLiteral("/config.yml");
}

QString RegistryProcess::htpasswdFile() const
{
    return workDir() + QStringLiteral("/htpasswd");
}

QString RegistryProcess::authFile() const
{
    return workDir() + QStringLiteral("/auth.json");
}

QString RegistryProcess::logFile() const
{
    return workDir() + QStringLiteral("/registry.log");
}

bool RegistryProcess::writeHtpasswd(QString* error) const
{
    QByteArray content;
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        // -i takes the password from stdin so it never shows in the process list.
        const TestProcess::Result result = TestProcess::run(
            QStringLiteral("htpasswd"), {QStringLiteral("-niB"), it.key()}, 30000, it.value().toUtf8() + '\n');
        if (!result.ok()) {
            return fail(error, QStringLiteral("htpasswd: %1").arg(result.describe()));
        }
        content += result.out.trimmed() + '\n';
    }
    return writeAtomically(htpasswdFile(), content, error);
}

bool RegistryProcess::addUser(const QString& user, const QString& password, QString* error)
{
    m_users.insert(user, password);
    if (m_tokenServer) {
        m_tokenServer->setUser(user, password);
    }
    return m_options.auth != AuthMode::Htpasswd || !m_prepared || writeHtpasswd(error);
}

bool RegistryProcess::removeUser(const QString& user, QString* error)
{
    m_users.remove(user);
    if (m_tokenServer) {
        m_tokenServer->removeUser(user);
    }
    return m_options.auth != AuthMode::Htpasswd || !m_prepared || writeHtpasswd(error);
}

bool RegistryProcess::writeAuthFile(const QString& path, const QString& user, const QString& password) const
{
    const QJsonObject entry{
        {QStringLiteral("auth"), QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64())}};
    const QJsonObject root{{QStringLiteral("auths"), QJsonObject{{hostPort(), entry}}}};
    return writeAtomically(path, QJsonDocument(root).toJson(), nullptr);
}

bool RegistryProcess::writeClientFiles(const QList<const RegistryProcess*>& registries, const QString& authFile,
                                       const QString& certsDir, QString* error)
{
    QJsonObject auths;
    for (const auto* registry : registries) {
        const auto login = (registry->username() + QLatin1Char(':') + registry->password()).toUtf8().toBase64();
        auths.insert(registry->hostPort(), QJsonObject{{QStringLiteral("auth"), QString::fromLatin1(login)}});
        const auto hostDir = certsDir + QLatin1Char('/') + registry->hostPort();
        if (!QDir().mkpath(hostDir) || !QFile::copy(registry->caFile(), hostDir + QStringLiteral("/ca.crt"))) {
            *error = QStringLiteral("cannot write ") + hostDir;
            return false;
        }
    }
    return writeAtomically(authFile, QJsonDocument(QJsonObject{{QStringLiteral("auths"), auths}}).toJson(), error);
}

QByteArray RegistryProcess::authorization(const QStringList& scopes) const
{
    switch (m_options.auth) {
    case AuthMode::Htpasswd:
        return TestHttpClient::basicAuthorization(m_options.username, m_options.password);
    case AuthMode::Token:
        return "Bearer " + m_tokenServer->signToken(m_options.username,
                                                    m_tokenServer->grantedAccess(m_options.username, scopes), 300);
    case AuthMode::None:
        break;
    }
    return {};
}

TestHttpClient RegistryProcess::http() const
{
    return TestHttpClient(caFile());
}

bool RegistryProcess::hasManifest(const QString& repository, const QString& reference) const
{
    const auto reply = http().request(
        "HEAD", QUrl(baseUrl().toString() + QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference)),
        {{"Authorization", authorization({QStringLiteral("repository:%1:pull").arg(repository)})},
         {"Accept", "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, "
                    "application/vnd.docker.distribution.manifest.v2+json, "
                    "application/vnd.docker.distribution.manifest.list.v2+json"}});
    return reply.status == 200;
}

QString RegistryProcess::log() const
{
    QFile file(logFile());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void RegistryProcess::dumpLogOnFailure() const
{
    if (QTest::currentTestFailed()) {
        qWarning().noquote() << "docker-registry log (" << logFile() << "):\n" << log();
    }
}

bool RegistryProcess::cloneRepository(const QString& from, const QString& to, QString* error) const
{
    const QDir source(repositoriesDir() + QLatin1Char('/') + from);
    const QString target = repositoriesDir() + QLatin1Char('/') + to;
    if (!source.exists() || QFileInfo::exists(target)) {
        return fail(error, QStringLiteral("cannot clone %1 to %2: source missing or target exists").arg(from, to));
    }
    QDirIterator it(source.path(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    QDir().mkpath(target);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString copy = target + QLatin1Char('/') + source.relativeFilePath(path);
        const bool ok = it.fileInfo().isDir() ? QDir().mkpath(copy)
                                              : QDir().mkpath(QFileInfo(copy).path()) && QFile::copy(path, copy);
        if (!ok) {
            return fail(error, QStringLiteral("cannot copy %1 to %2").arg(path, copy));
        }
    }
    return true;
}
