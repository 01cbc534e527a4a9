// cert ca|server|inspect|check: the intermediate registry's TLS certificates.
#include "Cli.h"
#include "admin/CertificateFactory.h"
#include "admin/CertificateInfo.h"
#include "admin/TlsProbe.h"
#include "util/AtomicFile.h"
#include "util/Printable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int create(Cli& cli, Invocation& args, bool isCa)
    {
        const auto keyType = CertificateFactory::parseKeyType(args.value(QStringLiteral("key-type")),
                                                              args.value(QStringLiteral("bits")).toInt());
        if (!keyType) {
            return cli.usage(args.command(), tr("--key-type takes ec or rsa (with --bits 2048, 3072 or 4096)"));
        }
        const auto outDir = args.value(QStringLiteral("out-dir"));
        CertificateFactory::Request request;
        request.keyType = *keyType;
        request.commonName = args.value(QStringLiteral("cn"));
        request.days = args.isSet(QStringLiteral("days")) ? args.number(QStringLiteral("days")) : (isCa ? 3650 : 365);
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
            const auto caDir = args.value(QStringLiteral("ca-dir"));
            request.subjectAltNames = args.values(QStringLiteral("san"));
            const auto caCertificate = Cli::readFile(caDir + QStringLiteral("/ca.crt"), &error);
            const auto caKey = caCertificate ? Cli::readFile(caDir + QStringLiteral("/ca.key"), &error) : std::nullopt;
            if (!caCertificate || !caKey) {
                return cli.fail(error);
            }
            caPem = *caCertificate;
            issued = CertificateFactory::createServer(request, caPem, *caKey, &error);
        }
        if (!issued) {
            return cli.fail(error, error.contains(QLatin1String("not a DNS name")) ? ExitUsage : ExitFailed);
        }
        const auto base = isCa ? QStringLiteral("/ca") : QStringLiteral("/domain");
        // domain.crt carries the leaf and then the CA, as registries expect to serve the chain.
        if (!writeFile(outDir + base + QStringLiteral(".crt"), issued->certificatePem + caPem, false, &error) ||
            !writeFile(outDir + base + QStringLiteral(".key"), issued->keyPem, true, &error)) {
            return cli.fail(error);
        }
        cli.out() << tr("Wrote %1.crt and %1.key (0600) in %2").arg(base.mid(1), outDir) << Qt::endl;
        return ExitOk;
    }

    static int inspect(Cli& cli, Invocation& args)
    {
        QString error;
        const auto pem = Cli::readFile(args.text(0), &error);
        if (!pem) {
            return cli.fail(error);
        }
        const auto chain = CertificateInfo::readChain(*pem, &error);
        if (!chain) {
            return cli.fail(tr("%1: %2").arg(args.text(0), error));
        }
        QStringList problems = CertificateInfo::chainProblems(*chain);
        if (args.isSet(QStringLiteral("key"))) {
            QString keyError;
            const auto key = Cli::readFile(args.value(QStringLiteral("key")), &keyError);
            if (!key || !CertificateInfo::keyMatches(*pem, *key, &keyError)) {
                problems << tr("key %1: %2").arg(args.value(QStringLiteral("key")), keyError);
            }
        }
        if (args.isSet(QStringLiteral("ca"))) {
            QString verifyError;
            const auto ca = Cli::readFile(args.value(QStringLiteral("ca")), &verifyError);
            if (!ca || !CertificateInfo::verify(*pem, *ca, args.value(QStringLiteral("host")), &verifyError)) {
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

    static int check(Cli& cli, Invocation& args)
    {
        const auto* address = &args.registry(0);
        QByteArray ca;
        if (args.isSet(QStringLiteral("ca"))) {
            QString error;
            const auto read = Cli::readFile(args.value(QStringLiteral("ca")), &error);
            if (!read) {
                return cli.fail(error);
            }
            ca = *read;
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

private:
    static bool writeFile(const QString& path, const QByteArray& content, bool secret, QString* error)
    {
        const auto permissions =
            secret
                ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                : (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        return AtomicFile::write(path, content, permissions, error);
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
};

} // namespace

QList<Command> certCommands()
{
    using Kind = Argument::Kind;
    const auto keyOptions = QList<Option>{
        Option::text(QStringLiteral("key-type"), Cli::tr("ec (P-256, default) or rsa."), Cli::tr("type"),
                     QStringLiteral("ec")),
        Option::text(QStringLiteral("bits"), Cli::tr("RSA key size: 2048, 3072 or 4096."), Cli::tr("n"),
                     QStringLiteral("0")),
        Option::number(QStringLiteral("days"), Cli::tr("Validity in days (CA 3650, server 365)."), 1, 36500, 0),
        Option::text(QStringLiteral("cn"), Cli::tr("Common name."), Cli::tr("name"))};
    const auto outDir = Option::text(QStringLiteral("out-dir"), Cli::tr("Where to write the files."), Cli::tr("dir"));
    const auto ca = [](const QString& description) {
        return Option::text(QStringLiteral("ca"), description, Cli::tr("file"));
    };
    return {
        {QStringLiteral("cert ca"),
         Cli::tr("create a CA for the intermediate registry"),
         Cli::tr("Creates a CA: ca.crt, and ca.key readable by its owner only."),
         {},
         QList<Option>{Option(outDir).mandatory()} + keyOptions,
         [](Cli& cli, Invocation& args) { return Commands::create(cli, args, true); }},
        {QStringLiteral("cert server"),
         Cli::tr("create a TLS server certificate signed by the CA"),
         Cli::tr("Creates domain.crt (the leaf, then the CA) and domain.key for the registry's names."),
         {},
         QList<Option>{
             Option(outDir).mandatory(),
             Option::text(QStringLiteral("ca-dir"), Cli::tr("The directory holding ca.crt and ca.key."), Cli::tr("dir"))
                 .mandatory(),
             Option::repeated(QStringLiteral("san"), Cli::tr("DNS:name or IP:address (repeatable)."), Cli::tr("name"))
                 .mandatory()} +
             keyOptions,
         [](Cli& cli, Invocation& args) { return Commands::create(cli, args, false); }},
        {QStringLiteral("cert inspect"),
         Cli::tr("show a certificate chain and check it"),
         Cli::tr("Shows each certificate of a PEM file, checks the chain's order, and optionally the key and the "
                 "verification against a CA."),
         {{QStringLiteral("FILE"), Kind::File, Cli::tr("a PEM file")}},
         {Option::text(QStringLiteral("key"), Cli::tr("Check that this key belongs to the certificate."),
                       Cli::tr("file")),
          ca(Cli::tr("Verify against this CA instead of the system store.")),
          Option::text(QStringLiteral("host"), Cli::tr("Verify the certificate for this host name."), Cli::tr("name"))},
         &Commands::inspect},
        {QStringLiteral("cert check"),
         Cli::tr("check the TLS of a live endpoint"),
         Cli::tr("Connects to HOST:PORT and reports the chain it serves, whether it verifies, the TLS version and "
                 "cipher, and certificates that expire soon."),
         {{QStringLiteral("HOST:PORT"), Kind::Endpoint, Cli::tr("the endpoint")}},
         {ca(Cli::tr("Verify against this CA instead of the system store."))},
         &Commands::check},
    };
}
