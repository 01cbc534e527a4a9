#include "Cli.h"

#include "credentials/CredentialResolver.h"
#include "credentials/TrustStore.h"
#include "job/Job.h"
#include "registry/RegistryJob.h"
#include "util/Printable.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

namespace {

// Options that take a value, so their value is not mistaken for the command name.
const QStringList kValueOptions = {QStringLiteral("--authfile"), QStringLiteral("--certs-dir")};

} // namespace

Cli::Cli()
{
    m_commands = registryCommands() + transferCommands() + storageCommands() + gcCommands() + diffCommands() +
                 flowCommands() + htpasswdCommands() + certCommands() + bundleCommands() + zuulCommands() +
                 sandboxCommands() + healthCommands() + eventsCommands();
}

Cli::~Cli()
{
    // Before the application object goes: a client's network thread must not outlive it.
    qDeleteAll(m_clients);
}

void Cli::addGlobalOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("authfile"), tr("Credentials file (docker/podman auth.json)."), tr("file")});
    parser.addOption(
        {QStringLiteral("certs-dir"), tr("CA certificates in the certs.d layout DIR/<host:port>/*.crt."), tr("dir")});
    parser.addOption({QStringLiteral("tls-verify"), tr("Verify TLS certificates (default true); false skips it."),
                      tr("bool"), QStringLiteral("true")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")},
                      tr("Print an HTTP trace on stderr (credentials redacted).")});
    parser.addOption({QStringLiteral("json"), tr("Machine-readable output on stdout.")});
}

bool Cli::readGlobalOptions(const QCommandLineParser& parser)
{
    const auto tlsVerify = parser.value(QStringLiteral("tls-verify")).toLower();
    if (tlsVerify != QLatin1String("true") && tlsVerify != QLatin1String("false")) {
        return false;
    }
    m_authFile = parser.value(QStringLiteral("authfile"));
    m_certsDir = parser.value(QStringLiteral("certs-dir"));
    m_tlsVerify = tlsVerify == QLatin1String("true");
    m_verbose = parser.isSet(QStringLiteral("verbose"));
    m_json = parser.isSet(QStringLiteral("json"));
    return true;
}

int Cli::usage(const QString& message)
{
    m_err << tr("error: %1").arg(message) << Qt::endl;
    m_err << tr("Run 'registrydesk-cli --help' for usage.") << Qt::endl;
    return ExitUsage;
}

int Cli::usage(const Command& command, const QString& message)
{
    m_out.flush();
    m_err << tr("error: %1").arg(Printable::escaped(message)) << Qt::endl;
    m_err << tr("usage: registrydesk-cli %1").arg(command.synopsis()) << Qt::endl;
    return ExitUsage;
}

QStringList Cli::actionsOf(const QString& group) const
{
    QStringList actions;
    for (const auto& command : m_commands) {
        if (command.group() == group && !command.action().isEmpty()) {
            actions << command.action();
        }
    }
    return actions;
}

void Cli::printMainHelp()
{
    m_out << tr("Usage: registrydesk-cli [global options] <command> [arguments]") << "\n\n";
    m_out << tr("Administer the registries of a Zuul container-image gating system.") << "\n\n";
    m_out << tr("Commands:") << "\n";
    for (const auto& command : std::as_const(m_commands)) {
        m_out << "  " << command.name.leftJustified(20) << command.summary << "\n";
    }
    m_out << "\n" << tr("Global options:") << "\n";
    m_out << "  --authfile FILE     " << tr("credentials file (docker/podman auth.json)") << "\n";
    m_out << "  --certs-dir DIR     " << tr("CA certificates as DIR/<host:port>/*.crt") << "\n";
    m_out << "  --tls-verify=false  " << tr("skip TLS verification (says so on stderr)") << "\n";
    m_out << "  -v, --verbose       " << tr("HTTP trace on stderr, credentials redacted") << "\n";
    m_out << "  --json              " << tr("machine-readable output") << "\n";
    m_out << "  --version           " << tr("print the version") << "\n\n";
    m_out << tr("Run 'registrydesk-cli <command> --help' for a command's arguments.") << Qt::endl;
}

void Cli::printGroupHelp(const QString& group)
{
    m_out << tr("Usage: registrydesk-cli %1 %2 [arguments]").arg(group, actionsOf(group).join(QLatin1Char('|')))
          << "\n\n";
    for (const auto& command : std::as_const(m_commands)) {
        if (command.group() == group) {
            m_out << "  " << command.synopsis() << "\n      " << command.summary << "\n";
        }
    }
    m_out << "\n" << tr("Run 'registrydesk-cli %1 <action> --help' for an action's arguments.").arg(group) << Qt::endl;
}

// The help of one command as Qt lays it out, from its declaration: description, synopsis, arguments, options.
QString Cli::commandHelp(const Command& command)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addHelpOption();
    parser.setApplicationDescription(command.description);
    for (const auto& option : command.options) {
        parser.addOption(option.option);
    }
    for (const auto& argument : command.arguments) {
        parser.addPositionalArgument(argument.name, argument.description,
                                     argument.optional ? QLatin1Char('[') + argument.name + QLatin1Char(']')
                                                       : argument.name);
    }
    // "Usage: registrydesk-cli <command> [options] …": Qt names only the program, as it was started.
    QString text = parser.helpText();
    const QString started = QCoreApplication::arguments().value(0);
    const auto at = text.indexOf(started);
    if (at >= 0) {
        text.replace(at, started.size(), QStringLiteral("registrydesk-cli ") + command.name);
    }
    return text;
}

// The man page's "COMMANDS IN DETAIL" section (a help2man include) with every command's help.
void Cli::printManPageSection()
{
    m_out << "[COMMANDS IN DETAIL]\n";
    for (const auto& command : std::as_const(m_commands)) {
        auto help = commandHelp(command);
        help.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        auto lines = help.split(QLatin1Char('\n'));
        for (auto& line : lines) {
            if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\''))) {
                line.prepend(QStringLiteral("\\&"));
            }
        }
        m_out << ".SS " << command.name << "\n.nf\n" << lines.join(QLatin1Char('\n')) << ".fi\n";
    }
    m_out.flush();
}

int Cli::run(const QStringList& arguments)
{
    QList<int> words; // positions of the words that are neither options nor their values
    for (int i = 1; i < arguments.size(); ++i) {
        const auto& arg = arguments[i];
        if (kValueOptions.contains(arg)) {
            ++i;
        } else if (!arg.startsWith(QLatin1Char('-'))) {
            words << i;
        }
    }
    const bool help = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    if (words.isEmpty()) {
        if (arguments.contains(QStringLiteral("--man-page-section"))) {
            printManPageSection();
            return ExitOk;
        }
        if (arguments.contains(QStringLiteral("--version"))) {
            m_out << "registrydesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        }
        if (help) {
            printMainHelp();
            return ExitOk;
        }
        return usage(tr("no command given"));
    }
    const auto group = arguments[words.first()];
    const auto actions = actionsOf(group);
    QString name = group;
    if (!actions.isEmpty()) {
        // The action is the first word after the group that names one ("sandbox --dir D up").
        const auto at =
            std::find_if(words.begin() + 1, words.end(), [&](int i) { return actions.contains(arguments[i]); });
        const auto action = at != words.end() ? arguments[*at] : (words.size() > 1 ? arguments[words[1]] : QString());
        if (at == words.end()) {
            if (help) {
                printGroupHelp(group);
                return ExitOk;
            }
            m_err << tr("error: %1")
                         .arg(action.isEmpty() ? tr("%1 needs an action").arg(group)
                                               : tr("%1 has no action \"%2\"").arg(group, Printable::escaped(action)))
                  << Qt::endl;
            m_err << tr("usage: registrydesk-cli %1 %2 …").arg(group, actions.join(QLatin1Char('|'))) << Qt::endl;
            return ExitUsage;
        }
        name += QLatin1Char(' ') + action;
        words = {words.first(), *at};
    }
    for (const auto& command : std::as_const(m_commands)) {
        if (command.name == name) {
            auto rest = arguments;
            for (auto i = words.size() > 1 && name.contains(QLatin1Char(' ')) ? 1 : 0; i >= 0; --i) {
                rest.removeAt(words[i]);
            }
            return runCommand(command, rest);
        }
    }
    return usage(tr("unknown command \"%1\"").arg(Printable::escaped(group)));
}

// The one place where a command's arguments and options are checked, before it runs.
int Cli::runCommand(const Command& command, const QStringList& arguments)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    const auto help = parser.addHelpOption();
    for (const auto& option : command.options) {
        parser.addOption(option.option);
    }
    if (!parser.parse(arguments)) {
        return usage(command, parser.errorText());
    }
    if (parser.isSet(help)) {
        m_out << commandHelp(command) << Qt::flush;
        return ExitOk;
    }
    if (!readGlobalOptions(parser)) {
        return usage(command, tr("--tls-verify takes true or false"));
    }
    const auto positional = parser.positionalArguments();
    qsizetype required = 0;
    QStringList names;
    for (const auto& argument : command.arguments) {
        required += argument.optional ? 0 : 1;
        names << argument.name;
    }
    const bool open = !command.arguments.isEmpty() && command.arguments.constLast().repeated;
    if (positional.size() < required || (!open && positional.size() > command.arguments.size())) {
        if (names.isEmpty()) {
            return usage(command, tr("%1 takes no arguments").arg(command.name));
        }
        const auto last = names.takeLast();
        const auto list = names.isEmpty() ? last : tr("%1 and %2").arg(names.join(QLatin1String(", ")), last);
        return usage(command, tr("%1 needs %2").arg(command.name, list));
    }
    QList<Invocation::Value> values;
    for (qsizetype i = 0; i < positional.size(); ++i) {
        QString error;
        const auto& argument = command.arguments.at(std::min(i, command.arguments.size() - 1));
        const auto value = parseArgument(argument, positional.at(i), &error);
        if (!value) {
            return usage(command, error);
        }
        values << *value;
    }
    for (const auto& option : command.options) {
        const auto problem = option.problem(parser.value(option.name()));
        if (option.required && !parser.isSet(option.name())) {
            // A value with a format says which ("--older-than takes a duration such as …"); others are named.
            const bool formatted = option.kind == Option::Kind::Duration || option.kind == Option::Kind::Number ||
                                   option.kind == Option::Kind::Platform;
            return usage(command, formatted ? problem : tr("%1 needs %2").arg(command.name, option.synopsis()));
        }
        if (parser.isSet(option.name()) && !problem.isEmpty()) {
            return usage(command, problem);
        }
    }
    Invocation invocation(*this, command, parser, values);
    return command.run(*this, invocation);
}

std::optional<Invocation::Value> Cli::parseArgument(const Argument& argument, const QString& text, QString* error)
{
    Invocation::Value value{text, std::nullopt, std::nullopt};
    switch (argument.kind) {
    case Argument::Kind::Registry:
    case Argument::Kind::Endpoint:
        value.registry = RegistryAddress::parse(text, error);
        if (value.registry && argument.kind == Argument::Kind::Endpoint && value.registry->port() < 0) {
            *error = tr("%1 takes HOST:PORT, with the port").arg(argument.name);
            return std::nullopt;
        }
        return value.registry ? std::optional(value) : std::nullopt;
    case Argument::Kind::Image:
        value.reference = Reference::parse(text, error);
        return value.reference ? std::optional(value) : std::nullopt;
    case Argument::Kind::Repository:
        value.reference = Reference::parseRepository(text, error);
        return value.reference ? std::optional(value) : std::nullopt;
    case Argument::Kind::File:
        if (text.isEmpty()) {
            *error = tr("%1 must not be empty").arg(argument.name);
            return std::nullopt;
        }
        return value;
    case Argument::Kind::Text:
        return value;
    }
    return std::nullopt;
}

std::optional<RegistryCredentials> Cli::lookupCredentials(const RegistryAddress& registry)
{
    std::optional<RegistryCredentials> found;
    CredentialResolver resolver;
    resolver.setAuthFile(m_authFile);
    QEventLoop loop;
    bool done = false;
    resolver.resolve(registry, &loop, [&](std::optional<RegistryCredentials> credentials, const QStringList& notes) {
        found = credentials;
        // Without credentials, what went wrong on the way (an unreadable auth file, a failing helper) is the
        // explanation the user needs; with them, it is detail for -v.
        for (const auto& note : notes) {
            if (!credentials) {
                m_err << tr("warning: %1").arg(Printable::escaped(note)) << Qt::endl;
            } else if (m_verbose) {
                m_err << "* " << Printable::escaped(note) << Qt::endl;
            }
        }
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
    return found;
}

RegistryOptions Cli::tlsOptionsFor(const RegistryAddress& host)
{
    RegistryOptions options;
    options.tlsVerify = m_tlsVerify;
    QStringList problems;
    TrustStore::forDirectory(m_certsDir).apply(host, options, &problems);
    for (const auto& problem : std::as_const(problems)) {
        m_err << tr("warning: %1").arg(Printable::escaped(problem)) << Qt::endl;
    }
    if (!m_tlsVerify) {
        m_err << tr("warning: TLS verification is off for %1 (--tls-verify=false)").arg(host.displayName()) << Qt::endl;
    }
    return options;
}

RegistryClient* Cli::clientFor(const RegistryAddress& registry, bool withCredentials)
{
    const auto key = registry.displayName() + (withCredentials ? QStringLiteral("+") : QStringLiteral("-"));
    if (auto* existing = m_clients.value(key)) {
        return existing;
    }
    auto* client = new RegistryClient(registry);
    m_clients.insert(key, client);
    client->setOptions(tlsOptionsFor(registry));
    if (withCredentials) {
        if (const auto credentials = lookupCredentials(registry)) {
            client->setCredentials(*credentials);
        }
    }
    if (m_verbose) {
        QObject::connect(client, &RegistryClient::trace, client,
                         [this](const QString& line) { m_err << Printable::escaped(line) << Qt::endl; });
    }
    QObject::connect(client, &RegistryClient::warning, client, [this, registry](const QString& text) {
        m_err << tr("warning from %1: %2").arg(registry.displayName(), Printable::escaped(text)) << Qt::endl;
    });
    return client;
}

RegistryError Cli::await(Job* job)
{
    const bool showProgress = !m_json && !job->title().isEmpty() && isatty(fileno(stderr));
    QElapsedTimer clock;
    clock.start();
    if (showProgress) {
        QObject::connect(job, &Job::progress, job, [this, job, &clock](qint64 done, qint64 total) {
            const double seconds = std::max<qint64>(1, clock.elapsed()) / 1000.0;
            const bool bytes = job->progressUnit() == Job::ProgressUnit::Bytes;
            const auto count = [bytes](qint64 value) { return bytes ? humanSize(value) : QString::number(value); };
            const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
            writeProgress(QStringLiteral("%1  %2%  %3 / %4  %5/s   ")
                              .arg(Printable::escaped(job->title()), QString::number(percent), count(done),
                                   count(total), count(static_cast<qint64>(done / seconds))));
        });
    }
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (showProgress) {
        writeProgress(QString(100, QLatin1Char(' ')) + QLatin1Char('\r'));
    }
    return job->error();
}

void Cli::printJson(const QJsonDocument& doc)
{
    m_out << doc.toJson(QJsonDocument::Indented) << Qt::flush;
}

int Cli::fail(const RegistryError& error)
{
    const int code = error.kind() == RegistryError::Kind::Usage ? ExitUsage : ExitFailed;
    return fail(error.message(), code);
}

int Cli::fail(const QString& message, int code)
{
    m_out.flush();
    m_err << tr("error: %1").arg(Printable::escaped(message)) << Qt::endl;
    return code;
}

void Cli::writeProgress(const QString& line)
{
    // The progress line's '\r' is the one control character we mean: it bypasses the filter of m_err.
    m_err.flush();
    const auto bytes = (QLatin1Char('\r') + line).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

QString Cli::readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    auto bytes = in.read(64 * 1024);
    // One trailing newline (echo, here-strings) is not part of the secret.
    if (bytes.endsWith('\n')) {
        bytes.chop(1);
    }
    if (bytes.endsWith('\r')) {
        bytes.chop(1);
    }
    return QString::fromUtf8(bytes);
}

std::optional<QByteArray> Cli::readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.read(4 * 1024 * 1024);
}

QString Cli::humanSize(qint64 bytes)
{
    if (bytes < 0) {
        return tr("unknown");
    }
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}
