// htpasswd and cert: administering the intermediate registry's users and certificates.
#include "Cli.h"
#include "admin/Bcrypt.h"
#include "admin/CertificateFactory.h"
#include "admin/CertificateInfo.h"
#include "admin/DeploymentBundle.h"
#include "admin/HtpasswdFile.h"
#include "admin/TlsProbe.h"
#include "lab/Sandbox.h"
#include "registry/RegistryAddress.h"
#include "util/Printable.h"
#include "zuul/SecretEncryptor.h"
#include "zuul/SiteConfig.h"
#include "zuul/ZuulApi.h"

#include "util/AtomicFile.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int htpasswd(Cli& cli, const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, set, verify or remove"));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("the htpasswd file"));
        parser.addPositionalArgument(QStringLiteral("USER"), tr("the user (set, verify, remove)"));
        parser.addOption({QStringLiteral("cost"), tr("bcrypt cost for set, 4 to 17 (default 12)."), tr("n"),
                          QString::number(Bcrypt::kDefaultCost)});
        parser.addOption({QStringLiteral("add-only"), tr("With set: refuse to change an existing user.")});
        parser.addOption({QStringLiteral("keep-invalid"),
                          tr("With set or remove: write even though a line without ':' makes registry:2 refuse the "
                             "whole file.")});
        int code = 0;
        if (!cli.parse(parser, arguments,
                       tr("Manages a bcrypt htpasswd file; set and verify read the password on standard input. set and "
                          "remove leave a file that registry:2 refuses (a line without ':') as it is, unless "
                          "--keep-invalid."),
                       &code)) {
            return code;
        }
        const auto positional = parser.positionalArguments();
        const auto action = positional.value(0);
        const bool needsUser = action != QLatin1String("list");
        if (!QStringList{QStringLiteral("list"), QStringLiteral("set"), QStringLiteral("verify"),
                         QStringLiteral("remove")}
                 .contains(action) ||
            positional.size() != (needsUser ? 3 : 2)) {
            return cli.fail(tr("usage: htpasswd list FILE | htpasswd set|verify|remove FILE USER"), ExitUsage);
        }
        const auto path = positional[1];
        const auto user = positional.value(2);
        if (needsUser && !HtpasswdFile::isValidUser(user)) {
            return cli.fail(tr("\"%1\" is not a valid user name (no ':', spaces or control characters)").arg(user),
                            ExitUsage);
        }
        // Only set creates a file; listing, checking or removing from one that is not there is a mistake.
        if (action != QLatin1String("set") && !QFileInfo::exists(path)) {
            return cli.fail(tr("%1 does not exist").arg(path));
        }
        QString error;
        auto file = HtpasswdFile::load(path, &error);
        if (!file) {
            return cli.fail(error);
        }
        const bool writes = action == QLatin1String("set") || action == QLatin1String("remove");
        const bool keepInvalid = parser.isSet(QStringLiteral("keep-invalid"));
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
        if (action == QLatin1String("list")) {
            return list(cli, *file);
        }
        if (action == QLatin1String("remove")) {
            if (!file->remove(user, &error) || !file->save(&error, saveFlags)) {
                return cli.fail(error);
            }
            cli.out() << tr("Removed %1 from %2").arg(Printable::escaped(user), path) << Qt::endl;
            warnAbout(cli, file->problems());
            return ExitOk;
        }
        const auto password = cli.readSecretFromStdin().toUtf8();
        if (password.isEmpty()) {
            return cli.fail(tr("no password on standard input"), ExitUsage);
        }
        if (action == QLatin1String("verify")) {
            if (!file->contains(user)) {
                return cli.fail(tr("there is no user %1 in %2").arg(user, path));
            }
            if (!file->verify(user, password)) {
                return cli.fail(tr("the password does not match the one of %1 in %2").arg(user, path));
            }
            cli.out() << tr("The password matches %1").arg(Printable::escaped(user)) << Qt::endl;
            return ExitOk;
        }
        bool ok = false;
        const int cost = parser.value(QStringLiteral("cost")).toInt(&ok);
        if (!ok || cost < Bcrypt::kMinCost || cost > Bcrypt::kMaxCost) {
            return cli.fail(tr("--cost takes %1 to %2").arg(Bcrypt::kMinCost).arg(Bcrypt::kMaxCost), ExitUsage);
        }
        const auto hash = Bcrypt::hash(password, cost);
        if (hash.isEmpty()) {
            return cli.fail(tr("bcrypt hashing failed"));
        }
        const bool existed = file->contains(user);
        if (!file->setHash(user, hash, !parser.isSet(QStringLiteral("add-only")), &error) ||
            !file->save(&error, saveFlags)) {
            return cli.fail(error);
        }
        cli.out() << (existed ? tr("Changed the password of %1 in %2") : tr("Added %1 to %2"))
                         .arg(Printable::escaped(user), path)
                  << Qt::endl;
        warnAbout(cli, file->problems());
        return ExitOk;
    }

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

    static bool writeFile(Cli& cli, const QString& path, const QByteArray& content, bool secret, int* code)
    {
        QString error;
        const auto permissions =
            secret
                ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                : (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (!AtomicFile::write(path, content, permissions, &error)) {
            *code = cli.fail(error);
            return false;
        }
        return true;
    }

    static QByteArray readFile(const QString& path, QString* error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
            return {};
        }
        return file.read(4 * 1024 * 1024);
    }

    static int cert(Cli& cli, const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("ACTION"), tr("ca, server, inspect or check"));
        parser.addPositionalArgument(QStringLiteral("TARGET"), tr("inspect: a PEM file; check: HOST:PORT"));
        parser.addOption({QStringLiteral("out-dir"), tr("Where ca/server write their files."), tr("dir")});
        parser.addOption({QStringLiteral("ca-dir"), tr("server: the directory holding ca.crt and ca.key."), tr("dir")});
        parser.addOption({QStringLiteral("cn"), tr("Common name."), tr("name")});
        parser.addOption({QStringLiteral("san"), tr("server: DNS:name or IP:address (repeatable)."), tr("name")});
        parser.addOption(
            {QStringLiteral("key-type"), tr("ec (P-256, default) or rsa."), tr("type"), QStringLiteral("ec")});
        parser.addOption(
            {QStringLiteral("bits"), tr("RSA key size: 2048, 3072 or 4096."), tr("n"), QStringLiteral("0")});
        parser.addOption({QStringLiteral("days"), tr("Validity in days."), tr("n")});
        parser.addOption(
            {QStringLiteral("key"), tr("inspect: check that this key belongs to the certificate."), tr("file")});
        parser.addOption({QStringLiteral("ca"),
                          tr("inspect/check: verify against this CA instead of the system store."), tr("file")});
        parser.addOption(
            {QStringLiteral("host"), tr("inspect: verify the certificate for this host name."), tr("name")});
        int code = 0;
        if (!cli.parse(parser, arguments,
                       tr("Creates, inspects and checks the intermediate registry's TLS certificates."), &code)) {
            return code;
        }
        const auto positional = parser.positionalArguments();
        const auto action = positional.value(0);
        const auto keyType = CertificateFactory::parseKeyType(parser.value(QStringLiteral("key-type")),
                                                              parser.value(QStringLiteral("bits")).toInt());
        if (!keyType) {
            return cli.fail(tr("--key-type takes ec or rsa (with --bits 2048, 3072 or 4096)"), ExitUsage);
        }
        if (action == QLatin1String("ca") || action == QLatin1String("server")) {
            const auto outDir = parser.value(QStringLiteral("out-dir"));
            if (outDir.isEmpty() || positional.size() != 1) {
                return cli.fail(tr("cert %1 needs --out-dir DIR").arg(action), ExitUsage);
            }
            CertificateFactory::Request request;
            request.keyType = *keyType;
            request.commonName = parser.value(QStringLiteral("cn"));
            const bool isCa = action == QLatin1String("ca");
            request.days = isCa ? 3650 : 365;
            if (parser.isSet(QStringLiteral("days"))) {
                bool ok = false;
                request.days = parser.value(QStringLiteral("days")).toInt(&ok);
                if (!ok || request.days < 1 || request.days > 36500) {
                    return cli.fail(tr("--days takes 1 to 36500"), ExitUsage);
                }
            }
            QString error;
            std::optional<CertificateFactory::Issued> issued;
            QByteArray caPem;
            if (isCa && QFile::exists(outDir + QStringLiteral("/ca.key"))) {
                // Replacing a CA key orphans every certificate it signed: never by accident.
                return cli.fail(tr("%1 already holds a CA (ca.key); choose another --out-dir").arg(outDir));
            }
            if (isCa) {
                if (request.commonName.isEmpty()) {
                    request.commonName = QStringLiteral("Intermediate Registry CA");
                }
                issued = CertificateFactory::createCa(request, &error);
            } else {
                const auto caDir = parser.value(QStringLiteral("ca-dir"));
                request.subjectAltNames = parser.values(QStringLiteral("san"));
                if (caDir.isEmpty() || request.subjectAltNames.isEmpty()) {
                    return cli.fail(tr("cert server needs --ca-dir DIR and at least one --san"), ExitUsage);
                }
                caPem = readFile(caDir + QStringLiteral("/ca.crt"), &error);
                const auto caKey = caPem.isEmpty() ? QByteArray() : readFile(caDir + QStringLiteral("/ca.key"), &error);
                if (caPem.isEmpty() || caKey.isEmpty()) {
                    return cli.fail(error);
                }
                issued = CertificateFactory::createServer(request, caPem, caKey, &error);
            }
            if (!issued) {
                return cli.fail(error, error.contains(QLatin1String("not a DNS name")) ? ExitUsage : ExitFailed);
            }
            const auto base = isCa ? QStringLiteral("/ca") : QStringLiteral("/domain");
            // domain.crt carries the leaf and then the CA, as registries expect to serve the chain.
            if (!writeFile(cli, outDir + base + QStringLiteral(".crt"), issued->certificatePem + caPem, false, &code) ||
                !writeFile(cli, outDir + base + QStringLiteral(".key"), issued->keyPem, true, &code)) {
                return code;
            }
            cli.out() << tr("Wrote %1.crt and %1.key (0600) in %2").arg(base.mid(1), outDir) << Qt::endl;
            return ExitOk;
        }
        if (action == QLatin1String("inspect")) {
            return inspect(cli, parser);
        }
        if (action == QLatin1String("check")) {
            return check(cli, parser);
        }
        return cli.fail(tr("usage: cert ca|server|inspect|check …"), ExitUsage);
    }

    static QJsonObject toJson(const CertificateInfo::Details& d)
    {
        return {{QStringLiteral("subject"), d.subject},
                {QStringLiteral("issuer"), d.issuer},
                {QStringLiteral("subjectAltNames"), QJsonArray::fromStringList(d.subjectAltNames)},
                {QStringLiteral("notBefore"), d.notBefore.toString(Qt::ISODate)},
                {QStringLiteral("notAfter"), d.notAfter.toString(Qt::ISODate)},
                {QStringLiteral("key"), d.keyType},
                {QStringLiteral("sha256"), d.sha256Fingerprint},
                {QStringLiteral("ca"), d.isCa}};
    }

    static void print(Cli& cli, const QList<CertificateInfo::Details>& chain)
    {
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const auto& d = chain[i];
            auto& out = cli.out();
            out << tr("Certificate %1%2").arg(i + 1).arg(d.isCa ? tr(" (CA)") : QString()) << '\n'
                << tr("  Subject:    %1").arg(Printable::escaped(d.subject)) << '\n'
                << tr("  Issuer:     %1").arg(Printable::escaped(d.issuer)) << '\n';
            if (!d.subjectAltNames.isEmpty()) {
                out << tr("  Names:      %1").arg(Printable::escaped(d.subjectAltNames.join(QLatin1String(", "))))
                    << '\n';
            }
            out << tr("  Valid:      %1 to %2").arg(d.notBefore.toString(Qt::ISODate), d.notAfter.toString(Qt::ISODate))
                << '\n'
                << tr("  Key:        %1").arg(d.keyType) << '\n'
                << tr("  SHA-256:    %1").arg(d.sha256Fingerprint) << '\n';
        }
        cli.out().flush();
    }

    static int inspect(Cli& cli, const QCommandLineParser& parser)
    {
        const auto positional = parser.positionalArguments();
        if (positional.size() != 2) {
            return cli.fail(tr("cert inspect needs a PEM FILE"), ExitUsage);
        }
        QString error;
        const auto pem = readFile(positional[1], &error);
        if (!error.isEmpty()) {
            return cli.fail(error);
        }
        const auto chain = CertificateInfo::readChain(pem, &error);
        if (!chain) {
            return cli.fail(tr("%1: %2").arg(positional[1], error));
        }
        QStringList problems = CertificateInfo::chainProblems(*chain);
        if (parser.isSet(QStringLiteral("key"))) {
            QString keyError;
            const auto key = readFile(parser.value(QStringLiteral("key")), &keyError);
            if (!keyError.isEmpty() || !CertificateInfo::keyMatches(pem, key, &keyError)) {
                problems << tr("key %1: %2").arg(parser.value(QStringLiteral("key")), keyError);
            }
        }
        if (parser.isSet(QStringLiteral("ca"))) {
            QString verifyError;
            const auto ca = readFile(parser.value(QStringLiteral("ca")), &verifyError);
            if (!verifyError.isEmpty() ||
                !CertificateInfo::verify(pem, ca, parser.value(QStringLiteral("host")), &verifyError)) {
                problems << tr("verification: %1").arg(verifyError);
            }
        }
        const auto warnings = CertificateInfo::expiryWarnings(*chain);
        if (cli.json()) {
            QJsonArray certificates;
            for (const auto& d : *chain) {
                certificates << toJson(d);
            }
            cli.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("certificates"), certificates},
                                          {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                                          {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}}));
        } else {
            print(cli, *chain);
            for (const auto& warning : warnings) {
                cli.out() << tr("Warning: %1").arg(Printable::escaped(warning)) << '\n';
            }
        }
        if (!problems.isEmpty()) {
            return cli.fail(problems.join(QLatin1String("; ")));
        }
        return ExitOk;
    }

    static int check(Cli& cli, const QCommandLineParser& parser)
    {
        const auto positional = parser.positionalArguments();
        const auto address = RegistryAddress::parse(positional.value(1));
        if (positional.size() != 2 || !address || address->port() < 0) {
            return cli.fail(tr("cert check needs HOST:PORT"), ExitUsage);
        }
        QByteArray ca;
        if (parser.isSet(QStringLiteral("ca"))) {
            QString error;
            ca = readFile(parser.value(QStringLiteral("ca")), &error);
            if (!error.isEmpty()) {
                return cli.fail(error);
            }
        }
        TlsProbe probe(address->host(), static_cast<quint16>(address->port()), ca);
        cli.await(&probe);
        const auto& result = probe.result();
        if (cli.json()) {
            QJsonArray chain;
            for (const auto& d : result.chain) {
                chain << toJson(d);
            }
            cli.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("verified"), result.verified},
                            {QStringLiteral("protocol"), result.protocol},
                            {QStringLiteral("cipher"), result.cipher},
                            {QStringLiteral("chain"), chain},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(result.problems)},
                            {QStringLiteral("warnings"), QJsonArray::fromStringList(result.expiryWarnings)}}));
        } else if (result.connected) {
            cli.out() << tr("%1: %2, %3").arg(address->hostPort(), result.protocol, result.cipher) << '\n';
            print(cli, result.chain);
            for (const auto& warning : result.expiryWarnings) {
                cli.out() << tr("Warning: %1").arg(Printable::escaped(warning)) << '\n';
            }
        }
        if (!result.verified) {
            return cli.fail(
                tr("%1 does not verify: %2").arg(address->hostPort(), result.problems.join(QLatin1String("; "))));
        }
        cli.out() << tr("Verified for %1").arg(address->host()) << Qt::endl;
        return ExitOk;
    }

    static int bundle(Cli& cli, const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("create"), tr("the action"));
        parser.addOption({QStringLiteral("out-dir"), tr("Where to write the bundle (empty or new)."), tr("dir")});
        parser.addOption({QStringLiteral("host"), tr("The registry's host name or IP address."), tr("host")});
        parser.addOption(
            {QStringLiteral("port"), tr("The registry's port (default 5000)."), tr("port"), QStringLiteral("5000")});
        parser.addOption(
            {QStringLiteral("username"), tr("The user Zuul logs in as."), tr("user"), QStringLiteral("zuul")});
        parser.addOption({QStringLiteral("password-stdin"), tr("Read the password from standard input.")});
        parser.addOption(
            {QStringLiteral("san"), tr("More DNS names or IPs for the certificate (repeatable)."), tr("name")});
        parser.addOption({QStringLiteral("site"), tr("Site name for the Zuul secret (default yoursite)."), tr("name"),
                          QStringLiteral("yoursite")});
        parser.addOption({QStringLiteral("public-key"),
                          tr("The config-project's Zuul public key: the secret's password is encrypted with it."),
                          tr("file")});
        int code = 0;
        if (!cli.parse(
                parser, arguments,
                tr("Writes an intermediate-registry deployment: docker-compose.yaml, certs/, auth/htpasswd, data/, "
                   "config.yml, zuul-secret.yaml."),
                &code)) {
            return code;
        }
        if (parser.positionalArguments() != QStringList{QStringLiteral("create")} ||
            parser.value(QStringLiteral("out-dir")).isEmpty() || parser.value(QStringLiteral("host")).isEmpty() ||
            !parser.isSet(QStringLiteral("password-stdin"))) {
            return cli.fail(tr("usage: bundle create --out-dir DIR --host H [--port P] --username U --password-stdin"),
                            ExitUsage);
        }
        DeploymentBundle::Request request;
        request.host = parser.value(QStringLiteral("host"));
        request.port = parser.value(QStringLiteral("port")).toInt();
        request.username = parser.value(QStringLiteral("username"));
        request.extraNames = parser.values(QStringLiteral("san"));
        request.site = parser.value(QStringLiteral("site"));
        if (!RegistryAddress::isValidHostPort(request.host + QLatin1Char(':') + QString::number(request.port))) {
            return cli.fail(tr("\"%1:%2\" is not a valid registry host and port")
                                .arg(request.host, parser.value(QStringLiteral("port"))),
                            ExitUsage);
        }
        request.password = cli.readSecretFromStdin();
        if (request.password.isEmpty()) {
            return cli.fail(tr("no password on standard input"), ExitUsage);
        }
        QString error;
        if (parser.isSet(QStringLiteral("public-key"))) {
            request.zuulPublicKeyPem = readFile(parser.value(QStringLiteral("public-key")), &error);
            if (!error.isEmpty()) {
                return cli.fail(error);
            }
        }
        const auto written = DeploymentBundle::write(parser.value(QStringLiteral("out-dir")), request, &error);
        if (!written) {
            return cli.fail(error);
        }
        if (cli.json()) {
            cli.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("directory"), parser.value(QStringLiteral("out-dir"))},
                                          {QStringLiteral("files"), QJsonArray::fromStringList(*written)}}));
            return ExitOk;
        }
        cli.out() << tr("Wrote the intermediate-registry bundle to %1:").arg(parser.value(QStringLiteral("out-dir")))
                  << '\n';
        for (const auto& file : *written) {
            cli.out() << "  " << file << '\n';
        }
        cli.out()
            << tr("Copy certs/, auth/ and data/ to /var/registry on the registry host and run docker compose up -d "
                  "there; give clients clients/certs.d/.")
            << Qt::endl;
        return ExitOk;
    }

    // The project's public key: from a file, or fetched from Zuul's REST API (tenant or white-label form).
    // The key's size and fingerprint go to stderr so the admin can compare them with Zuul's.
    static std::optional<SecretEncryptor> projectKey(Cli& cli, const QCommandLineParser& parser, int* code,
                                                     QByteArray* pemOut = nullptr)
    {
        QString error;
        QByteArray pem;
        QString origin;
        if (parser.isSet(QStringLiteral("public-key"))) {
            origin = parser.value(QStringLiteral("public-key"));
            pem = readFile(origin, &error);
        } else {
            const QUrl base(parser.value(QStringLiteral("zuul")));
            const auto project = parser.value(QStringLiteral("project"));
            if (!base.isValid() ||
                (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
                *code = cli.fail(tr("--zuul takes the Zuul web URL, e.g. https://zuul.example.org"), ExitUsage);
                return std::nullopt;
            }
            const auto host = RegistryAddress::parse(
                (base.scheme() == QLatin1String("http") ? QStringLiteral("http://") : QString()) + base.authority());
            ZuulApi api(base, parser.value(QStringLiteral("tenant")),
                        host ? cli.tlsOptionsFor(*host) : RegistryOptions());
            QEventLoop loop;
            RegistryError failure;
            api.detectWhiteLabel(&loop, [&](bool, const RegistryError& detectError) {
                if (detectError) {
                    failure = detectError;
                    loop.quit();
                    return;
                }
                api.projectKey(project, &loop, [&](const QByteArray& key, const RegistryError& keyError) {
                    failure = keyError;
                    pem = key;
                    loop.quit();
                });
            });
            loop.exec();
            if (failure) {
                *code = cli.fail(failure);
                return std::nullopt;
            }
            origin = tr("Zuul's key for %1").arg(project);
        }
        auto encryptor = error.isEmpty() ? SecretEncryptor::fromPublicKeyPem(pem, &error) : std::nullopt;
        if (!encryptor) {
            *code = cli.fail(tr("%1: %2").arg(origin, error));
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

    static void addKeyOptions(QCommandLineParser& parser)
    {
        parser.addOption({QStringLiteral("public-key"), tr("The project's public key (PEM)."), tr("file")});
        parser.addOption({QStringLiteral("zuul"), tr("Fetch the key from this Zuul (web URL)."), tr("url")});
        parser.addOption({QStringLiteral("tenant"), tr("The project's Zuul tenant."), tr("tenant")});
        parser.addOption(
            {QStringLiteral("project"), tr("The Zuul project (config-project) the secret is for."), tr("project")});
    }

    static bool hasKeySource(const QCommandLineParser& parser)
    {
        const bool file = parser.isSet(QStringLiteral("public-key"));
        const bool zuul = parser.isSet(QStringLiteral("zuul"));
        return file != zuul &&
               (file || (parser.isSet(QStringLiteral("tenant")) && parser.isSet(QStringLiteral("project"))));
    }

    static int zuul(Cli& cli, const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("ACTION"), tr("encrypt or site-config"));
        addKeyOptions(parser);
        parser.addOption({QStringLiteral("secret-name"), tr("encrypt: name of the secret."), tr("name")});
        parser.addOption({QStringLiteral("field-name"), tr("encrypt: name of the field."), tr("name")});
        parser.addOption({QStringLiteral("no-strip"), tr("encrypt: keep surrounding whitespace of the plaintext.")});
        parser.addOption(
            {QStringLiteral("site"), tr("site-config: the site name the jobs are named after."), tr("name")});
        parser.addOption({QStringLiteral("host"), tr("site-config: the intermediate registry's host."), tr("host")});
        parser.addOption(
            {QStringLiteral("port"), tr("site-config: its port (default 5000)."), tr("port"), QStringLiteral("5000")});
        parser.addOption({QStringLiteral("username"), tr("site-config: the user Zuul logs in as."), tr("user"),
                          QStringLiteral("zuul")});
        parser.addOption({QStringLiteral("password-stdin"), tr("site-config: read the password from standard input.")});
        parser.addOption({QStringLiteral("publication-username"),
                          tr("site-config: also a publication-registry secret for this user; its password is the "
                             "second line of standard input."),
                          tr("user")});
        parser.addOption(
            {QStringLiteral("out-dir"), tr("site-config: the config-project checkout to write into."), tr("dir")});
        parser.addOption({QStringLiteral("force"), tr("site-config: replace files that exist.")});
        int code = 0;
        if (!cli.parse(parser, arguments,
                       tr("encrypt: standard input into a Zuul secret (RSA-OAEP with the project's key), as "
                          "zuul-client does. site-config: the config-project files of zuul-jobs' Container Images "
                          "document for a site (secret, four jobs, five playbooks)."),
                       &code)) {
            return code;
        }
        const auto action = parser.positionalArguments().value(0);
        if (parser.positionalArguments().size() == 1 && action == QLatin1String("encrypt")) {
            return encrypt(cli, parser);
        }
        if (parser.positionalArguments().size() == 1 && action == QLatin1String("site-config")) {
            return siteConfig(cli, parser);
        }
        return cli.fail(tr("usage: zuul encrypt|site-config … (see zuul --help)"), ExitUsage);
    }

    static int encrypt(Cli& cli, const QCommandLineParser& parser)
    {
        if (!hasKeySource(parser) || parser.value(QStringLiteral("secret-name")).isEmpty() ||
            parser.value(QStringLiteral("field-name")).isEmpty()) {
            return cli.fail(tr("usage: zuul encrypt (--public-key FILE | --zuul URL --tenant T --project P) "
                               "--secret-name N --field-name F [--no-strip] < plaintext"),
                            ExitUsage);
        }
        int code = 0;
        const auto encryptor = projectKey(cli, parser, &code);
        if (!encryptor) {
            return code;
        }
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        const auto plaintext = QString::fromUtf8(in.read(1024 * 1024));
        QString error;
        const auto chunks = encryptor->encrypt(plaintext, !parser.isSet(QStringLiteral("no-strip")), &error);
        if (!chunks) {
            return cli.fail(error);
        }
        cli.out() << SecretEncryptor::secretYaml(parser.value(QStringLiteral("secret-name")),
                                                 parser.value(QStringLiteral("field-name")), *chunks)
                  << Qt::flush;
        return ExitOk;
    }

    static int siteConfig(Cli& cli, const QCommandLineParser& parser)
    {
        if (!hasKeySource(parser) || parser.value(QStringLiteral("site")).isEmpty() ||
            parser.value(QStringLiteral("host")).isEmpty() || parser.value(QStringLiteral("out-dir")).isEmpty() ||
            !parser.isSet(QStringLiteral("password-stdin"))) {
            return cli.fail(tr("usage: zuul site-config --site NAME --host H [--port P] --username U --password-stdin "
                               "(--public-key FILE | --zuul URL --tenant T --project P) --out-dir DIR"),
                            ExitUsage);
        }
        SiteConfig::Request request;
        request.site = parser.value(QStringLiteral("site"));
        request.host = parser.value(QStringLiteral("host"));
        bool portOk = false;
        request.port = parser.value(QStringLiteral("port")).toInt(&portOk);
        if (!portOk) {
            return cli.fail(tr("--port takes a number"), ExitUsage);
        }
        request.username = parser.value(QStringLiteral("username"));
        request.publicationUsername = parser.value(QStringLiteral("publication-username"));
        const auto secrets = cli.readSecretFromStdin().split(QLatin1Char('\n'));
        request.password = secrets.value(0).trimmed();
        request.publicationPassword = secrets.value(1).trimmed();
        if (request.password.isEmpty()) {
            return cli.fail(tr("no password on standard input"), ExitUsage);
        }
        if (!request.publicationUsername.isEmpty() && request.publicationPassword.isEmpty()) {
            return cli.fail(tr("--publication-username needs its password as the second line of standard input"),
                            ExitUsage);
        }
        int code = 0;
        if (!projectKey(cli, parser, &code, &request.zuulPublicKeyPem)) {
            return code;
        }
        QString error;
        const auto files = SiteConfig::generate(request, &error);
        const auto outDir = parser.value(QStringLiteral("out-dir"));
        if (!files || !SiteConfig::write(*files, outDir, parser.isSet(QStringLiteral("force")), &error)) {
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

    static int sandbox(Cli& cli, const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("ACTION"), tr("up, down or status"));
        parser.addOption(
            {QStringLiteral("dir"), tr("Where the sandbox lives."), tr("dir"), Sandbox::defaultDirectory()});
        int code = 0;
        if (!cli.parse(parser, arguments,
                       tr("Runs an intermediate, a buildset and a publication registry on loopback (TLS + htpasswd), "
                          "seeded with sample images."),
                       &code)) {
            return code;
        }
        const auto action = parser.positionalArguments().value(0);
        if (parser.positionalArguments().size() != 1 ||
            !QStringList{QStringLiteral("up"), QStringLiteral("down"), QStringLiteral("status")}.contains(action)) {
            return cli.fail(tr("usage: sandbox up|down|status [--dir DIR]"), ExitUsage);
        }
        Sandbox sandbox(parser.value(QStringLiteral("dir")));
        if (action == QLatin1String("down")) {
            if (const auto error = cli.await(sandbox.down())) {
                return cli.fail(error);
            }
            cli.out() << tr("Sandbox stopped (%1 keeps its data; sandbox up starts it again)").arg(sandbox.directory())
                      << Qt::endl;
            return ExitOk;
        }
        if (action == QLatin1String("up")) {
            auto* up = sandbox.up();
            QObject::connect(up, &Job::step, up, [&cli](const QString& step) {
                if (!cli.json()) {
                    cli.err() << step << "…" << Qt::endl;
                }
            });
            if (const auto error = cli.await(up)) {
                return cli.fail(error);
            }
            sandbox = Sandbox(sandbox.directory());
        }
        QJsonArray registries;
        for (const auto& member : sandbox.members()) {
            registries << QJsonObject{{QStringLiteral("role"), member.role},
                                      {QStringLiteral("registry"), member.hostPort()},
                                      {QStringLiteral("running"), sandbox.isRunning(member)}};
        }
        if (cli.json()) {
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("directory"), sandbox.directory()},
                                                    {QStringLiteral("authfile"), sandbox.authFile()},
                                                    {QStringLiteral("certsDir"), sandbox.certsDir()},
                                                    {QStringLiteral("registries"), registries}}));
            return ExitOk;
        }
        for (const auto& member : sandbox.members()) {
            cli.out() << member.role.leftJustified(14) << member.hostPort().leftJustified(18)
                      << (sandbox.isRunning(member) ? tr("running") : tr("stopped")) << '\n';
        }
        cli.out() << tr("Use: --authfile %1 --certs-dir %2").arg(sandbox.authFile(), sandbox.certsDir()) << '\n'
                  << tr("Stop: registrydesk-cli sandbox down --dir %1").arg(sandbox.directory()) << Qt::endl;
        return ExitOk;
    }
};

} // namespace

QList<Cli::Command> adminCommands()
{
    return {
        {QStringLiteral("htpasswd"), Cli::tr("list, set, verify or remove users of a bcrypt htpasswd file"),
         &Commands::htpasswd},
        {QStringLiteral("cert"), Cli::tr("create a CA or server certificate, inspect one, check a live endpoint"),
         &Commands::cert},
        {QStringLiteral("bundle"), Cli::tr("write an intermediate-registry deployment bundle"), &Commands::bundle},
        {QStringLiteral("zuul"), Cli::tr("encrypt a Zuul secret; write the site's container-image jobs"),
         &Commands::zuul},
        {QStringLiteral("sandbox"), Cli::tr("run local intermediate, buildset and publication registries"),
         &Commands::sandbox},
    };
}
