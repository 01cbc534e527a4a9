#pragma once

#include "Command.h"
#include "TerminalFilter.h"
#include "job/RegistryError.h"
#include "registry/RegistryAddress.h"
#include "registry/RegistryClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>
#include <optional>

class Job;

// Exit codes of the command-line contract.
enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2
};

// What every command shares: the global options, output, and the way to reach a registry with the
// user's credentials and trust. Commands declare themselves (Command.h); Cli finds the one asked for,
// checks its arguments and options in one place and runs it. The CLI is a sequential program, so it waits
// for core jobs here.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli();
    ~Cli();
    Cli(const Cli&) = delete;
    Cli& operator=(const Cli&) = delete;
    int run(const QStringList& arguments);
    const QList<Command>& commands() const { return m_commands; }

    // The client for a registry, one per registry and credentials choice so tokens are shared: credentials
    // from --authfile / auth files / credential helpers / keychain (warnings about them on stderr), trust from
    // certs.d. Never null; whether the registry is reachable and takes the credentials, its jobs tell.
    RegistryClient* clientFor(const RegistryAddress& registry, bool withCredentials = true);
    // Waits for a job and returns its error (also for cancelled or failed jobs). A job with a title shows a
    // progress line on stderr when that is a terminal. The job stays its creator's (see Job).
    RegistryError await(Job* job);
    // CA files and client certificates for any host (a Zuul API, for instance) from --certs-dir.
    RegistryOptions tlsOptionsFor(const RegistryAddress& host);

    bool json() const { return m_json; }
    bool verbose() const { return m_verbose; }
    QString authFilePath() const { return m_authFile; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    void printJson(const QJsonDocument& doc);
    int fail(const RegistryError& error);
    int fail(const QString& message, int code = ExitFailed);
    // A usage error of a command: the message, then the command's synopsis; exit status 2.
    int usage(const Command& command, const QString& message);
    QString readSecretFromStdin();
    // A small file the user named (a key, a certificate, a CA), up to 4 MiB; an error names the file.
    static std::optional<QByteArray> readFile(const QString& path, QString* error);

    static QString humanSize(qint64 bytes);

private:
    std::optional<RegistryCredentials> lookupCredentials(const RegistryAddress& registry);
    void addGlobalOptions(QCommandLineParser& parser) const;
    bool readGlobalOptions(const QCommandLineParser& parser);
    int usage(const QString& message);
    void printMainHelp();
    void printGroupHelp(const QString& group);
    void printManPageSection();
    QString commandHelp(const Command& command);
    int runCommand(const Command& command, const QStringList& arguments);
    std::optional<Invocation::Value> parseArgument(const Argument& argument, const QString& text, QString* error);
    QStringList actionsOf(const QString& group) const;
    void writeProgress(const QString& line); // on stderr, from the start of the line

    QList<Command> m_commands;
    TerminalFilter m_outFilter{stdout};
    TerminalFilter m_errFilter{stderr};
    QTextStream m_out{&m_outFilter};
    QTextStream m_err{&m_errFilter};
    QString m_authFile;
    QString m_certsDir;
    bool m_tlsVerify = true;
    bool m_verbose = false;
    bool m_json = false;
    QHash<QString, RegistryClient*> m_clients; // one client per registry, so tokens are shared
};

// Each file of commands registers its own, in the order the command list shows them.
QList<Command> registryCommands();
QList<Command> transferCommands();
QList<Command> storageCommands();
QList<Command> diffCommands();
QList<Command> flowCommands();
QList<Command> htpasswdCommands();
QList<Command> certCommands();
QList<Command> bundleCommands();
QList<Command> zuulCommands();
QList<Command> sandboxCommands();
QList<Command> healthCommands();
QList<Command> gcCommands();
QList<Command> eventsCommands();
// --events-url and --events-token-file, for the registries that send their events (sandbox up, bundle create).
QList<Option> eventsEndpointOptions();
// Reads them; false after a usage or failure message (the return code in *exitCode).
bool readEventsEndpoint(Cli& cli, Invocation& args, QString* url, QString* token, int* exitCode);
