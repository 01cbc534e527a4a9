// Deployment bundles against the Container Images document, the openssl and htpasswd CLIs; the sandbox
// with real docker-registry processes, skopeo pushing and pulling, and nothing left running after down.
#include "JobWait.h"
#include "StallMonitor.h"
#include "TestImage.h"
#include "TestProcess.h"
#include "admin/DeploymentBundle.h"
#include "lab/SampleImages.h"
#include "lab/Sandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray read(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// The lines of a YAML block under `key:` (indented further than the key), trimmed.
QStringList block(const QByteArray& yaml, const QByteArray& key)
{
    QStringList lines;
    int keyIndent = -1;
    for (const auto& line : yaml.split('\n')) {
        const int indent = static_cast<int>(line.size() - line.trimmed().size() - (line.endsWith(' ') ? 1 : 0));
        if (keyIndent < 0) {
            if (line.trimmed() == key + ':') {
                keyIndent = indent;
            }
            continue;
        }
        if (line.trimmed().isEmpty() || indent <= keyIndent) {
            break;
        }
        lines << QString::fromUtf8(line.trimmed());
    }
    return lines;
}

bool registryRunningIn(const QString& dir)
{
    const auto result = TestProcess::run(QStringLiteral("pgrep"),
                                         {QStringLiteral("-f"), QStringLiteral("docker-registry serve ") + dir});
    return result.exitCode == 0;
}

} // namespace

class TestBundleSandbox : public QObject
{
    Q_OBJECT
private slots:
    void bundleFollowsTheDocument();
    void bundleRefusesBadInput();
    void sandboxStartsPushesPullsAndStops();

private:
    QTemporaryDir m_dir;
};

void TestBundleSandbox::bundleFollowsTheDocument()
{
    DeploymentBundle::Request request;
    request.host = QStringLiteral("registry.example.org");
    request.extraNames = {QStringLiteral("IP:192.0.2.10")};
    request.password = QStringLiteral("bundle-pw");
    request.bcryptCost = 5;
    request.site = QStringLiteral("example");
    const auto dir = m_dir.filePath(QStringLiteral("bundle"));
    QString error;
    const auto written = DeploymentBundle::write(dir, request, &error);
    QVERIFY2(written, qPrintable(error));

    const auto compose = read(dir + QStringLiteral("/docker-compose.yaml"));
    QCOMPARE(block(compose, "environment"),
             (QStringList{QStringLiteral("REGISTRY_HTTP_TLS_CERTIFICATE: /certs/domain.crt"),
                          QStringLiteral("REGISTRY_HTTP_TLS_KEY: /certs/domain.key"),
                          QStringLiteral("REGISTRY_AUTH: htpasswd"),
                          QStringLiteral("REGISTRY_AUTH_HTPASSWD_PATH: /auth/htpasswd"),
                          QStringLiteral("REGISTRY_AUTH_HTPASSWD_REALM: Registry Realm")}));
    QCOMPARE(block(compose, "volumes"), (QStringList{QStringLiteral("- /var/registry/data:/var/lib/registry"),
                                                     QStringLiteral("- /var/registry/certs:/certs"),
                                                     QStringLiteral("- /var/registry/auth:/auth")}));
    QVERIFY(compose.contains("image: registry:2"));
    QVERIFY(compose.contains("network_mode: host"));
    const auto config = read(dir + QStringLiteral("/config.yml"));
    QVERIFY(config.contains("delete:\n    enabled: true"));
    QVERIFY(config.contains("uploadpurging:\n      enabled: true\n      age: 168h"));
    QVERIFY(config.contains("readonly:\n      enabled: false"));
    QVERIFY(config.contains("debug:\n    addr: 127.0.0.1:5001\n    prometheus:\n      enabled: true"));
    // Plain garbage collection in read-only mode; --delete-untagged only ever named to warn against it.
    const auto gc = read(dir + QStringLiteral("/maintenance/gc.sh"));
    QVERIFY(QFileInfo(dir + QStringLiteral("/maintenance/gc.sh")).isExecutable());
    QVERIFY(gc.contains("registry garbage-collect /etc/docker/registry/config.yml"));
    QVERIFY(gc.contains("-f maintenance/readonly.yaml up -d"));
    for (const auto& line : gc.split('\n')) {
        QVERIFY2(line.startsWith('#') || !line.contains("delete-untagged"), line.constData());
    }
    QVERIFY(read(dir + QStringLiteral("/maintenance/readonly.yaml"))
                .contains("REGISTRY_STORAGE_MAINTENANCE_READONLY: '{\"enabled\": true}'"));
    const auto syntax =
        TestProcess::run(QStringLiteral("sh"), {QStringLiteral("-n"), dir + QStringLiteral("/maintenance/gc.sh")});
    QVERIFY2(syntax.ok(), qPrintable(syntax.describe()));

    auto result = TestProcess::run(QStringLiteral("openssl"),
                                   {QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                    dir + QStringLiteral("/ca/ca.crt"), dir + QStringLiteral("/certs/domain.crt")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    result =
        TestProcess::run(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"),
                                                     QStringLiteral("-ext"), QStringLiteral("subjectAltName"),
                                                     QStringLiteral("-in"), dir + QStringLiteral("/certs/domain.crt")});
    QVERIFY2(result.out.contains("DNS:registry.example.org, IP Address:192.0.2.10"), result.out.constData());
    result = TestProcess::run(QStringLiteral("htpasswd"),
                              {QStringLiteral("-vi"), dir + QStringLiteral("/auth/htpasswd"), QStringLiteral("zuul")},
                              10000, "bundle-pw");
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QCOMPARE(QFileInfo(dir + QStringLiteral("/certs/domain.key")).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(dir + QStringLiteral("/ca/ca.key")).permissions() & 0x0077, QFileDevice::Permissions());
    QVERIFY(QFileInfo(dir + QStringLiteral("/data")).isDir());
    QVERIFY(QFile::exists(dir + QStringLiteral("/clients/certs.d/registry.example.org:5000/ca.crt")));
    const auto secret = read(dir + QStringLiteral("/zuul-secret.yaml"));
    QVERIFY(secret.contains("name: example-intermediate-registry"));
    QVERIFY(secret.contains("host: registry.example.org"));
    QVERIFY(secret.contains("port: 5000"));
    QVERIFY(secret.contains("password: !encrypted/pkcs1-oaep"));
    QVERIFY(!secret.contains("bundle-pw"));
}

void TestBundleSandbox::bundleRefusesBadInput()
{
    DeploymentBundle::Request request;
    request.host = QStringLiteral("registry.example.org");
    request.password = QStringLiteral("pw");
    request.bcryptCost = 4;
    QString error;
    const auto dir = m_dir.filePath(QStringLiteral("twice"));
    QVERIFY(DeploymentBundle::write(dir, request, &error));
    const auto before = read(dir + QStringLiteral("/auth/htpasswd"));
    QVERIFY(!DeploymentBundle::write(dir, request, &error));
    QVERIFY2(error.contains(QLatin1String("already holds a bundle")), qPrintable(error));
    QCOMPARE(read(dir + QStringLiteral("/auth/htpasswd")), before);
    request.host = QStringLiteral("bad host");
    QVERIFY(!DeploymentBundle::write(m_dir.filePath(QStringLiteral("bad")), request, &error));
    QVERIFY(error.contains(QLatin1String("not a valid registry host")));
    request.host = QStringLiteral("ok.example");
    request.password.clear();
    QVERIFY(!DeploymentBundle::write(m_dir.filePath(QStringLiteral("bad2")), request, &error));
}

void TestBundleSandbox::sandboxStartsPushesPullsAndStops()
{
    const auto dir = m_dir.filePath(QStringLiteral("sandbox"));
    auto up = [&dir]() { return finishedJob(Sandbox(dir).up()); };
    const auto error = up();
    QVERIFY2(!error, qPrintable(error.message()));
    Sandbox sandbox(dir);
    QCOMPARE(sandbox.members().size(), 3);
    for (const auto& member : sandbox.members()) {
        QVERIFY2(sandbox.isRunning(member), qPrintable(member.role));
    }
    const auto intermediate = sandbox.members().first().hostPort();
    const QStringList trust{QStringLiteral("--authfile"), sandbox.authFile(), QStringLiteral("--cert-dir"),
                            sandbox.certsDir() + QLatin1Char('/') + intermediate};
    // Pull a seeded sample with skopeo (it verifies every blob), push an image of its own.
    auto result = TestProcess::run(
        QStringLiteral("skopeo"),
        QStringList{QStringLiteral("copy"), QStringLiteral("--src-authfile"), sandbox.authFile(),
                    QStringLiteral("--src-cert-dir"), trust.last(),
                    QStringLiteral("docker://") + intermediate + QStringLiteral("/zuul/web:1.0"),
                    QStringLiteral("oci:") + m_dir.filePath(QStringLiteral("pulled")) + QStringLiteral(":1.0")},
        60000);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    TestImage image;
    image.addLayer({TestImage::Entry(QStringLiteral("mine"), "pushed into the sandbox\n")});
    QString failure;
    const auto layout = image.writeLayout(m_dir.filePath(QStringLiteral("mine")), QStringLiteral("v1"), &failure);
    result = TestProcess::run(QStringLiteral("skopeo"),
                              QStringList{QStringLiteral("copy"), QStringLiteral("--dest-authfile"), sandbox.authFile(),
                                          QStringLiteral("--dest-cert-dir"), trust.last(), layout,
                                          QStringLiteral("docker://") + intermediate + QStringLiteral("/mine/app:v1")},
                              60000);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    result = TestProcess::run(QStringLiteral(REGISTRYDESK_CLI),
                              trust.mid(0, 2) + QStringList{QStringLiteral("--certs-dir"), sandbox.certsDir(),
                                                            QStringLiteral("tags"),
                                                            intermediate + QStringLiteral("/zuul/app")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY(result.out.contains((SampleImages::buildUuid(1) + QStringLiteral("_latest")).toUtf8()));
    QVERIFY(result.out.contains("latest\n"));

    StallMonitor monitor;
    monitor.start();
    const auto stopError = finishedJob(sandbox.down());
    QVERIFY2(!stopError, qPrintable(stopError.message()));
    // Stopping polls on the event loop: it never sleeps in it (waiting 100 ms per registry would show here).
    QVERIFY2(monitor.worst() < 90, qPrintable(u"the event loop stalled for %1 ms"_s.arg(monitor.worst())));
    QVERIFY2(!registryRunningIn(dir), "a docker-registry of the sandbox is still running");

    // A port taken while the sandbox is down: up says which registry stopped and why, and loses nothing.
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, sandbox.members().first().port));
        connect(&squatter, &QTcpServer::newConnection, &squatter, [&squatter]() {
            while (auto* socket = squatter.nextPendingConnection()) {
                socket->abort();
                socket->deleteLater();
            }
        });
        const auto taken = up();
        QVERIFY(taken);
        QVERIFY2(taken.message().startsWith(u"the intermediate registry exited: "_s) &&
                     taken.message().contains(u"address already in use"_s),
                 qPrintable(taken.message()));
    }

    // Up again: same ports, same data.
    const auto againError = up();
    QVERIFY2(!againError, qPrintable(againError.message()));
    Sandbox again(dir);
    QCOMPARE(again.members().first().hostPort(), intermediate);
    result = TestProcess::run(QStringLiteral("skopeo"),
                              QStringList{QStringLiteral("inspect"), QStringLiteral("--authfile"), sandbox.authFile(),
                                          QStringLiteral("--cert-dir"), trust.last(),
                                          QStringLiteral("docker://") + intermediate + QStringLiteral("/mine/app:v1")},
                              60000);
    QVERIFY2(result.ok(), qPrintable(result.describe()));

    // maintenance/gc.sh: an image deleted through the API leaves the disk when the script runs, and the registry
    // serves (and takes pushes) again afterwards.
    TestImage doomed;
    doomed.addLayer({TestImage::Entry::randomFile(QStringLiteral("doomed"), 20000, 42)});
    const auto doomedLayout =
        doomed.writeLayout(m_dir.filePath(QStringLiteral("doomed")), QStringLiteral("v1"), &failure);
    const auto push = [&](const QString& source, const QString& target) {
        return TestProcess::run(QStringLiteral("skopeo"),
                                {QStringLiteral("copy"), QStringLiteral("--dest-authfile"), sandbox.authFile(),
                                 QStringLiteral("--dest-cert-dir"), trust.last(), source,
                                 QStringLiteral("docker://") + intermediate + QLatin1Char('/') + target},
                                60000);
    };
    result = push(doomedLayout, QStringLiteral("doomed/app:v1"));
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    result = TestProcess::run(QStringLiteral(REGISTRYDESK_CLI),
                              trust.mid(0, 2) + QStringList{QStringLiteral("--certs-dir"), sandbox.certsDir(),
                                                            QStringLiteral("delete"),
                                                            intermediate + QStringLiteral("/doomed/app:v1")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const auto script = dir + QStringLiteral("/intermediate/maintenance/gc.sh");
    QVERIFY(QFileInfo(script).isExecutable());
    result = TestProcess::run(script, {}, 120000);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const qint64 doomedBytes = doomed.manifestSize() + doomed.configBytes().size() + doomed.layers().first().size;
    QVERIFY2(result.out.contains(u"freed %1 bytes"_s.arg(doomedBytes).toUtf8()), result.out.constData());
    // Restarted by the script, in the background; under a loaded machine that takes more than the default 5 s.
    QTRY_VERIFY_WITH_TIMEOUT(again.isRunning(again.members().first()), 20000);
    // Read-only mode is off again: a push works once the registry listens.
    QTRY_VERIFY_WITH_TIMEOUT((result = push(doomedLayout, QStringLiteral("doomed/app:v2"))).ok(), 20000);

    QVERIFY(!finishedJob(again.down()));
    QVERIFY(!registryRunningIn(dir));
    QCOMPARE(QFileInfo(dir).permissions() & 0x0077, QFileDevice::Permissions()); // created private

    // A directory the user already had keeps its permissions (never chmod someone's /tmp or home).
    const auto existing = m_dir.filePath(QStringLiteral("existing"));
    QVERIFY(QDir().mkpath(existing));
    const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(existing, open));
    Sandbox other(existing);
    const auto otherError = finishedJob(other.up());
    QVERIFY2(!otherError, qPrintable(otherError.message()));
    QVERIFY(!finishedJob(other.down()));
    QCOMPARE(QFileInfo(existing).permissions() & open, open);
}

QTEST_GUILESS_MAIN(TestBundleSandbox)
#include "TestBundleSandbox.moc"
