#include "registry/Reference.h"
#include "registry/TokenCache.h"

#include <QTest>

class TestReference : public QObject
{
    Q_OBJECT
private slots:
    void parsesValid_data();
    void parsesValid();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void repositoryOnly();
    void validatorsAnchorAtTheVeryEnd();
    void registryAddresses_data();
    void registryAddresses();
};

void TestReference::parsesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<QString>("canonical");
    const QString d = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    QTest::newRow("hub one part") << "alpine"
                                  << "registry-1.docker.io"
                                  << "library/alpine"
                                  << "latest"
                                  << ""
                                  << "docker.io/library/alpine:latest";
    QTest::newRow("hub two parts") << "zuul/zuul:8.0"
                                   << "registry-1.docker.io"
                                   << "zuul/zuul"
                                   << "8.0"
                                   << ""
                                   << "docker.io/zuul/zuul:8.0";
    QTest::newRow("docker.io explicit") << "docker.io/alpine"
                                        << "registry-1.docker.io"
                                        << "library/alpine"
                                        << "latest"
                                        << ""
                                        << "docker.io/library/alpine:latest";
    QTest::newRow("index.docker.io") << "index.docker.io/library/alpine:3"
                                     << "registry-1.docker.io"
                                     << "library/alpine"
                                     << "3"
                                     << ""
                                     << "docker.io/library/alpine:3";
    QTest::newRow("host port") << "127.0.0.1:5000/zuul/app:abc_latest"
                               << "127.0.0.1:5000"
                               << "zuul/app"
                               << "abc_latest"
                               << ""
                               << "127.0.0.1:5000/zuul/app:abc_latest";
    QTest::newRow("host port no tag") << "registry.example.org:5000/app"
                                      << "registry.example.org:5000"
                                      << "app"
                                      << "latest"
                                      << ""
                                      << "registry.example.org:5000/app:latest";
    QTest::newRow("localhost") << "localhost/app"
                               << "localhost"
                               << "app"
                               << "latest"
                               << ""
                               << "localhost/app:latest";
    QTest::newRow("ipv6") << "[::1]:5000/x:1"
                          << "[::1]:5000"
                          << "x"
                          << "1"
                          << ""
                          << "[::1]:5000/x:1";
    QTest::newRow("digest") << QStringLiteral("quay.io/a/b@") + d << "quay.io"
                            << "a/b"
                            << "" << d << QStringLiteral("quay.io/a/b@") + d;
    QTest::newRow("tag and digest") << QStringLiteral("quay.io/a/b:t@") + d << "quay.io"
                                    << "a/b"
                                    << "t" << d << QStringLiteral("quay.io/a/b:t@") + d;
    QTest::newRow("separators") << "h.io/a__b/c-d--e/f.g_h:v1.2-3_x"
                                << "h.io"
                                << "a__b/c-d--e/f.g_h"
                                << "v1.2-3_x"
                                << ""
                                << "h.io/a__b/c-d--e/f.g_h:v1.2-3_x";
    QTest::newRow("http prefix") << "http://127.0.0.1:5000/app"
                                 << "http://127.0.0.1:5000"
                                 << "app"
                                 << "latest"
                                 << ""
                                 << "http://127.0.0.1:5000/app:latest";
    QTest::newRow("uppercase host") << "Registry.Example.ORG/app"
                                    << "registry.example.org"
                                    << "app"
                                    << "latest"
                                    << ""
                                    << "registry.example.org/app:latest";
    // Upper case alone makes "Registry" a host; printed in lower case it needs the scheme to stay one.
    QTest::newRow("dotless upper-case host") << "Registry/app"
                                             << "registry"
                                             << "app"
                                             << "latest"
                                             << ""
                                             << "https://registry/app:latest";
}

void TestReference::parsesValid()
{
    QFETCH(QString, text);
    QString error;
    const auto ref = Reference::parse(text, &error);
    QVERIFY2(ref.has_value(), qPrintable(error));
    QFETCH(QString, registry);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    QFETCH(QString, digest);
    QFETCH(QString, canonical);
    QCOMPARE(ref->registry().isPlainHttp() ? QStringLiteral("http://") + ref->registry().hostPort()
                                           : ref->registry().hostPort(),
             registry);
    QCOMPARE(ref->repository(), repository);
    QCOMPARE(ref->tag(), tag);
    QCOMPARE(ref->digest().toString(), digest);
    QCOMPARE(ref->toString(), canonical);
    QCOMPARE(ref->manifestReference(), digest.isEmpty() ? tag : digest);
    // What is printed reads back as the same reference.
    const auto again = Reference::parse(ref->toString());
    QVERIFY(again.has_value());
    QCOMPARE(again->toString(), canonical);
}

void TestReference::rejectsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("because");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("upper path") << "h.io/App"
                                << "repository";
    QTest::newRow("double slash") << "h.io//app"
                                  << "repository";
    QTest::newRow("trailing sep") << "h.io/app-"
                                  << "repository";
    QTest::newRow("bad tag") << "h.io/app:-x"
                             << "tag";
    QTest::newRow("long tag") << QStringLiteral("h.io/app:") + QString(129, QLatin1Char('a')) << "tag";
    QTest::newRow("short digest") << "h.io/app@sha256:abc"
                                  << "digest";
    QTest::newRow("upper digest") << QStringLiteral("h.io/app@sha256:") + QString(64, QLatin1Char('A')) << "digest";
    QTest::newRow("md5 digest") << QStringLiteral("h.io/app@md5:") + QString(32, QLatin1Char('a')) << "digest";
    QTest::newRow("traversal digest") << "h.io/app@sha256:../../etc/passwd"
                                      << "digest";
    QTest::newRow("port zero") << "h.io:0/app"
                               << "registry";
    QTest::newRow("port huge") << "h.io:70000/app"
                               << "registry";
    QTest::newRow("bad host") << "-h.io/app"
                              << "registry";
    QTest::newRow("space") << "h.io/ap p"
                           << "white space";
    // Found by fuzzing: a control character after the scheme once reached a null optional.
    QTest::newRow("control after scheme") << "http://\rt/t"
                                          << "control characters";
    QTest::newRow("newline in tag") << "h.io/app:la\ntest"
                                    << "white space";
    QTest::newRow("scheme only") << "https://h.io"
                                 << "repository";
    QTest::newRow("bad ipv6") << "[zz::1]:5000/x"
                              << "registry";
}

void TestReference::rejectsInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, because);
    QString error;
    QVERIFY(!Reference::parse(text, &error).has_value());
    QVERIFY2(error.contains(QLatin1String("invalid image reference")), qPrintable(error));
    QVERIFY2(error.contains(because, Qt::CaseInsensitive) || because == QLatin1String("empty"), qPrintable(error));
}

// Found by fuzzing: a pattern ending in '$' also matches before a final newline, so "latest\n" passed as a tag
// and a token with a newline as a token. Every validator now anchors at the very end.
void TestReference::validatorsAnchorAtTheVeryEnd()
{
    QVERIFY(Reference::isValidTag(QStringLiteral("latest")));
    QVERIFY(!Reference::isValidTag(QStringLiteral("latest\n")));
    QVERIFY(!Reference::isValidRepositoryPath(QStringLiteral("zuul/app\n")));
    QVERIFY(!RegistryAddress::isValidHostPort(QStringLiteral("h.io\n")));
    QVERIFY(!RegistryAddress::isValidHostPort(QStringLiteral("h.io:5000\n")));
    QVERIFY(BearerToken::parse(R"({"token":"abc.def"})").has_value());
    QVERIFY(!BearerToken::parse(R"({"token":"abc.def\n"})").has_value());
    QVERIFY(!BearerToken::parse(R"({"access_token":"abc\r\nX-Injected: 1"})").has_value());
    QVERIFY(!Reference::parse(QStringLiteral("h.io/app:la\ntest")).has_value());
}

void TestReference::repositoryOnly()
{
    QString error;
    const auto repo = Reference::parseRepository(QStringLiteral("127.0.0.1:5000/zuul/app"), &error);
    QVERIFY2(repo.has_value(), qPrintable(error));
    QCOMPARE(repo->repository(), QStringLiteral("zuul/app"));
    QVERIFY(repo->tag().isEmpty());
    QVERIFY(!Reference::parseRepository(QStringLiteral("127.0.0.1:5000/zuul/app:latest"), &error));
    QVERIFY(error.contains(QLatin1String("no tag")));
}

void TestReference::registryAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("base");
    QTest::newRow("host port") << "127.0.0.1:5000" << true << "https://127.0.0.1:5000";
    QTest::newRow("ipv6") << "[::1]:5000" << true << "https://[::1]:5000";
    QTest::newRow("http") << "http://localhost:5000" << true << "http://localhost:5000";
    QTest::newRow("docker.io") << "docker.io" << true << "https://registry-1.docker.io";
    QTest::newRow("trailing slash") << "https://quay.io/" << true << "https://quay.io";
    QTest::newRow("path") << "quay.io/v2" << false << "";
    QTest::newRow("garbage") << "::" << false << "";
    QTest::newRow("userinfo") << "user:pw@h.io" << false << "";
}

void TestReference::registryAddresses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, base);
    QString error;
    const auto address = RegistryAddress::parse(text, &error);
    QCOMPARE(address.has_value(), valid);
    if (valid) {
        QCOMPARE(address->baseUrl().toString(), base);
    } else {
        QVERIFY(error.contains(QLatin1String("invalid registry")));
    }
}

QTEST_GUILESS_MAIN(TestReference)
#include "TestReference.moc"
