// health: certificates, htpasswd files and storage, for cron and monitoring.
#include "Cli.h"
#include "admin/HealthCheck.h"
#include "util/Printable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int health(Cli& cli, Invocation& args)
    {
        HealthOptions options;
        options.days = args.number(QStringLiteral("days"));
        for (int i = 0; i < args.count(); ++i) {
            const auto& registry = args.registry(i);
            QByteArray caPem;
            for (const auto& certificate : cli.tlsOptionsFor(registry).caCertificates) {
                caPem += certificate.toPem();
            }
            options.endpoints << HealthOptions::Endpoint{
                registry.displayName(), registry.host(),
                static_cast<quint16>(registry.port() > 0 ? registry.port() : 443), caPem};
        }
        options.certificateFiles = args.values(QStringLiteral("certificate"));
        options.htpasswdFiles = args.values(QStringLiteral("htpasswd"));
        for (const auto& value : args.values(QStringLiteral("storage"))) {
            const auto limit = storageLimit(value);
            if (!limit) {
                return cli.usage(args.command(),
                                 tr("--storage takes ROOT=SIZE, e.g. /var/registry/data=500G (K, M, G, T: powers of "
                                    "1024)"));
            }
            options.storageLimits << *limit;
        }
        if (options.endpoints.isEmpty() && options.certificateFiles.isEmpty() && options.htpasswdFiles.isEmpty() &&
            options.storageLimits.isEmpty()) {
            return cli.usage(args.command(),
                             tr("health needs something to check: a REGISTRY, --certificate, --htpasswd or --storage"));
        }
        HealthCheck check(options);
        if (const auto error = cli.await(&check)) {
            return cli.fail(error);
        }
        const auto failures = check.failures();
        if (cli.json()) {
            QJsonArray findings;
            for (const auto& finding : check.findings()) {
                findings << QJsonObject{{QStringLiteral("check"), finding.check},
                                        {QStringLiteral("subject"), finding.subject},
                                        {QStringLiteral("ok"), finding.ok},
                                        {QStringLiteral("message"), finding.message}};
            }
            cli.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("ok"), failures.isEmpty()}, {QStringLiteral("findings"), findings}}));
        } else {
            for (const auto& finding : check.findings()) {
                cli.out() << (finding.ok ? QStringLiteral("ok    ") : QStringLiteral("FAIL  "))
                          << finding.check.leftJustified(12) << Printable::escaped(finding.subject) << ": "
                          << Printable::escaped(finding.message) << '\n';
            }
            cli.out() << tr("%n check(s) failed", nullptr, static_cast<int>(failures.size())) << Qt::endl;
        }
        return failures.isEmpty() ? ExitOk : ExitFailed;
    }

private:
    static std::optional<HealthOptions::StorageLimit> storageLimit(const QString& value)
    {
        static const QRegularExpression pattern(QStringLiteral("^(.+)=(\\d+)([KMGT]?)$"));
        const auto match = pattern.match(value);
        if (!match.hasMatch()) {
            return std::nullopt;
        }
        const int power = static_cast<int>(QStringLiteral("KMGT").indexOf(match.captured(3))) + 1;
        bool ok = false;
        qint64 bytes = match.captured(2).toLongLong(&ok);
        for (int i = 0; ok && !match.captured(3).isEmpty() && i < power; ++i) {
            ok = bytes < (std::numeric_limits<qint64>::max() >> 10);
            bytes <<= 10;
        }
        if (!ok) {
            return std::nullopt;
        }
        return HealthOptions::StorageLimit{match.captured(1), bytes};
    }
};

} // namespace

QList<Command> healthCommands()
{
    return {
        {QStringLiteral("health"),
         Cli::tr("check certificates, htpasswd files and storage; exit 1 on any failure"),
         Cli::tr(
             "Checks each registry's TLS certificate (it must verify and not expire within --days), the certificate "
             "files named (CAs, server certificates), htpasswd files (every entry usable by registry:2) and storage "
             "roots against a size limit. One line per finding; exit 1 when any check fails, for cron and "
             "monitoring."),
         {{QStringLiteral("REGISTRY"), Argument::Kind::Registry, Cli::tr("host[:port] of a registry"), true, true}},
         {Option::number(QStringLiteral("days"),
                         Cli::tr("A certificate that expires within this many days fails (default 30)."), 1, 3650, 30),
          Option::repeated(QStringLiteral("certificate"), Cli::tr("A PEM certificate file to check (repeatable)."),
                           Cli::tr("file")),
          Option::repeated(QStringLiteral("htpasswd"), Cli::tr("An htpasswd file to check (repeatable)."),
                           Cli::tr("file")),
          Option::repeated(QStringLiteral("storage"),
                           Cli::tr("A storage root and the size its blobs should stay under, ROOT=SIZE (repeatable)."),
                           Cli::tr("root=size"))},
         &Commands::health},
    };
}
