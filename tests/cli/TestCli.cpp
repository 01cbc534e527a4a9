// registrydesk-cli end to end, as a user runs it, against the real registry (skopeo pushes the images).
#include "RegistryProcess.h"
#include "Skopeo.h"
#include "TestImage.h"
#include "TestProcess.h"
#include "TokenServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void helpAndVersion();
    void speaksTheSystemsLanguage();
    void catalogAndTags();
    void digestEqualsSkopeo();
    void inspectRawHashesToDigest();
    void inspectJsonShowsPlatformsLayersAndLabels();
    void inspectPlatformAndConfig();
    void bearerRegistryWorks();
    void verboseTraceIsRedacted();
    void tlsVerifyFalseIsExplicitAndLoud();
    void loginWritesAuthFile();
    void loginStoresInKeychain();
    void copyPromoteUntagDelete();
    void pruneDryRunJson();
    void diffJsonAndText();
    void badInput_data();
    void badInput();

private:
    TestProcess::Result cli(const QStringList& arguments, const QByteArray& input = {},
                            const QString& language = QStringLiteral("C.UTF-8"));
    QStringList common() const;

    QTemporaryDir m_home;
    std::unique_ptr<RegistryProcess> m_registry;
    std::unique_ptr<RegistryProcess> m_token;
    QString m_digest;
    QString m_indexDigest;
    QString m_armDigest;
};

TestProcess::Result TestCli::cli(const QStringList& arguments, const QByteArray& input, const QString& language)
{
    // A clean HOME: the user's own docker/podman logins must not leak into the test.
    auto env = TestProcess::isolatedEnvironment(m_home.path());
    env.insert(QStringLiteral("LANG"), language);
    env.insert(QStringLiteral("LC_ALL"), language);
    return TestProcess::run(QStringLiteral(REGISTRYDESK_CLI), arguments, 120000, input, env);
}

QStringList TestCli::common() const
{
    return {QStringLiteral("--authfile"), m_registry->authFile(), QStringLiteral("--certs-dir"),
            m_registry->certsDir()};
}

void TestCli::cleanup()
{
    if (QTest::currentTestFailed()) {
        m_registry->dumpLogOnFailure();
    }
}

void TestCli::initTestCase()
{
    QString error;
    m_registry = std::make_unique<RegistryProcess>();
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    RegistryProcess::Options tokenOptions;
    tokenOptions.auth = RegistryProcess::AuthMode::Token;
    m_token = std::make_unique<RegistryProcess>(tokenOptions);
    QVERIFY2(m_token->start(&error), qPrintable(error));
    m_token->tokenServer()->setCatalogAccess(m_token->username(), true);

    TestImage image;
    image.addLayer({TestImage::Entry(QStringLiteral("etc/motd"), "gated\n")});
    image.addLayer({TestImage::Entry(QStringLiteral("usr/bin/app"), "#!/bin/sh\necho app\n", 0755)});
    image.setLabel(QStringLiteral("org.zuul-ci.change"), QStringLiteral("4711"));
    image.setLabel(QStringLiteral("org.zuul-ci.change_url"), QStringLiteral("https://review.example.org/4711"));
    const auto layout = image.writeLayout(m_home.filePath(QStringLiteral("img")), QStringLiteral("latest"), &error);
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_registry->hostPort() + QStringLiteral("/zuul/app:latest"), *m_registry,
                                       &m_digest, &error),
             qPrintable(error));
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_token->hostPort() + QStringLiteral("/zuul/app:latest"), *m_token,
                                       nullptr, &error),
             qPrintable(error));
    TestImage amd64;
    amd64.addLayer({TestImage::Entry(QStringLiteral("arch"), "amd64\n")});
    TestImage arm64;
    arm64.setPlatform(QStringLiteral("linux"), QStringLiteral("arm64"));
    arm64.addLayer({TestImage::Entry(QStringLiteral("arch"), "arm64\n")});
    arm64.addLayer({TestImage::Entry(QStringLiteral("arm-only"), "x\n")});
    const auto index = TestImage::writeIndexLayout(m_home.filePath(QStringLiteral("multi")), QStringLiteral("1.0"),
                                                   {amd64, arm64}, nullptr, &error);
    QVERIFY2(TestImage::pushWithSkopeo(index, m_registry->hostPort() + QStringLiteral("/zuul/multi:1.0"), *m_registry,
                                       &m_indexDigest, &error),
             qPrintable(error));
    m_armDigest = arm64.manifestDigest();
}

void TestCli::helpAndVersion()
{
    auto result = cli({QStringLiteral("--help")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    for (const auto* command : {"ping", "login", "catalog", "tags", "inspect", "digest"}) {
        QVERIFY2(result.out.contains(command), command);
    }
    result = cli({QStringLiteral("inspect"), QStringLiteral("--help")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY(result.out.contains("--platform"));
    QVERIFY2(result.out.startsWith("Usage: registrydesk-cli inspect [options]"), result.out.constData());
    result = cli({QStringLiteral("--version")});
    QVERIFY(result.ok());
    QVERIFY(result.out.startsWith("registrydesk-cli "));
}

void TestCli::speaksTheSystemsLanguage()
{
    auto result = cli({QStringLiteral("--help")}, {}, QStringLiteral("de_DE.UTF-8"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY2(result.out.contains("Befehle:"), result.out.constData());
    result = cli({QStringLiteral("--help")}, {}, QStringLiteral("fr_FR.UTF-8"));
    QVERIFY2(result.out.contains("Commandes:"), result.out.constData());
    // English plural forms, also for the C locale.
    result = cli(common() << QStringLiteral("prune") << m_registry->hostPort() << QStringLiteral("--older-than")
                          << QStringLiteral("1d") << QStringLiteral("--dry-run"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY2(result.out.contains("0 tags would be deleted"), result.out.constData());
    QVERIFY(!result.out.contains("(s)"));
}

void TestCli::catalogAndTags()
{
    auto result = cli(common() << QStringLiteral("catalog") << m_registry->hostPort());
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QCOMPARE(result.out, QByteArray("zuul/app\nzuul/multi\n"));
    result = cli(common() << QStringLiteral("tags") << m_registry->hostPort() + QStringLiteral("/zuul/app"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QCOMPARE(result.out, QByteArray("latest\n"));
    result = cli(common() << QStringLiteral("--json") << QStringLiteral("tags")
                          << m_registry->hostPort() + QStringLiteral("/zuul/multi"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QLatin1String("tags")).toArray().first().toString(),
             QStringLiteral("1.0"));
}

void TestCli::digestEqualsSkopeo()
{
    const auto result =
        cli(common() << QStringLiteral("digest") << m_registry->hostPort() + QStringLiteral("/zuul/app:latest"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QCOMPARE(QString::fromLatin1(result.out.trimmed()), m_digest);
    const auto index =
        cli(common() << QStringLiteral("digest") << m_registry->hostPort() + QStringLiteral("/zuul/multi:1.0"));
    QCOMPARE(QString::fromLatin1(index.out.trimmed()), m_indexDigest);
}

void TestCli::inspectRawHashesToDigest()
{
    const auto result = cli(common() << QStringLiteral("inspect") << QStringLiteral("--raw")
                                     << m_registry->hostPort() + QStringLiteral("/zuul/app"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QCOMPARE(QStringLiteral("sha256:") +
                 QString::fromLatin1(QCryptographicHash::hash(result.out, QCryptographicHash::Sha256).toHex()),
             m_digest);
    const auto skopeo =
        Skopeo::inspectRaw(Skopeo::dockerReference(*m_registry, QStringLiteral("zuul/app:latest")), *m_registry);
    QCOMPARE(result.out, skopeo.out);
}

void TestCli::inspectJsonShowsPlatformsLayersAndLabels()
{
    auto result = cli(common() << QStringLiteral("--json") << QStringLiteral("inspect")
                               << m_registry->hostPort() + QStringLiteral("/zuul/app:latest"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    auto object = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(object.value(QLatin1String("digest")).toString(), m_digest);
    QCOMPARE(object.value(QLatin1String("layers")).toArray().size(), 2);
    const auto config = object.value(QLatin1String("config")).toObject();
    QCOMPARE(config.value(QLatin1String("labels")).toObject().value(QLatin1String("org.zuul-ci.change")).toString(),
             QStringLiteral("4711"));
    QVERIFY(!config.value(QLatin1String("created")).toString().isEmpty());

    result = cli(common() << QStringLiteral("--json") << QStringLiteral("inspect")
                          << m_registry->hostPort() + QStringLiteral("/zuul/multi:1.0"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    object = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(object.value(QLatin1String("digest")).toString(), m_indexDigest);
    QStringList platforms;
    for (const auto& p : object.value(QLatin1String("platforms")).toArray()) {
        platforms << p.toObject().value(QLatin1String("os")).toString() + QLatin1Char('/') +
                         p.toObject().value(QLatin1String("architecture")).toString();
    }
    QCOMPARE(platforms, (QStringList{QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")}));

    result = cli(common() << QStringLiteral("inspect") << m_registry->hostPort() + QStringLiteral("/zuul/multi:1.0"));
    QVERIFY(result.out.contains("linux/arm64"));
    QVERIFY(result.out.contains(m_indexDigest.toLatin1()));
}

void TestCli::inspectPlatformAndConfig()
{
    auto result =
        cli(common() << QStringLiteral("--json") << QStringLiteral("inspect") << QStringLiteral("--platform")
                     << QStringLiteral("linux/arm64") << m_registry->hostPort() + QStringLiteral("/zuul/multi:1.0"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const auto object = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(object.value(QLatin1String("layers")).toArray().size(), 2);
    QCOMPARE(object.value(QLatin1String("imageDigest")).toString(), m_armDigest);

    result =
        cli(common() << QStringLiteral("inspect") << QStringLiteral("--config") << QStringLiteral("--platform")
                     << QStringLiteral("linux/arm64") << m_registry->hostPort() + QStringLiteral("/zuul/multi:1.0"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QLatin1String("architecture")).toString(),
             QStringLiteral("arm64"));

    result = cli(common() << QStringLiteral("inspect") << QStringLiteral("--platform") << QStringLiteral("linux/s390x")
                          << m_registry->hostPort() + QStringLiteral("/zuul/multi:1.0"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("has no image for linux/s390x (it has: linux/amd64, linux/arm64)"),
             result.err.constData());
}

void TestCli::bearerRegistryWorks()
{
    const QStringList options{QStringLiteral("--authfile"), m_token->authFile(), QStringLiteral("--certs-dir"),
                              m_token->certsDir()};
    auto result = cli(options + QStringList{QStringLiteral("ping"), m_token->hostPort()});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY(result.out.contains("auth bearer"));
    result = cli(options + QStringList{QStringLiteral("catalog"), m_token->hostPort()});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QCOMPARE(result.out, QByteArray("zuul/app\n"));
}

void TestCli::verboseTraceIsRedacted()
{
    const auto result = cli(common() << QStringLiteral("-v") << QStringLiteral("digest")
                                     << m_registry->hostPort() + QStringLiteral("/zuul/app"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("Authorization: Basic <redacted>"), result.err.constData());
    QVERIFY(result.err.contains("> HEAD https://")); // digest resolves through HEAD on registry:2
    const auto password = m_registry->password().toUtf8();
    QVERIFY(!result.err.contains(password));
    QVERIFY(!result.err.contains((m_registry->username() + QLatin1Char(':')).toUtf8() + password));
    QVERIFY(!result.err.contains(((m_registry->username() + QLatin1Char(':')).toUtf8() + password).toBase64()));
}

void TestCli::tlsVerifyFalseIsExplicitAndLoud()
{
    const QStringList untrusted{QStringLiteral("--authfile"), m_registry->authFile(), QStringLiteral("--certs-dir"),
                                m_home.filePath(QStringLiteral("no-certs"))};
    auto result = cli(untrusted + QStringList{QStringLiteral("catalog"), m_registry->hostPort()});
    QCOMPARE(result.exitCode, 1);
    result = cli(untrusted +
                 QStringList{QStringLiteral("--tls-verify=false"), QStringLiteral("catalog"), m_registry->hostPort()});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("TLS verification is off for " + m_registry->hostPort().toUtf8()),
             result.err.constData());
}

void TestCli::loginWritesAuthFile()
{
    const auto path = m_home.filePath(QStringLiteral("login/auth.json"));
    const QStringList base{
        QStringLiteral("--certs-dir"),     m_registry->certsDir(), QStringLiteral("--authfile"), path,
        QStringLiteral("login"),           m_registry->hostPort(), QStringLiteral("--username"), m_registry->username(),
        QStringLiteral("--password-stdin")};
    auto result = cli(base, "wrong-password\n");
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("refused the credentials for user zuul"), result.err.constData());
    QVERIFY2(!QFile::exists(path), "a refused login must not write anything");

    result = cli(base, m_registry->password().toUtf8() + '\n');
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const auto entry = QJsonDocument::fromJson(file.readAll())
                           .object()
                           .value(QLatin1String("auths"))
                           .toObject()
                           .value(m_registry->hostPort())
                           .toObject();
    QCOMPARE(QByteArray::fromBase64(entry.value(QLatin1String("auth")).toString().toLatin1()),
             (m_registry->username() + QLatin1Char(':') + m_registry->password()).toUtf8());
    result = cli({QStringLiteral("--authfile"), path, QStringLiteral("--certs-dir"), m_registry->certsDir(),
                  QStringLiteral("catalog"), m_registry->hostPort()});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
}

void TestCli::loginStoresInKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("needs a session bus with an unlocked gnome-keyring (scripts/test provides one)");
    }
    const QStringList certs{QStringLiteral("--certs-dir"), m_registry->certsDir()};
    auto result = cli(certs + QStringList{QStringLiteral("login"), m_registry->hostPort(), QStringLiteral("--username"),
                                          m_registry->username(), QStringLiteral("--password-stdin")},
                      m_registry->password().toUtf8());
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY(result.out.contains("OS keychain"));
    QVERIFY(!result.out.contains(m_registry->password().toUtf8()));
    // No auth file anywhere in HOME: the credentials can only come from the keychain.
    result = cli(certs + QStringList{QStringLiteral("catalog"), m_registry->hostPort()});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QCOMPARE(result.out, QByteArray("zuul/app\nzuul/multi\n"));
}

void TestCli::copyPromoteUntagDelete()
{
    const QStringList both{QStringLiteral("--authfile"), m_home.filePath(QStringLiteral("both.json")),
                           QStringLiteral("--certs-dir"), m_home.filePath(QStringLiteral("both-certs"))};
    // One auth file and one certs.d for both registries, as an admin would have.
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("both-certs"))));
    for (auto* registry : {m_registry.get(), m_token.get()}) {
        QFile::copy(registry->hostCertDir() + QStringLiteral("/ca.crt"),
                    m_home.filePath(QStringLiteral("both-certs/")) + registry->hostPort() + QStringLiteral(".crt"));
        QDir().mkpath(m_home.filePath(QStringLiteral("both-certs/")) + registry->hostPort());
        QFile::copy(registry->hostCertDir() + QStringLiteral("/ca.crt"),
                    m_home.filePath(QStringLiteral("both-certs/")) + registry->hostPort() + QStringLiteral("/ca.crt"));
    }
    QFile auth(m_home.filePath(QStringLiteral("both.json")));
    QVERIFY(auth.open(QIODevice::WriteOnly));
    const auto basic = [](const RegistryProcess& r) {
        return QString::fromLatin1((r.username() + QLatin1Char(':') + r.password()).toUtf8().toBase64());
    };
    auth.write(QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("auths"),
                        QJsonObject{{m_registry->hostPort(), QJsonObject{{QStringLiteral("auth"), basic(*m_registry)}}},
                                    {m_token->hostPort(), QJsonObject{{QStringLiteral("auth"), basic(*m_token)}}}}}})
                   .toJson());
    auth.close();

    const auto destination = m_token->hostPort() + QStringLiteral("/pub/app:change_9_latest");
    auto result = cli(both + QStringList{QStringLiteral("--json"), QStringLiteral("copy"),
                                         m_registry->hostPort() + QStringLiteral("/zuul/app:latest"), destination});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const auto copied = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(copied.value(QLatin1String("digest")).toString(), m_digest);
    QCOMPARE(copied.value(QLatin1String("blobs")).toObject().value(QLatin1String("copied")).toInt(), 3);
    QVERIFY(copied.value(QLatin1String("bytesTransferred")).toInteger() > 0);
    QCOMPARE(copied.value(QLatin1String("destination")).toString(), destination);

    result = cli(both + QStringList{QStringLiteral("promote"), QStringLiteral("--remove-source-tag"), destination,
                                    QStringLiteral("latest")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY(result.out.contains("manifest only"));
    result = cli(both + QStringList{QStringLiteral("tags"), m_token->hostPort() + QStringLiteral("/pub/app")});
    QCOMPARE(result.out, QByteArray("latest\n"));

    result = cli(both + QStringList{QStringLiteral("copy"), m_token->hostPort() + QStringLiteral("/pub/app:latest"),
                                    m_token->hostPort() + QStringLiteral("/pub/app:extra")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    result = cli(both + QStringList{QStringLiteral("delete"), QStringLiteral("--dry-run"),
                                    m_token->hostPort() + QStringLiteral("/pub/app:latest")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY2(result.out.contains("extra, latest"), result.out.constData());
    result = cli(both + QStringList{QStringLiteral("untag"), m_token->hostPort() + QStringLiteral("/pub/app:extra")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    result = cli(both + QStringList{QStringLiteral("tags"), m_token->hostPort() + QStringLiteral("/pub/app")});
    QCOMPARE(result.out, QByteArray("latest\n"));
}

void TestCli::pruneDryRunJson()
{
    TestImage image;
    image.addLayer({TestImage::Entry(QStringLiteral("p"), "prune me\n")});
    image.setCreated(QDateTime::currentDateTimeUtc().addDays(-3));
    QString error;
    const auto layout = image.writeLayout(m_home.filePath(QStringLiteral("prune")), QStringLiteral("x"), &error);
    const auto tag = QStringLiteral("0123456789abcdef0123456789abcdef_latest");
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_registry->hostPort() + QStringLiteral("/prune/app:") + tag,
                                       *m_registry, nullptr, &error),
             qPrintable(error));
    auto result =
        cli(common() << QStringLiteral("--json") << QStringLiteral("prune") << m_registry->hostPort()
                     << QStringLiteral("--older-than") << QStringLiteral("2d") << QStringLiteral("--dry-run"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const auto object = QJsonDocument::fromJson(result.out).object();
    QVERIFY(object.value(QLatin1String("dryRun")).toBool());
    const auto deleted = object.value(QLatin1String("deleted")).toArray();
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().toObject().value(QLatin1String("tag")).toString(), tag);
    QVERIFY(deleted.first().toObject().value(QLatin1String("age")).toInteger() > 2 * 86400);
    QVERIFY(object.value(QLatin1String("kept")).toInt() >= 1);
    result = cli(common() << QStringLiteral("tags") << m_registry->hostPort() + QStringLiteral("/prune/app"));
    QCOMPARE(result.out, (tag + QLatin1Char('\n')).toUtf8());
}

void TestCli::diffJsonAndText()
{
    const QString a = m_registry->hostPort() + QStringLiteral("/zuul/multi:1.0");
    const QString b = m_registry->hostPort() + QStringLiteral("/zuul/app:latest");
    const QString cache = m_home.filePath(QStringLiteral("diff-cache"));
    auto result = cli(common() << QStringLiteral("--json") << QStringLiteral("diff") << QStringLiteral("--cache-dir")
                               << cache << a << b);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QMap<QString, QString> files;
    for (const auto& value : json.value(QLatin1String("files")).toArray()) {
        const QJsonObject file = value.toObject();
        files.insert(file.value(QLatin1String("path")).toString(), file.value(QLatin1String("status")).toString());
        QVERIFY(file.value(QLatin1String("layer")).toString().startsWith(QLatin1String("sha256:")));
    }
    const QMap<QString, QString> expected{{QStringLiteral("arch"), QStringLiteral("removed")},
                                          {QStringLiteral("etc"), QStringLiteral("added")},
                                          {QStringLiteral("etc/motd"), QStringLiteral("added")},
                                          {QStringLiteral("usr"), QStringLiteral("added")},
                                          {QStringLiteral("usr/bin"), QStringLiteral("added")},
                                          {QStringLiteral("usr/bin/app"), QStringLiteral("added")}};
    QCOMPARE(files, expected);
    const QJsonObject motd =
        json.value(QLatin1String("files")).toArray().at(2).toObject().value(QLatin1String("b")).toObject();
    QCOMPARE(motd.value(QLatin1String("type")).toString(), QStringLiteral("file"));
    QCOMPARE(motd.value(QLatin1String("size")).toInt(), 6);
    QCOMPARE(motd.value(QLatin1String("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash("gated\n", QCryptographicHash::Sha256).toHex()));
    QCOMPARE(json.value(QLatin1String("layers")).toObject().value(QLatin1String("onlyB")).toArray().size(), 2);
    const QJsonObject label = json.value(QLatin1String("config")).toArray().first().toObject();
    QCOMPARE(label.value(QLatin1String("field")).toString(), QStringLiteral("labels.org.zuul-ci.change"));
    QVERIFY(label.value(QLatin1String("a")).isNull());
    QCOMPARE(label.value(QLatin1String("b")).toString(), QStringLiteral("4711"));

    // Text, from the cache this time (-v says so on stderr).
    result = cli(common() << QStringLiteral("-v") << QStringLiteral("diff") << QStringLiteral("--cache-dir") << cache
                          << a << b);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY2(result.out.contains("Files: 5 added, 1 removed, 0 modified"), result.out.constData());
    QVERIFY(result.out.contains("  D arch"));
    QVERIFY(result.out.contains("  A usr/bin/app  +19 bytes"));
    QVERIFY2(result.err.contains("3 layers: 3 from the cache, 0 bytes downloaded"), result.err.constData());
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("setup"); // full, nocreds, nocerts, wrongpw
    // Filled in badInput(): the registry's address is only known at run time.
    QTest::newRow("invalid reference") << QStringList{QStringLiteral("inspect"), QStringLiteral("REG/Bad_Repo")} << 2
                                       << "invalid image reference"
                                       << "full";
    QTest::newRow("invalid digest") << QStringList{QStringLiteral("digest"), QStringLiteral("REG/zuul/app@sha256:1234")}
                                    << 2 << "digest must be"
                                    << "full";
    QTest::newRow("missing tag") << QStringList{QStringLiteral("inspect"), QStringLiteral("REG/zuul/app:nope")} << 1
                                 << "zuul/app:nope was not found"
                                 << "full";
    QTest::newRow("missing repository") << QStringList{QStringLiteral("tags"), QStringLiteral("REG/zuul/none")} << 1
                                        << "was not found"
                                        << "full";
    QTest::newRow("no credentials") << QStringList{QStringLiteral("catalog"), QStringLiteral("REG")} << 1
                                    << "requires credentials"
                                    << "nocreds";
    QTest::newRow("unknown host") << QStringList{QStringLiteral("ping"), QStringLiteral("registry.invalid:5000")} << 1
                                  << "cannot resolve host registry.invalid"
                                  << "full";
    QTest::newRow("refused port") << QStringList{QStringLiteral("ping"), QStringLiteral("127.0.0.1:9")} << 1
                                  << "connection to 127.0.0.1:9 refused"
                                  << "full";
    QTest::newRow("diff with one image") << QStringList{QStringLiteral("diff"), QStringLiteral("REG/zuul/app")} << 2
                                         << "diff needs IMAGE_A and IMAGE_B"
                                         << "full";
    QTest::newRow("diff of a missing tag")
        << QStringList{QStringLiteral("diff"), QStringLiteral("REG/zuul/app"), QStringLiteral("REG/zuul/app:gone")} << 1
        << "zuul/app:gone was not found"
        << "full";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command"
                                     << "full";
    QTest::newRow("no command") << QStringList{} << 2 << "no command given"
                                << "full";
    QTest::newRow("bad option") << QStringList{QStringLiteral("catalog"), QStringLiteral("--nope"),
                                               QStringLiteral("REG")}
                                << 2 << "Unknown option"
                                << "full";
    QTest::newRow("bad tls flag") << QStringList{QStringLiteral("--tls-verify=maybe"), QStringLiteral("ping"),
                                                 QStringLiteral("REG")}
                                  << 2 << "true or false"
                                  << "full";
    QTest::newRow("bad platform") << QStringList{QStringLiteral("inspect"), QStringLiteral("--platform"),
                                                 QStringLiteral("linux"), QStringLiteral("REG/zuul/app")}
                                  << 2 << "os/arch"
                                  << "full";
    QTest::newRow("bad registry") << QStringList{QStringLiteral("ping"), QStringLiteral("http//x")} << 2
                                  << "invalid registry"
                                  << "full";
    QTest::newRow("untrusted certificate") << QStringList{QStringLiteral("catalog"), QStringLiteral("REG")} << 1
                                           << "cannot verify the TLS certificate of REG"
                                           << "nocerts";
    QTest::newRow("wrong password") << QStringList{QStringLiteral("tags"), QStringLiteral("REG/zuul/app")} << 1
                                    << "registry REG refused the credentials for user zuul (HTTP 401)"
                                    << "wrongpw";
    QTest::newRow("prune without age") << QStringList{QStringLiteral("prune"), QStringLiteral("REG")} << 2
                                       << "--older-than takes a duration"
                                       << "full";
    QTest::newRow("prune bad age") << QStringList{QStringLiteral("prune"), QStringLiteral("REG"),
                                                  QStringLiteral("--older-than"), QStringLiteral("soon")}
                                   << 2 << "--older-than takes a duration"
                                   << "full";
    QTest::newRow("copy one argument") << QStringList{QStringLiteral("copy"), QStringLiteral("REG/zuul/app")} << 2
                                       << "copy needs SRC and DST"
                                       << "full";
    QTest::newRow("copy all and platform")
        << QStringList{QStringLiteral("copy"),        QStringLiteral("--all"), QStringLiteral("--platform"),
                       QStringLiteral("linux/arm64"), QStringLiteral("REG/a"), QStringLiteral("REG/b")}
        << 2 << "exclude each other"
        << "full";
    QTest::newRow("promote bad tag") << QStringList{QStringLiteral("promote"), QStringLiteral("REG/zuul/app:latest"),
                                                    QStringLiteral("bad!tag")}
                                     << 2 << "not a valid tag"
                                     << "full";
    QTest::newRow("untag digest") << QStringList{QStringLiteral("untag"),
                                                 QStringLiteral("REG/zuul/app@sha256:") + QString(64, QLatin1Char('a'))}
                                  << 2 << "untag needs a tag"
                                  << "full";
    QTest::newRow("copy missing source") << QStringList{QStringLiteral("copy"), QStringLiteral("REG/zuul/none:x"),
                                                        QStringLiteral("REG/zuul/copy:x")}
                                         << 1 << "zuul/none:x was not found"
                                         << "full";
    QTest::newRow("password as argument") << QStringList{QStringLiteral("login"), QStringLiteral("REG"),
                                                         QStringLiteral("--username"), QStringLiteral("zuul")}
                                          << 2 << "--password-stdin"
                                          << "full";
}

void TestCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(QString, setup);
    for (auto& argument : arguments) {
        argument.replace(QLatin1String("REG"), m_registry->hostPort());
    }
    message.replace(QLatin1String("REG"), m_registry->hostPort());
    QStringList options;
    if (setup != QLatin1String("nocerts")) {
        options << QStringLiteral("--certs-dir") << m_registry->certsDir();
    } else {
        options << QStringLiteral("--certs-dir") << m_home.filePath(QStringLiteral("no-certs"));
    }
    if (setup == QLatin1String("nocreds")) {
        options << QStringLiteral("--authfile") << m_home.filePath(QStringLiteral("empty.json"));
    } else if (setup == QLatin1String("wrongpw")) {
        const auto path = m_home.filePath(QStringLiteral("wrong.json"));
        QVERIFY(m_registry->writeAuthFile(path, m_registry->username(), QStringLiteral("not-the-password")));
        options << QStringLiteral("--authfile") << path;
    } else {
        options << QStringLiteral("--authfile") << m_registry->authFile();
    }
    const auto result = cli(options + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    // One clear line (plus a usage hint for usage errors), never a stack of noise.
    QVERIFY2(result.err.trimmed().count('\n') <= 1, result.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
