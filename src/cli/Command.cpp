#include "Command.h"

#include "Cli.h"
#include "util/Duration.h"

#include <limits>

namespace {

QString valueNameOf(const QCommandLineOption& option)
{
    return option.valueName().toUpper();
}

} // namespace

Option Option::flag(const QString& name, const QString& description)
{
    return {QCommandLineOption(name, description), Kind::Flag};
}

Option Option::text(const QString& name, const QString& description, const QString& valueName,
                    const QString& defaultValue)
{
    return {QCommandLineOption(name, description, valueName, defaultValue), Kind::Text};
}

Option Option::repeated(const QString& name, const QString& description, const QString& valueName)
{
    return text(name, description, valueName);
}

Option Option::registry(const QString& name, const QString& description)
{
    return {QCommandLineOption(name, description, Cli::tr("registry")), Kind::Registry};
}

Option Option::platform(const QString& description)
{
    return {QCommandLineOption(QStringLiteral("platform"), description, Cli::tr("os/arch")), Kind::Platform};
}

Option Option::duration(const QString& name, const QString& description)
{
    return {QCommandLineOption(name, description, Cli::tr("duration")), Kind::Duration};
}

Option Option::number(const QString& name, const QString& description, int min, int max, int defaultValue)
{
    Option number{QCommandLineOption(name, description, Cli::tr("n"), QString::number(defaultValue)), Kind::Number};
    number.min = min;
    number.max = max;
    return number;
}

QString Option::synopsis() const
{
    auto text = QStringLiteral("--") + name();
    if (kind != Kind::Flag) {
        text += QLatin1Char(' ') + valueNameOf(option);
    }
    return required ? text : QLatin1Char('[') + text + QLatin1Char(']');
}

QString Option::problem(const QString& value) const
{
    const auto dashed = QStringLiteral("--") + name();
    switch (kind) {
    case Kind::Flag:
    case Kind::Text:
        return {};
    case Kind::Registry: {
        QString error;
        return RegistryAddress::parse(value, &error) ? QString() : Cli::tr("%1: %2").arg(dashed, error);
    }
    case Kind::Platform:
        return Platform::parse(value) ? QString() : Cli::tr("%1 takes os/arch[/variant], e.g. linux/arm64").arg(dashed);
    case Kind::Duration:
        return Duration::parseSeconds(value) ? QString()
                                             : Cli::tr("%1 takes a duration such as 36h, 7d or 1d12h").arg(dashed);
    case Kind::Number: {
        bool ok = false;
        const auto number = value.toLongLong(&ok);
        if (ok && number >= min && number <= max) {
            return {};
        }
        return min == 1 && max == std::numeric_limits<int>::max()
                   ? Cli::tr("%1 takes a positive number").arg(dashed)
                   : Cli::tr("%1 takes a number from %2 to %3").arg(dashed).arg(min).arg(max);
    }
    }
    return {};
}

QString Command::synopsis() const
{
    QStringList parts{name};
    for (const auto& option : options) {
        parts << option.synopsis();
    }
    for (const auto& argument : arguments) {
        const auto shown = argument.repeated ? argument.name + QStringLiteral("…") : argument.name;
        parts << (argument.optional ? QLatin1Char('[') + shown + QLatin1Char(']') : shown);
    }
    return parts.join(QLatin1Char(' '));
}

Invocation::Invocation(Cli& cli, const Command& command, const QCommandLineParser& parser, QList<Value> values)
    : m_cli(cli)
    , m_command(command)
    , m_parser(parser)
    , m_values(std::move(values))
{
}

RegistryClient* Invocation::client(int index)
{
    const auto& value = m_values.at(index);
    return m_cli.clientFor(value.reference ? value.reference->registry() : *value.registry);
}

qint64 Invocation::seconds(const QString& option) const
{
    return Duration::parseSeconds(m_parser.value(option)).value_or(0);
}

std::optional<Platform> Invocation::platform(const QString& option) const
{
    return m_parser.isSet(option) ? Platform::parse(m_parser.value(option)) : std::nullopt;
}

std::optional<RegistryAddress> Invocation::registryOption(const QString& option) const
{
    return m_parser.isSet(option) ? RegistryAddress::parse(m_parser.value(option)) : std::nullopt;
}
