#include "CredentialResolver.h"

#include "AuthFile.h"
#include "CredentialStore.h"

CredentialResolver::CredentialResolver(QObject* parent)
    : QObject(parent)
{
}

void CredentialResolver::resolve(const RegistryAddress& registry, QObject* context,
                                 std::function<void(std::optional<RegistryCredentials>, QStringList)> done)
{
    m_files = m_authFile.isEmpty() ? AuthFile::defaultPaths() : QStringList{m_authFile};
    tryFile(0, registry, context,
            std::make_shared<std::function<void(std::optional<RegistryCredentials>, QStringList)>>(std::move(done)),
            std::make_shared<QStringList>());
}

void CredentialResolver::tryFile(
    int index, const RegistryAddress& registry, QObject* context,
    std::shared_ptr<std::function<void(std::optional<RegistryCredentials>, QStringList)>> done,
    std::shared_ptr<QStringList> notes)
{
    if (index >= m_files.size()) {
        if (!m_authFile.isEmpty()) {
            (*done)(std::nullopt, *notes); // an explicit file is the only source
            return;
        }
        tryKeychain(registry, context, done, notes);
        return;
    }
    QString error;
    const auto file = AuthFile::load(m_files[index], &error);
    if (!file) {
        *notes << error;
        tryFile(index + 1, registry, context, done, notes);
        return;
    }
    if (const auto credentials = file->credentialsFor(registry)) {
        (*done)(credentials, *notes);
        return;
    }
    const auto helper = file->helperFor(registry);
    if (helper.isEmpty()) {
        tryFile(index + 1, registry, context, done, notes);
        return;
    }
    AuthFile::queryHelper(helper, registry, context,
                          [=, this](std::optional<RegistryCredentials> credentials, const QString& message) {
                              if (credentials) {
                                  (*done)(credentials, *notes);
                                  return;
                              }
                              *notes << message;
                              tryFile(index + 1, registry, context, done, notes);
                          });
}

void CredentialResolver::tryKeychain(
    const RegistryAddress& registry, QObject* context,
    std::shared_ptr<std::function<void(std::optional<RegistryCredentials>, QStringList)>> done,
    std::shared_ptr<QStringList> notes)
{
    auto* store = new CredentialStore(this);
    store->readLogin(registry, context,
                     [=](std::optional<QPair<QString, QString>> login, const CredentialStore::Result& result) {
                         store->deleteLater();
                         if (login) {
                             (*done)(RegistryCredentials{login->first, login->second, false}, *notes);
                             return;
                         }
                         if (result.status != CredentialStore::Status::NotFound) {
                             *notes << result.message;
                         }
                         (*done)(std::nullopt, *notes);
                     });
}
