#include "SiteConfig.h"

#include "SecretEncryptor.h"
#include "util/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
std::optional<QByteArray> encryptedField(const QString& field, const QString& value, const QByteArray& publicKeyPem,
                                         QString* error)
{
    if (publicKeyPem.isEmpty()) {
        return "      " + field.toUtf8() +
               ": !encrypted/pkcs1-oaep\n"
               "        - ENCRYPT-ME  # not encrypted yet: registrydesk-cli zuul encrypt with the project's key\n";
    }
    const auto encryptor = SecretEncryptor::fromPublicKeyPem(publicKeyPem, error);
    const auto chunks = encryptor ? encryptor->encrypt(value, true, error) : std::nullopt;
    if (!chunks) {
        return std::nullopt;
    }
    return SecretEncryptor::fieldYaml(field, *chunks);
}

QByteArray job(const QByteArray& body)
{
    return "- job:\n" + body + "\n";
}
} // namespace

bool SiteConfig::isValidSiteName(const QString& site)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}\\z"));
    return pattern.match(site).hasMatch();
}

QString SiteConfig::secretName(const QString& site)
{
    return site + QStringLiteral("-intermediate-registry");
}

QByteArray SiteConfig::yamlScalar(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]*\\z"));
    // YAML 1.1 reads these as booleans, null or numbers; they must stay strings.
    static const QRegularExpression special(
        QStringLiteral("^(y|n|yes|no|true|false|on|off|null|~|[-+]?[0-9_]+(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|0x[0-9a-f]+|"
                       "0o?[0-7]+|\\.inf|\\.nan)\\z"),
        QRegularExpression::CaseInsensitiveOption);
    if (plain.match(value).hasMatch() && !special.match(value).hasMatch()) {
        return value.toUtf8();
    }
    return "'" + QString(value).replace(QLatin1Char('\''), QStringLiteral("''")).toUtf8() + "'";
}

std::optional<QByteArray> SiteConfig::intermediateSecret(const Request& request, QString* error)
{
    const auto password = encryptedField(QStringLiteral("password"), request.password, request.zuulPublicKeyPem, error);
    if (!password) {
        return std::nullopt;
    }
    return "- secret:\n"
           "    name: " +
           secretName(request.site).toUtf8() +
           "\n"
           "    data:\n"
           "      host: " +
           yamlScalar(request.host) +
           "\n"
           "      port: " +
           QByteArray::number(request.port) +
           "\n"
           "      username: " +
           yamlScalar(request.username) + "\n" + *password;
}

std::optional<QList<SiteConfig::File>> SiteConfig::generate(const Request& request, QString* error)
{
    if (!isValidSiteName(request.site)) {
        *error = tr("“%1” is not a usable site name: lower-case letters, digits, '-' and '_'").arg(request.site);
        return std::nullopt;
    }
    if (request.host.isEmpty() || request.port <= 0 || request.port > 65535 || request.username.isEmpty()) {
        *error = tr("the intermediate registry needs a host, a port between 1 and 65535 and a username");
        return std::nullopt;
    }
    if (request.password.isEmpty()) {
        *error = tr("the intermediate registry's password is empty");
        return std::nullopt;
    }
    const auto site = request.site.toUtf8();
    auto secret = intermediateSecret(request, error);
    if (!secret) {
        return std::nullopt;
    }
    QByteArray zuul = "# Zuul's container-image jobs for " + site +
                      ", after zuul-jobs' \"Container Images\" document.\n"
                      "# The intermediate registry's credentials; the password is encrypted with this\n"
                      "# config-project's public key.\n" +
                      *secret + "\n";
    QByteArray publicationSecrets;
    if (!request.publicationUsername.isEmpty()) {
        const auto password =
            encryptedField(QStringLiteral("password"), request.publicationPassword, request.zuulPublicKeyPem, error);
        if (!password) {
            return std::nullopt;
        }
        const auto name = site + "-publication-registry";
        zuul += "# Credentials for the publication registry, given to the upload and promote jobs.\n"
                "- secret:\n"
                "    name: " +
                name +
                "\n"
                "    data:\n"
                "      username: " +
                yamlScalar(request.publicationUsername) + "\n" + *password + "\n";
        publicationSecrets = "    secrets:\n"
                             "      - secret: " +
                             name +
                             "\n"
                             "        name: docker_credentials\n"
                             "        pass-to-parent: true\n";
    }
    zuul += job("    name: " + site +
                "-buildset-registry\n"
                "    description: Runs a buildset registry that gets images of changes ahead from the\n"
                "      intermediate registry and gives the buildset's images back to it.\n"
                "    pre-run: playbooks/buildset-registry/pre.yaml\n"
                "    run: playbooks/buildset-registry/run.yaml\n"
                "    post-run: playbooks/buildset-registry/post.yaml\n"
                "    secrets:\n"
                "      - secret: " +
                secretName(request.site).toUtf8() +
                "\n"
                "        name: intermediate_registry\n"
                "    requires: docker-image\n");
    zuul += job("    name: " + site + "-build-docker-image\n    parent: " + site +
                "-buildset-registry\n"
                "    description: Builds images using the buildset registry.\n"
                "    run: playbooks/docker-image/run.yaml\n"
                "    provides: docker-image\n");
    zuul += job("    name: " + site + "-upload-docker-image\n    parent: " + site +
                "-build-docker-image\n"
                "    description: Builds images and uploads them with a temporary tag.\n"
                "    post-run: playbooks/docker-image/upload.yaml\n" +
                publicationSecrets);
    zuul += job("    name: " + site +
                "-promote-docker-image\n"
                "    parent: promote-docker-image\n"
                "    description: Moves the final tag to the image uploaded for the merged change.\n" +
                publicationSecrets);
    zuul.chop(1); // one newline at the end

    return QList<File>{
        {QStringLiteral("zuul.d/%1-container-images.yaml").arg(request.site), zuul},
        {QStringLiteral("playbooks/buildset-registry/pre.yaml"),
         "- hosts: all\n"
         "  tasks:\n"
         "    - name: Install docker\n"
         "      include_role:\n"
         "        name: ensure-docker\n"
         "    - name: Run buildset registry (if not already running)\n"
         "      when: buildset_registry is not defined\n"
         "      include_role:\n"
         "        name: run-buildset-registry\n"
         "    - name: Use buildset registry\n"
         "      include_role:\n"
         "        name: use-buildset-registry\n"
         "\n"
         "- hosts: localhost\n"
         "  roles:\n"
         "    - pull-from-intermediate-registry\n"},
        {QStringLiteral("playbooks/buildset-registry/run.yaml"), "- hosts: localhost\n"
                                                                 "  tasks:\n"
                                                                 "    - name: Pause the job\n"
                                                                 "      zuul_return:\n"
                                                                 "        data:\n"
                                                                 "          zuul:\n"
                                                                 "            pause: true\n"},
        {QStringLiteral("playbooks/buildset-registry/post.yaml"), "- hosts: localhost\n"
                                                                  "  roles:\n"
                                                                  "    - push-to-intermediate-registry\n"},
        {QStringLiteral("playbooks/docker-image/run.yaml"), "- hosts: all\n"
                                                            "  roles:\n"
                                                            "    - build-docker-image\n"},
        {QStringLiteral("playbooks/docker-image/upload.yaml"), "- hosts: all\n"
                                                               "  roles:\n"
                                                               "    - upload-docker-image\n"},
    };
}

bool SiteConfig::write(const QList<File>& files, const QString& dir, bool overwrite, QString* error)
{
    const QDir root(dir);
    if (!overwrite) {
        for (const auto& file : files) {
            if (QFileInfo::exists(root.filePath(file.path))) {
                *error =
                    tr("%1 exists already; choose another folder or allow replacing").arg(root.filePath(file.path));
                return false;
            }
        }
    }
    const auto mode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    for (const auto& file : files) {
        const auto path = root.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(path).path())) {
            *error = tr("cannot create the folder %1").arg(QFileInfo(path).path());
            return false;
        }
        if (!AtomicFile::replace(path, file.content, mode, error)) {
            return false;
        }
    }
    return true;
}
