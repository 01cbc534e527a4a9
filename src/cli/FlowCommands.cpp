// flow rehearse: the gating flow of the Container Images document, performed for real.
#include "Cli.h"
#include "lab/FlowRehearsal.h"
#include "registry/RegistryAddress.h"
#include "util/Printable.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int rehearse(Cli& cli, Invocation& args)
    {
        QList<RegistryClient*> clients;
        for (const auto* option : {"intermediate", "buildset", "publish"}) {
            const auto address = args.registryOption(QLatin1String(option));
            // No buildset registry: the rehearsal starts a temporary one.
            clients << (address ? cli.clientFor(*address) : nullptr);
        }
        RehearsalOptions options;
        options.change = args.number(QStringLiteral("change"));
        options.repository = args.value(QStringLiteral("repository"));
        options.cleanUp = !args.isSet(QStringLiteral("keep"));
        FlowRehearsal rehearsal(clients[0], clients[1], clients[2], options);
        QJsonArray events;
        QObject::connect(&rehearsal, &Job::transferEvent, &rehearsal, [&events](const TransferEvent& event) {
            events << QJsonObject{{QStringLiteral("kind"), TransferEvent::kindName(event.kind)},
                                  {QStringLiteral("from"), event.from},
                                  {QStringLiteral("to"), event.to},
                                  {QStringLiteral("repository"), event.repository},
                                  {QStringLiteral("subject"), event.subject},
                                  {QStringLiteral("detail"), event.detail},
                                  {QStringLiteral("bytes"), event.bytes},
                                  {QStringLiteral("durationMs"), event.durationMs},
                                  {QStringLiteral("ok"), event.ok},
                                  {QStringLiteral("error"), event.error}};
        });
        if (!cli.json()) {
            QObject::connect(&rehearsal, &FlowRehearsal::stepFinished, &rehearsal,
                             [&cli](const FlowRehearsal::Step& step) {
                                 cli.out() << QStringLiteral("%1 %2. %3 (%4 → %5, %6 ms)\n     %7")
                                                  .arg(step.ok ? QStringLiteral("✔") : QStringLiteral("✘"))
                                                  .arg(step.number)
                                                  .arg(Printable::escaped(step.title), Printable::escaped(step.from),
                                                       Printable::escaped(step.to))
                                                  .arg(step.durationMs)
                                                  .arg(Printable::escaped(step.detail))
                                           << Qt::endl;
                             });
        }
        const auto error = cli.await(&rehearsal);
        if (cli.json()) {
            QJsonArray steps;
            for (const auto& step : rehearsal.steps()) {
                steps << QJsonObject{
                    {QStringLiteral("number"), step.number}, {QStringLiteral("title"), step.title},
                    {QStringLiteral("from"), step.from},     {QStringLiteral("to"), step.to},
                    {QStringLiteral("done"), step.done},     {QStringLiteral("ok"), step.ok},
                    {QStringLiteral("detail"), step.detail}, {QStringLiteral("durationMs"), step.durationMs}};
            }
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("ok"), !error},
                                                    {QStringLiteral("repository"), options.repository},
                                                    {QStringLiteral("previous"), rehearsal.previousDigest().toString()},
                                                    {QStringLiteral("current"), rehearsal.currentDigest().toString()},
                                                    {QStringLiteral("steps"), steps},
                                                    {QStringLiteral("events"), events}}));
        }
        if (error) {
            return cli.fail(error);
        }
        if (!cli.json()) {
            cli.out() << tr("The gating flow works on these registries.") << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

QList<Command> flowCommands()
{
    return {
        {QStringLiteral("flow rehearse"),
         Cli::tr("rehearse the whole gating flow on real registries"),
         Cli::tr("Performs the gating flow of zuul-jobs' Container Images document with a small generated image: "
                 "intermediate → buildset → build job → intermediate, a test job's pull, upload with change_<N>_<tag> "
                 "and the manifest-only promote; each step is checked."),
         {},
         {Option::registry(QStringLiteral("intermediate"), Cli::tr("The intermediate registry.")).mandatory(),
          Option::registry(QStringLiteral("buildset"), Cli::tr("A registry to act as the buildset registry.")),
          Option::registry(QStringLiteral("publish"), Cli::tr("The publication registry.")).mandatory(),
          Option::number(QStringLiteral("change"), Cli::tr("The change number of the temporary tag (default 4242)."), 1,
                         std::numeric_limits<int>::max(), 4242),
          Option::text(QStringLiteral("repository"), Cli::tr("Repository the rehearsal uses (must not hold its tags)."),
                       Cli::tr("name"), QStringLiteral("registrydesk-rehearsal/app")),
          Option::flag(QStringLiteral("keep"), Cli::tr("Keep the tags the rehearsal made (no clean-up)."))},
         &Commands::rehearse},
    };
}
