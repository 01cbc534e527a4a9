#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// The config-project files with which a site adopts zuul-jobs' container-image system, exactly as the
// "Container Images" document lays them out for a site name <site>: the secret
// <site>-intermediate-registry (host, port, username, password encrypted with the config-project's key),
// the jobs <site>-buildset-registry, -build-docker-image, -upload-docker-image and
// -promote-docker-image, and the five playbooks with the roles the document names. Optionally a
// publication-registry secret given to the upload and promote jobs as `docker_credentials`.
class SiteConfig
{
    Q_DECLARE_TR_FUNCTIONS(SiteConfig)

public:
    struct Request
    {
        QString site;
        QString host;
        int port = 5000;
        QString username = QStringLiteral("zuul");
        QString password;
        QByteArray zuulPublicKeyPem; // without it the password is left as a marked placeholder
        QString publicationUsername; // empty: no publication-registry secret
        QString publicationPassword;
    };
    struct File
    {
        QString path; // relative to the config-project's root
        QByteArray content;
    };

    static std::optional<QList<File>> generate(const Request& request, QString* error);
    // The "- secret:" document of the intermediate registry (also part of the deployment bundle).
    static std::optional<QByteArray> intermediateSecret(const Request& request, QString* error);
    // Writes the files under dir, creating folders; existing files are replaced only when overwrite.
    static bool write(const QList<File>& files, const QString& dir, bool overwrite, QString* error);

    static bool isValidSiteName(const QString& site); // lower-case letters, digits, '-' and '_'
    static QString secretName(const QString& site);   // <site>-intermediate-registry
    // A YAML scalar that reads back as exactly this string (plain when safe, else single-quoted).
    static QByteArray yamlScalar(const QString& value);
};
