// The site's Zuul configuration: the project key fetched from Zuul's REST paths (tenant and white-label
// forms, served by a stand-in since Zuul cannot run here), `zuul encrypt` with it, and
// `zuul site-config`, whose files must parse as YAML (python3-yaml), say what the Container Images
// document says, and carry a password that decrypts with the project's private key (openssl).
#include "TestPki.h"
#include "TestProcess.h"
#include "TestServer.h"
#include "job/RegistryError.h"
#include "zuul/SiteConfig.h"
#include "zuul/ZuulApi.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Loads every YAML file given on the command line and prints them as one JSON object by path; Zuul's
// !encrypted/pkcs1-oaep tag becomes {"encrypted": [chunks]}.
const char* kYamlToJson = R"PY(
import json, sys, yaml
class Loader(yaml.SafeLoader):
    pass
def encrypted(loader, node):
    return {"encrypted": loader.construct_sequence(node)}
Loader.add_constructor("!encrypted/pkcs1-oaep", encrypted)
print(json.dumps({path: yaml.load(open(path), Loader=Loader) for path in sys.argv[1:]}))
)PY";
} // namespace

class TestSiteConfig : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fetchesTheProjectKey_data();
    void fetchesTheProjectKey();
    void refusesWhatIsNotAKey();
    void cliEncryptsWithTheFetchedKey();
    void siteConfigSaysWhatTheDocumentSays();
    void siteConfigKeepsExistingFiles();
    void scalarsReadBackAsStrings();

private:
    QString decrypt(const QJsonArray& chunks) const;
    TestProcess::Result cli(const QStringList& arguments, const QByteArray& input = {}) const;

    QTemporaryDir m_dir;
    QString m_key;
    QByteArray m_publicPem;
    TestServer m_tenantZuul;
    TestServer m_whiteLabelZuul;
};

void TestSiteConfig::initTestCase()
{
    m_key = m_dir.filePath(u"project.key"_s);
    QString error;
    m_publicPem = TestPki::rsaKeyPair(m_key, 2048, &error);
    QVERIFY2(!m_publicPem.isEmpty(), qPrintable(error));
    const auto pem = m_publicPem;
    // zuul-web: /api/info, then /api/tenant/<t>/key/<project>.pub (text/plain PEM).
    m_tenantZuul.setHandler([pem](const TestRequest& request) {
        if (request.path() == u"/api/info"_s) {
            return TestResponse::json(200, QByteArray(R"({"info":{"capabilities":{},"tenant":null}})"));
        }
        if (request.path() == u"/api/tenant/example/key/org/config.pub"_s) {
            return TestResponse::text(200, pem);
        }
        if (request.path() == u"/api/tenant/example/key/org/broken.pub"_s) {
            return TestResponse::text(200, "<html>sign in</html>", "text/html");
        }
        return TestResponse::json(404, QByteArray(R"({"description":"not found"})"));
    });
    m_whiteLabelZuul.setHandler([pem](const TestRequest& request) {
        if (request.path() == u"/api/info"_s) {
            return TestResponse::json(200, QByteArray(R"({"info":{"capabilities":{},"tenant":"example"}})"));
        }
        if (request.path() == u"/api/key/org/config.pub"_s) {
            return TestResponse::text(200, pem);
        }
        return TestResponse::json(404, QByteArray(R"({"description":"not found"})"));
    });
    QVERIFY2(m_tenantZuul.start(&error), qPrintable(error));
    QVERIFY2(m_whiteLabelZuul.start(&error), qPrintable(error));
}

TestProcess::Result TestSiteConfig::cli(const QStringList& arguments, const QByteArray& input) const
{
    return TestProcess::run(QStringLiteral(REGISTRYDESK_CLI), arguments, 30000, input);
}

QString TestSiteConfig::decrypt(const QJsonArray& chunks) const
{
    QByteArray plaintext;
    for (const auto& chunk : chunks) {
        const auto result = TestProcess::run(u"openssl"_s,
                                             {u"pkeyutl"_s, u"-decrypt"_s, u"-inkey"_s, m_key, u"-pkeyopt"_s,
                                              u"rsa_padding_mode:oaep"_s, u"-pkeyopt"_s, u"rsa_oaep_md:sha1"_s,
                                              u"-pkeyopt"_s, u"rsa_mgf1_md:sha1"_s},
                                             10000, QByteArray::fromBase64(chunk.toString().toLatin1()));
        if (!result.ok()) {
            return u"<decryption failed: %1>"_s.arg(result.describe());
        }
        plaintext += result.out;
    }
    return QString::fromUtf8(plaintext);
}

void TestSiteConfig::fetchesTheProjectKey_data()
{
    QTest::addColumn<bool>("whiteLabel");
    QTest::newRow("tenant") << false;
    QTest::newRow("white-label") << true;
}

void TestSiteConfig::fetchesTheProjectKey()
{
    QFETCH(bool, whiteLabel);
    const auto& server = whiteLabel ? m_whiteLabelZuul : m_tenantZuul;
    ZuulApi api(server.baseUrl(), u"example"_s);
    bool detected = !whiteLabel;
    QByteArray key;
    RegistryError error;
    bool done = false;
    api.detectWhiteLabel(this, [&](bool isWhiteLabel, const RegistryError& detectError) {
        detected = isWhiteLabel;
        error = detectError;
        api.projectKey(u"org/config"_s, this, [&](const QByteArray& pem, const RegistryError& keyError) {
            key = pem;
            error = keyError;
            done = true;
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(detected, whiteLabel);
    QCOMPARE(key, m_publicPem);

    done = false;
    api.projectKey(u"org/unknown"_s, this, [&](const QByteArray&, const RegistryError& keyError) {
        error = keyError;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind(), RegistryError::Kind::NotFound);
    QVERIFY2(error.message().contains(u"knows no project org/unknown"_s), qPrintable(error.message()));
}

void TestSiteConfig::refusesWhatIsNotAKey()
{
    ZuulApi api(m_tenantZuul.baseUrl(), u"example"_s);
    RegistryError error;
    bool done = false;
    api.projectKey(u"org/broken"_s, this, [&](const QByteArray&, const RegistryError& keyError) {
        error = keyError;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind(), RegistryError::Kind::Protocol);
    done = false;
    api.projectKey(u"../../etc/passwd"_s, this, [&](const QByteArray&, const RegistryError& keyError) {
        error = keyError;
        done = true;
    });
    QVERIFY(done); // refused before any request
    QCOMPARE(error.kind(), RegistryError::Kind::Usage);
    // A white-label Zuul serving another tenant is named as such.
    ZuulApi other(m_whiteLabelZuul.baseUrl(), u"elsewhere"_s);
    done = false;
    other.detectWhiteLabel(this, [&](bool, const RegistryError& detectError) {
        error = detectError;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(error.message().contains(u"serves only the tenant example"_s), qPrintable(error.message()));
}

void TestSiteConfig::cliEncryptsWithTheFetchedKey()
{
    const auto result =
        cli({u"zuul"_s, u"encrypt"_s, u"--zuul"_s, m_whiteLabelZuul.baseUrl().toString(), u"--tenant"_s, u"example"_s,
             u"--project"_s, u"org/config"_s, u"--secret-name"_s, u"s"_s, u"--field-name"_s, u"f"_s},
            "fetched-key secret\n");
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("RSA 2048 bits, SHA-256 fingerprint"), result.err.constData());
    QByteArray joined;
    QJsonArray chunks;
    for (const auto& line : result.out.split('\n')) {
        if (line.startsWith("        - ")) {
            chunks << QString::fromLatin1(line.mid(10));
        } else if (line.startsWith("          ")) {
            chunks[chunks.size() - 1] = chunks.last().toString() + QString::fromLatin1(line.trimmed());
        }
    }
    QCOMPARE(decrypt(chunks), u"fetched-key secret"_s);
    const auto usage = cli({u"zuul"_s, u"encrypt"_s, u"--zuul"_s, m_whiteLabelZuul.baseUrl().toString(),
                            u"--secret-name"_s, u"s"_s, u"--field-name"_s, u"f"_s});
    QCOMPARE(usage.exitCode, 2); // --zuul without tenant and project
}

void TestSiteConfig::siteConfigSaysWhatTheDocumentSays()
{
    const auto out = m_dir.filePath(u"config-project"_s);
    const auto result = cli({u"zuul"_s,
                             u"site-config"_s,
                             u"--site"_s,
                             u"acme"_s,
                             u"--host"_s,
                             u"registry.acme.example"_s,
                             u"--port"_s,
                             u"5000"_s,
                             u"--username"_s,
                             u"zuul"_s,
                             u"--password-stdin"_s,
                             u"--publication-username"_s,
                             u"acmebot"_s,
                             u"--zuul"_s,
                             m_tenantZuul.baseUrl().toString(),
                             u"--tenant"_s,
                             u"example"_s,
                             u"--project"_s,
                             u"org/config"_s,
                             u"--out-dir"_s,
                             out},
                            "intermediate-pw-ä\nhub-token\n");
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const QStringList files{u"zuul.d/acme-container-images.yaml"_s,    u"playbooks/buildset-registry/pre.yaml"_s,
                            u"playbooks/buildset-registry/run.yaml"_s, u"playbooks/buildset-registry/post.yaml"_s,
                            u"playbooks/docker-image/run.yaml"_s,      u"playbooks/docker-image/upload.yaml"_s};
    QStringList paths;
    for (const auto& file : files) {
        paths << QDir(out).filePath(file);
    }
    const auto parsed = TestProcess::run(u"python3"_s, QStringList{u"-c"_s, QString::fromLatin1(kYamlToJson)} + paths);
    QVERIFY2(parsed.ok(), qPrintable(parsed.describe()));
    const auto all = QJsonDocument::fromJson(parsed.out).object();
    QCOMPARE(all.size(), files.size());

    // zuul.d: two secrets, then the four jobs in the document's order.
    const auto zuul = all.value(paths[0]).toArray();
    QCOMPARE(zuul.size(), 6);
    const auto secret = zuul[0].toObject().value(u"secret"_s).toObject();
    QCOMPARE(secret.value(u"name"_s).toString(), u"acme-intermediate-registry"_s);
    const auto data = secret.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"host"_s).toString(), u"registry.acme.example"_s);
    QCOMPARE(data.value(u"port"_s).toInt(), 5000);
    QCOMPARE(data.value(u"username"_s).toString(), u"zuul"_s);
    QCOMPARE(decrypt(data.value(u"password"_s).toObject().value(u"encrypted"_s).toArray()), u"intermediate-pw-ä"_s);
    const auto publication = zuul[1].toObject().value(u"secret"_s).toObject();
    QCOMPARE(publication.value(u"name"_s).toString(), u"acme-publication-registry"_s);
    QCOMPARE(
        decrypt(
            publication.value(u"data"_s).toObject().value(u"password"_s).toObject().value(u"encrypted"_s).toArray()),
        u"hub-token"_s);

    const auto jobAt = [&zuul](int index) { return zuul[index].toObject().value(u"job"_s).toObject(); };
    const auto buildset = jobAt(2);
    QCOMPARE(buildset.value(u"name"_s).toString(), u"acme-buildset-registry"_s);
    QCOMPARE(buildset.value(u"pre-run"_s).toString(), u"playbooks/buildset-registry/pre.yaml"_s);
    QCOMPARE(buildset.value(u"run"_s).toString(), u"playbooks/buildset-registry/run.yaml"_s);
    QCOMPARE(buildset.value(u"post-run"_s).toString(), u"playbooks/buildset-registry/post.yaml"_s);
    QCOMPARE(buildset.value(u"requires"_s).toString(), u"docker-image"_s);
    const auto passed = buildset.value(u"secrets"_s).toArray().first().toObject();
    QCOMPARE(passed.value(u"secret"_s).toString(), u"acme-intermediate-registry"_s);
    QCOMPARE(passed.value(u"name"_s).toString(), u"intermediate_registry"_s);
    const auto build = jobAt(3);
    QCOMPARE(build.value(u"name"_s).toString(), u"acme-build-docker-image"_s);
    QCOMPARE(build.value(u"parent"_s).toString(), u"acme-buildset-registry"_s);
    QCOMPARE(build.value(u"run"_s).toString(), u"playbooks/docker-image/run.yaml"_s);
    QCOMPARE(build.value(u"provides"_s).toString(), u"docker-image"_s);
    const auto upload = jobAt(4);
    QCOMPARE(upload.value(u"name"_s).toString(), u"acme-upload-docker-image"_s);
    QCOMPARE(upload.value(u"parent"_s).toString(), u"acme-build-docker-image"_s);
    QCOMPARE(upload.value(u"post-run"_s).toString(), u"playbooks/docker-image/upload.yaml"_s);
    QCOMPARE(upload.value(u"secrets"_s).toArray().first().toObject().value(u"secret"_s).toString(),
             u"acme-publication-registry"_s);
    const auto promote = jobAt(5);
    QCOMPARE(promote.value(u"name"_s).toString(), u"acme-promote-docker-image"_s);
    QCOMPARE(promote.value(u"parent"_s).toString(), u"promote-docker-image"_s);

    // Playbooks: the roles the document names, in its plays.
    const auto roles = [&all](const QString& path, int play) {
        QStringList names;
        const auto object = all.value(path).toArray()[play].toObject();
        for (const auto& role : object.value(u"roles"_s).toArray()) {
            names << role.toString();
        }
        for (const auto& task : object.value(u"tasks"_s).toArray()) {
            const auto include = task.toObject().value(u"include_role"_s).toObject().value(u"name"_s).toString();
            if (!include.isEmpty()) {
                names << include;
            }
        }
        return names;
    };
    QCOMPARE(roles(paths[1], 0),
             (QStringList{u"ensure-docker"_s, u"run-buildset-registry"_s, u"use-buildset-registry"_s}));
    QCOMPARE(roles(paths[1], 1), QStringList{u"pull-from-intermediate-registry"_s});
    QCOMPARE(all.value(paths[2])
                 .toArray()[0]
                 .toObject()
                 .value(u"tasks"_s)
                 .toArray()[0]
                 .toObject()
                 .value(u"zuul_return"_s)
                 .toObject()
                 .value(u"data"_s)
                 .toObject()
                 .value(u"zuul"_s)
                 .toObject()
                 .value(u"pause"_s)
                 .toBool(),
             true);
    QCOMPARE(roles(paths[3], 0), QStringList{u"push-to-intermediate-registry"_s});
    QCOMPARE(roles(paths[4], 0), QStringList{u"build-docker-image"_s});
    QCOMPARE(roles(paths[5], 0), QStringList{u"upload-docker-image"_s});
}

void TestSiteConfig::siteConfigKeepsExistingFiles()
{
    const auto out = m_dir.filePath(u"existing"_s);
    const QStringList arguments{u"zuul"_s,
                                u"site-config"_s,
                                u"--site"_s,
                                u"acme"_s,
                                u"--host"_s,
                                u"::1"_s,
                                u"--password-stdin"_s,
                                u"--public-key"_s,
                                m_dir.filePath(u"project.pub"_s),
                                u"--out-dir"_s,
                                out};
    QFile pub(m_dir.filePath(u"project.pub"_s));
    QVERIFY(pub.open(QIODevice::WriteOnly));
    pub.write(m_publicPem);
    pub.close();
    QVERIFY(cli(arguments, "pw\n").ok());
    QFile zuul(QDir(out).filePath(u"zuul.d/acme-container-images.yaml"_s));
    QVERIFY(zuul.open(QIODevice::ReadOnly));
    const auto before = zuul.readAll();
    QVERIFY(before.contains("      host: '::1'\n")); // an IPv6 literal stays a string
    const auto again = cli(arguments, "other\n");
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("exists already"), again.err.constData());
    zuul.seek(0);
    QCOMPARE(zuul.readAll(), before);
    QCOMPARE(cli(QStringList(arguments) << u"--site"_s << u"Bad Site"_s, "pw\n").exitCode, 1);
}

void TestSiteConfig::scalarsReadBackAsStrings()
{
    QCOMPARE(SiteConfig::yamlScalar(u"registry.example.org"_s), QByteArray("registry.example.org"));
    QCOMPARE(SiteConfig::yamlScalar(u"10.0.0.5"_s), QByteArray("10.0.0.5"));
    QCOMPARE(SiteConfig::yamlScalar(u"yes"_s), QByteArray("'yes'"));
    QCOMPARE(SiteConfig::yamlScalar(u"5000"_s), QByteArray("'5000'"));
    QCOMPARE(SiteConfig::yamlScalar(u"o'brien"_s), QByteArray("'o''brien'"));
    QCOMPARE(SiteConfig::yamlScalar(u"a: b"_s), QByteArray("'a: b'"));
}

QTEST_GUILESS_MAIN(TestSiteConfig)
#include "TestSiteConfig.moc"
