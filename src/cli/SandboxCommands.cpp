// sandbox up|down|status: three registries on loopback for trying things.
#include "Cli.h"
#include "lab/Sandbox.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum class Action
    {
        Up,
        Down,
        Status
    };

    static int run(Cli& cli, Invocation& args, Action action)
    {
        Sandbox sandbox(args.value(QStringLiteral("dir")));
        if (action == Action::Down) {
            const std::unique_ptr<Job> down(sandbox.down());
            if (const auto error = cli.await(down.get())) {
                return cli.fail(error);
            }
            cli.out() << tr("Sandbox stopped (%1 keeps its data; sandbox up starts it again)").arg(sandbox.directory())
                      << Qt::endl;
            return ExitOk;
        }
        if (action == Action::Up) {
            QString eventsUrl;
            QString eventsToken;
            int code = ExitOk;
            if (!readEventsEndpoint(cli, args, &eventsUrl, &eventsToken, &code)) {
                return code;
            }
            sandbox.setEvents(eventsUrl, eventsToken);
            const std::unique_ptr<Job> up(sandbox.up());
            QObject::connect(up.get(), &Job::step, up.get(), [&cli](const QString& step) {
                if (!cli.json()) {
                    cli.err() << step << "…" << Qt::endl;
                }
            });
            if (const auto error = cli.await(up.get())) {
                return cli.fail(error);
            }
            sandbox = Sandbox(sandbox.directory());
        }
        QJsonArray registries;
        for (const auto& member : sandbox.members()) {
            registries << QJsonObject{{QStringLiteral("role"), member.role},
                                      {QStringLiteral("registry"), member.hostPort()},
                                      {QStringLiteral("running"), sandbox.isRunning(member)}};
        }
        if (cli.json()) {
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("directory"), sandbox.directory()},
                                                    {QStringLiteral("authfile"), sandbox.authFile()},
                                                    {QStringLiteral("certsDir"), sandbox.certsDir()},
                                                    {QStringLiteral("registries"), registries}}));
            return ExitOk;
        }
        for (const auto& member : sandbox.members()) {
            cli.out() << member.role.leftJustified(14) << member.hostPort().leftJustified(18)
                      << (sandbox.isRunning(member) ? tr("running") : tr("stopped")) << '\n';
        }
        cli.out() << tr("Use: --authfile %1 --certs-dir %2").arg(sandbox.authFile(), sandbox.certsDir()) << '\n'
                  << tr("Stop: registrydesk-cli sandbox down --dir %1").arg(sandbox.directory()) << Qt::endl;
        return ExitOk;
    }
};

} // namespace

QList<Command> sandboxCommands()
{
    using Action = Commands::Action;
    const QList<Option> dir{Option::text(QStringLiteral("dir"), Cli::tr("Where the sandbox lives."), Cli::tr("dir"),
                                         Sandbox::defaultDirectory())};
    const auto action = [](Action chosen) {
        return [chosen](Cli& cli, Invocation& args) { return Commands::run(cli, args, chosen); };
    };
    return {
        {QStringLiteral("sandbox up"),
         Cli::tr("start the local sandbox registries (seeded with sample images)"),
         Cli::tr("Runs an intermediate, a buildset and a publication registry on loopback (TLS + htpasswd), seeded "
                 "with sample images. With --events-url every registry sends its events there (off otherwise)."),
         {},
         dir + eventsEndpointOptions(),
         action(Action::Up)},
        {QStringLiteral("sandbox down"),
         Cli::tr("stop the sandbox registries (their data stays)"),
         Cli::tr("Stops every registry the sandbox started; its directory keeps their data."),
         {},
         dir,
         action(Action::Down)},
        {QStringLiteral("sandbox status"),
         Cli::tr("show the sandbox registries and whether they run"),
         Cli::tr("Shows the sandbox's registries, whether each runs, and how clients reach them."),
         {},
         dir,
         action(Action::Status)},
    };
}
