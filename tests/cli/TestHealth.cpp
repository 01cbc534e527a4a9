// registrydesk-cli health against a real registry:2 (its test certificate is valid for 30 days), certificate files
// made with the CLI, an htpasswd file and a storage root: exit 1 exactly when a check fails.
#include "RegistryProcess.h"
#include "TestImage.h"
#include "TestProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHealth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registryCertificateAgainstTheDays();
    void certificateFileThatExpiresInTenDays();
    void htpasswdAndStorage();
    void usageErrors();

private:
    TestProcess::Result cli(const QStringList& arguments);

    QTemporaryDir m_dir;
    RegistryProcess m_registry;
};

TestProcess::Result TestHealth::cli(const QStringList& arguments)
{
    return TestProcess::run(QStringLiteral(REGISTRYDESK_CLI),
                            QStringList{u"--certs-dir"_s, m_registry.certsDir()} + arguments, 60000, {},
                            TestProcess::isolatedEnvironment(m_dir.filePath(u"home"_s)));
}

void TestHealth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_registry.start(&error), qPrintable(error));
    TestImage image;
    image.addLayer({TestImage::Entry::randomFile(u"data"_s, 5000, 1)});
    QVERIFY2(TestImage::pushWithSkopeo(image.writeLayout(m_dir.filePath(u"image"_s), u"v1"_s, &error),
                                       m_registry.hostPort() + u"/health/app:v1"_s, m_registry, nullptr, &error),
             qPrintable(error));
}

void TestHealth::registryCertificateAgainstTheDays()
{
    auto result = cli({u"health"_s, m_registry.hostPort(), u"--days"_s, u"40"_s});
    QCOMPARE(result.exitCode, 1); // valid for 30 days: within 40
    QVERIFY2(result.out.contains("FAIL  tls"), result.out.constData());
    QVERIFY2(result.out.contains("expires in"), result.out.constData());
    result = cli({u"health"_s, m_registry.hostPort(), u"--days"_s, u"20"_s});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY(result.out.contains("ok    tls"));
    QVERIFY(result.out.contains("0 checks failed"));
    // Without the test CA the certificate does not verify: a failure too.
    result =
        TestProcess::run(QStringLiteral(REGISTRYDESK_CLI), {u"health"_s, m_registry.hostPort(), u"--days"_s, u"20"_s},
                         60000, {}, TestProcess::isolatedEnvironment(m_dir.filePath(u"home"_s)));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains("FAIL  tls"));
}

void TestHealth::certificateFileThatExpiresInTenDays()
{
    const auto pki = m_dir.filePath(u"pki"_s);
    auto result = cli({u"cert"_s, u"ca"_s, u"--out-dir"_s, pki, u"--days"_s, u"10"_s});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    result = cli({u"--json"_s, u"health"_s, u"--certificate"_s, pki + u"/ca.crt"_s});
    QCOMPARE(result.exitCode, 1);
    const auto json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(u"ok"_s).toBool(), false);
    const auto finding = json.value(u"findings"_s).toArray().first().toObject();
    QCOMPARE(finding.value(u"check"_s).toString(), u"certificate"_s);
    QCOMPARE(finding.value(u"ok"_s).toBool(), false);
    QVERIFY2(finding.value(u"message"_s).toString().contains(u"expires in"_s),
             qPrintable(finding.value(u"message"_s).toString()));
    result = cli({u"health"_s, u"--certificate"_s, pki + u"/ca.crt"_s, u"--days"_s, u"5"_s});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
}

void TestHealth::htpasswdAndStorage()
{
    const auto htpasswd = m_dir.filePath(u"htpasswd"_s);
    QFile file(htpasswd);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("legacy:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\n");
    file.close();
    auto result = cli({u"health"_s, u"--htpasswd"_s, htpasswd});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("FAIL  htpasswd"), result.out.constData());
    QVERIFY2(result.out.contains("line 1: SHA-1 hash"), result.out.constData());
    result = cli({u"health"_s, u"--htpasswd"_s, m_registry.htpasswdFile()});
    QVERIFY2(result.ok(), qPrintable(result.describe()));

    result = cli({u"health"_s, u"--storage"_s, m_registry.dataDir() + u"=1K"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("over its limit of 1.0 KiB"), result.out.constData());
    result = cli({u"health"_s, u"--storage"_s, m_registry.dataDir() + u"=1G"_s});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
}

void TestHealth::usageErrors()
{
    auto result = cli({u"health"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("needs something to check"));
    result = cli({u"health"_s, u"--storage"_s, u"/data=lots"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("ROOT=SIZE"));
    result = cli({u"health"_s, u"--days"_s, u"0"_s, u"--htpasswd"_s, u"x"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--days"));
}

QTEST_GUILESS_MAIN(TestHealth)
#include "TestHealth.moc"
