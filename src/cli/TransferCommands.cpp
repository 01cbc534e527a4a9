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

#include <QJsonArray>
#include <QJsonObject>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static std::optional<Reference> reference(Cli& cli, const QString& text, int* code)
    {
        QString error;
        auto parsed = Reference::parse(text, &error);
        if (!parsed) {
            *code = cli.fail(error, ExitUsage);
        }
        return parsed;
    }

    // Reads a quay token from stdin when asked; quay tags are then removed through quay's API.
    static bool tagRemoverOptions(Cli& cli, const QCommandLineParser& parser, TagRemoverOptions* options, int* code)
    {
        if (parser.isSet(QStringLiteral("quay-token-stdin"))) {
            options->quayToken = cli.readSecretFromStdin();
            if (options->quayToken.isEmpty()) {
                *code = cli.fail(tr("no quay token on standard input"), ExitUsage);
                return false;
            }
        }
        return true;
    }

    static int copy(Cli& cli, const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("SRC"), tr("source image"));
        parser.addPositionalArgument(QStringLiteral("DST"), tr("destination image"));
        parser.addOption({QStringLiteral("all"), tr("Copy a multi-arch index with every platform.")});
        parser.addOption({QStringLiteral("platform"), tr("Copy only this platform of an index."), tr("os/arch")});
        parser.addOption(
            {QStringLiteral("parallel"), tr("Blobs in flight at once (default 4)."), tr("n"), QStringLiteral("4")});
        int code = 0;
        if (!cli.parse(parser, arguments,
                       tr("Copies an image between or within registries: blobs skipped when present, mounted within a "
                          "registry, streamed otherwise; manifests last."),
                       &code)) {
            return code;
        }
        const auto positional = parser.positionalArguments();
        if (positional.size() != 2) {
            return cli.fail(tr("copy needs SRC and DST"), ExitUsage);
        }
        const auto from = reference(cli, positional[0], &code);
        const auto to = from ? reference(cli, positional[1], &code) : std::nullopt;
        if (!from || !to) {
            return code;
        }
        CopyOptions options;
        if (parser.isSet(QStringLiteral("all")) && parser.isSet(QStringLiteral("platform"))) {
            return cli.fail(tr("--all and --platform exclude each other"), ExitUsage);
        }
        if (parser.isSet(QStringLiteral("all"))) {
            options.platforms = CopyOptions::Platforms::All;
        } else if (parser.isSet(QStringLiteral("platform"))) {
            const auto platform = Platform::parse(parser.value(QStringLiteral("platform")));
            if (!platform) {
                return cli.fail(tr("--platform takes os/arch[/variant], e.g. linux/arm64"), ExitUsage);
            }
            options.platforms = CopyOptions::Platforms::One;
            options.platform = *platform;
        }
        bool ok = false;
        options.parallelBlobs = parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || options.parallelBlobs < 1 || options.parallelBlobs > 32) {
            return cli.fail(tr("--parallel takes a number from 1 to 32"), ExitUsage);
        }
        ImageCopier copier(cli.clientFor(from->registry()), *from, cli.clientFor(to->registry()), *to, options);
        if (const auto error = cli.await(&copier)) {
            return cli.fail(error);
        }
        const auto& summary = copier.summary();
        if (cli.json()) {
            cli.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("source"), from->toString()},
                {QStringLiteral("destination"), to->toString()},
                {QStringLiteral("digest"), copier.digest().toString()},
                {QStringLiteral("blobs"), QJsonObject{{QStringLiteral("copied"), summary.copied},
                                                      {QStringLiteral("mounted"), summary.mounted},
                                                      {QStringLiteral("skipped"), summary.skipped}}},
                {QStringLiteral("manifests"), summary.manifests},
                {QStringLiteral("bytesTransferred"), summary.bytesTransferred},
            }));
            return ExitOk;
        }
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

    static int promote(Cli& cli, const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("the image under its temporary tag"));
        parser.addPositionalArgument(QStringLiteral("NEWTAG"), tr("the final tag"));
        parser.addOption({QStringLiteral("remove-source-tag"), tr("Remove the temporary tag afterwards.")});
        parser.addOption({QStringLiteral("quay-token-stdin"), tr("Read a quay API token from stdin for the removal.")});
        int code = 0;
        if (!cli.parse(parser, arguments,
                       tr("Retags within a repository by manifest only (exact bytes, no blob transfer)."), &code)) {
            return code;
        }
        const auto positional = parser.positionalArguments();
        if (positional.size() != 2) {
            return cli.fail(tr("promote needs IMAGE and NEWTAG"), ExitUsage);
        }
        const auto source = reference(cli, positional[0], &code);
        TagRemoverOptions options;
        if (!source || !tagRemoverOptions(cli, parser, &options, &code)) {
            return code;
        }
        Promoter promoter(cli.clientFor(source->registry()), *source, positional[1],
                          parser.isSet(QStringLiteral("remove-source-tag")), options);
        if (const auto error = cli.await(&promoter)) {
            return cli.fail(error);
        }
        const auto target = source->withTag(positional[1]);
        if (cli.json()) {
            QJsonObject object{{QStringLiteral("source"), source->toString()},
                               {QStringLiteral("destination"), target.toString()},
                               {QStringLiteral("digest"), promoter.digest().toString()},
                               {QStringLiteral("mediaType"), promoter.mediaType()},
                               {QStringLiteral("blobBytesTransferred"), 0}};
            if (parser.isSet(QStringLiteral("remove-source-tag"))) {
                object.insert(QStringLiteral("sourceTagRemovedVia"), promoter.removalDescription());
            }
            cli.printJson(QJsonDocument(object));
            return ExitOk;
        }
        cli.out() << tr("Promoted %1 → %2 (%3), manifest only")
                         .arg(source->toString(), target.tag(), promoter.digest().toString())
                  << '\n';
        if (parser.isSet(QStringLiteral("remove-source-tag"))) {
            cli.out()
                << tr("Removed the tag %1 via %2").arg(source->tag(), Printable::escaped(promoter.removalDescription()))
                << '\n';
        }
        cli.out().flush();
        return ExitOk;
    }

    static int untag(Cli& cli, const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("repository:tag to remove"));
        parser.addOption({QStringLiteral("quay-token-stdin"), tr("Read a quay API token from stdin.")});
        int code = 0;
        if (!cli.parse(parser, arguments, tr("Removes one tag and keeps the others that share its digest."), &code)) {
            return code;
        }
        if (parser.positionalArguments().size() != 1) {
            return cli.fail(tr("untag needs one IMAGE"), ExitUsage);
        }
        const auto image = reference(cli, parser.positionalArguments().first(), &code);
        TagRemoverOptions options;
        if (!image || !tagRemoverOptions(cli, parser, &options, &code)) {
            return code;
        }
        TagRemover remover(cli.clientFor(image->registry()), *image, options);
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

    static int remove(Cli& cli, const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("repository:tag or repository@digest"));
        parser.addOption({QStringLiteral("dry-run"), tr("Only list the tags that would disappear.")});
        int code = 0;
        if (!cli.parse(parser, arguments,
                       tr("Deletes a manifest by digest: every tag sharing the digest goes with it (listed first)."),
                       &code)) {
            return code;
        }
        if (parser.positionalArguments().size() != 1) {
            return cli.fail(tr("delete needs one IMAGE"), ExitUsage);
        }
        const auto image = reference(cli, parser.positionalArguments().first(), &code);
        if (!image) {
            return code;
        }
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        ManifestDeleter deleter(cli.clientFor(image->registry()), *image, dryRun);
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

    static int prune(Cli& cli, const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("REGISTRY"), tr("host[:port] of the registry"));
        parser.addOption({QStringLiteral("older-than"), tr("Age limit, e.g. 36h or 7d."), tr("duration")});
        parser.addOption({QStringLiteral("repository"), tr("Only this repository."), tr("name")});
        parser.addOption({QStringLiteral("dry-run"), tr("List exactly what a real run deletes; delete nothing.")});
        parser.addOption({QStringLiteral("temporary"),
                          tr("Prune leaked change_<N>_<tag> / <pipeline>_<tag> tags (publication registry) instead of "
                             "<build>_<tag> tags.")});
        parser.addOption({QStringLiteral("zuul"), tr("Zuul web URL: age from build end times."), tr("url")});
        parser.addOption({QStringLiteral("tenant"), tr("Zuul tenant."), tr("name")});
        parser.addOption(
            {QStringLiteral("finished-changes-only"), tr("Only tags of changes that have merged (needs --zuul).")});
        int code = 0;
        if (!cli.parse(parser, arguments,
                       tr("Removes old Zuul tags from the intermediate registry, tag by tag, nothing else."), &code)) {
            return code;
        }
        if (parser.positionalArguments().size() != 1) {
            return cli.fail(tr("prune needs one REGISTRY"), ExitUsage);
        }
        QString error;
        const auto registry = RegistryAddress::parse(parser.positionalArguments().first(), &error);
        if (!registry) {
            return cli.fail(error, ExitUsage);
        }
        const auto age = Duration::parseSeconds(parser.value(QStringLiteral("older-than")));
        if (!age) {
            return cli.fail(tr("--older-than takes a duration such as 36h, 7d or 1d12h"), ExitUsage);
        }
        PruneOptions options;
        options.olderThanSeconds = *age;
        options.repository = parser.value(QStringLiteral("repository"));
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        options.mode = parser.isSet(QStringLiteral("temporary")) ? PruneOptions::Mode::Temporary
                                                                 : PruneOptions::Mode::Intermediate;
        options.finishedChangesOnly = parser.isSet(QStringLiteral("finished-changes-only"));
        std::unique_ptr<ZuulApi> zuul;
        if (parser.isSet(QStringLiteral("zuul"))) {
            const QUrl url(parser.value(QStringLiteral("zuul")), QUrl::StrictMode);
            const auto tenant = parser.value(QStringLiteral("tenant"));
            const auto host = RegistryAddress::parse(url.adjusted(QUrl::RemoveUserInfo).authority());
            if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
                !host || tenant.isEmpty()) {
                return cli.fail(tr("--zuul takes the web URL of Zuul (https://zuul.example.org) and needs --tenant"),
                                ExitUsage);
            }
            zuul = std::make_unique<ZuulApi>(url, tenant, cli.tlsOptionsFor(*host));
            if (cli.verbose()) {
                QObject::connect(zuul.get(), &ZuulApi::trace, zuul.get(),
                                 [&cli](const QString& line) { cli.err() << Printable::escaped(line) << Qt::endl; });
            }
        }
        Pruner pruner(cli.clientFor(*registry), options, zuul.get());
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
                                       {QStringLiteral("ageFrom"), c.basis}};
            }
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("deleted"), deleted},
                                                    {QStringLiteral("kept"), pruner.kept()},
                                                    {QStringLiteral("dryRun"), options.dryRun}}));
            return ExitOk;
        }
        auto& out = cli.out();
        for (const auto& c : pruner.selected()) {
            out << (options.dryRun ? tr("would delete ") : tr("deleted "))
                << Printable::escaped(c.repository + QLatin1Char(':') + c.tag) << "  "
                << tr("age %1 (%2)").arg(Duration::format(c.ageSeconds), Printable::escaped(c.basis)) << "  "
                << c.digest.shortForm() << '\n';
        }
        const int selected = static_cast<int>(pruner.selected().size());
        out << (options.dryRun ? tr("%n tag(s) would be deleted, %1 kept", nullptr, selected)
                               : tr("%n tag(s) deleted, %1 kept", nullptr, selected))
                   .arg(pruner.kept())
            << Qt::endl;
        if (!options.dryRun && !pruner.selected().isEmpty()) {
            cli.err() << Pruner::garbageCollectHint() << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

QList<Cli::Command> transferCommands()
{
    return {
        {QStringLiteral("copy"), Cli::tr("copy an image between or within registries"), &Commands::copy},
        {QStringLiteral("promote"), Cli::tr("retag by manifest only, optionally removing the temporary tag"),
         &Commands::promote},
        {QStringLiteral("untag"), Cli::tr("remove one tag, keeping others of the same digest"), &Commands::untag},
        {QStringLiteral("delete"), Cli::tr("delete a manifest and every tag on it (listed first)"), &Commands::remove},
        {QStringLiteral("prune"), Cli::tr("remove old <build>_<tag> tags from the intermediate registry"),
         &Commands::prune},
    };
}
