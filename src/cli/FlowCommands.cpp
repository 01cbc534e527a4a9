// flow rehearse: the gating flow of the Container Images document, performed for real.
#include "Cli.h"
#include "lab/FlowRehearsal.h"
#include "registry/RegistryAddress.h"
#include "util/Printable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int flow(Cli& cli, const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("rehearse"), tr("the action"));
        parser.addOption({QStringLiteral("intermediate"), tr("The intermediate registry."), tr("registry")});
        parser.addOption(
            {QStringLiteral("buildset"), tr("A registry to act as the buildset registry."), tr("registry")});
        parser.addOption({QStringLiteral("publish"), tr("The publication registry."), tr("registry")});
        parser.addOption({QStringLiteral("change"), tr("The change number of the temporary tag (default 4242)."),
                          tr("n"), QStringLiteral("4242")});
        parser.addOption({QStringLiteral("repository"), tr("Repository the rehearsal uses (must not hold its tags)."),
                          tr("name"), QStringLiteral("registrydesk-rehearsal/app")});
        parser.addOption({QStringLiteral("keep"), tr("Keep the tags the rehearsal made (no clean-up).")});
        int code = 0;
        if (!cli.parse(parser, arguments,
                       tr("Performs the gating flow of zuul-jobs' Container Images document with a small generated "
                          "image: intermediate → buildset → build job → intermediate, a test job's pull, upload "
                          "with change_<N>_<tag> and the manifest-only promote; each step is checked."),
                       &code)) {
            return code;
        }
        if (parser.positionalArguments() != QStringList{QStringLiteral("rehearse")} ||
            parser.value(QStringLiteral("intermediate")).isEmpty() ||
            parser.value(QStringLiteral("publish")).isEmpty()) {
            return cli.fail(tr("usage: flow rehearse --intermediate REG [--buildset REG] --publish REG [--change N] "
                               "[--repository R] [--keep]"),
                            ExitUsage);
        }
        QList<RegistryClient*> clients;
        for (const auto* option : {"intermediate", "buildset", "publish"}) {
            if (parser.value(QLatin1String(option)).isEmpty()) {
                clients << nullptr; // no buildset registry: the rehearsal starts a temporary one
                continue;
            }
            QString error;
            const auto address = RegistryAddress::parse(parser.value(QLatin1String(option)), &error);
            if (!address) {
                return cli.fail(tr("--%1: %2").arg(QLatin1String(option), error), ExitUsage);
            }
            clients << cli.clientFor(*address);
        }
        RehearsalOptions options;
        bool changeOk = false;
        options.change = parser.value(QStringLiteral("change")).toInt(&changeOk);
        options.repository = parser.value(QStringLiteral("repository"));
        options.cleanUp = !parser.isSet(QStringLiteral("keep"));
        if (!changeOk || options.change <= 0) {
            return cli.fail(tr("--change takes a positive number"), ExitUsage);
        }
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

QList<Cli::Command> flowCommands()
{
    return {{QStringLiteral("flow"), Cli::tr("rehearse the whole gating flow on real registries"), &Commands::flow}};
}
