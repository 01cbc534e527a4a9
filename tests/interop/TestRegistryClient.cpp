// RegistryClient against Debian's real docker-registry 2.8.2, with skopeo as the independent client.
#include "JobWait.h"
#include "RegistryProcess.h"
#include "Skopeo.h"
#include "TestImage.h"
#include "TokenServer.h"
#include "registry/BlobJob.h"
#include "registry/ListJob.h"
#include "registry/ManifestJob.h"
#include "registry/PingJob.h"
#include "registry/RegistryClient.h"
#include "registry/UploadJob.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

class TestRegistryClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void pingReportsVersionAndScheme();
    void pingRefusesWrongPassword();
    void pingWithoutCredentialsSaysLogIn();
    void listsCatalogAndTags();
    void manifestDigestsMatchSkopeo_data();
    void manifestDigestsMatchSkopeo();
    void indexShowsItsPlatforms();
    void streamsAndVerifiesBlobs();
    void pushedImageReadsBackWithSkopeo();
    void bearerFlowWithMountNeedingTwoScopes();
    void identityTokenUsesOAuth2Post();
    void headManifestAgreesWithGet();
    void cancelledUploadLeavesNoSession();
    void oversizedManifestIsNotSent();
    void catalogPagesPastMaxEntries();
    void deleteRemovesManifestByDigest();
    void deleteRefusedWhenDisabled();
    void corruptBlobOnDiskIsDetected();
    void missingTagIsNotFound();
    void untrustedCertificateIsRefused();
    void unknownHostIsReported();

private:
    RegistryClient* clientFor(const RegistryProcess& registry, bool trusted = true, bool withCredentials = true);
    static QString layerPath(const RegistryProcess& registry, const QString& digest);

    QTemporaryDir m_work;
    std::unique_ptr<RegistryProcess> m_basic;
    std::unique_ptr<RegistryProcess> m_token;
    TestImage m_image;
    QList<TestImage> m_platforms;
    QString m_ociDigest;
    QString m_dockerDigest;
    QString m_indexDigest;
    QList<RegistryClient*> m_clients;
};

RegistryClient* TestRegistryClient::clientFor(const RegistryProcess& registry, bool trusted, bool withCredentials)
{
    auto* client = new RegistryClient(*RegistryAddress::parse(registry.hostPort()), this);
    RegistryOptions options;
    if (trusted) {
        options.caCertificates = QSslCertificate::fromPath(registry.caFile());
    }
    options.retryBaseDelayMs = 50;
    client->setOptions(options);
    if (withCredentials) {
        client->setCredentials({registry.username(), registry.password(), false});
    }
    m_clients << client;
    return client;
}

void TestRegistryClient::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    if (QTest::currentTestFailed()) {
        m_basic->dumpLogOnFailure();
    }
}

void TestRegistryClient::initTestCase()
{
    QVERIFY(m_work.isValid());
    QString error;
    m_basic = std::make_unique<RegistryProcess>();
    QVERIFY2(m_basic->start(&error), qPrintable(error));
    RegistryProcess::Options tokenOptions;
    tokenOptions.auth = RegistryProcess::AuthMode::Token;
    m_token = std::make_unique<RegistryProcess>(tokenOptions);
    QVERIFY2(m_token->start(&error), qPrintable(error));
    m_token->tokenServer()->setCatalogAccess(m_token->username(), true);

    m_image.addLayer({TestImage::Entry(QStringLiteral("etc/hello.txt"), "hello\n"),
                      TestImage::Entry::directory(QStringLiteral("var/empty"))});
    m_image.addLayer({TestImage::Entry::randomFile(QStringLiteral("opt/data.bin"), 3 * 1024 * 1024, 7)});
    m_image.setLabel(QStringLiteral("org.zuul-ci.change"), QStringLiteral("1234"));
    const auto layout =
        m_image.writeLayout(m_work.filePath(QStringLiteral("single")), QStringLiteral("latest"), &error);
    QVERIFY2(!layout.isEmpty(), qPrintable(error));
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_basic->hostPort() + QStringLiteral("/zuul/app:latest"), *m_basic,
                                       &m_ociDigest, &error),
             qPrintable(error));
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_basic->hostPort() + QStringLiteral("/zuul/docker:latest"), *m_basic,
                                       &m_dockerDigest, &error, {QStringLiteral("--format"), QStringLiteral("v2s2")}),
             qPrintable(error));

    TestImage amd64;
    amd64.addLayer({TestImage::Entry(QStringLiteral("arch"), "amd64\n")});
    TestImage arm64;
    arm64.setPlatform(QStringLiteral("linux"), QStringLiteral("arm64"), QStringLiteral("v8"));
    arm64.addLayer({TestImage::Entry(QStringLiteral("arch"), "arm64\n")});
    m_platforms = {amd64, arm64};
    const auto indexLayout = TestImage::writeIndexLayout(m_work.filePath(QStringLiteral("multi")),
                                                         QStringLiteral("latest"), m_platforms, nullptr, &error);
    QVERIFY2(!indexLayout.isEmpty(), qPrintable(error));
    QVERIFY2(TestImage::pushWithSkopeo(indexLayout, m_basic->hostPort() + QStringLiteral("/zuul/multi:latest"),
                                       *m_basic, &m_indexDigest, &error),
             qPrintable(error));
    QVERIFY(m_ociDigest != m_dockerDigest); // v2s2 conversion makes other bytes
}

void TestRegistryClient::pingReportsVersionAndScheme()
{
    auto* job = clientFor(*m_basic)->ping();
    AWAIT_OK(job);
    QCOMPARE(job->apiVersion(), QStringLiteral("registry/2.0"));
    QCOMPARE(job->authScheme(), QStringLiteral("basic"));

    auto* token = clientFor(*m_token)->ping();
    AWAIT_OK(token);
    QCOMPARE(token->authScheme(), QStringLiteral("bearer"));
}

void TestRegistryClient::pingRefusesWrongPassword()
{
    for (auto* registry : {m_basic.get(), m_token.get()}) {
        auto* client = clientFor(*registry, true, false);
        client->setCredentials({registry->username(), QStringLiteral("wrong-password"), false});
        auto* job = client->ping();
        AWAIT_JOB(job);
        QCOMPARE(job->error().kind(), RegistryError::Kind::Auth);
        QVERIFY2(job->error().message().contains(QStringLiteral("refused the credentials for user zuul")),
                 qPrintable(job->error().message()));
        QVERIFY(!job->error().message().contains(QLatin1String("wrong-password")));
    }
}

void TestRegistryClient::pingWithoutCredentialsSaysLogIn()
{
    auto* job = clientFor(*m_basic, true, false)->ping();
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::Auth);
    QVERIFY2(job->error().message().contains(QLatin1String("log in")), qPrintable(job->error().message()));
}

void TestRegistryClient::listsCatalogAndTags()
{
    auto* client = clientFor(*m_basic);
    auto* catalog = client->catalog();
    AWAIT_OK(catalog);
    for (const auto* name : {"zuul/app", "zuul/docker", "zuul/multi"}) {
        QVERIFY2(catalog->items().contains(QLatin1String(name)), qPrintable(catalog->items().join(QLatin1Char(','))));
    }
    auto* tags = client->tags(QStringLiteral("zuul/app"));
    AWAIT_OK(tags);
    QCOMPARE(tags->items(), QStringList{QStringLiteral("latest")});

    auto* unknown = client->tags(QStringLiteral("zuul/none"));
    AWAIT_JOB(unknown);
    QCOMPARE(unknown->error().kind(), RegistryError::Kind::NotFound);
}

void TestRegistryClient::manifestDigestsMatchSkopeo_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("mediaType");
    QTest::newRow("oci") << "zuul/app"
                         << "application/vnd.oci.image.manifest.v1+json";
    QTest::newRow("docker v2") << "zuul/docker"
                               << "application/vnd.docker.distribution.manifest.v2+json";
    QTest::newRow("oci index") << "zuul/multi"
                               << "application/vnd.oci.image.index.v1+json";
}

void TestRegistryClient::manifestDigestsMatchSkopeo()
{
    QFETCH(QString, repository);
    QFETCH(QString, mediaType);
    const QString expected = repository == QLatin1String("zuul/app")      ? m_ociDigest
                             : repository == QLatin1String("zuul/docker") ? m_dockerDigest
                                                                          : m_indexDigest;
    auto* job = clientFor(*m_basic)->getManifest(repository, QStringLiteral("latest"));
    AWAIT_OK(job);
    QCOMPARE(job->digest().toString(), expected);
    QCOMPARE(job->mediaType(), mediaType);
    // The bytes are kept exactly as served: skopeo sees the same bytes.
    const auto raw =
        Skopeo::inspectRaw(Skopeo::dockerReference(*m_basic, repository + QStringLiteral(":latest")), *m_basic);
    QVERIFY2(raw.ok(), qPrintable(raw.describe()));
    QCOMPARE(job->manifest()->raw(), raw.out);
    QCOMPARE(Digest::ofBytes(job->manifest()->raw()).toString(), expected);

    // Fetching by digest verifies against the digest.
    auto* byDigest = clientFor(*m_basic)->getManifest(repository, expected);
    AWAIT_OK(byDigest);
    QCOMPARE(byDigest->manifest()->raw(), raw.out);
}

void TestRegistryClient::indexShowsItsPlatforms()
{
    auto* job = clientFor(*m_basic)->getManifest(QStringLiteral("zuul/multi"), QStringLiteral("latest"));
    AWAIT_OK(job);
    QVERIFY(job->manifest()->isIndex());
    QStringList platforms;
    for (const auto& child : job->manifest()->manifests()) {
        platforms << child.platform->toString();
    }
    QCOMPARE(platforms, (QStringList{QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64/v8")}));
    const auto arm = job->manifest()->findPlatform(*Platform::parse(QStringLiteral("linux/arm64")));
    QVERIFY(arm);
    QCOMPARE(arm->digest.toString(), m_platforms[1].manifestDigest());
}

void TestRegistryClient::streamsAndVerifiesBlobs()
{
    auto* client = clientFor(*m_basic);
    const auto layer = m_image.layers().last();
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    auto* job = client->getBlob(QStringLiteral("zuul/app"), *Digest::parse(layer.digest), layer.size, &sink);
    qint64 lastProgress = 0;
    connect(job, &RegistryJob::progress, this, [&](qint64 done, qint64) { lastProgress = done; });
    AWAIT_OK(job);
    QCOMPARE(sink.data().size(), layer.size);
    QCOMPARE(Digest::ofBytes(sink.data()).toString(), layer.digest);
    QCOMPARE(lastProgress, layer.size);

    auto* head = client->headBlob(QStringLiteral("zuul/app"), *Digest::parse(layer.digest));
    AWAIT_OK(head);
    QVERIFY(head->exists());
    QCOMPARE(head->size(), layer.size);
    auto* absent = client->headBlob(QStringLiteral("zuul/app"), Digest::ofBytes("not there"));
    AWAIT_OK(absent);
    QVERIFY(!absent->exists());
}

void TestRegistryClient::pushedImageReadsBackWithSkopeo()
{
    // Build an image on disk, then push its blobs and manifest with RegistryClient only.
    TestImage image;
    image.addLayer({TestImage::Entry(QStringLiteral("pushed/by/registrydesk"), "yes\n")});
    image.addLayer({TestImage::Entry::randomFile(QStringLiteral("big.bin"), 2 * 1024 * 1024 + 123, 11)});
    const auto dir = m_work.filePath(QStringLiteral("own"));
    QString error;
    QVERIFY2(!image.writeLayout(dir, QStringLiteral("v1"), &error).isEmpty(), qPrintable(error));
    auto* client = clientFor(*m_basic);
    const QString repository = QStringLiteral("registrydesk/pushed");
    int index = 0;
    QList<TestImage::Blob> blobs = image.layers();
    blobs.prepend({QString(), image.configDigest(), image.configBytes().size(), QString()});
    for (const auto& blob : blobs) {
        QBuffer source;
        source.setData(TestImage::readBlob(dir, blob.digest));
        source.open(QIODevice::ReadOnly);
        UploadOptions options;
        options.chunkSize = (index++ == 2) ? 512 * 1024 : 0; // the big layer goes up in PATCH chunks
        auto* upload = client->uploadBlob(repository, *Digest::parse(blob.digest), blob.size, &source, options);
        AWAIT_OK(upload);
        QVERIFY(!upload->mounted());
    }
    auto* put = client->putManifest(repository, QStringLiteral("v1"), image.manifestBytes(),
                                    QString(TestImage::ociManifestType));
    AWAIT_OK(put);
    QCOMPARE(put->digest().toString(), image.manifestDigest());

    const auto raw =
        Skopeo::inspectRaw(Skopeo::dockerReference(*m_basic, repository + QStringLiteral(":v1")), *m_basic);
    QVERIFY2(raw.ok(), qPrintable(raw.describe()));
    QCOMPARE(raw.out, image.manifestBytes());
    // skopeo copy verifies every blob digest on the way to the OCI layout.
    const auto out = m_work.filePath(QStringLiteral("copied"));
    const auto copy = Skopeo::copy(Skopeo::dockerReference(*m_basic, repository + QStringLiteral(":v1")),
                                   QStringLiteral("oci:") + out + QStringLiteral(":v1"), m_basic.get(), nullptr);
    QVERIFY2(copy.ok(), qPrintable(copy.describe()));
    for (const auto& blob : std::as_const(blobs)) {
        QCOMPARE(TestImage::readBlob(out, blob.digest), TestImage::readBlob(dir, blob.digest));
    }
}

void TestRegistryClient::bearerFlowWithMountNeedingTwoScopes()
{
    auto* client = clientFor(*m_token);
    const auto bytes = QByteArray("a blob for the bearer flow\n").repeated(1000);
    const auto digest = Digest::ofBytes(bytes);
    QBuffer source;
    source.setData(bytes);
    source.open(QIODevice::ReadOnly);
    auto* upload = client->uploadBlob(QStringLiteral("zuul/source"), digest, bytes.size(), &source);
    AWAIT_OK(upload);

    m_token->tokenServer()->clearRequests();
    UploadOptions options;
    options.mountFrom = QStringLiteral("zuul/source");
    auto* mount = client->uploadBlob(QStringLiteral("zuul/target"), digest, bytes.size(), nullptr, options);
    AWAIT_OK(mount);
    QVERIFY(mount->mounted());
    bool sawBoth = false;
    for (const auto& request : m_token->tokenServer()->requests()) {
        const auto scopes = TokenServer::requestedScopes(request);
        if (scopes.contains(QStringLiteral("repository:zuul/target:pull,push")) &&
            scopes.contains(QStringLiteral("repository:zuul/source:pull"))) {
            sawBoth = true;
        }
    }
    QVERIFY2(sawBoth, "the mount's token did not ask for both scopes in one request");

    // The mounted blob is really there, and the same token serves repeated needs (cache).
    const auto before = m_token->tokenServer()->tokenRequestCount();
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    auto* get = client->getBlob(QStringLiteral("zuul/target"), digest, bytes.size(), &sink);
    AWAIT_OK(get);
    QCOMPARE(sink.data(), bytes);
    auto* again = client->headBlob(QStringLiteral("zuul/target"), digest);
    AWAIT_OK(again);
    QVERIFY(m_token->tokenServer()->tokenRequestCount() <= before + 1);

    // A user restricted to pull cannot push: the registry answers with a clear denial.
    m_token->addUser(QStringLiteral("reader"), QStringLiteral("reader-pw"));
    m_token->tokenServer()->setAccess(QStringLiteral("reader"), QStringLiteral("zuul/target"),
                                      {QStringLiteral("pull")});
    auto* reader = clientFor(*m_token, true, false);
    reader->setCredentials({QStringLiteral("reader"), QStringLiteral("reader-pw"), false});
    source.seek(0);
    auto* denied = reader->uploadBlob(QStringLiteral("zuul/target"), Digest::ofBytes("x"), 1, &source);
    AWAIT_JOB(denied);
    QVERIFY(denied->error());
    QVERIFY2(denied->error().kind() == RegistryError::Kind::Denied ||
                 denied->error().kind() == RegistryError::Kind::Auth,
             qPrintable(denied->error().message()));
}

void TestRegistryClient::identityTokenUsesOAuth2Post()
{
    // Credential helpers hand out identity (refresh) tokens; they go to the realm as an OAuth2 POST.
    auto* client = clientFor(*m_token, true, false);
    client->setCredentials({QStringLiteral("<token>"), QStringLiteral("refresh-") + m_token->username(), true});
    m_token->tokenServer()->clearRequests();
    auto* job = client->getManifest(QStringLiteral("zuul/source"), QStringLiteral("nope"));
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::NotFound); // authenticated, and the tag is absent
    const auto requests = m_token->tokenServer()->requests();
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.first().method, QByteArray("POST"));
    QVERIFY(requests.first().body.contains("grant_type=refresh_token"));

    client->setCredentials({QStringLiteral("<token>"), QStringLiteral("refresh-nobody"), true});
    auto* refused = client->ping();
    AWAIT_JOB(refused);
    QCOMPARE(refused->error().kind(), RegistryError::Kind::Auth);
}

void TestRegistryClient::headManifestAgreesWithGet()
{
    auto* client = clientFor(*m_basic);
    auto* head = client->resolveDigest(QStringLiteral("zuul/multi"), QStringLiteral("latest"));
    AWAIT_OK(head);
    QCOMPARE(head->digest().toString(), m_indexDigest);
    QCOMPARE(head->mediaType(), QStringLiteral("application/vnd.oci.image.index.v1+json"));
    QVERIFY(head->size() > 0);
    QVERIFY(!head->manifest().has_value());
}

void TestRegistryClient::cancelledUploadLeavesNoSession()
{
    auto* client = clientFor(*m_basic);
    const QByteArray bytes(4 * 1024 * 1024, 'z');
    QBuffer source;
    source.setData(bytes);
    source.open(QIODevice::ReadOnly);
    UploadOptions options;
    options.chunkSize = 256 * 1024;
    auto* upload =
        client->uploadBlob(QStringLiteral("zuul/cancel"), Digest::ofBytes(bytes), bytes.size(), &source, options);
    QUrl location;
    connect(upload, &RegistryJob::progress, this, [&](qint64 done, qint64) {
        if (done > 0 && location.isEmpty()) {
            location = upload->location();
            upload->cancel();
        }
    });
    AWAIT_JOB(upload);
    QCOMPARE(upload->error().kind(), RegistryError::Kind::Cancelled);
    QVERIFY(location.isValid());
    // The DELETE of the session is on its way; the registry then no longer knows the upload.
    QTRY_COMPARE_WITH_TIMEOUT(m_basic->http().get(location, {{"Authorization", m_basic->authorization()}}).status, 404,
                              10000);
    auto* head = client->headBlob(QStringLiteral("zuul/cancel"), Digest::ofBytes(bytes));
    AWAIT_OK(head);
    QVERIFY(!head->exists());
}

void TestRegistryClient::oversizedManifestIsNotSent()
{
    const QByteArray huge = "{\"schemaVersion\":2,\"x\":\"" + QByteArray(Manifest::kMaxBytes, 'x') + "\"}";
    auto* job = clientFor(*m_basic)->putManifest(QStringLiteral("zuul/huge"), QStringLiteral("x"), huge,
                                                 QStringLiteral("application/vnd.oci.image.manifest.v1+json"));
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::TooLarge);
}

void TestRegistryClient::catalogPagesPastMaxEntries()
{
    QString error;
    for (int i = 0; i < 1050; ++i) {
        QVERIFY2(m_basic->cloneRepository(QStringLiteral("zuul/app"),
                                          QStringLiteral("paging/r%1").arg(i, 4, 10, QLatin1Char('0')), &error),
                 qPrintable(error));
    }
    auto* job = clientFor(*m_basic)->catalog();
    int pages = 0;
    connect(job, &ListJob::page, this, [&pages](const QStringList&) { ++pages; });
    AWAIT_OK(job);
    QVERIFY2(job->items().size() >= 1053, qPrintable(QString::number(job->items().size())));
    QVERIFY(job->items().contains(QStringLiteral("paging/r1049")));
    QVERIFY(job->items().contains(QStringLiteral("zuul/multi")));
    QCOMPARE(job->items().removeDuplicates(), 0);
    QVERIFY2(job->pageCount() >= 2, "the catalog should arrive in several pages");
    QVERIFY(pages >= 2);
}

void TestRegistryClient::deleteRemovesManifestByDigest()
{
    TestImage image;
    image.addLayer({TestImage::Entry(QStringLiteral("doomed"), "bye\n")});
    QString error;
    QString digest;
    const auto layout = image.writeLayout(m_work.filePath(QStringLiteral("doomed")), QStringLiteral("x"), &error);
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_basic->hostPort() + QStringLiteral("/zuul/doomed:x"), *m_basic,
                                       &digest, &error),
             qPrintable(error));
    auto* client = clientFor(*m_basic);
    auto* byTag = client->deleteManifest(QStringLiteral("zuul/doomed"), *Digest::parse(digest));
    AWAIT_OK(byTag);
    auto* gone = client->getManifest(QStringLiteral("zuul/doomed"), QStringLiteral("x"));
    AWAIT_JOB(gone);
    QCOMPARE(gone->error().kind(), RegistryError::Kind::NotFound);
}

void TestRegistryClient::deleteRefusedWhenDisabled()
{
    RegistryProcess::Options options;
    options.deleteEnabled = false;
    RegistryProcess registry(options);
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    QString digest;
    const auto layout = m_work.filePath(QStringLiteral("single"));
    QVERIFY2(TestImage::pushWithSkopeo(QStringLiteral("oci:") + layout + QStringLiteral(":latest"),
                                       registry.hostPort() + QStringLiteral("/zuul/app:latest"), registry, &digest,
                                       &error),
             qPrintable(error));
    auto* job = clientFor(registry)->deleteManifest(QStringLiteral("zuul/app"), *Digest::parse(digest));
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::Unsupported);
    QCOMPARE(job->error().httpStatus(), 405);
    QVERIFY2(job->error().message().contains(QLatin1String("storage.delete.enabled")),
             qPrintable(job->error().message()));
    // Nothing was lost.
    auto* still = clientFor(registry)->getManifest(QStringLiteral("zuul/app"), QStringLiteral("latest"));
    AWAIT_OK(still);
}

QString TestRegistryClient::layerPath(const RegistryProcess& registry, const QString& digest)
{
    const auto hex = digest.mid(7);
    return registry.dataDir() + QStringLiteral("/docker/registry/v2/blobs/sha256/") + hex.left(2) + QLatin1Char('/') +
           hex + QStringLiteral("/data");
}

void TestRegistryClient::corruptBlobOnDiskIsDetected()
{
    // A registry whose storage rotted serves other bytes under the same digest: same size, then longer.
    TestImage image;
    image.addLayer({TestImage::Entry(QStringLiteral("rot"), QByteArray("original content\n").repeated(100))});
    QString error;
    QString digest;
    const auto layout = image.writeLayout(m_work.filePath(QStringLiteral("rot")), QStringLiteral("x"), &error);
    QVERIFY2(TestImage::pushWithSkopeo(layout, m_basic->hostPort() + QStringLiteral("/zuul/rot:x"), *m_basic, &digest,
                                       &error),
             qPrintable(error));
    const auto layer = image.layers().first();
    QFile data(layerPath(*m_basic, layer.digest));
    QVERIFY2(data.open(QIODevice::ReadWrite), qPrintable(data.fileName()));
    const auto original = data.readAll();
    auto corrupted = original;
    corrupted[corrupted.size() / 2] = static_cast<char>(corrupted[corrupted.size() / 2] ^ 0x55);
    data.seek(0);
    data.write(corrupted);
    data.flush();

    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    auto* job =
        clientFor(*m_basic)->getBlob(QStringLiteral("zuul/rot"), *Digest::parse(layer.digest), layer.size, &sink);
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::DigestMismatch);
    QVERIFY2(job->error().message().contains(QLatin1String("hash to")), qPrintable(job->error().message()));

    data.seek(0);
    data.write(original + "trailing garbage");
    data.flush();
    QBuffer sink2;
    sink2.open(QIODevice::WriteOnly);
    auto* longer =
        clientFor(*m_basic)->getBlob(QStringLiteral("zuul/rot"), *Digest::parse(layer.digest), layer.size, &sink2);
    AWAIT_JOB(longer);
    QCOMPARE(longer->error().kind(), RegistryError::Kind::DigestMismatch);
    QVERIFY2(sink2.data().size() <= layer.size, "more bytes than the descriptor's size were written");
    data.resize(0);
    data.write(original);
}

void TestRegistryClient::missingTagIsNotFound()
{
    auto* job = clientFor(*m_basic)->getManifest(QStringLiteral("zuul/app"), QStringLiteral("no-such-tag"));
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::NotFound);
    QVERIFY2(job->error().message().contains(QLatin1String("zuul/app:no-such-tag was not found")),
             qPrintable(job->error().message()));
}

void TestRegistryClient::untrustedCertificateIsRefused()
{
    auto* job = clientFor(*m_basic, false)->ping();
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::Tls);
    QVERIFY2(job->error().message().contains(QLatin1String("cannot verify the TLS certificate")),
             qPrintable(job->error().message()));

    // Explicitly insecure works, and is the only way.
    auto* insecure = clientFor(*m_basic, false);
    auto options = insecure->options();
    options.tlsVerify = false;
    insecure->setOptions(options);
    auto* ok = insecure->ping();
    AWAIT_OK(ok);
}

void TestRegistryClient::unknownHostIsReported()
{
    auto* client = new RegistryClient(*RegistryAddress::parse(QStringLiteral("registry.invalid:5000")), this);
    m_clients << client;
    auto options = client->options();
    options.maxRetries = 0;
    client->setOptions(options);
    auto* job = client->ping();
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::Network);
    QVERIFY2(job->error().message().contains(QLatin1String("cannot resolve host registry.invalid")),
             qPrintable(job->error().message()));
}

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "TestRegistryClient.moc"
