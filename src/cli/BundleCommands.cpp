// bundle create: a ready deployment of the intermediate registry.
#include "Cli.h"
#include "admin/DeploymentBundle.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int create(Cli& cli, Invocation& args)
    {
        DeploymentBundle::Request request;
        request.host = args.value(QStringLiteral("host"));
        request.port = args.value(QStringLiteral("port")).toInt();
        request.username = args.value(QStringLiteral("username"));
        request.extraNames = args.values(QStringLiteral("san"));
        request.site = args.value(QStringLiteral("site"));
        if (!RegistryAddress::isValidHostPort(request.host + QLatin1Char(':') + QString::number(request.port))) {
            return cli.usage(args.command(), tr("\"%1:%2\" is not a valid registry host and port")
                                                 .arg(request.host, args.value(QStringLiteral("port"))));
        }
        int code = ExitOk;
        if (!readEventsEndpoint(cli, args, &request.eventsUrl, &request.eventsToken, &code)) {
            return code;
        }
        request.password = cli.readSecretFromStdin();
        if (request.password.isEmpty()) {
            return cli.usage(args.command(), tr("no password on standard input"));
        }
        QString error;
        if (args.isSet(QStringLiteral("public-key"))) {
            const auto key = Cli::readFile(args.value(QStringLiteral("public-key")), &error);
            if (!key) {
                return cli.fail(error);
            }
            request.zuulPublicKeyPem = *key;
        }
        const auto written = DeploymentBundle::write(args.value(QStringLiteral("out-dir")), request, &error);
        if (!written) {
            return cli.fail(error);
        }
        if (cli.json()) {
            cli.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("directory"), args.value(QStringLiteral("out-dir"))},
                                          {QStringLiteral("files"), QJsonArray::fromStringList(*written)}}));
            return ExitOk;
        }
        cli.out() << tr("Wrote the intermediate-registry bundle to %1:").arg(args.value(QStringLiteral("out-dir")))
                  << '\n';
        for (const auto& file : *written) {
            cli.out() << "  " << file << '\n';
        }
        cli.out()
            << tr("Copy certs/, auth/ and data/ to /var/registry on the registry host and run docker compose up -d "
                  "there; give clients clients/certs.d/.")
            << Qt::endl;
        return ExitOk;
    }
};

} // namespace

QList<Command> bundleCommands()
{
    return {
        {QStringLiteral("bundle create"),
         Cli::tr("write an intermediate-registry deployment bundle"),
         Cli::tr("Writes an intermediate-registry deployment: docker-compose.yaml, certs/, auth/htpasswd, data/, "
                 "config.yml, zuul-secret.yaml."),
         {},
         QList<Option>{
             Option::text(QStringLiteral("out-dir"), Cli::tr("Where to write the bundle (empty or new)."),
                          Cli::tr("dir"))
                 .mandatory(),
             Option::text(QStringLiteral("host"), Cli::tr("The registry's host name or IP address."), Cli::tr("host"))
                 .mandatory(),
             Option::text(QStringLiteral("port"), Cli::tr("The registry's port (default 5000)."), Cli::tr("port"),
                          QStringLiteral("5000")),
             Option::text(QStringLiteral("username"), Cli::tr("The user Zuul logs in as."), Cli::tr("user"),
                          QStringLiteral("zuul")),
             Option::flag(QStringLiteral("password-stdin"), Cli::tr("Read the password from standard input."))
                 .mandatory(),
             Option::repeated(QStringLiteral("san"), Cli::tr("More DNS names or IPs for the certificate (repeatable)."),
                              Cli::tr("name")),
             Option::text(QStringLiteral("site"), Cli::tr("Site name for the Zuul secret (default yoursite)."),
                          Cli::tr("name"), QStringLiteral("yoursite")),
             Option::text(QStringLiteral("public-key"),
                          Cli::tr("The config-project's Zuul public key: the secret's password is encrypted with it."),
                          Cli::tr("file"))} +
             eventsEndpointOptions(),
         &Commands::create},
    };
}
