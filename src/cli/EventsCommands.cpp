// events listen: registry:2 notifications, one line per push, pull, mount and delete as it happens.
#include "Cli.h"
#include "events/RegistryEventListener.h"
#include "util/Printable.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace {

int g_stopPipe[2] = {-1, -1};

void stopOnSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_stopPipe[1], &byte, 1);
}

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int listen(Cli& cli, Invocation& args)
    {
        QHostAddress address;
        if (!address.setAddress(args.value(QStringLiteral("address")))) {
            return cli.usage(args.command(), tr("--address takes an IP address, e.g. 127.0.0.1 or 0.0.0.0"));
        }
        QByteArray token;
        const auto tokenFile = args.value(QStringLiteral("token-file"));
        if (!tokenFile.isEmpty()) {
            QString error;
            token = Cli::readFile(tokenFile, &error).value_or(QByteArray()).trimmed();
            if (!error.isEmpty()) {
                return cli.fail(error);
            }
            if (token.isEmpty()) {
                return cli.fail(tr("%1 holds no token").arg(tokenFile));
            }
        }
        RegistryEventListener listener;
        QString error;
        if (!listener.listen(address, static_cast<quint16>(args.number(QStringLiteral("port"))), token, &error)) {
            return address.isLoopback() || !token.isEmpty() ? cli.fail(error) : cli.usage(args.command(), error);
        }
        cli.err() << tr("Listening for registry notifications at %1. Add this to the registry's config.yml:")
                         .arg(listener.endpointUrl())
                  << '\n'
                  << listener.configSnippet(tokenFile.isEmpty() ? QString() : tr("<the token in %1>").arg(tokenFile))
                  << Qt::endl;
        QObject::connect(&listener, &RegistryEventListener::received, [&cli](const RegistryEvent& event) {
            if (cli.json()) {
                cli.out() << QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
            } else {
                cli.out() << event.timestamp.toUTC().toString(Qt::ISODate) << ' ' << event.summary() << Qt::endl;
            }
        });
        QObject::connect(&listener, &RegistryEventListener::refused, [&cli](const QString& reason) {
            cli.err() << tr("refused: %1").arg(Printable::escaped(reason)) << Qt::endl;
        });
        // SIGINT and SIGTERM end the loop through a pipe the event loop watches.
        if (::pipe(g_stopPipe) != 0) {
            return cli.fail(tr("cannot set up signal handling"));
        }
        QEventLoop loop;
        QSocketNotifier stop(g_stopPipe[0], QSocketNotifier::Read);
        QObject::connect(&stop, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
        struct sigaction action = {};
        action.sa_handler = stopOnSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
        loop.exec();
        listener.close();
        const auto& counts = listener.counts();
        cli.err()
            << tr("%n event(s) received, ", nullptr, counts.events)
            << tr("%n request(s) refused (%1 without the token)", nullptr, counts.refused()).arg(counts.unauthenticated)
            << Qt::endl;
        ::close(g_stopPipe[0]);
        ::close(g_stopPipe[1]);
        return ExitOk;
    }
};

} // namespace

QList<Command> eventsCommands()
{
    return {
        {QStringLiteral("events listen"),
         Cli::tr("receive registry:2 notifications and print each event"),
         Cli::tr("Receives the notification POSTs of a registry:2 `notifications.endpoints` entry and prints one line "
                 "per push, pull, mount and delete as it happens (--json: one JSON object per line), Zuul tags "
                 "decoded, until interrupted. With --token-file every POST must carry `Authorization: Bearer <token>`; "
                 "without it only a loopback address may listen. POSTs without the token and bodies that are no "
                 "notification envelope are refused, counted on standard error and never printed as events. The "
                 "config.yml block to add is printed on standard error at start (without the token itself)."),
         {},
         {Option::number(QStringLiteral("port"), Cli::tr("The port to listen on (0: any free one, printed)."), 0, 65535,
                         0)
              .mandatory(),
          Option::text(QStringLiteral("address"), Cli::tr("The address to listen on (default 127.0.0.1)."),
                       Cli::tr("address"), QStringLiteral("127.0.0.1")),
          Option::text(QStringLiteral("token-file"), Cli::tr("A file holding the bearer token POSTs must carry."),
                       Cli::tr("file"))},
         &Commands::listen},
    };
}

QList<Option> eventsEndpointOptions()
{
    return {
        Option::text(QStringLiteral("events-url"),
                     Cli::tr("Send the registry's events there (an events listen endpoint, http://HOST:PORT/events)."),
                     Cli::tr("url")),
        Option::text(QStringLiteral("events-token-file"),
                     Cli::tr("A file holding the bearer token the event POSTs carry."), Cli::tr("file"))};
}

bool readEventsEndpoint(Cli& cli, Invocation& args, QString* url, QString* token, int* exitCode)
{
    *url = args.value(QStringLiteral("events-url"));
    const auto tokenFile = args.value(QStringLiteral("events-token-file"));
    const QUrl parsed(*url, QUrl::StrictMode);
    if (!url->isEmpty() && (!parsed.isValid() || parsed.host().isEmpty() ||
                            (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))) {
        *exitCode = cli.usage(args.command(), Cli::tr("--events-url takes an http:// or https:// URL"));
        return false;
    }
    if (url->isEmpty() && !tokenFile.isEmpty()) {
        *exitCode = cli.usage(args.command(), Cli::tr("--events-token-file goes with --events-url"));
        return false;
    }
    if (!tokenFile.isEmpty()) {
        QString error;
        *token = QString::fromUtf8(Cli::readFile(tokenFile, &error).value_or(QByteArray()).trimmed());
        if (token->isEmpty() || token->contains(QLatin1Char(' ')) || token->contains(QLatin1Char('"')) ||
            token->contains(QLatin1Char('\n'))) {
            *exitCode =
                cli.fail(error.isEmpty() ? Cli::tr("%1 holds no usable token (one word)").arg(tokenFile) : error);
            return false;
        }
    }
    return true;
}
