// The promises about secrets and files, each held by a run of the real command line:
// - a password, a bearer token and a Zuul plaintext never appear in a file the program writes (settings,
//   caches, temporary files), in its output or verbose HTTP trace, or in any process's arguments while it runs;
//   the keychain is the only place the password is stored;
// - the processes cannot write core files, and a crash in the middle of an operation prints no secret;
// - an htpasswd file, an auth.json and a deployment bundle interrupted mid-save (the process killed by
//   SIGXFSZ while writing) leave the old file exactly as it was, and keys are never readable by others.
#include "FaultServer.h"
#include "RegistryProcess.h"
#include "TestImage.h"
#include "TestProcess.h"
#include "TokenServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Watches every process's command line while the runs happen (a std::thread: the runs block the event loop).
class ArgumentWatch
{
public:
    explicit ArgumentWatch(QList<QByteArray> secrets)
        : m_secrets(std::move(secrets))
        , m_thread([this] { watch(); })
    {
    }
    ~ArgumentWatch()
    {
        m_stop = true;
        m_thread.join();
    }
    QStringList findings() const
    {
        const std::lock_guard lock(m_mutex);
        return m_findings;
    }
    int scans() const { return m_scans; }

private:
    void watch()
    {
        while (!m_stop) {
            const auto pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (const auto& pid : pids) {
                if (!pid.front().isDigit()) {
                    continue;
                }
                const auto arguments = readFile(u"/proc/"_s + pid + u"/cmdline"_s);
                for (const auto& secret : m_secrets) {
                    if (arguments.contains(secret)) {
                        const std::lock_guard lock(m_mutex);
                        m_findings << QString::fromUtf8(arguments).replace(QChar(), u' ');
                    }
                }
            }
            ++m_scans;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }

    QList<QByteArray> m_secrets;
    std::atomic_bool m_stop{false};
    std::atomic_int m_scans{0};
    mutable std::mutex m_mutex;
    QStringList m_findings;
    std::thread m_thread;
};

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullRunLeavesNoSecretBehind();
    void processesWriteNoCoreFiles();
    void crashMidOperationPrintsNoSecret();
    void interruptedSaveKeepsTheOldFile_data();
    void interruptedSaveKeepsTheOldFile();
    void interruptedBundleNeverExposesAKey();

private:
    QProcessEnvironment environment() const;
    TestProcess::Result cli(const QStringList& arguments, const QByteArray& input = {});
    TestProcess::Result cliWithFileLimit(int kib, const QStringList& arguments, const QByteArray& input);
    QStringList secretForms(const QByteArray& secret) const;

    QTemporaryDir m_root;
    QString m_home;
    QString m_tmp;
    std::unique_ptr<RegistryProcess> m_registry;
    std::unique_ptr<RegistryProcess> m_bearer;
    QString m_publicKey;
};

QProcessEnvironment TestSecretHygiene::environment() const
{
    auto env = TestProcess::isolatedEnvironment(m_home);
    env.insert(u"TMPDIR"_s, m_tmp);
    env.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, m_home + u"/.cache"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
    return env;
}

TestProcess::Result TestSecretHygiene::cli(const QStringList& arguments, const QByteArray& input)
{
    return TestProcess::run(QStringLiteral(REGISTRYDESK_CLI), arguments, 120'000, input, environment());
}

TestProcess::Result TestSecretHygiene::cliWithFileLimit(int kib, const QStringList& arguments, const QByteArray& input)
{
    // ulimit -f counts 1024-byte blocks; writing past it raises SIGXFSZ, which kills the process mid-write.
    return TestProcess::run(
        u"bash"_s,
        QStringList{u"-c"_s, u"ulimit -f %1; exec \"$0\" \"$@\""_s.arg(kib), QStringLiteral(REGISTRYDESK_CLI)} +
            arguments,
        120'000, input, environment());
}

// The secret as it might leak: as is, in Basic credentials, base64 and percent-encoded.
QStringList TestSecretHygiene::secretForms(const QByteArray& secret) const
{
    return {QString::fromUtf8(secret), QString::fromLatin1(secret.toBase64()),
            QString::fromLatin1((m_registry->username().toUtf8() + ':' + secret).toBase64()),
            QString::fromLatin1(secret.toPercentEncoding())};
}

void TestSecretHygiene::initTestCase()
{
    m_home = m_root.filePath(u"home"_s);
    m_tmp = m_root.filePath(u"tmp"_s);
    QVERIFY(QDir().mkpath(m_home) && QDir().mkpath(m_tmp));
    RegistryProcess::Options options;
    options.password = u"Hygiene-Pass-7f3a9c"_s;
    m_registry = std::make_unique<RegistryProcess>(options);
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    RegistryProcess::Options bearer;
    bearer.auth = RegistryProcess::AuthMode::Token;
    bearer.password = u"Bearer-Pass-51e2d0"_s;
    m_bearer = std::make_unique<RegistryProcess>(bearer);
    QVERIFY2(m_bearer->start(&error), qPrintable(error));

    TestImage image;
    image.addLayer({TestImage::Entry(u"etc/motd"_s, "secrets stay home\n")});
    const auto layout = image.writeLayout(m_root.filePath(u"img"_s), u"latest"_s, &error);
    QVERIFY2(
        TestImage::pushWithSkopeo(layout, m_registry->hostPort() + u"/zuul/app:latest"_s, *m_registry, nullptr, &error),
        qPrintable(error));
    QVERIFY2(
        TestImage::pushWithSkopeo(layout, m_bearer->hostPort() + u"/zuul/app:latest"_s, *m_bearer, nullptr, &error),
        qPrintable(error));
    m_publicKey = m_root.filePath(u"project.pub"_s);
    const auto key =
        TestProcess::run(u"openssl"_s, {u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s,
                                        u"rsa_keygen_bits:2048"_s, u"-out"_s, m_root.filePath(u"k.pem"_s)});
    QVERIFY(key.ok());
    QVERIFY(TestProcess::run(u"openssl"_s,
                             {u"pkey"_s, u"-in"_s, m_root.filePath(u"k.pem"_s), u"-pubout"_s, u"-out"_s, m_publicKey})
                .ok());
}

void TestSecretHygiene::fullRunLeavesNoSecretBehind()
{
    const QByteArray password = m_registry->password().toUtf8();
    const QByteArray bearerPassword = m_bearer->password().toUtf8();
    const QByteArray zuulPlaintext = "zuul-plaintext-c0ffee-4711";
    const QByteArray bundlePassword = "Bundle-Pass-9d8e7f";
    const QByteArray htpasswdPassword = "Htpasswd-Pass-a1b2c3";
    const QList<QByteArray> secrets{password, bearerPassword, zuulPlaintext, bundlePassword, htpasswdPassword};
    const auto reg = m_registry->hostPort();
    const auto bearer = m_bearer->hostPort();
    const auto certs = QStringList{u"--certs-dir"_s, m_registry->certsDir()};
    const auto bearerCerts = QStringList{u"--certs-dir"_s, m_bearer->certsDir()};

    QList<TestProcess::Result> runs;
    {
        ArgumentWatch watch(secrets);
        runs << cli(certs +
                        QStringList{u"login"_s, reg, u"--username"_s, m_registry->username(), u"--password-stdin"_s},
                    password + '\n');
        runs << cli(bearerCerts +
                        QStringList{u"login"_s, bearer, u"--username"_s, m_bearer->username(), u"--password-stdin"_s},
                    bearerPassword + '\n');
        runs << cli(certs + QStringList{u"-v"_s, u"catalog"_s, reg});
        runs << cli(certs + QStringList{u"-v"_s, u"copy"_s, reg + u"/zuul/app:latest"_s, reg + u"/zuul/copy:1"_s});
        runs << cli(certs + QStringList{u"-v"_s, u"promote"_s, reg + u"/zuul/copy:1"_s, u"promoted"_s});
        runs << cli(bearerCerts + QStringList{u"-v"_s, u"inspect"_s, bearer + u"/zuul/app:latest"_s});
        runs << cli(bearerCerts +
                    QStringList{u"-v"_s, u"copy"_s, bearer + u"/zuul/app:latest"_s, bearer + u"/zuul/copy:1"_s});
        runs << cli(certs + QStringList{u"-v"_s, u"diff"_s, reg + u"/zuul/app:latest"_s, reg + u"/zuul/copy:1"_s});
        runs << cli({u"zuul"_s, u"encrypt"_s, u"--public-key"_s, m_publicKey, u"--secret-name"_s, u"site-registry"_s,
                     u"--field-name"_s, u"password"_s},
                    zuulPlaintext);
        runs << cli({u"bundle"_s, u"create"_s, u"--out-dir"_s, m_home + u"/bundle"_s, u"--host"_s,
                     u"registry.example"_s, u"--username"_s, u"zuul"_s, u"--password-stdin"_s, u"--public-key"_s,
                     m_publicKey},
                    bundlePassword + '\n');
        runs << cli({u"htpasswd"_s, u"set"_s, m_home + u"/htpasswd"_s, u"admin"_s, u"--cost"_s, u"4"_s},
                    htpasswdPassword + '\n');
        runs << cli({u"htpasswd"_s, u"verify"_s, m_home + u"/htpasswd"_s, u"admin"_s}, htpasswdPassword + '\n');
        QVERIFY2(watch.scans() > 10, "the argument watch did not run");
        QVERIFY2(watch.findings().isEmpty(), qPrintable(watch.findings().join(u'\n')));
    }
    // Bearer tokens the token service issued are secrets too.
    auto allSecrets = secrets;
    allSecrets += m_bearer->tokenServer()->issuedTokens();
    QVERIFY(allSecrets.size() > secrets.size());
    for (const auto& run : std::as_const(runs)) {
        QVERIFY2(run.ok(), run.err.constData());
        for (const auto& secret : std::as_const(allSecrets)) {
            for (const auto& form : secretForms(secret)) {
                QVERIFY2(!run.out.contains(form.toUtf8()) && !run.err.contains(form.toUtf8()),
                         qPrintable(u"a secret in the output: "_s + QString::fromUtf8(run.err)));
            }
        }
    }
    // The trace was there (so the check above looked at something), with its credentials redacted.
    QVERIFY(runs[2].err.contains("GET") && runs[2].err.contains("Authorization"));

    // No file anywhere under HOME or TMPDIR holds a secret, in any form.
    int files = 0;
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto path = it.next();
        if (!path.startsWith(m_home) && !path.startsWith(m_tmp)) {
            continue;
        }
        ++files;
        const auto content = readFile(path);
        for (const auto& secret : std::as_const(allSecrets)) {
            for (const auto& form : secretForms(secret)) {
                QVERIFY2(!content.contains(form.toUtf8()), qPrintable(u"%1 holds a secret"_s.arg(path)));
            }
        }
    }
    QVERIFY(files >= 5); // settings, the index cache, the bundle, the htpasswd file
    QVERIFY(QDir(m_tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    // The runs logged in with nothing but the keychain: HOME has no auth file of any kind.
    QVERIFY(!QFile::exists(m_home + u"/.docker/config.json"_s));
    QVERIFY(!QFile::exists(m_home + u"/.config/containers/auth.json"_s));
}

void TestSecretHygiene::processesWriteNoCoreFiles()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(REGISTRYDESK_CLI),
                  {u"--certs-dir"_s, m_registry->certsDir(), u"login"_s, m_registry->hostPort(), u"--username"_s,
                   u"zuul"_s, u"--password-stdin"_s});
    QVERIFY(process.waitForStarted());
    // Waiting for the password on stdin: its limits are those it runs with.
    QTest::qWait(300);
    const auto limits = readFile(u"/proc/%1/limits"_s.arg(process.processId()));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30'000));
    const auto line = QString::fromLatin1(limits).split(u'\n').filter(u"Max core file size"_s).value(0);
    QVERIFY2(line.simplified().startsWith(u"Max core file size 0 0"_s), qPrintable(line));
}

void TestSecretHygiene::crashMidOperationPrintsNoSecret()
{
    FaultedRegistry faulted;
    QString error;
    QVERIFY2(faulted.start(m_root.filePath(u"front"_s), FaultServer::Profile::Registry, &error), qPrintable(error));
    FaultServer::Rule stall;
    stall.fault = FaultServer::Fault::Stall;
    stall.stallMs = 20'000;
    stall.times = -1;
    stall.path = QRegularExpression(u"^/v2/$"_s);
    faulted.front->addRule(stall);
    const auto certs = m_root.filePath(u"front-certs"_s);
    QVERIFY(QDir().mkpath(certs + u'/' + faulted.front->hostPort()));
    QVERIFY(QFile::copy(faulted.caCert(), certs + u'/' + faulted.front->hostPort() + u"/ca.crt"_s));

    const QByteArray secret = "Crash-Pass-0e1d2c";
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_tmp);
    process.start(QStringLiteral(REGISTRYDESK_CLI), {u"--certs-dir"_s, certs, u"login"_s, faulted.front->hostPort(),
                                                     u"--username"_s, u"zuul"_s, u"--password-stdin"_s});
    QVERIFY(process.waitForStarted());
    process.write(secret + '\n');
    process.closeWriteChannel();
    // It has read the password and waits on the stalled registry: crash it there.
    QTRY_VERIFY_WITH_TIMEOUT(faulted.front->hits(FaultServer::Fault::Stall) >= 1, 10'000);
    ::kill(static_cast<pid_t>(process.processId()), SIGSEGV);
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    const auto output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(!output.contains(secret) && !output.contains(secret.toBase64()), output.constData());
    const auto left = QDir(m_tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s))); // no core file, no temporary file
}

void TestSecretHygiene::interruptedSaveKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("htpasswd") << u"htpasswd"_s;
    QTest::newRow("auth.json") << u"authfile"_s;
}

void TestSecretHygiene::interruptedSaveKeepsTheOldFile()
{
    QFETCH(QString, kind);
    const auto path = m_root.filePath(u"interrupted-"_s + kind);
    QByteArray original;
    QStringList arguments;
    QByteArray input;
    if (kind == u"htpasswd"_s) {
        // Sixty users: about 4 KiB, more than the 1 KiB the writer may write.
        for (int i = 0; i < 60; ++i) {
            original +=
                "user" + QByteArray::number(i) + ":$2y$04$abcdefghijklmnopqrstuu5Ry5P9Av1l2SVM0hc6LyD4GIwoBE9yG\n";
        }
        arguments = {u"htpasswd"_s, u"set"_s, path, u"newuser"_s, u"--cost"_s, u"4"_s};
        input = "new-password\n";
    } else {
        original = "{\"auths\":{";
        for (int i = 0; i < 60; ++i) {
            original += "\"host" + QByteArray::number(i) + ".example:5000\":{\"auth\":\"dXNlcjpwYXNzd29yZA==\"},";
        }
        original += "\"last.example\":{\"auth\":\"dXNlcjpwYXNzd29yZA==\"}}}";
        arguments = {u"--certs-dir"_s,       m_registry->certsDir(), u"login"_s,
                     m_registry->hostPort(), u"--username"_s,        m_registry->username(),
                     u"--password-stdin"_s,  u"--authfile"_s,        path};
        input = m_registry->password().toUtf8() + '\n';
    }
    QVERIFY(writeFile(path, original));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const auto before = QFileInfo(path).permissions();

    const auto result = cliWithFileLimit(1, arguments, input);
    QVERIFY2(!result.ok(), "the writer was not interrupted");
    QCOMPARE(readFile(path), original);
    QCOMPARE(QFileInfo(path).permissions(), before);
    // Without the limit the same save goes through, and keeps the file private.
    const auto again = cli(arguments, input);
    QVERIFY2(again.ok(), again.err.constData());
    QVERIFY(readFile(path) != original);
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestSecretHygiene::interruptedBundleNeverExposesAKey()
{
    const auto out = m_root.filePath(u"interrupted-bundle"_s);
    const auto result =
        cliWithFileLimit(1,
                         {u"bundle"_s, u"create"_s, u"--out-dir"_s, out, u"--host"_s, u"registry.example"_s,
                          u"--username"_s, u"zuul"_s, u"--password-stdin"_s, u"--public-key"_s, m_publicKey},
                         "Bundle-Pass-interrupted\n");
    QVERIFY2(!result.ok(), "the bundle was not interrupted");
    // Whatever exists under its final name is complete; what was cut short is a private temporary file.
    QDirIterator it(out, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int temporaries = 0;
    while (it.hasNext()) {
        const auto path = it.next();
        const auto content = readFile(path);
        if (QFileInfo(path).fileName().startsWith(u'.')) {
            ++temporaries;
            QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
        } else if (path.endsWith(u".crt"_s) || path.endsWith(u".key"_s)) {
            QVERIFY2(content.trimmed().endsWith("-----"), qPrintable(path + u" is cut short"_s));
        } else {
            QVERIFY2(!content.isEmpty(), qPrintable(path));
        }
    }
    // Killed by SIGXFSZ, the file being written leaves at most a private temporary (none where the temporary
    // file is unnamed until it is renamed into place, as with O_TMPFILE).
    QVERIFY(temporaries <= 1);
    QVERIFY2(!QFile::exists(out + u"/certs/domain.key"_s) || QFile::exists(out + u"/certs/domain.crt"_s),
             "files appear out of order");
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "TestSecretHygiene.moc"
