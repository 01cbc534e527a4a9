// copy, promote, untag, delete, prune: moving and removing images.
#include "Cli.h"
#include "registry/Reference.h"
#include "transfer/ImageCopier.h"
#include "transfer/ManifestDeleter.h"
#include "transfer/Promoter.h"
#include "transfer/Pruner.h"
#include "transfer/TagRemover.h"
#include "util/Duration.h"
#include "util/Printable.h"
#include "zuul/ZuulApi.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    // Reads a quay token from stdin when asked; quay tags are then removed through quay's API.
    static std::optional<TagRemoverOptions> tagRemoverOptions(Cli& cli, Invocation& args)
    {
        TagRemoverOptions options;
        if (args.isSet(QStringLiteral("quay-token-stdin"))) {
            options.quayToken = cli.readSecretFromStdin();
            if (options.quayToken.isEmpty()) {
                cli.usage(args.command(), tr("no quay token on standard input"));
                return std::nullopt;
            }
        }
        return options;
    }

    static int copy(Cli& cli, Invocation& args)
    {
        CopyOptions options;
        if (args.isSet(QStringLiteral("all")) && args.isSet(QStringLiteral("platform"))) {
            return cli.usage(args.command(), tr("--all and --platform exclude each other"));
        }
        if (args.isSet(QStringLiteral("all"))) {
            options.platforms = CopyOptions::Platforms::All;
        } else if (const auto platform = args.platform()) {
            options.platforms = CopyOptions::Platforms::One;
            options.platform = *platform;
        }
        options.parallelBlobs = args.number(QStringLiteral("parallel"));
        if (args.isSet(QStringLiteral("from-file"))) {
            if (args.count() > 0) {
                return cli.usage(args.command(), tr("name either SRC DST or --from-file LIST, not both"));
            }
            return copyMany(cli, args, options);
        }
        if (args.count() != 2) {
            return cli.usage(args.command(), tr("copy needs SRC and DST, or --from-file LIST"));
        }
        const auto* from = &args.image(0);
        const auto* to = &args.image(1);
        ImageCopier copier(args.client(0), *from, args.client(1), *to, options);
        if (const auto error = cli.await(&copier)) {
            return cli.fail(error);
        }
        if (cli.json()) {
            cli.printJson(QJsonDocument(copyJson(*from, *to, copier)));
            return ExitOk;
        }
        const auto& summary = copier.summary();
        cli.out() << tr("Copied %1 → %2").arg(from->toString(), to->toString()) << '\n'
                  << tr("Digest: %1").arg(copier.digest().toString()) << '\n'
                  << tr("Blobs: %1 copied (%2), %3 mounted, %4 skipped; %n manifest(s) written", nullptr,
                        summary.manifests)
                         .arg(summary.copied)
                         .arg(Cli::humanSize(summary.bytesTransferred))
                         .arg(summary.mounted)
                         .arg(summary.skipped)
                  << Qt::endl;
        return ExitOk;
    }

    static QJsonObject copyJson(const Reference& from, const Reference& to, const ImageCopier& copier)
    {
        const auto& summary = copier.summary();
        QJsonObject object{
            {QStringLiteral("source"), from.toString()},
            {QStringLiteral("destination"), to.toString()},
            {QStringLiteral("digest"), copier.error() ? QJsonValue() : QJsonValue(copier.digest().toString())},
            {QStringLiteral("blobs"), QJsonObject{{QStringLiteral("copied"), summary.copied},
                                                  {QStringLiteral("mounted"), summary.mounted},
                                                  {QStringLiteral("skipped"), summary.skipped}}},
            {QStringLiteral("manifests"), summary.manifests},
            {QStringLiteral("bytesTransferred"), summary.bytesTransferred},
        };
        if (copier.error()) {
            object.insert(QStringLiteral("error"), copier.error().message());
        }
        return object;
    }

    // copy --from-file LIST: every "SRC DST" line of LIST, several images at once in this one process, all
    // checked before the first copy starts. Each image's outcome is printed as it finishes; the exit status
    // is 1 when any failed.
    static int copyMany(Cli& cli, Invocation& args, CopyOptions options)
    {
        const auto path = args.value(QStringLiteral("from-file"));
        QString error;
        QByteArray list;
        if (path == QLatin1String("-")) {
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly)) {
                list = in.read(4 * 1024 * 1024);
            }
        } else if (const auto read = Cli::readFile(path, &error)) {
            list = *read;
        } else {
            return cli.fail(error);
        }
        struct Copy
        {
            Reference from;
            Reference to;
            std::unique_ptr<ImageCopier> copier;
        };
        std::vector<Copy> copies;
        int lineNumber = 0;
        for (const auto& rawLine : QString::fromUtf8(list).split(QLatin1Char('\n'))) {
            ++lineNumber;
            const auto line = rawLine.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
                continue;
            }
            const auto fields = line.split(QRegularExpression(QStringLiteral("\\s+")));
            if (fields.size() != 2) {
                return cli.usage(args.command(),
                                 tr("%1 line %2: expected SRC DST, two image references").arg(path).arg(lineNumber));
            }
            const auto from = Reference::parse(fields[0], &error);
            const auto to = from ? Reference::parse(fields[1], &error) : std::nullopt;
            if (!from || !to) {
                return cli.usage(args.command(), tr("%1 line %2: %3").arg(path).arg(lineNumber).arg(error));
            }
            copies.push_back({*from, *to, nullptr});
        }
        if (copies.empty()) {
            return cli.usage(args.command(), tr("%1 names no copies").arg(path));
        }
        // Many images share out the blobs in flight and the memory between them: each copy moves one blob at a
        // time when many run, through a smaller pipe, so the process stays bounded whatever the list's length.
        const int atOnce = std::min<int>(args.number(QStringLiteral("jobs")), int(copies.size()));
        options.parallelBlobs = std::max(1, options.parallelBlobs * 2 / atOnce);
        options.pipeCapacity = std::min<qint64>(options.pipeCapacity, 2 << 20);
        QEventLoop loop;
        std::size_t next = 0;
        int running = 0;
        int failed = 0;
        QJsonArray results;
        std::function<void()> startMore = [&]() {
            while (running < atOnce && next < copies.size()) {
                auto& copy = copies[next++];
                ++running;
                copy.copier = std::make_unique<ImageCopier>(cli.clientFor(copy.from.registry()), copy.from,
                                                            cli.clientFor(copy.to.registry()), copy.to, options);
                auto* copier = copy.copier.get();
                QObject::connect(copier, &Job::finished, &loop, [&, copier, index = next - 1]() {
                    const auto& done = copies[index];
                    --running;
                    if (copier->error()) {
                        ++failed;
                        cli.err() << tr("failed: %1 → %2: %3")
                                         .arg(done.from.toString(), done.to.toString(),
                                              Printable::escaped(copier->error().message()))
                                  << Qt::endl;
                    } else if (!cli.json()) {
                        cli.out() << tr("Copied %1 → %2 %3")
                                         .arg(done.from.toString(), done.to.toString(), copier->digest().toString())
                                  << Qt::endl;
                    }
                    results << copyJson(done.from, done.to, *copier);
                    if (running == 0 && next >= copies.size()) {
                        loop.quit();
                    } else {
                        startMore();
                    }
                });
            }
        };
        startMore();
        loop.exec();
        if (cli.json()) {
            cli.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("copies"), results}, {QStringLiteral("failed"), failed}}));
        }
        if (failed > 0) {
            return cli.fail(tr("%1 of %n copies failed", nullptr, int(copies.size())).arg(failed));
        }
        return ExitOk;
    }

    static int promote(Cli& cli, Invocation& args)
    {
        const auto* source = &args.image(0);
        const auto newTag = args.text(1);
        const auto options = tagRemoverOptions(cli, args);
        if (!options) {
            return ExitUsage;
        }
        Promoter promoter(args.client(0), *source, newTag, args.isSet(QStringLiteral("remove-source-tag")), *options);
        if (const auto error = cli.await(&promoter)) {
            return cli.fail(error);
        }
        const auto target = source->withTag(newTag);
        if (cli.json()) {
            QJsonObject object{{QStringLiteral("source"), source->toString()},
                               {QStringLiteral("destination"), target.toString()},
                               {QStringLiteral("digest"), promoter.digest().toString()},
                               {QStringLiteral("mediaType"), promoter.mediaType()},
                               {QStringLiteral("blobBytesTransferred"), 0}};
            if (args.isSet(QStringLiteral("remove-source-tag"))) {
                object.insert(QStringLiteral("sourceTagRemovedVia"), promoter.removalDescription());
            }
            cli.printJson(QJsonDocument(object));
            return ExitOk;
        }
        cli.out() << tr("Promoted %1 → %2 (%3), manifest only")
                         .arg(source->toString(), target.tag(), promoter.digest().toString())
                  << '\n';
        if (args.isSet(QStringLiteral("remove-source-tag"))) {
            cli.out()
                << tr("Removed the tag %1 via %2").arg(source->tag(), Printable::escaped(promoter.removalDescription()))
                << '\n';
        }
        cli.out().flush();
        return ExitOk;
    }

    static int untag(Cli& cli, Invocation& args)
    {
        const auto* image = &args.image(0);
        const auto options = tagRemoverOptions(cli, args);
        if (!options) {
            return ExitUsage;
        }
        TagRemover remover(args.client(0), *image, *options);
        if (const auto error = cli.await(&remover)) {
            return cli.fail(error);
        }
        if (cli.json()) {
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("reference"), image->toString()},
                                                    {QStringLiteral("digest"), remover.previousDigest().toString()},
                                                    {QStringLiteral("route"), remover.routeDescription()}}));
            return ExitOk;
        }
        cli.out() << tr("Removed tag %1 (was %2) via %3")
                         .arg(image->toString(), remover.previousDigest().toString(),
                              Printable::escaped(remover.routeDescription()))
                  << Qt::endl;
        return ExitOk;
    }

    static int remove(Cli& cli, Invocation& args)
    {
        const auto* image = &args.image(0);
        const bool dryRun = args.isSet(QStringLiteral("dry-run"));
        ManifestDeleter deleter(args.client(0), *image, dryRun);
        const auto error = cli.await(&deleter);
        if (error && deleter.affectedTags().isEmpty()) {
            return cli.fail(error);
        }
        if (cli.json() && !error) {
            cli.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("repository"), image->repositoryName()},
                                          {QStringLiteral("digest"), deleter.digest().toString()},
                                          {QStringLiteral("tags"), QJsonArray::fromStringList(deleter.affectedTags())},
                                          {QStringLiteral("dryRun"), dryRun}}));
            return ExitOk;
        }
        const auto tags = deleter.affectedTags().isEmpty()
                              ? tr("(no tags)")
                              : Printable::escaped(deleter.affectedTags().join(QLatin1String(", ")));
        if (error) {
            cli.out() << tr("Would have removed %1 with tags: %2").arg(deleter.digest().toString(), tags) << Qt::endl;
            return cli.fail(error);
        }
        cli.out() << (dryRun ? tr("Would delete %1 with its tags: %2") : tr("Deleted %1 with its tags: %2"))
                         .arg(deleter.digest().toString(), tags)
                  << Qt::endl;
        return ExitOk;
    }

    static int prune(Cli& cli, Invocation& args)
    {
        PruneOptions options;
        options.olderThanSeconds = args.seconds(QStringLiteral("older-than"));
        options.repository = args.value(QStringLiteral("repository"));
        options.dryRun = args.isSet(QStringLiteral("dry-run"));
        options.mode =
            args.isSet(QStringLiteral("temporary")) ? PruneOptions::Mode::Temporary : PruneOptions::Mode::Intermediate;
        options.finishedChangesOnly = args.isSet(QStringLiteral("finished-changes-only"));
        std::unique_ptr<ZuulApi> zuul;
        if (args.isSet(QStringLiteral("zuul"))) {
            const QUrl url(args.value(QStringLiteral("zuul")), QUrl::StrictMode);
            const auto tenant = args.value(QStringLiteral("tenant"));
            const auto host = RegistryAddress::parse(url.adjusted(QUrl::RemoveUserInfo).authority());
            if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
                !host || tenant.isEmpty()) {
                return cli.usage(args.command(),
                                 tr("--zuul takes the web URL of Zuul (https://zuul.example.org) and needs --tenant"));
            }
            zuul = std::make_unique<ZuulApi>(url, tenant, cli.tlsOptionsFor(*host));
            if (cli.verbose()) {
                QObject::connect(zuul.get(), &ZuulApi::trace, zuul.get(),
                                 [&cli](const QString& line) { cli.err() << Printable::escaped(line) << Qt::endl; });
            }
        }
        Pruner pruner(args.client(0), options, zuul.get());
        if (const auto failure = cli.await(&pruner)) {
            return cli.fail(failure);
        }
        if (cli.json()) {
            QJsonArray deleted;
            for (const auto& c : pruner.selected()) {
                deleted << QJsonObject{{QStringLiteral("repository"), c.repository},
                                       {QStringLiteral("tag"), c.tag},
                                       {QStringLiteral("digest"), c.digest.toString()},
                                       {QStringLiteral("age"), c.ageSeconds},
                                       {QStringLiteral("ageFrom"), c.basis},
                                       {QStringLiteral("withManifest"), c.deletesManifest}};
            }
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("deleted"), deleted},
                                                    {QStringLiteral("kept"), pruner.kept()},
                                                    {QStringLiteral("reclaimableBytes"), pruner.reclaimableBytes()},
                                                    {QStringLiteral("dryRun"), options.dryRun}}));
            return ExitOk;
        }
        auto& out = cli.out();
        for (const auto& c : pruner.selected()) {
            out << (options.dryRun ? tr("would delete ") : tr("deleted "))
                << Printable::escaped(c.repository + QLatin1Char(':') + c.tag) << "  "
                << tr("age %1 (%2)").arg(Duration::format(c.ageSeconds), Printable::escaped(c.basis)) << "  "
                << c.digest.shortForm() << "  " << (c.deletesManifest ? tr("with its manifest") : tr("tag only"))
                << '\n';
        }
        const int selected = static_cast<int>(pruner.selected().size());
        out << (options.dryRun ? tr("%n tag(s) would be deleted, %1 kept", nullptr, selected)
                               : tr("%n tag(s) deleted, %1 kept", nullptr, selected))
                   .arg(pruner.kept())
            << '\n'
            << (options.dryRun ? tr("Plain garbage collection would then free %1.")
                               : tr("Plain garbage collection now frees %1."))
                   .arg(Cli::humanSize(pruner.reclaimableBytes()))
            << Qt::endl;
        if (!options.dryRun && !pruner.selected().isEmpty()) {
            cli.err() << Pruner::garbageCollectHint() << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

QList<Command> transferCommands()
{
    using Kind = Argument::Kind;
    const auto quayToken = [](const QString& description) {
        return Option::flag(QStringLiteral("quay-token-stdin"), description);
    };
    return {
        {QStringLiteral("copy"),
         Cli::tr("copy an image between or within registries"),
         Cli::tr("Copies an image between or within registries: blobs skipped when present, mounted within a registry, "
                 "streamed otherwise; manifests last."),
         {{QStringLiteral("SRC"), Kind::Image, Cli::tr("source image"), true},
          {QStringLiteral("DST"), Kind::Image, Cli::tr("destination image"), true}},
         {Option::flag(QStringLiteral("all"), Cli::tr("Copy a multi-arch index with every platform.")),
          Option::platform(Cli::tr("Copy only this platform of an index.")),
          Option::number(QStringLiteral("parallel"), Cli::tr("Blobs in flight at once (default 4)."), 1, 32, 4),
          Option::text(QStringLiteral("from-file"),
                       Cli::tr("Copy every \"SRC DST\" line of this file (- for standard input; # comments) in one "
                               "process, several images at once; every line is checked before the first copy."),
                       Cli::tr("list")),
          Option::number(QStringLiteral("jobs"), Cli::tr("With --from-file: images copied at once (default 4)."), 1, 32,
                         4)},
         &Commands::copy},
        {QStringLiteral("promote"),
         Cli::tr("retag by manifest only, optionally removing the temporary tag"),
         Cli::tr("Retags within a repository by manifest only (exact bytes, no blob transfer)."),
         {{QStringLiteral("IMAGE"), Kind::Image, Cli::tr("the image under its temporary tag")},
          {QStringLiteral("NEWTAG"), Kind::Text, Cli::tr("the final tag")}},
         {Option::flag(QStringLiteral("remove-source-tag"), Cli::tr("Remove the temporary tag afterwards.")),
          quayToken(Cli::tr("Read a quay API token from stdin for the removal."))},
         &Commands::promote},
        {QStringLiteral("untag"),
         Cli::tr("remove one tag, keeping others of the same digest"),
         Cli::tr("Removes one tag and keeps the others that share its digest."),
         {{QStringLiteral("IMAGE"), Kind::Image, Cli::tr("repository:tag to remove")}},
         {quayToken(Cli::tr("Read a quay API token from stdin."))},
         &Commands::untag},
        {QStringLiteral("delete"),
         Cli::tr("delete a manifest and every tag on it (listed first)"),
         Cli::tr("Deletes a manifest by digest: every tag sharing the digest goes with it (listed first)."),
         {{QStringLiteral("IMAGE"), Kind::Image, Cli::tr("repository:tag or repository@digest")}},
         {Option::flag(QStringLiteral("dry-run"), Cli::tr("Only list the tags that would disappear."))},
         &Commands::remove},
        {QStringLiteral("prune"),
         Cli::tr("remove old <build>_<tag> tags from the intermediate registry"),
         Cli::tr("Removes old Zuul tags from the intermediate registry, tag by tag, nothing else."),
         {{QStringLiteral("REGISTRY"), Kind::Registry, Cli::tr("host[:port] of the registry")}},
         {Option::duration(QStringLiteral("older-than"), Cli::tr("Age limit, e.g. 36h or 7d.")).mandatory(),
          Option::text(QStringLiteral("repository"), Cli::tr("Only this repository."), Cli::tr("name")),
          Option::flag(QStringLiteral("dry-run"), Cli::tr("List exactly what a real run deletes; delete nothing.")),
          Option::flag(QStringLiteral("temporary"),
                       Cli::tr("Prune leaked change_<N>_<tag> / <pipeline>_<tag> tags (publication registry) instead "
                               "of <build>_<tag> tags.")),
          Option::text(QStringLiteral("zuul"), Cli::tr("Zuul web URL: age from build end times."), Cli::tr("url")),
          Option::text(QStringLiteral("tenant"), Cli::tr("Zuul tenant."), Cli::tr("name")),
          Option::flag(QStringLiteral("finished-changes-only"),
                       Cli::tr("Only tags of changes that have merged (needs --zuul)."))},
         &Commands::prune},
    };
}
