#include "TrustStore.h"

#include <QDir>
#include <QFile>

namespace {

constexpr qint64 kMaxPemBytes = 1024 * 1024;

QByteArray readSmallFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.read(kMaxPemBytes);
}

} // namespace

QStringList TrustStore::defaultDirectories()
{
    return {QStringLiteral("/etc/containers/certs.d"), QStringLiteral("/etc/docker/certs.d"),
            QDir::homePath() + QStringLiteral("/.config/containers/certs.d")};
}

TrustStore::TrustStore(QStringList directories)
    : m_directories(std::move(directories))
{
}

QStringList TrustStore::filesFor(const RegistryAddress& registry) const
{
    QStringList files;
    for (const auto& base : m_directories) {
        QDir dir(base + QLatin1Char('/') + registry.hostPort());
        for (const auto& name :
             dir.entryList({QStringLiteral("*.crt"), QStringLiteral("*.cert"), QStringLiteral("*.key")}, QDir::Files,
                           QDir::Name)) {
            files << dir.filePath(name);
        }
    }
    return files;
}

TrustStore TrustStore::forDirectory(const QString& certsDir)
{
    return TrustStore(certsDir.isEmpty() ? defaultDirectories() : QStringList{certsDir});
}

void TrustStore::apply(const RegistryAddress& registry, RegistryOptions& options, QStringList* problems) const
{
    for (const auto& path : filesFor(registry)) {
        QString readError;
        if (path.endsWith(QLatin1String(".crt"))) {
            const auto pem = readSmallFile(path, &readError);
            const auto certificates = QSslCertificate::fromData(pem, QSsl::Pem);
            if (certificates.isEmpty()) {
                if (problems) {
                    *problems << tr("ignoring %1: not a PEM certificate%2")
                                     .arg(path, readError.isEmpty()
                                                    ? QString()
                                                    : QStringLiteral(" (") + readError + QLatin1Char(')'));
                }
                continue;
            }
            options.caCertificates += certificates;
        } else if (path.endsWith(QLatin1String(".cert"))) {
            auto keyPath = path;
            keyPath.replace(keyPath.size() - 5, 5, QStringLiteral(".key"));
            const auto certificates = QSslCertificate::fromData(readSmallFile(path, &readError), QSsl::Pem);
            QString keyError;
            const auto keyPem = readSmallFile(keyPath, &keyError);
            QSslKey key(keyPem, QSsl::Ec);
            if (key.isNull()) {
                key = QSslKey(keyPem, QSsl::Rsa);
            }
            if (certificates.isEmpty() || key.isNull()) {
                if (problems) {
                    *problems << tr("ignoring client certificate %1: it needs a PEM certificate and a matching %2")
                                     .arg(path, keyPath);
                }
                continue;
            }
            options.clientCertificate = certificates.first();
            options.clientKey = key;
        }
    }
}
