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
    m_commands = registryCommands() + transferCommands() + adminCommands() + flowCommands() + diffCommands();
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

void Cli::readGlobalOptions(const QCommandLineParser& parser)
{
    m_authFile = parser.value(QStringLiteral("authfile"));
    m_certsDir = parser.value(QStringLiteral("certs-dir"));
    m_tlsVerify = parser.value(QStringLiteral("tls-verify")).toLower() != QLatin1String("false");
    m_verbose = parser.isSet(QStringLiteral("verbose"));
    m_json = parser.isSet(QStringLiteral("json"));
}

int Cli::usage(const QString& message)
{
    m_err << tr("error: %1").arg(message) << Qt::endl;
    m_err << tr("Run 'registrydesk-cli --help' for usage.") << Qt::endl;
    return ExitUsage;
}

void Cli::printMainHelp()
{
    m_out << tr("Usage: registrydesk-cli [global options] <command> [arguments]") << "\n\n";
    m_out << tr("Administer the registries of a Zuul container-image gating system.") << "\n\n";
    m_out << tr("Commands:") << "\n";
    for (const auto& command : std::as_const(m_commands)) {
        m_out << "  " << command.name.leftJustified(12) << command.summary << "\n";
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

int Cli::run(const QStringList& arguments)
{
    int commandIndex = -1;
    for (int i = 1; i < arguments.size(); ++i) {
        const auto& arg = arguments[i];
        if (kValueOptions.contains(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-'))) {
            commandIndex = i;
            break;
        }
    }
    if (commandIndex < 0) {
        if (arguments.contains(QStringLiteral("--version"))) {
            m_out << "registrydesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        }
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            printMainHelp();
            return ExitOk;
        }
        return usage(tr("no command given"));
    }
    const auto name = arguments[commandIndex];
    for (const auto& command : std::as_const(m_commands)) {
        if (command.name == name) {
            auto rest = arguments;
            rest.removeAt(commandIndex);
            rest[0] = arguments[0] + QLatin1Char(' ') + name;
            return command.run(*this, rest);
        }
    }
    return usage(tr("unknown command \"%1\"").arg(name));
}

bool Cli::parse(QCommandLineParser& parser, const QStringList& arguments, const QString& usageLine, int* exitCode)
{
    addGlobalOptions(parser);
    const auto help = parser.addHelpOption();
    parser.setApplicationDescription(usageLine);
    if (!parser.parse(arguments)) {
        *exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // "Usage: registrydesk-cli <command> [options] …": Qt names only the program, as it was started.
        const QString started = QCoreApplication::arguments().value(0);
        const QString command = arguments.value(0).section(QLatin1Char(' '), 1);
        QString text = parser.helpText();
        const auto at = text.indexOf(started);
        if (at >= 0) {
            text.replace(at, started.size(), QStringLiteral("registrydesk-cli ") + command);
        }
        m_out << text << Qt::flush;
        *exitCode = ExitOk;
        return false;
    }
    const auto tlsVerify = parser.value(QStringLiteral("tls-verify")).toLower();
    if (tlsVerify != QLatin1String("true") && tlsVerify != QLatin1String("false")) {
        *exitCode = usage(tr("--tls-verify takes true or false"));
        return false;
    }
    readGlobalOptions(parser);
    return true;
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
            const auto rate = humanSize(static_cast<qint64>(done / seconds));
            const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
            writeProgress(QStringLiteral("%1  %2%  %3 / %4  %5/s   ")
                              .arg(Printable::escaped(job->title()), QString::number(percent), humanSize(done),
                                   humanSize(total), rate));
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

QString Cli::humanSize(qint64 bytes)
{
    if (bytes < 0) {
        return tr("unknown");
    }
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}
