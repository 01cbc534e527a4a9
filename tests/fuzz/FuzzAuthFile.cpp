// docker's config.json and podman's auth.json as other tools (or an attacker with write access) left them.
#include "FuzzSupport.h"
#include "credentials/AuthFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QString error;
    auto file = AuthFile::parse(fuzz::bytes(data, size), QStringLiteral("/nonexistent/auth.json"), &error);
    if (!file) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a reason"));
        return 0;
    }
    auto registries = file->registries();
    registries << RegistryAddress::dockerHub() << *RegistryAddress::parse(QStringLiteral("127.0.0.1:5000"));
    for (const auto& registry : registries) {
        FUZZ_CHECK(registry.isValid(), registry.hostPort());
        (void)file->credentialsFor(registry);
        (void)file->helperFor(registry);
    }
    // Writing a login back keeps the file parseable and the login readable.
    const auto registry = *RegistryAddress::parse(QStringLiteral("registry.example:5000"));
    file->setCredentials(registry, QStringLiteral("zuul"), QStringLiteral("pw:with:colons"));
    const auto credentials = file->credentialsFor(registry);
    FUZZ_CHECK(credentials && credentials->username == QStringLiteral("zuul") &&
                   credentials->secret == QStringLiteral("pw:with:colons"),
               QStringLiteral("login lost"));
    return 0;
}
