#pragma once

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
// user's credentials and trust. The CLI is a sequential program, so it waits for core jobs here.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(Cli&, const QStringList& arguments)> run;
    };

    Cli();
    ~Cli();
    Cli(const Cli&) = delete;
    Cli& operator=(const Cli&) = delete;
    int run(const QStringList& arguments);

    // Sets up a parser with the global options, the command's own and --help; parses arguments.
    // Returns false after printing help (exitCode 0) or a usage error (exitCode 2).
    bool parse(QCommandLineParser& parser, const QStringList& arguments, const QString& usage, int* exitCode);

    // A client for the registry with credentials from --authfile / auth files / credential helpers /
    // keychain and trust from certs.d. Prints and returns nullptr on failure.
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
    QString readSecretFromStdin();

    static QString humanSize(qint64 bytes);

private:
    std::optional<RegistryCredentials> lookupCredentials(const RegistryAddress& registry);
    void addGlobalOptions(QCommandLineParser& parser) const;
    void readGlobalOptions(const QCommandLineParser& parser);
    int usage(const QString& message);
    void printMainHelp();
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

// Registered by RegistryCommands.cpp and later command groups.
QList<Cli::Command> registryCommands();
QList<Cli::Command> transferCommands();
QList<Cli::Command> adminCommands();
QList<Cli::Command> flowCommands();
QList<Cli::Command> diffCommands();
