#include "CredentialStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {

CredentialStore::Result resultOf(const QKeychain::Job* job)
{
    using R = CredentialStore::Result;
    using S = CredentialStore::Status;
    switch (job->error()) {
    case QKeychain::NoError:
        return R{S::Ok, {}};
    case QKeychain::EntryNotFound:
        return R{S::NotFound, CredentialStore::tr("no entry in the OS keychain")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return R{S::Denied, CredentialStore::tr("the OS keychain denied access: %1").arg(job->errorString())};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return R{S::NoBackend, CredentialStore::tr("no OS keychain is available: %1").arg(job->errorString())};
    default:
        // libsecret reports a missing session bus or a locked keyring as "other error".
        return R{S::NoBackend, CredentialStore::tr("the OS keychain is not usable (is a Secret Service such as "
                                                   "gnome-keyring running and unlocked?): %1")
                                   .arg(job->errorString())};
    }
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
    , m_service(serviceName())
{
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("RegistryDesk");
}

QString CredentialStore::registryKey(const RegistryAddress& registry)
{
    return QStringLiteral("registry/") + registry.hostPort();
}

// Keychain jobs have no parent: the Secret Service answers asynchronously into the job, so a job must
// outlive whoever asked (a window closed mid-lookup). They delete themselves once finished, and the
// answer goes to `context` only while it exists.
void CredentialStore::readSecret(const QString& key, QObject* context,
                                 std::function<void(std::optional<QString>, Result)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [job, done](QKeychain::Job*) {
        const auto result = resultOf(job);
        done(result.ok() ? std::optional<QString>(job->textData()) : std::nullopt, result);
    });
    job->start();
}

void CredentialStore::writeSecret(const QString& key, const QString& secret, QObject* context,
                                  std::function<void(Result)> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [job, done](QKeychain::Job*) { done(resultOf(job)); });
    job->start();
}

void CredentialStore::removeSecret(const QString& key, QObject* context, std::function<void(Result)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [job, done](QKeychain::Job*) { done(resultOf(job)); });
    job->start();
}

void CredentialStore::readLogin(const RegistryAddress& registry, QObject* context,
                                std::function<void(std::optional<QPair<QString, QString>>, Result)> done)
{
    readSecret(registryKey(registry), context, [done](std::optional<QString> secret, Result result) {
        if (!secret) {
            done(std::nullopt, result);
            return;
        }
        const auto object = QJsonDocument::fromJson(secret->toUtf8()).object();
        const auto username = object.value(QLatin1String("username")).toString();
        const auto password = object.value(QLatin1String("password")).toString();
        if (password.isEmpty()) {
            done(std::nullopt, {Status::Failed, tr("the keychain entry is not a RegistryDesk login")});
            return;
        }
        done(qMakePair(username, password), result);
    });
}

void CredentialStore::writeLogin(const RegistryAddress& registry, const QString& username, const QString& password,
                                 QObject* context, std::function<void(Result)> done)
{
    const QJsonObject object{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    writeSecret(registryKey(registry), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)), context,
                std::move(done));
}
