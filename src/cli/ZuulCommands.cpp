// zuul encrypt|site-config|images|promote: the Zuul side of the intermediate registry.
#include "Cli.h"
#include "changes/ChangeImages.h"
#include "changes/ZuulPromoter.h"
#include "util/Printable.h"
#include "zuul/SecretEncryptor.h"
#include "zuul/SiteConfig.h"
#include "zuul/ZuulApi.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int encrypt(Cli& cli, Invocation& args)
    {
        if (!hasKeySource(args)) {
            return cli.usage(args.command(), keySourceNeeded());
        }
        const auto encryptor = projectKey(cli, args);
        if (!encryptor) {
            return ExitFailed;
        }
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        const auto plaintext = QString::fromUtf8(in.read(1024 * 1024));
        QString error;
        const auto chunks = encryptor->encrypt(plaintext, !args.isSet(QStringLiteral("no-strip")), &error);
        if (!chunks) {
            return cli.fail(error);
        }
        cli.out() << SecretEncryptor::secretYaml(args.value(QStringLiteral("secret-name")),
                                                 args.value(QStringLiteral("field-name")), *chunks)
                  << Qt::flush;
        return ExitOk;
    }

    static int siteConfig(Cli& cli, Invocation& args)
    {
        if (!hasKeySource(args)) {
            return cli.usage(args.command(), keySourceNeeded());
        }
        SiteConfig::Request request;
        request.site = args.value(QStringLiteral("site"));
        request.host = args.value(QStringLiteral("host"));
        request.port = args.number(QStringLiteral("port"));
        request.username = args.value(QStringLiteral("username"));
        request.publicationUsername = args.value(QStringLiteral("publication-username"));
        const auto secrets = cli.readSecretFromStdin().split(QLatin1Char('\n'));
        request.password = secrets.value(0).trimmed();
        request.publicationPassword = secrets.value(1).trimmed();
        if (request.password.isEmpty()) {
            return cli.usage(args.command(), tr("no password on standard input"));
        }
        if (!request.publicationUsername.isEmpty() && request.publicationPassword.isEmpty()) {
            return cli.usage(args.command(),
                             tr("--publication-username needs its password as the second line of standard input"));
        }
        if (!projectKey(cli, args, &request.zuulPublicKeyPem)) {
            return ExitFailed;
        }
        QString error;
        const auto files = SiteConfig::generate(request, &error);
        const auto outDir = args.value(QStringLiteral("out-dir"));
        if (!files || !SiteConfig::write(*files, outDir, args.isSet(QStringLiteral("force")), &error)) {
            return cli.fail(error);
        }
        QStringList paths;
        for (const auto& file : *files) {
            paths << file.path;
        }
        if (cli.json()) {
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("directory"), outDir},
                                                    {QStringLiteral("files"), QJsonArray::fromStringList(paths)}}));
            return ExitOk;
        }
        cli.out() << tr("Wrote the config-project files for site %1 to %2:").arg(request.site, outDir) << '\n';
        for (const auto& path : std::as_const(paths)) {
            cli.out() << "  " << path << '\n';
        }
        cli.out()
            << tr("Commit them to the config-project; jobs then inherit from %1-build-docker-image.").arg(request.site)
            << Qt::endl;
        return ExitOk;
    }

    static int images(Cli& cli, Invocation& args)
    {
        ZuulImageQuery query;
        query.change = args.isSet(QStringLiteral("change")) ? args.number(QStringLiteral("change")) : 0;
        query.patchset = args.value(QStringLiteral("patchset"));
        query.pipeline = args.value(QStringLiteral("pipeline"));
        query.project = args.value(QStringLiteral("project"));
        query.buildset = args.value(QStringLiteral("buildset")).toLower();
        if ((query.change > 0) == !query.buildset.isEmpty()) {
            return cli.usage(args.command(), tr("name either --change N or --buildset UUID"));
        }
        auto api = zuulApi(cli, args);
        if (!api) {
            return api.error() ? cli.fail(api.error()) : ExitUsage;
        }
        ZuulImagesJob job(api.get(), query, lookup(cli));
        if (const auto error = cli.await(&job)) {
            return cli.fail(error);
        }
        const auto& images = job.images();
        if (cli.json()) {
            QJsonArray list;
            for (const auto& image : images) {
                list << QJsonObject{{QStringLiteral("job"), image.build.jobName},
                                    {QStringLiteral("build"), image.build.uuid},
                                    {QStringLiteral("result"), image.build.result},
                                    {QStringLiteral("name"), image.artifact.name},
                                    {QStringLiteral("repository"), image.artifact.repository},
                                    {QStringLiteral("tag"), image.artifact.tag},
                                    {QStringLiteral("url"), image.artifact.url},
                                    {QStringLiteral("digest"), image.digest.isValid()
                                                                   ? QJsonValue(image.digest.toString())
                                                                   : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("present"), image.state == ZuulImage::State::Present}};
            }
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("images"), list}}));
        } else if (job.builds().isEmpty()) {
            cli.out() << (query.buildset.isEmpty() ? tr("Zuul has no builds of change %1").arg(query.change)
                                                   : tr("buildset %1 has no builds").arg(query.buildset))
                      << Qt::endl;
        } else if (images.isEmpty()) {
            cli.out() << tr("%n build(s), none with a container image", nullptr, int(job.builds().size())) << Qt::endl;
        } else {
            for (const auto& image : images) {
                cli.out() << Printable::escaped(image.build.pipeline).leftJustified(8) << ' '
                          << Printable::escaped(image.build.patchset).rightJustified(3) << ' '
                          << Printable::escaped(image.build.jobName).leftJustified(28) << ' '
                          << image.build.uuid.left(8) << ' '
                          << Printable::escaped(image.build.result.isEmpty() ? tr("running") : image.build.result)
                                 .leftJustified(8)
                          << ' ' << Printable::escaped(image.artifact.name).leftJustified(24) << ' ';
                if (image.state == ZuulImage::State::Present) {
                    cli.out() << image.digest.toString() << ' ' << Cli::humanSize(image.size);
                    if (image.platforms > 0) {
                        cli.out() << ' ' << tr("(%n platform(s))", nullptr, image.platforms);
                    }
                } else {
                    cli.out() << image.stateText().toUpper() << ": " << Printable::escaped(image.problem);
                }
                cli.out() << '\n';
            }
            cli.out() << Qt::flush;
        }
        if (job.truncated()) {
            cli.err() << tr("warning: more builds than the %1 read; narrow with --patchset or --pipeline")
                             .arg(query.maxBuilds)
                      << Qt::endl;
        }
        // Missing images are an answer; images that could not be checked are a failure.
        for (const auto& image : images) {
            if (image.state == ZuulImage::State::Failed) {
                return cli.fail(
                    tr("%1 of build %2: %3").arg(image.artifact.name, image.build.uuid.left(8), image.problem));
            }
        }
        return ExitOk;
    }

    static int promote(Cli& cli, Invocation& args)
    {
        const auto publication = args.registryOption(QStringLiteral("to"));
        auto api = zuulApi(cli, args);
        if (!api) {
            return api.error() ? cli.fail(api.error()) : ExitUsage;
        }
        ZuulBuildFilter filter;
        filter.change = args.number(QStringLiteral("change"));
        filter.patchset = args.value(QStringLiteral("patchset"));
        filter.pipeline = args.value(QStringLiteral("pipeline"));
        filter.jobName = args.value(QStringLiteral("job"));
        filter.project = args.value(QStringLiteral("project"));
        filter.limit = 1; // zuul-jobs takes the newest matching build
        QEventLoop loop;
        QList<ZuulBuild> builds;
        RegistryError error;
        api->builds(filter, &loop, [&](const QList<ZuulBuild>& found, const RegistryError& buildsError) {
            builds = found;
            error = buildsError;
            loop.quit();
        });
        loop.exec();
        if (error) {
            return cli.fail(error);
        }
        if (builds.isEmpty()) {
            return cli.fail(tr("Zuul has no %1 build of job %2 for change %3")
                                .arg(filter.pipeline, filter.jobName)
                                .arg(filter.change));
        }
        const auto& build = builds.constFirst();
        if (build.result != QLatin1String("SUCCESS")) {
            return cli.fail(tr("the newest %1 build of %2 for change %3 (%4) %5; nothing promoted")
                                .arg(filter.pipeline, filter.jobName)
                                .arg(filter.change)
                                .arg(build.uuid, build.result.isEmpty() ? tr("is still running")
                                                                        : tr("ended %1").arg(build.result)));
        }
        ZuulPromoter promoter(ZuulArtifact::of(build), cli.clientFor(*publication), lookup(cli),
                              args.isSet(QStringLiteral("dry-run")));
        const auto failure = cli.await(&promoter);
        if (cli.json()) {
            QJsonArray copies;
            for (const auto& copy : promoter.copies()) {
                copies << QJsonObject{{QStringLiteral("source"), copy.from.toString()},
                                      {QStringLiteral("destination"), copy.to.toString()},
                                      {QStringLiteral("digest"), copy.digest.isValid()
                                                                     ? QJsonValue(copy.digest.toString())
                                                                     : QJsonValue(QJsonValue::Null)},
                                      {QStringLiteral("done"), copy.done}};
            }
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("build"), build.uuid},
                                                    {QStringLiteral("dryRun"), promoter.isDryRun()},
                                                    {QStringLiteral("copies"), copies}}));
        } else {
            cli.out() << tr("%1 build %2 of %3, change %4 patchset %5")
                             .arg(build.pipeline, build.uuid, build.jobName)
                             .arg(build.change)
                             .arg(build.patchset)
                      << '\n';
            for (const auto& copy : promoter.copies()) {
                if (promoter.isDryRun() && copy.digest.isValid()) {
                    cli.out() << tr("would copy %1 to %2 (%3)")
                                     .arg(copy.from.toString(), copy.to.toString(), copy.digest.toString())
                              << '\n';
                } else if (copy.done) {
                    cli.out() << tr("copied %1 to %2, %3 verified")
                                     .arg(copy.from.toString(), copy.to.toString(), copy.digest.toString())
                              << '\n';
                }
            }
            cli.out() << Qt::flush;
        }
        return failure ? cli.fail(failure) : ExitOk;
    }

private:
    // Where each artifact's image is checked or copied from: the CLI reaches any registry, with the user's
    // credentials and trust.
    static ClientLookup lookup(Cli& cli)
    {
        return [&cli](const RegistryAddress& address, QObject*, std::function<void(RegistryClient*)> done) {
            done(cli.clientFor(address));
        };
    }

    // The Zuul API of --zuul and --tenant, its white-label form detected; null with an error (or after a usage
    // message, with none).
    struct Api
    {
        std::unique_ptr<ZuulApi> api;
        RegistryError failure;
        explicit operator bool() const { return api != nullptr; }
        ZuulApi* operator->() const { return api.get(); }
        ZuulApi* get() const { return api.get(); }
        const RegistryError& error() const { return failure; }
    };
    static Api zuulApi(Cli& cli, Invocation& args)
    {
        Api result;
        const QUrl base(args.value(QStringLiteral("zuul")));
        if (!base.isValid() || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
            cli.usage(args.command(), tr("--zuul takes the Zuul web URL, e.g. https://zuul.example.org"));
            return result;
        }
        const auto host = RegistryAddress::parse(
            (base.scheme() == QLatin1String("http") ? QStringLiteral("http://") : QString()) + base.authority());
        auto api = std::make_unique<ZuulApi>(base, args.value(QStringLiteral("tenant")),
                                             host ? cli.tlsOptionsFor(*host) : RegistryOptions());
        QEventLoop loop;
        api->detectWhiteLabel(&loop, [&](bool, const RegistryError& error) {
            result.failure = error;
            loop.quit();
        });
        loop.exec();
        if (!result.failure) {
            result.api = std::move(api);
        }
        return result;
    }

    static QString keySourceNeeded()
    {
        return tr("the project's key comes from --public-key FILE, or from --zuul URL with --tenant T and --project P");
    }

    static bool hasKeySource(const Invocation& args)
    {
        const bool file = args.isSet(QStringLiteral("public-key"));
        const bool zuul = args.isSet(QStringLiteral("zuul"));
        return file != zuul &&
               (file || (args.isSet(QStringLiteral("tenant")) && args.isSet(QStringLiteral("project"))));
    }

    // The project's public key: from a file, or fetched from Zuul's REST API (tenant or white-label form).
    // The key's size and fingerprint go to stderr so the admin can compare them with Zuul's.
    static std::optional<SecretEncryptor> projectKey(Cli& cli, Invocation& args, QByteArray* pemOut = nullptr)
    {
        QString error;
        QByteArray pem;
        QString origin;
        if (args.isSet(QStringLiteral("public-key"))) {
            origin = args.value(QStringLiteral("public-key"));
            pem = Cli::readFile(origin, &error).value_or(QByteArray());
        } else {
            const auto project = args.value(QStringLiteral("project"));
            auto api = zuulApi(cli, args);
            if (!api) {
                if (api.error()) {
                    cli.fail(api.error());
                }
                return std::nullopt;
            }
            QEventLoop loop;
            RegistryError failure;
            api->projectKey(project, &loop, [&](const QByteArray& key, const RegistryError& keyError) {
                failure = keyError;
                pem = key;
                loop.quit();
            });
            loop.exec();
            if (failure) {
                cli.fail(failure);
                return std::nullopt;
            }
            origin = tr("Zuul's key for %1").arg(project);
        }
        auto encryptor = error.isEmpty() ? SecretEncryptor::fromPublicKeyPem(pem, &error) : std::nullopt;
        if (!encryptor) {
            cli.fail(tr("%1: %2").arg(origin, error));
            return std::nullopt;
        }
        if (pemOut) {
            *pemOut = pem;
        }
        cli.err() << tr("%1: RSA %2 bits, SHA-256 fingerprint %3")
                         .arg(origin)
                         .arg(encryptor->keyBits())
                         .arg(encryptor->fingerprint())
                  << Qt::endl;
        return encryptor;
    }
};

} // namespace

QList<Command> zuulCommands()
{
    const QList<Option> keyOptions{
        Option::text(QStringLiteral("public-key"), Cli::tr("The project's public key (PEM)."), Cli::tr("file")),
        Option::text(QStringLiteral("zuul"), Cli::tr("Fetch the key from this Zuul (web URL)."), Cli::tr("url")),
        Option::text(QStringLiteral("tenant"), Cli::tr("The project's Zuul tenant."), Cli::tr("tenant")),
        Option::text(QStringLiteral("project"), Cli::tr("The Zuul project (config-project) the secret is for."),
                     Cli::tr("project"))};
    return {
        {QStringLiteral("zuul encrypt"),
         Cli::tr("encrypt standard input into a Zuul secret"),
         Cli::tr("Encrypts standard input into a Zuul secret (RSA-OAEP with the project's key), as zuul-client does."),
         {},
         keyOptions +
             QList<Option>{
                 Option::text(QStringLiteral("secret-name"), Cli::tr("Name of the secret."), Cli::tr("name"))
                     .mandatory(),
                 Option::text(QStringLiteral("field-name"), Cli::tr("Name of the field."), Cli::tr("name")).mandatory(),
                 Option::flag(QStringLiteral("no-strip"), Cli::tr("Keep surrounding whitespace of the plaintext."))},
         &Commands::encrypt},
        {QStringLiteral("zuul site-config"),
         Cli::tr("write the site's Zuul jobs, playbooks and secret"),
         Cli::tr("Writes the config-project files of zuul-jobs' Container Images document for a site: the secret, four "
                 "jobs and five playbooks."),
         {},
         keyOptions +
             QList<Option>{
                 Option::text(QStringLiteral("site"), Cli::tr("The site name the jobs are named after."),
                              Cli::tr("name"))
                     .mandatory(),
                 Option::text(QStringLiteral("host"), Cli::tr("The intermediate registry's host."), Cli::tr("host"))
                     .mandatory(),
                 Option::number(QStringLiteral("port"), Cli::tr("Its port (default 5000)."), 1, 65535, 5000),
                 Option::text(QStringLiteral("username"), Cli::tr("The user Zuul logs in as."), Cli::tr("user"),
                              QStringLiteral("zuul")),
                 Option::flag(QStringLiteral("password-stdin"), Cli::tr("Read the password from standard input."))
                     .mandatory(),
                 Option::text(QStringLiteral("publication-username"),
                              Cli::tr("Also a publication-registry secret for this user; its password is the second "
                                      "line of standard input."),
                              Cli::tr("user")),
                 Option::text(QStringLiteral("out-dir"), Cli::tr("The config-project checkout to write into."),
                              Cli::tr("dir"))
                     .mandatory(),
                 Option::flag(QStringLiteral("force"), Cli::tr("Replace files that exist."))},
         &Commands::siteConfig},
        {QStringLiteral("zuul images"),
         Cli::tr("the images a change's builds left in the intermediate registry"),
         Cli::tr("Lists the container images a change's (or one buildset's) builds left in the intermediate registry, "
                 "from the builds' container_image artifacts, and checks each in the registry its URL names: its "
                 "digest and size, or missing. Exit status 1 when an image could not be checked (a missing image is "
                 "an answer, not a failure)."),
         {},
         {Option::number(QStringLiteral("change"), Cli::tr("The change number."), 1, 2147483647, 0),
          Option::text(QStringLiteral("patchset"), Cli::tr("Only this patchset."), Cli::tr("patchset")),
          Option::text(QStringLiteral("pipeline"), Cli::tr("Only builds of this pipeline."), Cli::tr("pipeline")),
          Option::text(QStringLiteral("buildset"), Cli::tr("One buildset instead of a change."), Cli::tr("uuid")),
          Option::text(QStringLiteral("zuul"), Cli::tr("The Zuul web URL."), Cli::tr("url")).mandatory(),
          Option::text(QStringLiteral("tenant"), Cli::tr("The Zuul tenant."), Cli::tr("tenant")).mandatory(),
          Option::text(QStringLiteral("project"), Cli::tr("Only builds of this project."), Cli::tr("project"))},
         &Commands::images},
        {QStringLiteral("zuul promote"),
         Cli::tr("promote a change's images from the intermediate registry"),
         Cli::tr("zuul-jobs' intermediate-registry promote: takes the newest build of the job in the pipeline for the "
                 "change (it must have succeeded) and copies each of its container_image artifacts, every platform, "
                 "from the intermediate registry to REGISTRY/<repository>:<tag> (a registry host at the start of the "
                 "repository is dropped), then checks that the published digest is the source's. --dry-run resolves "
                 "the sources and prints what would be copied, writing nothing."),
         {},
         {Option::text(QStringLiteral("zuul"), Cli::tr("The Zuul web URL."), Cli::tr("url")).mandatory(),
          Option::text(QStringLiteral("tenant"), Cli::tr("The Zuul tenant."), Cli::tr("tenant")).mandatory(),
          Option::number(QStringLiteral("change"), Cli::tr("The change number."), 1, 2147483647, 0).mandatory(),
          Option::text(QStringLiteral("patchset"), Cli::tr("Only this patchset."), Cli::tr("patchset")),
          Option::text(QStringLiteral("pipeline"), Cli::tr("The pipeline of the build (gate, usually)."),
                       Cli::tr("pipeline"))
              .mandatory(),
          Option::text(QStringLiteral("job"), Cli::tr("The job that built the images."), Cli::tr("job")).mandatory(),
          Option::text(QStringLiteral("project"), Cli::tr("Only builds of this project."), Cli::tr("project")),
          Option::registry(QStringLiteral("to"), Cli::tr("The publication registry.")).mandatory(),
          Option::flag(QStringLiteral("dry-run"), Cli::tr("Print what would be copied; write nothing."))},
         &Commands::promote},
    };
}
