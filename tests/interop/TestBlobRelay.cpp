// BlobRelay between two real registry:2 instances (TLS + htpasswd): a copy's blobs take the relay, with the exact
// bytes; the relay trusts exactly what the client trusts (an unknown CA or a wrong name sends nothing to the
// destination); a source whose bytes do not hash to the digest never completes the upload; a cancel ends it at
// once; and the event loop stays free while the bytes move.
#include "JobWait.h"
#include "RegistryProcess.h"
#include "Skopeo.h"
#include "StallMonitor.h"
#include "TestImage.h"
#include "registry/BlobRelay.h"
#include "registry/RegistryClient.h"
#include "registry/UploadJob.h"
#include "transfer/ImageCopier.h"

#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBlobRelay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void copyTakesTheRelayWithExactBytes();
    void untrustedEndDeclinesAndSendsNothing_data();
    void untrustedEndDeclinesAndSendsNothing();
    void wrongBytesNeverCompleteTheUpload();
    void cancelEndsTheRelayAtOnce();
    void laterBlobsReuseKeptConnections();
    void registryTrustedWithoutVerificationStillRelays();

private:
    RegistryClient* client(const RegistryProcess& registry, const QString& caFile, const QString& verifyName = {});
    QUrl openSession(RegistryClient* destination, const QString& repository, const QString& digest, qint64 size);
    BlobRelay* relay(RegistryClient* source, RegistryClient* destination, const QString& repository,
                     const QString& getDigest, const QString& putDigest, const QUrl& location, qint64 size);
    bool destinationHas(const QString& repository, const QString& digest) const;

    QTemporaryDir m_dir;
    RegistryProcess m_source;
    RegistryProcess m_destination;
    TestImage m_image;
    QString m_imageDigest;
    TestImage::Blob m_layer; // 48 MiB, incompressible
    QList<RegistryClient*> m_clients;
};

void TestBlobRelay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_source.start(&error), qPrintable(error));
    QVERIFY2(m_destination.start(&error), qPrintable(error));
    m_image.addLayer({TestImage::Entry::randomFile(u"data/layer.bin"_s, 48 << 20, 7)});
    const auto layout = m_image.writeLayout(m_dir.filePath(u"image"_s), u"v1"_s, &error);
    QVERIFY2(!layout.isEmpty(), qPrintable(error));
    QVERIFY2(
        TestImage::pushWithSkopeo(layout, m_source.hostPort() + u"/relay/app:v1"_s, m_source, &m_imageDigest, &error),
        qPrintable(error));
    m_layer = m_image.layers().value(0);
}

void TestBlobRelay::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
}

RegistryClient* TestBlobRelay::client(const RegistryProcess& registry, const QString& caFile, const QString& verifyName)
{
    auto* c = new RegistryClient(*RegistryAddress::parse(registry.hostPort()), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(caFile);
    options.peerVerifyName = verifyName;
    options.transferTimeoutMs = 20'000;
    c->setOptions(options);
    c->setCredentials({registry.username(), registry.password(), false});
    m_clients << c;
    return c;
}

QUrl TestBlobRelay::openSession(RegistryClient* destination, const QString& repository, const QString& digest,
                                qint64 size)
{
    UploadOptions options;
    options.sessionOnly = true;
    auto* job = destination->uploadBlob(repository, *Digest::parse(digest), size, nullptr, options);
    const bool finished = waitForJob(job);
    const auto location = finished && !job->error() ? job->location() : QUrl();
    delete job;
    return location;
}

BlobRelay* TestBlobRelay::relay(RegistryClient* source, RegistryClient* destination, const QString& repository,
                                const QString& getDigest, const QString& putDigest, const QUrl& location, qint64 size)
{
    const auto pull = QList<AuthScope>{AuthScope::repository(u"relay/app"_s, {u"pull"_s})};
    return new BlobRelay(source, source->apiUrl(u"relay/app/blobs/"_s + getDigest), source->authorizationFor(pull),
                         destination, UploadJob::completionUrl(location, *Digest::parse(putDigest)),
                         destination->authorizationFor(UploadJob::pushScopes(repository)), *Digest::parse(putDigest),
                         size, this);
}

bool TestBlobRelay::destinationHas(const QString& repository, const QString& digest) const
{
    const auto reply = m_destination.http().request(
        "HEAD", QUrl(u"https://%1/v2/%2/blobs/%3"_s.arg(m_destination.hostPort(), repository, digest)),
        {{"Authorization", TestHttpClient::basicAuthorization(m_destination.username(), m_destination.password())}});
    return reply.status == 200;
}

void TestBlobRelay::copyTakesTheRelayWithExactBytes()
{
    auto* from = client(m_source, m_source.caFile());
    auto* to = client(m_destination, m_destination.caFile());
    QStringList trace;
    connect(from, &RegistryClient::trace, this, [&trace](const QString& line) { trace << line; });
    connect(to, &RegistryClient::trace, this, [&trace](const QString& line) { trace << line; });
    StallMonitor monitor;
    monitor.start();
    auto* copy = new ImageCopier(from, *Reference::parse(m_source.hostPort() + u"/relay/app:v1"_s), to,
                                 *Reference::parse(m_destination.hostPort() + u"/copied/app:v1"_s), {}, this);
    AWAIT_OK(copy);
    QCOMPARE(copy->digest().toString(), m_imageDigest);
    QCOMPARE(copy->summary().copied, 2); // the config and the layer
    delete copy;
    // Both blobs went through the relay, and none fell back to the general path.
    QCOMPARE(trace.filter(u"(relayed)"_s).size(), 2);
    QVERIFY2(trace.filter(u"relayed, "_s).size() == 2, qPrintable(trace.join(u'\n')));
    QVERIFY(trace.filter(u"relay declined"_s).isEmpty());
    // The event loop never waited on the bytes: hashing and TLS happen on the relay's threads.
    qInfo("longest event-loop stall during a 48 MiB copy: %lld ms", monitor.worst());
    QVERIFY2(monitor.worst() <= 100, qPrintable(QString::number(monitor.worst())));
    const auto raw = Skopeo::inspectRaw(Skopeo::dockerReference(m_destination, u"copied/app:v1"_s), m_destination);
    QVERIFY2(raw.ok(), qPrintable(raw.describe()));
    QCOMPARE(TestImage::digestOf(raw.out), m_imageDigest);
    QVERIFY(destinationHas(u"copied/app"_s, m_layer.digest));
}

void TestBlobRelay::untrustedEndDeclinesAndSendsNothing_data()
{
    QTest::addColumn<bool>("sourceSide");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("verifyName");
    QTest::addColumn<QString>("said");
    const auto untrusted = u"not trusted"_s;
    const auto unchecked = u"cannot check the certificate"_s;
    QTest::newRow("source, unknown CA") << true << false << QString() << untrusted;
    QTest::newRow("source, wrong name") << true << true << u"registry.example.org"_s << untrusted;
    // Qt reads 127.1 as 127.0.0.1, OpenSSL cannot check it: never "no name checked".
    QTest::newRow("source, IP form OpenSSL cannot check") << true << true << u"127.1"_s << unchecked;
    QTest::newRow("destination, unknown CA") << false << false << QString() << untrusted;
    QTest::newRow("destination, wrong name") << false << true << u"registry.example.org"_s << untrusted;
}

void TestBlobRelay::untrustedEndDeclinesAndSendsNothing()
{
    QFETCH(bool, sourceSide);
    QFETCH(bool, trustCa);
    QFETCH(QString, verifyName);
    QFETCH(QString, said);
    // The other registry's CA signed neither certificate the untrusting client sees.
    auto* from = sourceSide ? client(m_source, trustCa ? m_source.caFile() : m_destination.caFile(), verifyName)
                            : client(m_source, m_source.caFile());
    auto* trusted = client(m_destination, m_destination.caFile());
    auto* to =
        sourceSide ? trusted : client(m_destination, trustCa ? m_destination.caFile() : m_source.caFile(), verifyName);
    const auto repository = u"untrusted/app"_s;
    const auto location = openSession(trusted, repository, m_layer.digest, m_layer.size);
    QVERIFY(location.isValid());
    auto* job = relay(from, to, repository, m_layer.digest, m_layer.digest, location, m_layer.size);
    AWAIT_JOB(job);
    // Declined before a byte of the body went anywhere: the general path, with Qt's own checks, decides.
    QVERIFY(job->declined());
    QVERIFY2(job->error().message().contains(said), qPrintable(job->error().message()));
    QCOMPARE(job->transferred(), 0);
    delete job;
    QVERIFY(!destinationHas(repository, m_layer.digest));
}

void TestBlobRelay::wrongBytesNeverCompleteTheUpload()
{
    // The relay is told to expect another digest for the layer's bytes: exactly what a source sending wrong
    // bytes of the right length looks like.
    auto* from = client(m_source, m_source.caFile());
    auto* to = client(m_destination, m_destination.caFile());
    const auto repository = u"wrong-bytes/app"_s;
    const auto claimed = TestImage::digestOf("not the layer");
    const auto location = openSession(to, repository, claimed, m_layer.size);
    QVERIFY(location.isValid());
    auto* job = relay(from, to, repository, m_layer.digest, claimed, location, m_layer.size);
    AWAIT_JOB(job);
    QVERIFY(!job->declined());
    QCOMPARE(job->error().kind(), RegistryError::Kind::DigestMismatch);
    QVERIFY2(job->error().message().contains(m_layer.digest), qPrintable(job->error().message()));
    // The last piece was held back: the destination never saw a whole body, so it answered nothing.
    QCOMPARE(job->status(), 0);
    QVERIFY(job->transferred() < m_layer.size);
    delete job;
    QVERIFY(!destinationHas(repository, claimed));
    QVERIFY(!destinationHas(repository, m_layer.digest));
}

void TestBlobRelay::cancelEndsTheRelayAtOnce()
{
    auto* from = client(m_source, m_source.caFile());
    auto* to = client(m_destination, m_destination.caFile());
    const auto repository = u"cancelled/app"_s;
    const auto location = openSession(to, repository, m_layer.digest, m_layer.size);
    QVERIFY(location.isValid());
    auto* job = relay(from, to, repository, m_layer.digest, m_layer.digest, location, m_layer.size);
    QSignalSpy progress(job, &Job::progress);
    QVERIFY(progress.wait(10000));
    // Under way: some bytes moved, not all of them.
    const auto moved = progress.last().at(0).toLongLong();
    QVERIFY2(moved > 0 && moved < m_layer.size, qPrintable(QString::number(moved)));
    QElapsedTimer timer;
    timer.start();
    job->cancel();
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().kind(), RegistryError::Kind::Cancelled);
    delete job; // the worker stops at its next wait, on its own
    QTest::qWait(200);
    qInfo("cancel returned after %lld ms", timer.elapsed());
    QVERIFY(!destinationHas(repository, m_layer.digest));
}

// One blob after another to the same registries: the second relay takes the connections the first left
// (no handshake), and the bytes are still exact. Another client, with its own trust, never gets them.
void TestBlobRelay::laterBlobsReuseKeptConnections()
{
    auto* from = client(m_source, m_source.caFile());
    auto* to = client(m_destination, m_destination.caFile());
    QStringList trace;
    connect(from, &RegistryClient::trace, this, [&trace](const QString& line) { trace << line; });
    connect(to, &RegistryClient::trace, this, [&trace](const QString& line) { trace << line; });
    CopyOptions options;
    options.parallelBlobs = 1;
    options.mount = false; // the blobs are in other repositories of the destination by now: send them anyway
    auto* copy = new ImageCopier(from, *Reference::parse(m_source.hostPort() + u"/relay/app:v1"_s), to,
                                 *Reference::parse(m_destination.hostPort() + u"/kept/app:v1"_s), options, this);
    AWAIT_OK(copy);
    QCOMPARE(copy->digest().toString(), m_imageDigest);
    delete copy;
    QCOMPARE(trace.filter(u"(relayed)"_s).size(), 2);
    const auto reused = trace.filter(u"relay reused a kept connection"_s);
    QVERIFY2(reused.filter(m_source.hostPort()).size() >= 1, qPrintable(trace.join(u'\n')));
    QVERIFY2(reused.filter(m_destination.hostPort()).size() >= 1, qPrintable(trace.join(u'\n')));
    QVERIFY(destinationHas(u"kept/app"_s, m_layer.digest));

    // A client that trusts another CA: a new connection, refused, however many verified ones are kept.
    auto* untrusting = client(m_destination, m_source.caFile());
    const auto location = openSession(to, u"kept-other/app"_s, m_layer.digest, m_layer.size);
    auto* job = relay(from, untrusting, u"kept-other/app"_s, m_layer.digest, m_layer.digest, location, m_layer.size);
    AWAIT_JOB(job);
    QVERIFY(job->declined());
    QVERIFY2(job->error().message().contains(u"not trusted"_s), qPrintable(job->error().message()));
    delete job;
}

// TLS verification off for a registry (the admin's explicit choice): the relay takes it as the general path
// does. (OpenSSL keeps the chain's errors on record even then; read as "not trusted" they declined every relay
// of a TLS 1.2 registry. registry:2 here speaks TLS 1.3, so this checks the plain case.)
void TestBlobRelay::registryTrustedWithoutVerificationStillRelays()
{
    auto* from = new RegistryClient(*RegistryAddress::parse(m_source.hostPort()), this);
    RegistryOptions options;
    options.tlsVerify = false;
    from->setOptions(options);
    from->setCredentials({m_source.username(), m_source.password(), false});
    m_clients << from;
    auto* to = client(m_destination, m_destination.caFile());
    const auto repository = u"unverified/app"_s;
    const auto location = openSession(to, repository, m_layer.digest, m_layer.size);
    QVERIFY(location.isValid());
    auto* job = relay(from, to, repository, m_layer.digest, m_layer.digest, location, m_layer.size);
    AWAIT_OK(job);
    QVERIFY(!job->declined());
    QCOMPARE(job->status(), 201);
    delete job;
    QVERIFY(destinationHas(repository, m_layer.digest));
}

QTEST_GUILESS_MAIN(TestBlobRelay)
#include "TestBlobRelay.moc"
