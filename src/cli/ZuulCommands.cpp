// zuul encrypt|site-config: the Zuul side of the intermediate registry.
#include "Cli.h"
#include "util/Printable.h"
#include "zuul/SecretEncryptor.h"
#include "zuul/SiteConfig.h"
#include "zuul/ZuulApi.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int encrypt(Cli& cli, Invocation& args)
    {
        if (!hasKeySource(args)) {
            return cli.usage(args.command(), keySourceNeeded());
        }
        const auto encryptor = projectKey(cli, args);
        if (!encryptor) {
            return ExitFailed;
        }
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        const auto plaintext = QString::fromUtf8(in.read(1024 * 1024));
        QString error;
        const auto chunks = encryptor->encrypt(plaintext, !args.isSet(QStringLiteral("no-strip")), &error);
        if (!chunks) {
            return cli.fail(error);
        }
        cli.out() << SecretEncryptor::secretYaml(args.value(QStringLiteral("secret-name")),
                                                 args.value(QStringLiteral("field-name")), *chunks)
                  << Qt::flush;
        return ExitOk;
    }

    static int siteConfig(Cli& cli, Invocation& args)
    {
        if (!hasKeySource(args)) {
            return cli.usage(args.command(), keySourceNeeded());
        }
        SiteConfig::Request request;
        request.site = args.value(QStringLiteral("site"));
        request.host = args.value(QStringLiteral("host"));
        request.port = args.number(QStringLiteral("port"));
        request.username = args.value(QStringLiteral("username"));
        request.publicationUsername = args.value(QStringLiteral("publication-username"));
        const auto secrets = cli.readSecretFromStdin().split(QLatin1Char('\n'));
        request.password = secrets.value(0).trimmed();
        request.publicationPassword = secrets.value(1).trimmed();
        if (request.password.isEmpty()) {
            return cli.usage(args.command(), tr("no password on standard input"));
        }
        if (!request.publicationUsername.isEmpty() && request.publicationPassword.isEmpty()) {
            return cli.usage(args.command(),
                             tr("--publication-username needs its password as the second line of standard input"));
        }
        if (!projectKey(cli, args, &request.zuulPublicKeyPem)) {
            return ExitFailed;
        }
        QString error;
        const auto files = SiteConfig::generate(request, &error);
        const auto outDir = args.value(QStringLiteral("out-dir"));
        if (!files || !SiteConfig::write(*files, outDir, args.isSet(QStringLiteral("force")), &error)) {
            return cli.fail(error);
        }
        QStringList paths;
        for (const auto& file : *files) {
            paths << file.path;
        }
        if (cli.json()) {
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("directory"), outDir},
                                                    {QStringLiteral("files"), QJsonArray::fromStringList(paths)}}));
            return ExitOk;
        }
        cli.out() << tr("Wrote the config-project files for site %1 to %2:").arg(request.site, outDir) << '\n';
        for (const auto& path : std::as_const(paths)) {
            cli.out() << "  " << path << '\n';
        }
        cli.out()
            << tr("Commit them to the config-project; jobs then inherit from %1-build-docker-image.").arg(request.site)
            << Qt::endl;
        return ExitOk;
    }

private:
    static QString keySourceNeeded()
    {
        return tr("the project's key comes from --public-key FILE, or from --zuul URL with --tenant T and --project P");
    }

    static bool hasKeySource(const Invocation& args)
    {
        const bool file = args.isSet(QStringLiteral("public-key"));
        const bool zuul = args.isSet(QStringLiteral("zuul"));
        return file != zuul &&
               (file || (args.isSet(QStringLiteral("tenant")) && args.isSet(QStringLiteral("project"))));
    }

    // The project's public key: from a file, or fetched from Zuul's REST API (tenant or white-label form).
    // The key's size and fingerprint go to stderr so the admin can compare them with Zuul's.
    static std::optional<SecretEncryptor> projectKey(Cli& cli, Invocation& args, QByteArray* pemOut = nullptr)
    {
        QString error;
        QByteArray pem;
        QString origin;
        if (args.isSet(QStringLiteral("public-key"))) {
            origin = args.value(QStringLiteral("public-key"));
            pem = Cli::readFile(origin, &error).value_or(QByteArray());
        } else {
            const QUrl base(args.value(QStringLiteral("zuul")));
            const auto project = args.value(QStringLiteral("project"));
            if (!base.isValid() ||
                (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
                cli.usage(args.command(), tr("--zuul takes the Zuul web URL, e.g. https://zuul.example.org"));
                return std::nullopt;
            }
            const auto host = RegistryAddress::parse(
                (base.scheme() == QLatin1String("http") ? QStringLiteral("http://") : QString()) + base.authority());
            ZuulApi api(base, args.value(QStringLiteral("tenant")),
                        host ? cli.tlsOptionsFor(*host) : RegistryOptions());
            QEventLoop loop;
            RegistryError failure;
            api.detectWhiteLabel(&loop, [&](bool, const RegistryError& detectError) {
                if (detectError) {
                    failure = detectError;
                    loop.quit();
                    return;
                }
                api.projectKey(project, &loop, [&](const QByteArray& key, const RegistryError& keyError) {
                    failure = keyError;
                    pem = key;
                    loop.quit();
                });
            });
            loop.exec();
            if (failure) {
                cli.fail(failure);
                return std::nullopt;
            }
            origin = tr("Zuul's key for %1").arg(project);
        }
        auto encryptor = error.isEmpty() ? SecretEncryptor::fromPublicKeyPem(pem, &error) : std::nullopt;
        if (!encryptor) {
            cli.fail(tr("%1: %2").arg(origin, error));
            return std::nullopt;
        }
        if (pemOut) {
            *pemOut = pem;
        }
        cli.err() << tr("%1: RSA %2 bits, SHA-256 fingerprint %3")
                         .arg(origin)
                         .arg(encryptor->keyBits())
                         .arg(encryptor->fingerprint())
                  << Qt::endl;
        return encryptor;
    }
};

} // namespace

QList<Command> zuulCommands()
{
    const QList<Option> keyOptions{
        Option::text(QStringLiteral("public-key"), Cli::tr("The project's public key (PEM)."), Cli::tr("file")),
        Option::text(QStringLiteral("zuul"), Cli::tr("Fetch the key from this Zuul (web URL)."), Cli::tr("url")),
        Option::text(QStringLiteral("tenant"), Cli::tr("The project's Zuul tenant."), Cli::tr("tenant")),
        Option::text(QStringLiteral("project"), Cli::tr("The Zuul project (config-project) the secret is for."),
                     Cli::tr("project"))};
    return {
        {QStringLiteral("zuul encrypt"),
         Cli::tr("encrypt standard input into a Zuul secret"),
         Cli::tr("Encrypts standard input into a Zuul secret (RSA-OAEP with the project's key), as zuul-client does."),
         {},
         keyOptions +
             QList<Option>{
                 Option::text(QStringLiteral("secret-name"), Cli::tr("Name of the secret."), Cli::tr("name"))
                     .mandatory(),
                 Option::text(QStringLiteral("field-name"), Cli::tr("Name of the field."), Cli::tr("name")).mandatory(),
                 Option::flag(QStringLiteral("no-strip"), Cli::tr("Keep surrounding whitespace of the plaintext."))},
         &Commands::encrypt},
        {QStringLiteral("zuul site-config"),
         Cli::tr("write the site's Zuul jobs, playbooks and secret"),
         Cli::tr("Writes the config-project files of zuul-jobs' Container Images document for a site: the secret, four "
                 "jobs and five playbooks."),
         {},
         keyOptions +
             QList<Option>{
                 Option::text(QStringLiteral("site"), Cli::tr("The site name the jobs are named after."),
                              Cli::tr("name"))
                     .mandatory(),
                 Option::text(QStringLiteral("host"), Cli::tr("The intermediate registry's host."), Cli::tr("host"))
                     .mandatory(),
                 Option::number(QStringLiteral("port"), Cli::tr("Its port (default 5000)."), 1, 65535, 5000),
                 Option::text(QStringLiteral("username"), Cli::tr("The user Zuul logs in as."), Cli::tr("user"),
                              QStringLiteral("zuul")),
                 Option::flag(QStringLiteral("password-stdin"), Cli::tr("Read the password from standard input."))
                     .mandatory(),
                 Option::text(QStringLiteral("publication-username"),
                              Cli::tr("Also a publication-registry secret for this user; its password is the second "
                                      "line of standard input."),
                              Cli::tr("user")),
                 Option::text(QStringLiteral("out-dir"), Cli::tr("The config-project checkout to write into."),
                              Cli::tr("dir"))
                     .mandatory(),
                 Option::flag(QStringLiteral("force"), Cli::tr("Replace files that exist."))},
         &Commands::siteConfig},
    };
}
