#include "AuthFile.h"

#include "util/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

namespace {

constexpr qint64 kMaxAuthFileBytes = 4 * 1024 * 1024;

// "https://index.docker.io/v1/", "http://host:5000/", "host:5000" -> a comparable address.
std::optional<RegistryAddress> addressOfKey(const QString& key)
{
    QString text = key;
    for (const auto& prefix : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (text.startsWith(prefix)) {
            text = text.mid(prefix.size());
        }
    }
    text = text.section(QLatin1Char('/'), 0, 0);
    return RegistryAddress::parse(text);
}

} // namespace

QStringList AuthFile::defaultPaths()
{
    QStringList candidates;
    const auto env = qEnvironmentVariable("REGISTRY_AUTH_FILE");
    if (!env.isEmpty()) {
        candidates << env;
    }
    const auto runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        candidates << runtime + QStringLiteral("/containers/auth.json");
    }
    candidates << QDir::homePath() + QStringLiteral("/.docker/config.json");
    QStringList existing;
    for (const auto& path : std::as_const(candidates)) {
        if (QFile::exists(path)) {
            existing << path;
        }
    }
    return existing;
}

std::optional<AuthFile> AuthFile::load(const QString& path, QString* error)
{
    AuthFile file;
    file.m_path = path;
    QFile f(path);
    if (!f.exists()) {
        return file; // a new file: logins will create it
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("cannot read the auth file %1: %2").arg(path, f.errorString());
        }
        return std::nullopt;
    }
    return parse(f.read(kMaxAuthFileBytes + 1), path, error);
}

std::optional<AuthFile> AuthFile::parse(const QByteArray& bytes, const QString& path, QString* error)
{
    AuthFile file;
    file.m_path = path;
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(bytes, &parseError);
    if (bytes.size() > kMaxAuthFileBytes || (!bytes.trimmed().isEmpty() && !doc.isObject())) {
        if (error) {
            *error = tr("the auth file %1 is not valid JSON (%2)").arg(path, parseError.errorString());
        }
        return std::nullopt;
    }
    file.m_root = doc.object();
    return file;
}

QString AuthFile::keyFor(const RegistryAddress& registry)
{
    return registry.isDockerHub() ? QStringLiteral("https://index.docker.io/v1/") : registry.hostPort();
}

QJsonObject AuthFile::findEntry(const RegistryAddress& registry, QString* key) const
{
    const auto auths = m_root.value(QLatin1String("auths")).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        const auto address = addressOfKey(it.key());
        if (address && address->hostPort() == registry.hostPort()) {
            if (key) {
                *key = it.key();
            }
            return it.value().toObject();
        }
    }
    return {};
}

std::optional<RegistryCredentials> AuthFile::credentialsFor(const RegistryAddress& registry) const
{
    const auto entry = findEntry(registry);
    const auto identity = entry.value(QLatin1String("identitytoken")).toString();
    if (!identity.isEmpty()) {
        return RegistryCredentials{QStringLiteral("<token>"), identity, true};
    }
    const auto decoded = QByteArray::fromBase64(entry.value(QLatin1String("auth")).toString().toLatin1());
    const auto colon = decoded.indexOf(':');
    if (colon <= 0) {
        return std::nullopt;
    }
    return RegistryCredentials{QString::fromUtf8(decoded.left(colon)), QString::fromUtf8(decoded.mid(colon + 1)),
                               false};
}

QList<RegistryAddress> AuthFile::registries() const
{
    QList<RegistryAddress> result;
    for (const char* section : {"auths", "credHelpers"}) {
        const auto entries = m_root.value(QLatin1String(section)).toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const auto address = addressOfKey(it.key());
            if (address && !result.contains(*address)) {
                result << *address;
            }
        }
    }
    return result;
}

QString AuthFile::helperFor(const RegistryAddress& registry) const
{
    const auto helpers = m_root.value(QLatin1String("credHelpers")).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        const auto address = addressOfKey(it.key());
        if (address && address->hostPort() == registry.hostPort()) {
            return it.value().toString();
        }
    }
    return m_root.value(QLatin1String("credsStore")).toString();
}

void AuthFile::setCredentials(const RegistryAddress& registry, const QString& username, const QString& password)
{
    auto auths = m_root.value(QLatin1String("auths")).toObject();
    QString key;
    findEntry(registry, &key);
    if (key.isEmpty()) {
        key = keyFor(registry);
    }
    auto entry = auths.value(key).toObject();
    entry.insert(QStringLiteral("auth"),
                 QString::fromLatin1((username + QLatin1Char(':') + password).toUtf8().toBase64()));
    entry.remove(QStringLiteral("identitytoken"));
    auths.insert(key, entry);
    m_root.insert(QStringLiteral("auths"), auths);
}

bool AuthFile::removeCredentials(const RegistryAddress& registry)
{
    auto auths = m_root.value(QLatin1String("auths")).toObject();
    QString key;
    findEntry(registry, &key);
    if (key.isEmpty()) {
        return false;
    }
    auths.remove(key);
    m_root.insert(QStringLiteral("auths"), auths);
    return true;
}

bool AuthFile::save(QString* error) const
{
    return AtomicFile::write(m_path, QJsonDocument(m_root).toJson(QJsonDocument::Indented),
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner, error);
}

void AuthFile::queryHelper(const QString& helper, const RegistryAddress& registry, QObject* context,
                           std::function<void(std::optional<RegistryCredentials>, QString)> done)
{
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9_.-]{1,64}\\z"));
    if (!safeName.match(helper).hasMatch()) {
        done(std::nullopt, tr("invalid credential helper name \"%1\"").arg(helper.left(80)));
        return;
    }
    const auto program = QStringLiteral("docker-credential-") + helper;
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        done(std::nullopt, tr("credential helper %1 is not installed").arg(program));
        return;
    }
    auto* process = new QProcess(context);
    process->setProgram(program);
    process->setArguments({QStringLiteral("get")});
    const auto server = registry.isDockerHub() ? keyFor(registry) : registry.hostPort();
    QObject::connect(process, &QProcess::finished, context,
                     [process, program, done](int exitCode, QProcess::ExitStatus status) {
                         process->deleteLater();
                         const auto out = process->readAllStandardOutput();
                         if (status != QProcess::NormalExit || exitCode != 0) {
                             done(std::nullopt, tr("credential helper %1 has no credentials (%2)")
                                                    .arg(program, QString::fromUtf8(out.trimmed().left(200))));
                             return;
                         }
                         const auto object = QJsonDocument::fromJson(out).object();
                         const auto username = object.value(QLatin1String("Username")).toString();
                         const auto secret = object.value(QLatin1String("Secret")).toString();
                         if (secret.isEmpty()) {
                             done(std::nullopt, tr("credential helper %1 answered without a secret").arg(program));
                             return;
                         }
                         done(RegistryCredentials{username, secret, username == QLatin1String("<token>")}, {});
                     });
    QObject::connect(process, &QProcess::errorOccurred, context, [process, program, done](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            process->deleteLater();
            done(std::nullopt, tr("cannot run credential helper %1").arg(program));
        }
    });
    process->start();
    process->write(server.toUtf8());
    process->closeWriteChannel();
}
