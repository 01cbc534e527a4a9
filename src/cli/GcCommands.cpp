// gc plan|delete-untagged: what garbage collection of a registry:2 storage root frees, and its safe half.
#include "Cli.h"
#include "storage/StorageScanJob.h"
#include "storage/UntaggedDeleter.h"
#include "util/Printable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static constexpr int kMaxProblemsShown = 20;
    static constexpr int kMaxManifestsShown = 100;

    static int plan(Cli& cli, Invocation& args)
    {
        StorageScanJob scan(args.text(0));
        if (const auto error = cli.await(&scan)) {
            return cli.fail(error);
        }
        const auto& plan = *scan.plan();
        warnAboutProblems(cli, plan);
        if (cli.json()) {
            cli.printJson(QJsonDocument(plan.toJson()));
            return ExitOk;
        }
        printPlan(cli, plan);
        return ExitOk;
    }

    static int deleteUntagged(Cli& cli, Invocation& args)
    {
        StorageScanJob scan(args.text(0));
        if (const auto error = cli.await(&scan)) {
            return cli.fail(error);
        }
        const auto plan = scan.plan();
        warnAboutProblems(cli, *plan);
        const auto registry = args.registryOption(QStringLiteral("registry"));
        const bool dryRun = args.isSet(QStringLiteral("dry-run"));
        UntaggedDeleter deleter(cli.clientFor(*registry), plan, dryRun);
        if (!cli.json()) {
            QObject::connect(&deleter, &Job::transferEvent, &deleter, [&cli](const TransferEvent& event) {
                cli.out() << tr("deleted %1@%2").arg(Printable::escaped(event.repository), event.subject) << Qt::endl;
            });
        }
        const auto error = cli.await(&deleter);
        if (error) {
            if (!deleter.deleted().isEmpty() && !cli.json()) {
                cli.out() << tr("%n manifest(s) deleted before the failure.", nullptr,
                                static_cast<int>(deleter.deleted().size()))
                          << Qt::endl;
            }
            return cli.fail(error);
        }
        const auto freed = deleter.freedAfterwards();
        if (cli.json()) {
            const auto list = [](const QList<GcPlan::Untagged>& manifests) {
                QJsonArray array;
                for (const auto& m : manifests) {
                    array << QJsonObject{{QStringLiteral("repository"), m.repository},
                                         {QStringLiteral("digest"), m.digest.toString()}};
                }
                return array;
            };
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("root"), plan->root()},
                                                    {QStringLiteral("registry"), registry->displayName()},
                                                    {QStringLiteral("dryRun"), dryRun},
                                                    {QStringLiteral("deleted"), list(deleter.deleted())},
                                                    {QStringLiteral("alreadyGone"), list(deleter.alreadyGone())},
                                                    {QStringLiteral("kept"), list(deleter.keptNow())},
                                                    {QStringLiteral("reclaimable"), freed.bytes}}));
            return ExitOk;
        }
        auto& out = cli.out();
        if (dryRun) {
            for (const auto& m : deleter.deleted()) {
                out << tr("would delete %1@%2").arg(Printable::escaped(m.repository), m.digest.toString()) << '\n';
            }
        }
        for (const auto& m : deleter.keptNow()) {
            out << tr("kept %1@%2: %3")
                       .arg(Printable::escaped(m.repository), m.digest.toString(),
                            m.reachable ? tr("a tag pushed since the plan reaches it")
                                        : tr("its repository's tags could not be read again"))
                << '\n';
        }
        const int count = static_cast<int>(deleter.deleted().size());
        if (count == 0 && deleter.alreadyGone().isEmpty()) {
            out << tr("No untagged manifest is left that no tag reaches: nothing to delete on %1.")
                       .arg(registry->displayName());
        } else if (dryRun) {
            out << tr("%n untagged manifest(s) that no tag reaches would be deleted on %1.", nullptr, count)
                       .arg(registry->displayName());
        } else {
            out << tr("%n untagged manifest(s) that no tag reaches deleted on %1.", nullptr, count)
                       .arg(registry->displayName());
            if (!deleter.alreadyGone().isEmpty()) {
                out << ' '
                    << tr("%n manifest(s) were gone already.", nullptr, static_cast<int>(deleter.alreadyGone().size()));
            }
        }
        out << ' '
            << (dryRun
                    ? tr("Plain garbage collection would then free %1 (%n blob(s)).", nullptr,
                         static_cast<int>(freed.count))
                    : tr("Plain garbage collection now frees %1 (%n blob(s)).", nullptr, static_cast<int>(freed.count)))
                   .arg(Cli::humanSize(freed.bytes))
            << '\n';
        if (freed.count > 0) {
            out << afterwards() << '\n';
        }
        out.flush();
        return ExitOk;
    }

private:
    static QString afterwards()
    {
        return tr("Next: put the registry in read-only mode (storage.maintenance.readonly.enabled: true) and restart "
                  "it, run docker-registry garbage-collect CONFIG (never --delete-untagged on 2.8: it deletes the "
                  "platform manifests of tagged multi-arch images), then make it writable again.");
    }

    static void warnAboutProblems(Cli& cli, const GcPlan& plan)
    {
        const auto& problems = plan.scan().problems;
        for (qsizetype i = 0; i < problems.size() && i < kMaxProblemsShown; ++i) {
            cli.err() << tr("warning: %1: %2")
                             .arg(Printable::escaped(problems.at(i).path), Printable::escaped(problems.at(i).message))
                      << Qt::endl;
        }
        if (problems.size() > kMaxProblemsShown) {
            cli.err() << tr("warning: %n more problem(s) not shown", nullptr,
                            static_cast<int>(problems.size() - kMaxProblemsShown))
                      << Qt::endl;
        }
        QStringList uncertain;
        for (const auto& repository : plan.scan().repositories) {
            if (repository.uncertain) {
                uncertain << Printable::escaped(repository.name);
            }
        }
        if (!uncertain.isEmpty()) {
            cli.err() << tr("warning: not everything in %1 could be read, so their untagged manifests count as "
                            "reachable and stay: %2")
                             .arg(tr("%n repository(ies)", nullptr, static_cast<int>(uncertain.size())),
                                  uncertain.join(QLatin1String(", ")))
                      << Qt::endl;
        }
    }

    static QString amount(const GcPlan::Amount& amount)
    {
        return tr("%1 (%n blob(s))", nullptr, static_cast<int>(amount.count)).arg(Cli::humanSize(amount.bytes));
    }

    static void printPlan(Cli& cli, const GcPlan& plan)
    {
        auto& out = cli.out();
        const auto& scan = plan.scan();
        out << tr("Storage root %1").arg(Printable::escaped(plan.root())) << '\n';
        out << "  " << tr("%n repository(ies), ", nullptr, static_cast<int>(scan.repositories.size()))
            << tr("%n tag(s), ", nullptr, plan.tagCount()) << tr("%n manifest(s), ", nullptr, plan.manifestCount())
            << tr("%n blob(s): %1", nullptr, static_cast<int>(plan.blobs().count))
                   .arg(Cli::humanSize(plan.blobs().bytes))
            << '\n';
        if (plan.staleUploads().count > 0) {
            out << "  "
                << tr("%n unfinished upload(s): %1", nullptr, static_cast<int>(plan.staleUploads().count))
                       .arg(Cli::humanSize(plan.staleUploads().bytes));
            if (plan.oldestUpload().isValid()) {
                out << ", " << tr("the oldest started %1").arg(plan.oldestUpload().toUTC().toString(Qt::ISODate));
            }
            out << ' ' << tr("(not garbage: storage.maintenance.uploadpurging removes them, by default after 168 h)")
                << '\n';
        }
        const auto& breaks = plan.deleteUntaggedBreaks();
        const QStringList labels{tr("plain garbage-collect:"), tr("garbage-collect --delete-untagged:"),
                                 tr("gc delete-untagged, then plain garbage-collect:")};
        qsizetype width = 0;
        for (const auto& label : labels) {
            width = std::max(width, label.size() + 2);
        }
        out << '\n' << tr("Garbage collection would free:") << '\n';
        out << "  " << labels.at(0).leftJustified(width) << amount(plan.gc()) << '\n';
        out << "  " << labels.at(1).leftJustified(width) << amount(plan.gcDeleteUntagged());
        if (!breaks.isEmpty()) {
            out << ", " << tr("and breaks %n tagged multi-arch image(s)", nullptr, static_cast<int>(breaks.size()));
        }
        out << '\n';
        out << "  " << labels.at(2).leftJustified(width) << amount(plan.safe()) << "  " << tr("(the safe plan)")
            << '\n';

        const auto& untagged = plan.untaggedManifests();
        const auto deletable = plan.deletable().size();
        out << '\n'
            << tr("Untagged manifests: %1, %2 of them reached by no tag").arg(untagged.size()).arg(deletable) << '\n';
        for (qsizetype i = 0; i < untagged.size() && i < kMaxManifestsShown; ++i) {
            const auto& m = untagged.at(i);
            out << "  " << Printable::escaped(m.repository) << '@' << m.digest.toString() << "  ";
            if (!m.reachable) {
                out << tr("no tag reaches it");
            } else if (m.via.isEmpty()) {
                out << tr("kept: its repository could not be read fully");
            } else {
                out << tr("reached through %1").arg(Printable::escaped(m.via.join(QLatin1String(", "))));
            }
            out << '\n';
        }
        if (untagged.size() > kMaxManifestsShown) {
            out << "  " << tr("… and %1 more (--json lists them all)").arg(untagged.size() - kMaxManifestsShown)
                << '\n';
        }

        if (!breaks.isEmpty()) {
            out << '\n'
                << tr("garbage-collect --delete-untagged (2.8) breaks these tagged multi-arch images: it deletes "
                      "their platform manifests, which carry no tag of their own:")
                << '\n';
            for (const auto& b : breaks) {
                QStringList tags;
                for (const auto& tag : b.tags) {
                    tags << Printable::escaped(b.repository) + QLatin1Char(':') + Printable::escaped(tag);
                }
                out << "  " << tags.join(QLatin1String(", ")) << "  (" << b.index.toString() << ")\n";
                for (qsizetype i = 0; i < b.children.size(); ++i) {
                    const auto platform = b.platforms.value(i);
                    out << "    " << b.children.at(i).toString();
                    if (!platform.isEmpty()) {
                        out << "  " << Printable::escaped(platform);
                    }
                    out << '\n';
                }
            }
        }
        out << '\n'
            << tr("Safe procedure: registrydesk-cli gc delete-untagged %1 --registry HOST:PORT (deletes through the "
                  "API only the manifests no tag reaches), then put the registry in read-only mode "
                  "(storage.maintenance.readonly.enabled: true), restart it and run plain docker-registry "
                  "garbage-collect CONFIG; never --delete-untagged on 2.8.")
                   .arg(Printable::escaped(plan.root()))
            << Qt::endl;
    }
};

} // namespace

QList<Command> gcCommands()
{
    using Kind = Argument::Kind;
    const Argument root{QStringLiteral("ROOT"), Kind::File,
                        Cli::tr("the registry's storage root (storage.filesystem.rootdirectory), read only")};
    return {
        {QStringLiteral("gc plan"),
         Cli::tr("what garbage collection of a registry:2 storage root frees, and what --delete-untagged breaks"),
         Cli::tr(
             "Reads a registry:2 filesystem storage root (read-only; run it where the data is) and tells what plain "
             "docker-registry garbage-collect frees, what --delete-untagged frees and which tagged multi-arch "
             "images it breaks on 2.8, what the safe plan (gc delete-untagged, then plain garbage-collect) frees, "
             "and the unfinished uploads."),
         {root},
         {},
         &Commands::plan},
        {QStringLiteral("gc delete-untagged"),
         Cli::tr("delete through the API the manifests no tag reaches (the safe plan)"),
         Cli::tr("Deletes through the registry's API exactly the manifests of the storage root that no tag reaches, "
                 "directly or through a multi-arch index; platform manifests of tagged images stay. Afterwards plain "
                 "docker-registry garbage-collect (registry read-only) frees their blobs."),
         {root},
         {Option::registry(QStringLiteral("registry"), Cli::tr("The registry that serves the storage root."))
              .mandatory(),
          Option::flag(QStringLiteral("dry-run"), Cli::tr("Check everything and list what would go; delete nothing."))},
         &Commands::deleteUntagged},
    };
}
