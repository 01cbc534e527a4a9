// htpasswd list|set|verify|remove: the intermediate registry's users.
#include "Cli.h"
#include "admin/Bcrypt.h"
#include "admin/HtpasswdFile.h"
#include "util/Printable.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum class Action
    {
        List,
        Set,
        Verify,
        Remove
    };

    static int run(Cli& cli, Invocation& args, Action action)
    {
        const auto path = args.text(0);
        const auto user = args.text(1);
        if (action != Action::List && !HtpasswdFile::isValidUser(user)) {
            return cli.usage(args.command(),
                             tr("\"%1\" is not a valid user name (no ':', spaces or control characters)").arg(user));
        }
        // Only set creates a file; listing, checking or removing from one that is not there is a mistake.
        if (action != Action::Set && !QFileInfo::exists(path)) {
            return cli.fail(tr("%1 does not exist").arg(path));
        }
        QString error;
        auto file = HtpasswdFile::load(path, &error);
        if (!file) {
            return cli.fail(error);
        }
        const bool writes = action == Action::Set || action == Action::Remove;
        const bool keepInvalid = writes && args.isSet(QStringLiteral("keep-invalid"));
        if (const auto refusal = file->refusal(); !refusal.isEmpty()) {
            if (writes && !keepInvalid) {
                return cli.fail(
                    tr("%1 is left as it was: %2. Comment the line out, or use --keep-invalid to write anyway")
                        .arg(path, refusal));
            }
            if (!writes) {
                cli.err() << tr("warning: %1").arg(refusal) << Qt::endl;
            }
        }
        const auto saveFlags = keepInvalid ? HtpasswdFile::SaveFlag::KeepInvalid : HtpasswdFile::SaveFlags();
        switch (action) {
        case Action::List:
            return list(cli, *file);
        case Action::Remove:
            if (!file->remove(user, &error) || !file->save(&error, saveFlags)) {
                return cli.fail(error);
            }
            cli.out() << tr("Removed %1 from %2").arg(Printable::escaped(user), path) << Qt::endl;
            warnAbout(cli, file->problems());
            return ExitOk;
        case Action::Verify:
        case Action::Set:
            break;
        }
        const auto password = cli.readSecretFromStdin().toUtf8();
        if (password.isEmpty()) {
            return cli.usage(args.command(), tr("no password on standard input"));
        }
        if (action == Action::Verify) {
            if (!file->contains(user)) {
                return cli.fail(tr("there is no user %1 in %2").arg(user, path));
            }
            if (!file->verify(user, password)) {
                return cli.fail(tr("the password does not match the one of %1 in %2").arg(user, path));
            }
            cli.out() << tr("The password matches %1").arg(Printable::escaped(user)) << Qt::endl;
            return ExitOk;
        }
        const auto hash = Bcrypt::hash(password, args.number(QStringLiteral("cost")));
        if (hash.isEmpty()) {
            return cli.fail(tr("bcrypt hashing failed"));
        }
        const bool existed = file->contains(user);
        if (!file->setHash(user, hash, !args.isSet(QStringLiteral("add-only")), &error) ||
            !file->save(&error, saveFlags)) {
            return cli.fail(error);
        }
        cli.out() << (existed ? tr("Changed the password of %1 in %2") : tr("Added %1 to %2"))
                         .arg(Printable::escaped(user), path)
                  << Qt::endl;
        warnAbout(cli, file->problems());
        return ExitOk;
    }

private:
    static void warnAbout(Cli& cli, const QStringList& problems)
    {
        for (const auto& problem : problems) {
            cli.err() << tr("warning: %1").arg(Printable::escaped(problem)) << Qt::endl;
        }
    }

    static int list(Cli& cli, const HtpasswdFile& file)
    {
        QJsonArray entries;
        for (qsizetype i = 0; i < file.lines().size(); ++i) {
            const auto& line = file.lines()[i];
            if (line.kind != HtpasswdFile::Line::Kind::Entry && line.kind != HtpasswdFile::Line::Kind::Invalid) {
                continue;
            }
            entries << QJsonObject{{QStringLiteral("line"), i + 1},
                                   {QStringLiteral("user"), line.user},
                                   {QStringLiteral("scheme"), line.kind == HtpasswdFile::Line::Kind::Invalid
                                                                  ? QStringLiteral("invalid")
                                                                  : Bcrypt::schemeName(line.hash)},
                                   {QStringLiteral("cost"), Bcrypt::cost(line.hash)},
                                   {QStringLiteral("usable"), line.problem.isEmpty()},
                                   {QStringLiteral("problem"), line.problem}};
        }
        if (cli.json()) {
            cli.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("file"), file.path()}, {QStringLiteral("entries"), entries}}));
            return ExitOk;
        }
        for (const auto& value : std::as_const(entries)) {
            const auto e = value.toObject();
            cli.out() << Printable::escaped(e.value(QLatin1String("user")).toString()).leftJustified(20) << ' '
                      << e.value(QLatin1String("scheme")).toString();
            if (e.value(QLatin1String("cost")).toInt() > 0) {
                cli.out() << ' ' << tr("cost %1").arg(e.value(QLatin1String("cost")).toInt());
            }
            if (!e.value(QLatin1String("usable")).toBool()) {
                cli.out() << "  "
                          << tr("NOT USABLE (line %1): %2")
                                 .arg(e.value(QLatin1String("line")).toInt())
                                 .arg(Printable::escaped(e.value(QLatin1String("problem")).toString()));
            }
            cli.out() << '\n';
        }
        cli.out().flush();
        return ExitOk;
    }
};

} // namespace

QList<Command> htpasswdCommands()
{
    using Kind = Argument::Kind;
    using Action = Commands::Action;
    const Argument file{QStringLiteral("FILE"), Kind::File, Cli::tr("the htpasswd file")};
    const Argument user{QStringLiteral("USER"), Kind::Text, Cli::tr("the user")};
    const auto keepInvalid =
        Option::flag(QStringLiteral("keep-invalid"),
                     Cli::tr("Write even though a line without ':' makes registry:2 refuse the whole file."));
    const auto action = [](Action chosen) {
        return [chosen](Cli& cli, Invocation& args) { return Commands::run(cli, args, chosen); };
    };
    return {
        {QStringLiteral("htpasswd list"),
         Cli::tr("list the users of an htpasswd file and what registry:2 refuses"),
         Cli::tr("Lists each user of a bcrypt htpasswd file with its hash scheme and cost, and every line registry:2 "
                 "cannot use."),
         {file},
         {},
         action(Action::List)},
        {QStringLiteral("htpasswd set"),
         Cli::tr("add a user or change a password (bcrypt; password on stdin)"),
         Cli::tr("Adds the user or changes its password, read from standard input and hashed with bcrypt. A file that "
                 "registry:2 refuses (a line without ':') is left as it is, unless --keep-invalid."),
         {file, user},
         {Option::number(QStringLiteral("cost"), Cli::tr("bcrypt cost, 4 to 17 (default 12)."), Bcrypt::kMinCost,
                         Bcrypt::kMaxCost, Bcrypt::kDefaultCost),
          Option::flag(QStringLiteral("add-only"), Cli::tr("Refuse to change an existing user.")), keepInvalid},
         action(Action::Set)},
        {QStringLiteral("htpasswd verify"),
         Cli::tr("check a user's password (read on stdin)"),
         Cli::tr("Checks the password on standard input against the user's hash."),
         {file, user},
         {},
         action(Action::Verify)},
        {QStringLiteral("htpasswd remove"),
         Cli::tr("remove a user"),
         Cli::tr("Removes the user. A file that registry:2 refuses (a line without ':') is left as it is, unless "
                 "--keep-invalid."),
         {file, user},
         {keepInvalid},
         action(Action::Remove)},
    };
}
