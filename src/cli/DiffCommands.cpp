// diff: what changed between two images.
#include "Cli.h"
#include "diff/ImageDiffJob.h"
#include "diff/IndexCache.h"
#include "registry/Reference.h"
#include "util/Printable.h"

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int diff(Cli& cli, Invocation& args)
    {
        QList<ImageDiffJob::Side> sides;
        for (int i = 0; i < 2; ++i) {
            const auto& reference = args.image(i);
            sides.append({args.client(i), reference.repository(), reference.manifestReference(), reference.toString()});
        }
        const auto platform = args.platform();
        ImageDiffOptions options;
        options.ignoreTimestamps = args.isSet(QStringLiteral("ignore-timestamps"));
        options.ignoreOwnership = args.isSet(QStringLiteral("ignore-ownership"));
        std::shared_ptr<IndexCache> cache;
        if (!args.isSet(QStringLiteral("no-cache"))) {
            cache = std::make_shared<IndexCache>(args.isSet(QStringLiteral("cache-dir"))
                                                     ? args.value(QStringLiteral("cache-dir"))
                                                     : IndexCache::defaultDirectory());
        }
        ImageDiffJob job(sides.at(0), sides.at(1), platform, options, cache);
        if (const auto error = cli.await(&job)) {
            return cli.fail(error);
        }
        if (cli.verbose()) {
            cli.err() << tr("%1 layers: %2 from the cache, %3 downloaded")
                             .arg(job.layers().size())
                             .arg(job.layersFromCache())
                             .arg(Cli::humanSize(job.bytesDownloaded()))
                      << Qt::endl;
        }
        const ImageDiff& result = *job.result();
        if (cli.json()) {
            cli.printJson(QJsonDocument(result.toJson()));
        } else {
            print(cli, result, args.isSet(QStringLiteral("all")));
        }
        return ExitOk;
    }

private:
    static QString value(const QJsonValue& value)
    {
        const QString text = ImageDiff::ConfigChange::text(value);
        return value.isUndefined() || value.isNull() ? tr("(none)") : Printable::escaped(text);
    }

    static QString signedSize(qint64 bytes)
    {
        return (bytes < 0 ? QStringLiteral("-") : QStringLiteral("+")) + Cli::humanSize(std::abs(bytes));
    }

    static void print(Cli& cli, const ImageDiff& diff, bool all)
    {
        auto& out = cli.out();
        for (const auto& [label, image] : {std::pair{"A", &diff.imageA()}, std::pair{"B", &diff.imageB()}}) {
            out << label << ": " << image->reference << "  " << image->digest.toString();
            if (image->platform) {
                out << "  " << Printable::escaped(image->platform->toString());
            }
            out << '\n';
        }
        out << '\n'
            << tr("Configuration: %n difference(s)", nullptr, static_cast<int>(diff.configChanges().size())) << '\n';
        for (const auto& change : diff.configChanges()) {
            out << "  " << Printable::escaped(change.field) << ": " << value(change.a) << " -> " << value(change.b)
                << '\n';
        }
        int shared = 0;
        for (const auto& row : diff.layerRows()) {
            shared += row.a >= 0 && row.b >= 0 ? 1 : 0;
        }
        out << '\n'
            << tr("Layers: %1 shared, %2 only in A, %3 only in B")
                   .arg(shared)
                   .arg(diff.imageA().layers.size() - shared)
                   .arg(diff.imageB().layers.size() - shared)
            << '\n';
        for (const auto& row : diff.layerRows()) {
            const Descriptor& layer = row.a >= 0 ? diff.imageA().layers.at(row.a) : diff.imageB().layers.at(row.b);
            const char* mark = row.a >= 0 && row.b >= 0 ? "=" : (row.a >= 0 ? "-" : "+");
            out << "  " << mark << ' ' << layer.digest.toString() << "  " << Cli::humanSize(layer.size) << '\n';
        }
        out << '\n'
            << tr("Files: %1 added, %2 removed, %3 modified, size %4")
                   .arg(diff.count(ImageDiff::Status::Added))
                   .arg(diff.count(ImageDiff::Status::Removed))
                   .arg(diff.count(ImageDiff::Status::Modified))
                   .arg(signedSize(diff.sizeDelta()))
            << '\n';
        for (const auto& file : diff.files()) {
            if (file.status == ImageDiff::Status::Unchanged && !all) {
                continue;
            }
            static const char marks[] = {' ', 'A', 'D', 'M'};
            out << "  " << marks[static_cast<int>(file.status)] << ' ' << Printable::escaped(file.path);
            if (file.status == ImageDiff::Status::Modified) {
                out << "  (" << ImageDiff::changeNames(file.changes).join(QStringLiteral(", ")) << ')';
            }
            if (file.sizeDelta() != 0) {
                out << "  " << signedSize(file.sizeDelta());
            }
            out << '\n';
        }
    }
};

} // namespace

QList<Command> diffCommands()
{
    using Kind = Argument::Kind;
    return {
        {QStringLiteral("diff"),
         Cli::tr("compare the configuration, layers and files of two images"),
         Cli::tr("Compares the configuration, layers and files of two images, from any registries."),
         {{QStringLiteral("IMAGE_A"), Kind::Image, Cli::tr("the image compared from")},
          {QStringLiteral("IMAGE_B"), Kind::Image, Cli::tr("the image compared to")}},
         {Option::platform(Cli::tr("Compare this platform of multi-arch images (default: A's, matched in B).")),
          Option::flag(QStringLiteral("ignore-timestamps"), Cli::tr("Modification times and 'created' do not count.")),
          Option::flag(QStringLiteral("ignore-ownership"), Cli::tr("File owners (uid/gid) do not count.")),
          Option::flag(QStringLiteral("all"), Cli::tr("List unchanged files too (text output).")),
          Option::text(QStringLiteral("cache-dir"), Cli::tr("Keep layer indexes here (default: the user cache)."),
                       Cli::tr("dir")),
          Option::flag(QStringLiteral("no-cache"), Cli::tr("Read every layer, keep no index."))},
         &Commands::diff},
    };
}
