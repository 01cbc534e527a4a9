#include "credentials/AuthFile.h"
#include "credentials/TrustStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAuthFile : public QObject
{
    Q_OBJECT
private slots:
    void readsDockerAndPodmanKeys();
    void writesWithoutLosingOtherEntries();
    void reportsCorruptFiles();
    void asksCredentialHelpers();
    void trustStoreReadsCertsD();

private:
    static QString write(const QTemporaryDir& dir, const QByteArray& content)
    {
        const auto path = dir.filePath(QStringLiteral("auth.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }
};

void TestAuthFile::readsDockerAndPodmanKeys()
{
    QTemporaryDir dir;
    const auto path = write(dir, R"({"auths":{
        "https://index.docker.io/v1/":{"auth":"aHViOmh1YnB3"},
        "127.0.0.1:5000":{"auth":"enV1bDpwdzpjb2xvbg=="},
        "http://reg.example:8080/":{"identitytoken":"refresh-xyz"}}})");
    QString error;
    const auto file = AuthFile::load(path, &error);
    QVERIFY2(file.has_value(), qPrintable(error));
    const auto hub = file->credentialsFor(RegistryAddress::dockerHub());
    QVERIFY(hub);
    QCOMPARE(hub->username, QStringLiteral("hub"));
    QCOMPARE(hub->secret, QStringLiteral("hubpw"));
    const auto local = file->credentialsFor(*RegistryAddress::parse(QStringLiteral("127.0.0.1:5000")));
    QVERIFY(local);
    QCOMPARE(local->secret, QStringLiteral("pw:colon")); // split at the first ':'
    const auto token = file->credentialsFor(*RegistryAddress::parse(QStringLiteral("reg.example:8080")));
    QVERIFY(token && token->identityToken);
    QVERIFY(!file->credentialsFor(*RegistryAddress::parse(QStringLiteral("127.0.0.1:5001"))));
}

void TestAuthFile::writesWithoutLosingOtherEntries()
{
    QTemporaryDir dir;
    const auto path = write(dir, R"({"auths":{"a.io":{"auth":"eDp5"}},"credHelpers":{"b.io":"pass"},"x-extra":1})");
    QString error;
    auto file = AuthFile::load(path, &error);
    QVERIFY(file);
    file->setCredentials(*RegistryAddress::parse(QStringLiteral("127.0.0.1:5000")), QStringLiteral("zuul"),
                         QStringLiteral("s3cret"));
    QVERIFY2(file->save(&error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(QLatin1String("x-extra")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("credHelpers")).toObject().value(QLatin1String("b.io")).toString(),
             QStringLiteral("pass"));
    QVERIFY(root.value(QLatin1String("auths")).toObject().contains(QLatin1String("a.io")));
    QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const auto reread = AuthFile::load(path, &error);
    QCOMPARE(reread->credentialsFor(*RegistryAddress::parse(QStringLiteral("127.0.0.1:5000")))->secret,
             QStringLiteral("s3cret"));
}

void TestAuthFile::reportsCorruptFiles()
{
    QTemporaryDir dir;
    const auto path = write(dir, "{not json");
    QString error;
    QVERIFY(!AuthFile::load(path, &error));
    QVERIFY2(error.contains(QLatin1String("not valid JSON")), qPrintable(error));
    // A missing file is a new, empty one (a login creates it).
    QVERIFY(AuthFile::load(dir.filePath(QStringLiteral("absent.json")), &error));
}

void TestAuthFile::asksCredentialHelpers()
{
    QTemporaryDir dir;
    // A credential helper speaks a tiny protocol: server URL on stdin, JSON on stdout.
    const auto helper = dir.filePath(QStringLiteral("docker-credential-testhelper"));
    QFile script(helper);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nread server\n[ \"$1\" = get ] || exit 3\n"
                 "if [ \"$server\" = \"127.0.0.1:5000\" ]; then\n"
                 "  printf '{\"ServerURL\":\"%s\",\"Username\":\"helper-user\",\"Secret\":\"helper-pw\"}' \"$server\"\n"
                 "else echo 'credentials not found in native keychain'; exit 1; fi\n");
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("PATH", dir.path().toUtf8() + ':' + qgetenv("PATH"));

    std::optional<RegistryCredentials> found;
    QString message;
    bool done = false;
    AuthFile::queryHelper(QStringLiteral("testhelper"), *RegistryAddress::parse(QStringLiteral("127.0.0.1:5000")), this,
                          [&](std::optional<RegistryCredentials> c, const QString& m) {
                              found = c;
                              message = m;
                              done = true;
                          });
    QTRY_VERIFY(done);
    QVERIFY2(found, qPrintable(message));
    QCOMPARE(found->username, QStringLiteral("helper-user"));
    QCOMPARE(found->secret, QStringLiteral("helper-pw"));

    done = false;
    AuthFile::queryHelper(QStringLiteral("testhelper"), *RegistryAddress::parse(QStringLiteral("other:1")), this,
                          [&](std::optional<RegistryCredentials> c, const QString& m) {
                              found = c;
                              message = m;
                              done = true;
                          });
    QTRY_VERIFY(done);
    QVERIFY(!found);
    QVERIFY2(message.contains(QLatin1String("no credentials")), qPrintable(message));

    done = false;
    AuthFile::queryHelper(QStringLiteral("../evil"), *RegistryAddress::parse(QStringLiteral("other:1")), this,
                          [&](std::optional<RegistryCredentials> c, const QString& m) {
                              found = c;
                              message = m;
                              done = true;
                          });
    QVERIFY(done);
    QVERIFY(message.contains(QLatin1String("invalid credential helper")));
}

void TestAuthFile::trustStoreReadsCertsD()
{
    QTemporaryDir dir;
    const auto registry = *RegistryAddress::parse(QStringLiteral("127.0.0.1:5000"));
    QDir().mkpath(dir.filePath(QStringLiteral("127.0.0.1:5000")));
    QFile bad(dir.filePath(QStringLiteral("127.0.0.1:5000/broken.crt")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
    bad.close();
    RegistryOptions options;
    QStringList problems;
    TrustStore({dir.path()}).apply(registry, options, &problems);
    QVERIFY(options.caCertificates.isEmpty());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("broken.crt")), qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestAuthFile)
#include "TestAuthFile.moc"
