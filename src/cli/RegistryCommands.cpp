// ping, login, catalog, tags, inspect, digest: reading a registry.
#include "Cli.h"
#include "credentials/AuthFile.h"
#include "credentials/CredentialStore.h"
#include "registry/BlobJob.h"
#include "registry/ImageConfig.h"
#include "registry/ListJob.h"
#include "registry/ManifestJob.h"
#include "registry/PingJob.h"
#include "registry/Reference.h"
#include "util/Printable.h"

#include <QBuffer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int ping(Cli& cli, Invocation& args)
    {
        const auto* registry = &args.registry(0);
        auto* client = args.client(0);
        auto* job = client->ping();
        if (const auto error = cli.await(job)) {
            return cli.fail(error);
        }
        // What it can do besides pull and push, learnt without changing anything it holds.
        cli.await(client->learnCapabilities());
        const auto& capabilities = client->capabilities();
        auto state = [](RegistryCapabilities::State value) {
            return value == RegistryCapabilities::State::Unknown
                       ? QJsonValue()
                       : QJsonValue(value == RegistryCapabilities::State::Yes);
        };
        if (cli.json()) {
            QJsonObject object{{QStringLiteral("registry"), registry->displayName()},
                               {QStringLiteral("apiVersion"),
                                job->apiVersion().isEmpty() ? QJsonValue() : QJsonValue(job->apiVersion())},
                               {QStringLiteral("authScheme"), job->authScheme()},
                               {QStringLiteral("authenticatedAs"), client->credentials().username},
                               {QStringLiteral("catalog"), state(capabilities.catalog)},
                               {QStringLiteral("deletes"), state(capabilities.manifestDelete)}};
            if (!job->rateLimitRemaining().isEmpty()) {
                object.insert(QStringLiteral("rateLimitRemaining"), job->rateLimitRemaining());
            }
            cli.printJson(QJsonDocument(object));
            return ExitOk;
        }
        cli.out() << tr("registry %1 is reachable: auth %2, %3")
                         .arg(registry->displayName(), Printable::escaped(job->authScheme()),
                              client->describeCredentials())
                  << Qt::endl;
        cli.out() << tr("API version: %1")
                         .arg(job->apiVersion().isEmpty() ? tr("not stated") : Printable::escaped(job->apiVersion()))
                  << Qt::endl;
        if (!capabilities.limits().isEmpty()) {
            cli.out() << tr("Limits: %1").arg(capabilities.limits().join(QLatin1String(", "))) << Qt::endl;
        }
        if (capabilities.manifestDelete == RegistryCapabilities::State::No) {
            cli.out() << capabilities.cannotDeleteMessage(registry->displayName()) << Qt::endl;
        }
        if (!job->rateLimitRemaining().isEmpty()) {
            cli.out() << tr("rate limit remaining: %1").arg(Printable::escaped(job->rateLimitRemaining())) << Qt::endl;
        }
        return ExitOk;
    }

    static int login(Cli& cli, Invocation& args)
    {
        const auto* registry = &args.registry(0);
        const auto username = args.value(QStringLiteral("username"));
        if (username.isEmpty() || !args.isSet(QStringLiteral("password-stdin"))) {
            return cli.usage(args.command(),
                             tr("login needs --username and --password-stdin (passwords are never arguments)"));
        }
        const auto password = cli.readSecretFromStdin();
        if (password.isEmpty()) {
            return cli.usage(args.command(), tr("no password on standard input"));
        }
        auto* client = cli.clientFor(*registry, false);
        client->setCredentials({username, password, false});
        auto* job = client->ping();
        if (const auto error = cli.await(job)) {
            return cli.fail(error);
        }
        if (job->authScheme() == QLatin1String("none")) {
            cli.err() << tr("warning: registry %1 did not ask for credentials; storing them anyway")
                             .arg(registry->displayName())
                      << Qt::endl;
        }
        if (!cli.authFilePath().isEmpty()) {
            QString error;
            auto file = AuthFile::load(cli.authFilePath(), &error);
            if (!file) {
                return cli.fail(error);
            }
            file->setCredentials(*registry, username, password);
            if (!file->save(&error)) {
                return cli.fail(error);
            }
            cli.out() << tr("Login succeeded; credentials stored in %1").arg(cli.authFilePath()) << Qt::endl;
            return ExitOk;
        }
        CredentialStore store;
        CredentialStore::Result result;
        QEventLoop loop;
        bool done = false;
        store.writeLogin(*registry, username, password, &loop, [&](CredentialStore::Result r) {
            result = r;
            done = true;
            loop.quit();
        });
        if (!done) {
            loop.exec();
        }
        if (!result.ok()) {
            return cli.fail(tr("login succeeded but the credentials were not stored: %1. Use --authfile FILE to "
                               "store them in a file instead")
                                .arg(result.message));
        }
        cli.out() << tr("Login succeeded; credentials stored in the OS keychain (service \"%1\", key \"%2\")")
                         .arg(CredentialStore::serviceName(), CredentialStore::registryKey(*registry))
                  << Qt::endl;
        return ExitOk;
    }

    static int list(Cli& cli, Invocation& args, bool catalog)
    {
        auto* client = args.client(0);
        const auto repository = catalog ? QString() : args.image(0).repository();
        ListJob* job = catalog ? client->catalog() : client->tags(repository);
        if (!cli.json()) {
            // Print page by page: a catalog of thousands of repositories starts showing at once.
            QObject::connect(job, &ListJob::page, job, [&cli](const QStringList& items) {
                for (const auto& item : items) {
                    cli.out() << Printable::escaped(item) << '\n';
                }
                cli.out().flush();
            });
        }
        if (const auto error = cli.await(job)) {
            return cli.fail(error);
        }
        if (cli.json()) {
            const auto items = QJsonArray::fromStringList(job->items());
            cli.printJson(QJsonDocument(
                catalog ? QJsonObject{{QStringLiteral("repositories"), items}}
                        : QJsonObject{{QStringLiteral("name"), repository}, {QStringLiteral("tags"), items}}));
        }
        return ExitOk;
    }

    // Fetches the manifest the reference names and, for an index, the child for the platform asked for
    // (or linux/amd64 when none is asked for and it exists).
    struct Resolved
    {
        Manifest top;
        Digest topDigest;
        std::optional<Manifest> image; // the image manifest shown (top itself when not an index)
        Digest imageDigest;
        QString note;
    };

    static std::optional<Resolved> resolve(Cli& cli, RegistryClient* client, const Reference& reference,
                                           const std::optional<Platform>& platform)
    {
        auto* job = client->getManifest(reference.repository(), reference.manifestReference());
        if (const auto error = cli.await(job)) {
            cli.fail(error);
            return std::nullopt;
        }
        Resolved resolved{*job->manifest(), job->digest(), std::nullopt, {}, {}};
        Manifest current = *job->manifest();
        Digest currentDigest = job->digest();
        for (int depth = 0; current.isIndex(); ++depth) {
            if (depth >= Manifest::kMaxIndexDepth) {
                cli.fail(tr("%1 nests indexes deeper than %2 levels")
                             .arg(reference.toString())
                             .arg(Manifest::kMaxIndexDepth));
                return std::nullopt;
            }
            const auto wanted = platform.value_or(Platform{QStringLiteral("linux"), QStringLiteral("amd64"), {}, {}});
            const auto child = current.findPlatform(wanted);
            if (!child) {
                if (platform) {
                    QStringList available;
                    for (const auto& d : current.manifests()) {
                        available << (d.platform ? d.platform->toString() : tr("unknown"));
                    }
                    cli.fail(tr("%1 has no image for %2 (it has: %3)")
                                 .arg(reference.toString(), platform->toString(), available.join(QLatin1String(", "))));
                    return std::nullopt;
                }
                return resolved; // an index without linux/amd64: show the index alone
            }
            if (!platform) {
                resolved.note = tr("showing %1 of the index; choose another with --platform").arg(wanted.toString());
            }
            auto* childJob = client->getManifest(reference.repository(), child->digest.toString());
            if (const auto error = cli.await(childJob)) {
                cli.fail(error);
                return std::nullopt;
            }
            current = *childJob->manifest();
            currentDigest = childJob->digest();
        }
        resolved.image = current;
        resolved.imageDigest = currentDigest;
        return resolved;
    }

    static std::optional<QByteArray> fetchConfig(Cli& cli, RegistryClient* client, const Reference& reference,
                                                 const Manifest& image)
    {
        const auto& descriptor = image.config();
        if (descriptor.size > ImageConfig::kMaxBytes) {
            cli.fail(tr("the image configuration of %1 is %2 bytes, over the %3-byte limit")
                         .arg(reference.toString())
                         .arg(descriptor.size)
                         .arg(ImageConfig::kMaxBytes));
            return std::nullopt;
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto* job = client->getBlob(reference.repository(), descriptor.digest, descriptor.size, &buffer);
        if (const auto error = cli.await(job)) {
            cli.fail(error);
            return std::nullopt;
        }
        return buffer.data();
    }

    static int inspect(Cli& cli, Invocation& args)
    {
        const auto* reference = &args.image(0);
        const auto platform = args.platform();
        auto* client = args.client(0);
        const auto resolved = resolve(cli, client, *reference, platform);
        if (!resolved) {
            return ExitFailed;
        }
        if (args.isSet(QStringLiteral("raw"))) {
            const auto& bytes = platform && resolved->image ? resolved->image->raw() : resolved->top.raw();
            QFile out;
            out.open(stdout, QIODevice::WriteOnly);
            out.write(bytes);
            return ExitOk;
        }
        std::optional<ImageConfig> config;
        QByteArray configBytes;
        if (resolved->image && !resolved->image->isSchema1()) {
            const auto bytes = fetchConfig(cli, client, *reference, *resolved->image);
            if (!bytes) {
                return ExitFailed;
            }
            configBytes = *bytes;
            QString error;
            config = ImageConfig::parse(configBytes, &error);
            if (!config && !args.isSet(QStringLiteral("config"))) {
                return cli.fail(tr("the image configuration of %1 is invalid: %2").arg(reference->toString(), error));
            }
        }
        if (args.isSet(QStringLiteral("config"))) {
            if (!resolved->image || resolved->image->isSchema1()) {
                return cli.fail(tr("%1 has no configuration blob (an index without a matching platform, or schema1)")
                                    .arg(reference->toString()));
            }
            QFile out;
            out.open(stdout, QIODevice::WriteOnly);
            out.write(configBytes);
            return ExitOk;
        }
        printSummary(cli, *reference, *resolved, config);
        return ExitOk;
    }

    static void printSummary(Cli& cli, const Reference& reference, const Resolved& resolved,
                             const std::optional<ImageConfig>& config)
    {
        QJsonArray platforms;
        for (const auto& child : resolved.top.manifests()) {
            const auto p = child.platform.value_or(Platform{});
            platforms << QJsonObject{{QStringLiteral("os"), p.os},
                                     {QStringLiteral("architecture"), p.architecture},
                                     {QStringLiteral("variant"), p.variant},
                                     {QStringLiteral("digest"), child.digest.toString()}};
        }
        QJsonArray layers;
        if (resolved.image) {
            for (const auto& layer : resolved.image->layers()) {
                layers << QJsonObject{{QStringLiteral("digest"), layer.digest.toString()},
                                      {QStringLiteral("size"), layer.size},
                                      {QStringLiteral("mediaType"), layer.mediaType}};
            }
        }
        QJsonObject labels;
        if (config) {
            const auto map = config->labels();
            for (auto it = map.begin(); it != map.end(); ++it) {
                labels.insert(it.key(), it.value());
            }
        }
        const QString created =
            config && config->created().isValid() ? config->created().toString(Qt::ISODate) : QString();
        const qint64 size = resolved.image ? resolved.image->imageSize() : -1;
        if (cli.json()) {
            QJsonObject object{
                {QStringLiteral("reference"), reference.toString()},
                {QStringLiteral("digest"), resolved.topDigest.toString()},
                {QStringLiteral("mediaType"), resolved.top.mediaType()},
                {QStringLiteral("size"), size},
                {QStringLiteral("platforms"), platforms},
                {QStringLiteral("layers"), layers},
                {QStringLiteral("config"),
                 QJsonObject{{QStringLiteral("digest"),
                              resolved.image ? resolved.image->config().digest.toString() : QString()},
                             {QStringLiteral("created"), created},
                             {QStringLiteral("labels"), labels}}},
            };
            if (resolved.image && resolved.imageDigest != resolved.topDigest) {
                object.insert(QStringLiteral("imageDigest"), resolved.imageDigest.toString());
            }
            cli.printJson(QJsonDocument(object));
            return;
        }
        auto& out = cli.out();
        out << tr("Reference:  %1").arg(reference.toString()) << '\n';
        out << tr("Digest:     %1").arg(resolved.topDigest.toString()) << '\n';
        out << tr("Media type: %1").arg(Printable::escaped(resolved.top.mediaType())) << '\n';
        if (!platforms.isEmpty()) {
            out << tr("Platforms:") << '\n';
            for (const auto& child : resolved.top.manifests()) {
                out << "  "
                    << Printable::escaped(child.platform ? child.platform->toString() : tr("unknown")).leftJustified(16)
                    << ' ' << child.digest.toString() << '\n';
            }
        }
        if (!resolved.note.isEmpty()) {
            out << "(" << resolved.note << ")\n";
        }
        if (resolved.image) {
            if (resolved.imageDigest != resolved.topDigest) {
                out << tr("Image:      %1").arg(resolved.imageDigest.toString()) << '\n';
            }
            out << tr("Size:       %1 (%2 bytes compressed)").arg(Cli::humanSize(size)).arg(size) << '\n';
            if (config) {
                out << tr("Platform:   %1/%2")
                           .arg(Printable::escaped(config->os()), Printable::escaped(config->architecture()))
                    << (config->variant().isEmpty() ? QString()
                                                    : QLatin1Char('/') + Printable::escaped(config->variant()))
                    << '\n';
                out << tr("Created:    %1").arg(created.isEmpty() ? tr("unknown") : created) << '\n';
            }
            out << tr("Layers:") << '\n';
            for (const auto& layer : resolved.image->layers()) {
                out << "  " << layer.digest.toString() << "  " << Cli::humanSize(layer.size) << '\n';
            }
            if (!labels.isEmpty()) {
                out << tr("Labels:") << '\n';
                for (auto it = labels.begin(); it != labels.end(); ++it) {
                    out << "  " << Printable::escaped(it.key()) << '=' << Printable::escaped(it.value().toString())
                        << '\n';
                }
            }
        }
        out.flush();
    }

    static int digest(Cli& cli, Invocation& args)
    {
        const auto* reference = &args.image(0);
        auto* client = args.client(0);
        auto* job = client->resolveDigest(reference->repository(), reference->manifestReference());
        if (const auto error = cli.await(job)) {
            return cli.fail(error);
        }
        if (cli.json()) {
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("reference"), reference->toString()},
                                                    {QStringLiteral("digest"), job->digest().toString()},
                                                    {QStringLiteral("mediaType"), job->mediaType()}}));
        } else {
            cli.out() << job->digest().toString() << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

QList<Command> registryCommands()
{
    using Kind = Argument::Kind;
    const Argument registry{QStringLiteral("REGISTRY"), Kind::Registry, Cli::tr("host[:port] of the registry")};
    const Argument image{QStringLiteral("IMAGE"), Kind::Image, Cli::tr("[host[:port]/]path[:tag][@digest]")};
    return {
        {QStringLiteral("ping"),
         Cli::tr("check a registry's /v2/ endpoint with authentication"),
         Cli::tr("Checks /v2/ with authentication; prints API version and auth scheme."),
         {registry},
         {},
         &Commands::ping},
        {QStringLiteral("login"),
         Cli::tr("verify credentials and store them in the keychain or an auth file"),
         Cli::tr("Verifies the credentials, then stores them in the OS keychain (or in --authfile)."),
         {registry},
         {Option::text(QStringLiteral("username"), Cli::tr("User name."), Cli::tr("user")),
          Option::flag(QStringLiteral("password-stdin"), Cli::tr("Read the password from standard input."))},
         &Commands::login},
        {QStringLiteral("catalog"),
         Cli::tr("list every repository of a registry"),
         Cli::tr("Lists every repository, all pages, one per line."),
         {registry},
         {},
         [](Cli& cli, Invocation& args) { return Commands::list(cli, args, true); }},
        {QStringLiteral("tags"),
         Cli::tr("list every tag of a repository"),
         Cli::tr("Lists every tag of a repository, one per line."),
         {{QStringLiteral("REPOSITORY"), Kind::Repository, Cli::tr("[host[:port]/]path of the repository")}},
         {},
         [](Cli& cli, Invocation& args) { return Commands::list(cli, args, false); }},
        {QStringLiteral("inspect"),
         Cli::tr("show an image's manifest, platforms, layers and configuration"),
         Cli::tr("Shows digest, media type, size, layers, platforms, created and labels."),
         {image},
         {Option::flag(QStringLiteral("raw"), Cli::tr("Print the manifest bytes exactly as served.")),
          Option::flag(QStringLiteral("config"), Cli::tr("Print the image configuration blob.")),
          Option::platform(Cli::tr("Choose an image of a multi-arch index."))},
         &Commands::inspect},
        {QStringLiteral("digest"),
         Cli::tr("print an image's manifest digest"),
         Cli::tr("Prints the manifest digest: as the registry states it, or computed from the manifest's bytes when it "
                 "does not."),
         {image},
         {},
         &Commands::digest},
    };
}
