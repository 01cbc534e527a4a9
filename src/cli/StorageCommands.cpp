// storage: what a registry holds, repository by repository.
#include "Cli.h"
#include "registry/ContentCache.h"
#include "storage/StorageSurvey.h"
#include "util/Printable.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int storage(Cli& cli, Invocation& args)
    {
        StorageSurveyOptions options;
        options.repositories = args.values(QStringLiteral("repository"));
        options.parallel = args.number(QStringLiteral("parallel"));
        if (!args.isSet(QStringLiteral("no-cache"))) {
            options.cache = std::make_shared<ContentCache>(
                args.isSet(QStringLiteral("cache-dir")) ? args.value(QStringLiteral("cache-dir"))
                                                        : ContentCache::cacheRoot() + QStringLiteral("/manifests"),
                QStringLiteral(".content"), kCacheBytes);
        }
        StorageSurvey survey(args.client(0), options);
        if (const auto error = cli.await(&survey)) {
            return cli.fail(error);
        }
        const auto& report = survey.report();
        if (cli.verbose()) {
            cli.err() << tr("%1 requests, %2 manifests and configurations from the cache")
                             .arg(report.requests)
                             .arg(report.fromCache)
                      << Qt::endl;
        }
        if (cli.json()) {
            QJsonArray repositories;
            for (const auto& repository : report.repositories) {
                repositories << QJsonObject{{QStringLiteral("name"), repository.name},
                                            {QStringLiteral("tags"), repository.tags},
                                            {QStringLiteral("bytes"), repository.bytes},
                                            {QStringLiteral("exclusiveBytes"), repository.exclusiveBytes}};
            }
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("registry"), report.registry},
                                                    {QStringLiteral("tags"), static_cast<int>(report.tags.size())},
                                                    {QStringLiteral("manifests"), report.manifests},
                                                    {QStringLiteral("blobs"), report.blobs},
                                                    {QStringLiteral("totalBytes"), report.totalBytes},
                                                    {QStringLiteral("repositories"), repositories}}));
            return ExitOk;
        }
        auto repositories = report.repositories;
        std::stable_sort(repositories.begin(), repositories.end(),
                         [](const auto& a, const auto& b) { return a.bytes > b.bytes; });
        auto& out = cli.out();
        out << tr("REPOSITORY").leftJustified(40) << ' ' << tr("TAGS").rightJustified(6) << ' '
            << tr("BYTES").rightJustified(10) << ' ' << tr("ONLY HERE").rightJustified(10) << '\n';
        for (const auto& repository : std::as_const(repositories)) {
            out << Printable::escaped(repository.name).leftJustified(40) << ' '
                << QString::number(repository.tags).rightJustified(6) << ' '
                << Cli::humanSize(repository.bytes).rightJustified(10) << ' '
                << Cli::humanSize(repository.exclusiveBytes).rightJustified(10) << '\n';
        }
        out << tr("%1 in %2 blobs; %n tag(s) of %3 repositories, %4 manifests", nullptr,
                  static_cast<int>(report.tags.size()))
                   .arg(Cli::humanSize(report.totalBytes))
                   .arg(report.blobs)
                   .arg(report.repositories.size())
                   .arg(report.manifests)
            << '\n'
            << tr("Only here: the bytes no other repository's tags reach, what deleting every tag of that repository "
                  "would let garbage collection free.")
            << Qt::endl;
        return ExitOk;
    }

    static constexpr qint64 kCacheBytes = 256LL * 1024 * 1024;
};

} // namespace

QList<Command> storageCommands()
{
    return {
        {QStringLiteral("storage"),
         Cli::tr("what a registry holds, per repository, each blob counted once"),
         Cli::tr("Surveys a registry through its API: every tag of every repository (or of the repositories named, "
                 "where there is no catalog), indexes followed, each distinct blob counted once; per repository its "
                 "bytes and the bytes only it references. Manifests are cached by digest, so a second survey only "
                 "asks each tag's digest."),
         {{QStringLiteral("REGISTRY"), Argument::Kind::Registry, Cli::tr("host[:port] of the registry")}},
         {Option::repeated(QStringLiteral("repository"),
                           Cli::tr("Survey only this repository (repeatable; needed where there is no catalog)."),
                           Cli::tr("name")),
          Option::number(QStringLiteral("parallel"), Cli::tr("Requests in flight at once (default 8)."), 1, 64, 8),
          Option::text(QStringLiteral("cache-dir"),
                       Cli::tr("Keep manifests and configurations here (default: the user cache)."), Cli::tr("dir")),
          Option::flag(QStringLiteral("no-cache"), Cli::tr("Ask the registry for every manifest, keep none."))},
         &Commands::storage},
    };
}
