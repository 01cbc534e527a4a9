#pragma once

#include "registry/Manifest.h"
#include "registry/Reference.h"
#include "registry/RegistryAddress.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Cli;
class Invocation;
class RegistryClient;

// A positional argument, by what it is. Cli checks and parses every kind in one place, so a command's
// run() receives only arguments that are well formed; usage errors exit 2 with the command's synopsis.
struct Argument
{
    enum class Kind
    {
        Registry,   // host[:port]
        Endpoint,   // host:port (the port required)
        Image,      // [host[:port]/]path[:tag][@digest]
        Repository, // [host[:port]/]path
        File,       // a path, not checked for existence (commands say what they do with it)
        Text,       // anything the command checks itself (a tag, a user name)
    };
    QString name; // as help shows it: "REGISTRY", "SRC"
    Kind kind;
    QString description;
    bool optional = false;
    bool repeated = false; // takes every argument from here on (the last argument only)
};

// An option, typed like the arguments: its value is checked before the command runs.
struct Option
{
    enum class Kind
    {
        Flag,
        Text,
        Registry,
        Platform, // os/arch[/variant]
        Duration, // 36h, 7d, 1d12h
        Number,   // an integer from min to max
    };
    QCommandLineOption option;
    Kind kind = Kind::Text;
    bool required = false;
    int min = 0;
    int max = 0;

    static Option flag(const QString& name, const QString& description);
    static Option text(const QString& name, const QString& description, const QString& valueName,
                       const QString& defaultValue = {});
    static Option repeated(const QString& name, const QString& description, const QString& valueName);
    static Option registry(const QString& name, const QString& description);
    static Option platform(const QString& description);
    static Option duration(const QString& name, const QString& description);
    static Option number(const QString& name, const QString& description, int min, int max, int defaultValue);
    Option& mandatory()
    {
        required = true;
        return *this;
    }
    QString name() const { return option.names().constLast(); }
    QString synopsis() const;                    // "--older-than DURATION", in brackets when optional
    QString problem(const QString& value) const; // empty when the value is well formed
};

// A command (or one action of a command group such as "htpasswd set") as it declares itself: the command
// list, its --help, its synopsis in usage errors and the man page all come from this.
struct Command
{
    QString name;        // "copy", or "htpasswd set"
    QString summary;     // one line in the list of commands
    QString description; // what --help says first
    QList<Argument> arguments;
    QList<Option> options;
    std::function<int(Cli&, Invocation&)> run;

    QString group() const { return name.section(QLatin1Char(' '), 0, 0); }
    QString action() const { return name.section(QLatin1Char(' '), 1); }
    QString synopsis() const; // "copy SRC DST [--all] [--platform OS/ARCH] [--parallel N]"
};

// A command's arguments once Cli has checked them: parsed references and addresses, typed option values, and
// one client per registry the arguments name, made on first use with the user's credentials and trust.
class Invocation
{
public:
    struct Value
    {
        QString text;
        std::optional<RegistryAddress> registry;
        std::optional<Reference> reference;
    };

    Invocation(Cli& cli, const Command& command, const QCommandLineParser& parser, QList<Value> values);

    const Command& command() const { return m_command; }
    bool has(int index) const { return index < m_values.size(); }
    int count() const { return static_cast<int>(m_values.size()); }
    QString text(int index) const { return m_values.value(index).text; }
    const Reference& image(int index) const { return *m_values.at(index).reference; }
    const RegistryAddress& registry(int index) const { return *m_values.at(index).registry; }
    // The client for the registry argument `index` names (an image's or repository's registry too).
    RegistryClient* client(int index);

    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    QStringList values(const QString& option) const { return m_parser.values(option); }
    int number(const QString& option) const { return m_parser.value(option).toInt(); }
    qint64 seconds(const QString& option) const;
    std::optional<Platform> platform(const QString& option = QStringLiteral("platform")) const;
    std::optional<RegistryAddress> registryOption(const QString& option) const;

private:
    Cli& m_cli;
    const Command& m_command;
    const QCommandLineParser& m_parser;
    QList<Value> m_values;
};
