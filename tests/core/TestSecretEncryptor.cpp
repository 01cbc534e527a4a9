// Zuul secret encryption, decrypted again by the openssl CLI with the private key, chunk by chunk.
#include "TestProcess.h"
#include "admin/DeploymentBundle.h"
#include "zuul/SecretEncryptor.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestSecretEncryptor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripsThroughOpenssl_data();
    void roundTripsThroughOpenssl();
    void keepsUtf8CharactersWhole();
    void writesZuulClientLayout();
    void refusesUnsuitableKeys();
    void bundleSecretDecrypts();
    void cliEncryptsStandardInput();

private:
    QString decrypt(const QString& key, const QList<QByteArray>& chunks);
    static QList<QByteArray> chunksOf(const QByteArray& yaml);
    QTemporaryDir m_dir;
};

void TestSecretEncryptor::initTestCase()
{
    for (const auto* bits : {"2048", "4096"}) {
        const auto key = m_dir.filePath(QStringLiteral("rsa%1.key").arg(QLatin1String(bits)));
        auto result = TestProcess::run(
            QStringLiteral("openssl"),
            {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
             QStringLiteral("rsa_keygen_bits:") + QLatin1String(bits), QStringLiteral("-out"), key});
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        result = TestProcess::run(QStringLiteral("openssl"),
                                  {QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-pubout"),
                                   QStringLiteral("-out"), key + QStringLiteral(".pub")});
        QVERIFY2(result.ok(), qPrintable(result.describe()));
    }
}

QString TestSecretEncryptor::decrypt(const QString& key, const QList<QByteArray>& chunks)
{
    QByteArray plaintext;
    for (const auto& chunk : chunks) {
        const auto result = TestProcess::run(
            QStringLiteral("openssl"),
            {QStringLiteral("pkeyutl"), QStringLiteral("-decrypt"), QStringLiteral("-inkey"), key,
             QStringLiteral("-pkeyopt"), QStringLiteral("rsa_padding_mode:oaep"), QStringLiteral("-pkeyopt"),
             QStringLiteral("rsa_oaep_md:sha1"), QStringLiteral("-pkeyopt"), QStringLiteral("rsa_mgf1_md:sha1")},
            10000, QByteArray::fromBase64(chunk));
        if (!result.ok()) {
            return QStringLiteral("<decryption failed: %1>").arg(result.describe());
        }
        // Each chunk must be valid UTF-8 on its own: Zuul decodes them one by one.
        if (QString::fromUtf8(result.out).toUtf8() != result.out) {
            return QStringLiteral("<a chunk is not UTF-8 on its own>");
        }
        plaintext += result.out;
    }
    return QString::fromUtf8(plaintext);
}

QList<QByteArray> TestSecretEncryptor::chunksOf(const QByteArray& yaml)
{
    // Reassemble "- <base64>" items and their continuation lines.
    QList<QByteArray> chunks;
    for (const auto& line : yaml.split('\n')) {
        const auto trimmed = line.trimmed();
        if (trimmed.startsWith("- ") && line.startsWith("        - ")) {
            chunks << trimmed.mid(2);
        } else if (line.startsWith("          ") && !chunks.isEmpty()) {
            chunks.last() += trimmed;
        }
    }
    return chunks;
}

void TestSecretEncryptor::roundTripsThroughOpenssl_data()
{
    QTest::addColumn<QString>("bits");
    QTest::addColumn<QString>("plaintext");
    QTest::addColumn<int>("chunks");
    QTest::newRow("ascii 2048") << "2048" << QStringLiteral("  hunter2-registry-password\n") << 1;
    QTest::newRow("ascii 4096") << "4096" << QStringLiteral("hunter2") << 1;
    // 300 three-byte characters: 900 bytes, several chunks of at most 214 (2048) or 470 (4096) bytes.
    QTest::newRow("multibyte 2048") << "2048" << QString(300, QChar(0x20AC)) << 5;
    QTest::newRow("multibyte 4096") << "4096" << QString(300, QChar(0x20AC)) + QStringLiteral("é") << 2;
}

void TestSecretEncryptor::roundTripsThroughOpenssl()
{
    QFETCH(QString, bits);
    QFETCH(QString, plaintext);
    QFETCH(int, chunks);
    QFile pub(m_dir.filePath(QStringLiteral("rsa%1.key.pub").arg(bits)));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QString error;
    const auto encryptor = SecretEncryptor::fromPublicKeyPem(pub.readAll(), &error);
    QVERIFY2(encryptor, qPrintable(error));
    QCOMPARE(encryptor->keyBits(), bits.toInt());
    const auto encrypted = encryptor->encrypt(plaintext, true, &error);
    QVERIFY2(encrypted, qPrintable(error));
    QCOMPARE(encrypted->size(), chunks);
    QCOMPARE(decrypt(m_dir.filePath(QStringLiteral("rsa%1.key").arg(bits)), *encrypted), plaintext.trimmed());
    // And the same through the YAML, as Zuul will read it.
    const auto yaml = SecretEncryptor::secretYaml(QStringLiteral("site-intermediate-registry"),
                                                  QStringLiteral("password"), *encrypted);
    QCOMPARE(chunksOf(yaml), *encrypted);
}

void TestSecretEncryptor::keepsUtf8CharactersWhole()
{
    const QByteArray text = QString(10, QChar(0x20AC)).toUtf8(); // 30 bytes, 3 per character
    const auto pieces = SecretEncryptor::splitUtf8(text, 8);
    QCOMPARE(pieces.size(), 5); // 6 bytes each: 8 would cut a character
    for (const auto& piece : pieces) {
        QCOMPARE(piece.size(), 6);
    }
    QCOMPARE(pieces.join(), text);
}

void TestSecretEncryptor::writesZuulClientLayout()
{
    const QList<QByteArray> chunks{QByteArray(684, 'A'), QByteArray(10, 'B')};
    const auto yaml = SecretEncryptor::secretYaml(QStringLiteral("name"), QStringLiteral("password"), chunks);
    const auto lines = yaml.split('\n');
    QCOMPARE(lines[0], QByteArray("- secret:"));
    QCOMPARE(lines[1], QByteArray("    name: name"));
    QCOMPARE(lines[2], QByteArray("    data:"));
    QCOMPARE(lines[3], QByteArray("      password: !encrypted/pkcs1-oaep"));
    QVERIFY(lines[4].startsWith("        - AAAA"));
    for (const auto& line : lines) {
        QVERIFY2(line.size() <= 79, line.constData());
    }
    QCOMPARE(lines[4].size(), 79);
    QVERIFY(lines[5].startsWith(QByteArray(10, ' ') + 'A'));
    QCOMPARE(chunksOf(yaml), chunks);
}

void TestSecretEncryptor::refusesUnsuitableKeys()
{
    QString error;
    QVERIFY(!SecretEncryptor::fromPublicKeyPem("garbage", &error));
    QVERIFY(error.contains(QLatin1String("not a PEM public key")));
    auto ec = TestProcess::run(QStringLiteral("openssl"),
                               {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")});
    auto ecPub =
        TestProcess::run(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-pubout")}, 10000, ec.out);
    QVERIFY(!SecretEncryptor::fromPublicKeyPem(ecPub.out, &error));
    QVERIFY2(error.contains(QLatin1String("RSA")), qPrintable(error));
    auto small = TestProcess::run(QStringLiteral("openssl"),
                                  {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                                   QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:1024")});
    auto smallPub = TestProcess::run(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-pubout")},
                                     10000, small.out);
    QVERIFY(!SecretEncryptor::fromPublicKeyPem(smallPub.out, &error));
    QVERIFY2(error.contains(QLatin1String("1024 bits")), qPrintable(error));
}

void TestSecretEncryptor::bundleSecretDecrypts()
{
    QFile pub(m_dir.filePath(QStringLiteral("rsa4096.key.pub")));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    DeploymentBundle::Request request;
    request.host = QStringLiteral("registry.example.org");
    request.password = QStringLiteral("registry-pw-ü");
    request.bcryptCost = 4;
    request.zuulPublicKeyPem = pub.readAll();
    QString error;
    const auto dir = m_dir.filePath(QStringLiteral("bundle"));
    QVERIFY2(DeploymentBundle::write(dir, request, &error), qPrintable(error));
    QFile secret(dir + QStringLiteral("/zuul-secret.yaml"));
    QVERIFY(secret.open(QIODevice::ReadOnly));
    const auto yaml = secret.readAll();
    QVERIFY(!yaml.contains("registry-pw"));
    QVERIFY(!yaml.contains("ENCRYPT-ME"));
    QCOMPARE(decrypt(m_dir.filePath(QStringLiteral("rsa4096.key")), chunksOf(yaml)), request.password);
}

void TestSecretEncryptor::cliEncryptsStandardInput()
{
    const auto key = m_dir.filePath(QStringLiteral("rsa2048.key"));
    const auto result = TestProcess::run(QStringLiteral(REGISTRYDESK_CLI),
                                         {QStringLiteral("zuul"), QStringLiteral("encrypt"),
                                          QStringLiteral("--public-key"), key + QStringLiteral(".pub"),
                                          QStringLiteral("--secret-name"), QStringLiteral("site-intermediate-registry"),
                                          QStringLiteral("--field-name"), QStringLiteral("password")},
                                         30000, "  from stdin  \n");
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY(result.out.startsWith("- secret:\n    name: site-intermediate-registry\n"));
    QCOMPARE(decrypt(key, chunksOf(result.out)), QStringLiteral("from stdin"));
    const auto refused = TestProcess::run(QStringLiteral(REGISTRYDESK_CLI),
                                          {QStringLiteral("zuul"), QStringLiteral("encrypt"),
                                           QStringLiteral("--public-key"), key, QStringLiteral("--secret-name"),
                                           QStringLiteral("s"), QStringLiteral("--field-name"), QStringLiteral("f")},
                                          30000, "x");
    QCOMPARE(refused.exitCode, 1); // a private key file is not a public key
}

QTEST_GUILESS_MAIN(TestSecretEncryptor)
#include "TestSecretEncryptor.moc"
