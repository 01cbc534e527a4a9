// Faults a real registry will not produce on demand: foreign redirects, downgrades, oversized or lying
// answers, 503 with Retry-After, connections cut mid-blob. A TestServer plays the registry.
#include "JobWait.h"
#include "TestPki.h"
#include "TestServer.h"
#include "registry/BlobJob.h"
#include "registry/ListJob.h"
#include "registry/ManifestJob.h"
#include "registry/PingJob.h"
#include "registry/RegistryClient.h"
#include "registry/UploadJob.h"
#include "transfer/BlobPipe.h"

#include <QBuffer>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

namespace {

const QByteArray kUser = "zuul";
const QByteArray kPassword = "fault-pw";

bool authorized(const TestRequest& request)
{
    return request.header("Authorization") == "Basic " + (kUser + ':' + kPassword).toBase64();
}

TestResponse challenge()
{
    return TestResponse::registryError(401, "UNAUTHORIZED", QStringLiteral("authentication required"))
        .withHeader("WWW-Authenticate", "Basic realm=\"Fault Realm\"")
        .withHeader("Docker-Distribution-API-Version", "registry/2.0");
}

} // namespace

class TestRegistryFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void redirectToAnotherHostCarriesNoAuthorization();
    void redirectFromHttpsToHttpIsRefused();
    void redirectLoopsEnd();
    void oversizedManifestIsRefused_data();
    void oversizedManifestIsRefused();
    void lyingDigestHeaderIsDetected();
    void retriesServiceUnavailableHonouringRetryAfter();
    void givesUpOnLongRetryAfter();
    void resumesBlobCutMidBody();
    void followsAbsoluteAndRelativeLinks();
    void warningHeadersAreSurfaced();
    void foreignUploadLocationGetsNoCredentials();

private:
    RegistryClient* client(const QUrl& base);
    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TestServer> m_front;
    std::unique_ptr<TestServer> m_other;
    QList<RegistryClient*> m_clients;
};

void TestRegistryFaults::initTestCase()
{
    QString error;
    QVERIFY2(TestPki::create(m_dir.path(), &error), qPrintable(error));
    m_pki = std::make_unique<TestPki>(m_dir.path());
}

void TestRegistryFaults::init()
{
    QString error;
    m_front = std::make_unique<TestServer>();
    m_front->setTls(m_pki->serverCert(), m_pki->serverKey());
    QVERIFY2(m_front->start(&error), qPrintable(error));
    m_other = std::make_unique<TestServer>();
    m_other->setTls(m_pki->serverCert(), m_pki->serverKey());
    QVERIFY2(m_other->start(&error), qPrintable(error));
}

void TestRegistryFaults::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    m_front.reset();
    m_other.reset();
}

RegistryClient* TestRegistryFaults::client(const QUrl& base)
{
    auto* c = new RegistryClient(*RegistryAddress::parse(QStringLiteral("127.0.0.1:%1").arg(base.port())), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(m_pki->caCert());
    options.retryBaseDelayMs = 20;
    options.transferTimeoutMs = 10'000;
    c->setOptions(options);
    c->setCredentials({QString::fromLatin1(kUser), QString::fromLatin1(kPassword), false});
    m_clients << c;
    return c;
}

void TestRegistryFaults::redirectToAnotherHostCarriesNoAuthorization()
{
    const QByteArray blob = "layer bytes served by object storage\n";
    const auto digest = Digest::ofBytes(blob);
    const auto storage = m_other->baseUrl().toString().toLatin1() + "/bucket/blob?X-Amz-Signature=sig";
    m_front->setHandler([&](const TestRequest& request) {
        if (!authorized(request)) {
            return challenge();
        }
        return TestResponse::redirect(307, storage);
    });
    m_other->setHandler([&](const TestRequest&) { return TestResponse::text(200, blob, "application/octet-stream"); });

    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    auto* job = client(m_front->baseUrl())->getBlob(QStringLiteral("zuul/app"), digest, blob.size(), &sink);
    AWAIT_OK(job);
    QCOMPARE(sink.data(), blob);
    // The registry got the credentials; the storage host got none.
    const auto front = m_front->requests();
    QVERIFY(std::any_of(front.begin(), front.end(), [](const TestRequest& r) { return authorized(r); }));
    const auto other = m_other->requests();
    QCOMPARE(other.size(), 1);
    QVERIFY2(!other.first().hasHeader("Authorization"), other.first().header("Authorization").constData());
}

void TestRegistryFaults::redirectFromHttpsToHttpIsRefused()
{
    m_front->setHandler([](const TestRequest& request) {
        if (!authorized(request)) {
            return challenge();
        }
        return TestResponse::redirect(302, "http://127.0.0.1:9/plain");
    });
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    auto* job = client(m_front->baseUrl())->getBlob(QStringLiteral("zuul/app"), Digest::ofBytes("x"), 1, &sink);
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::Tls);
    QVERIFY2(job->error().message().contains(QLatin1String("plain http")), qPrintable(job->error().message()));
}

void TestRegistryFaults::redirectLoopsEnd()
{
    m_front->setHandler([](const TestRequest&) { return TestResponse::redirect(302, "/v2/loop"); });
    auto* job = client(m_front->baseUrl())->ping();
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::Protocol);
    QVERIFY2(job->error().message().contains(QLatin1String("too many redirects")), qPrintable(job->error().message()));
}

void TestRegistryFaults::oversizedManifestIsRefused_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked") << true;
}

void TestRegistryFaults::oversizedManifestIsRefused()
{
    QFETCH(bool, chunked);
    m_front->setHandler([chunked](const TestRequest& request) {
        if (!authorized(request)) {
            return challenge();
        }
        QByteArray body = "{\"schemaVersion\":2,\"padding\":\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"}";
        auto response = TestResponse::json(200, body);
        response.headers = {{"Content-Type", "application/vnd.oci.image.manifest.v1+json"}};
        if (chunked) {
            // Hand-made chunked encoding: the size is not announced, so the cap must apply while reading.
            response.headers << qMakePair(QByteArray("Transfer-Encoding"), QByteArray("chunked"));
            response.body = QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n";
        }
        return response;
    });
    auto* job = client(m_front->baseUrl())->getManifest(QStringLiteral("zuul/app"), QStringLiteral("latest"));
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::TooLarge);
    QVERIFY2(job->error().message().contains(QLatin1String("limit")), qPrintable(job->error().message()));
}

void TestRegistryFaults::lyingDigestHeaderIsDetected()
{
    const QByteArray manifest =
        R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:)" +
        QByteArray(64, 'c') + R"(","size":2},"layers":[]})";
    m_front->setHandler([&](const TestRequest& request) {
        if (!authorized(request)) {
            return challenge();
        }
        return TestResponse::json(200, manifest)
            .withHeader("Docker-Content-Digest", Digest::ofBytes("something else").toString().toLatin1());
    });
    auto* job = client(m_front->baseUrl())->getManifest(QStringLiteral("zuul/app"), QStringLiteral("latest"));
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::DigestMismatch);
    QVERIFY2(job->error().message().contains(QLatin1String("announced digest")), qPrintable(job->error().message()));

    // Asked by digest, the bytes must hash to that digest whatever the headers say.
    auto* byDigest =
        client(m_front->baseUrl())->getManifest(QStringLiteral("zuul/app"), Digest::ofBytes("other").toString());
    AWAIT_JOB(byDigest);
    QCOMPARE(byDigest->error().kind(), RegistryError::Kind::DigestMismatch);
}

void TestRegistryFaults::retriesServiceUnavailableHonouringRetryAfter()
{
    std::atomic<int> calls{0};
    m_front->setHandler([&](const TestRequest& request) {
        if (!authorized(request)) {
            return challenge();
        }
        if (calls++ == 0) {
            return TestResponse::text(503, "busy").withHeader("Retry-After", "1");
        }
        return TestResponse::json(200, QByteArray("{}")).withHeader("Docker-Distribution-API-Version", "registry/2.0");
    });
    QElapsedTimer timer;
    timer.start();
    auto* job = client(m_front->baseUrl())->ping();
    AWAIT_OK(job);
    QCOMPARE(calls.load(), 2);
    QVERIFY2(timer.elapsed() >= 900, "Retry-After: 1 was not honoured");
}

void TestRegistryFaults::givesUpOnLongRetryAfter()
{
    m_front->setHandler(
        [](const TestRequest&) { return TestResponse::text(429, "slow down").withHeader("Retry-After", "3600"); });
    auto* job = client(m_front->baseUrl())->ping();
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::RateLimited);
    QVERIFY2(job->error().message().contains(QLatin1String("3600")), qPrintable(job->error().message()));
}

void TestRegistryFaults::resumesBlobCutMidBody()
{
    QByteArray blob;
    for (int i = 0; i < 200000; ++i) {
        blob += static_cast<char>((i * 31) ^ (i >> 3));
    }
    const auto digest = Digest::ofBytes(blob);
    std::atomic<int> calls{0};
    m_front->setHandler([&](const TestRequest& request) {
        if (!authorized(request)) {
            return challenge();
        }
        const auto range = request.header("Range");
        if (calls++ == 0) {
            auto response = TestResponse::text(200, blob, "application/octet-stream");
            response.resetAfterHeaders = true; // half the body, then the connection dies
            return response;
        }
        const auto start = range.mid(6, range.indexOf('-') - 6).toLongLong();
        auto response = TestResponse::text(206, blob.mid(start), "application/octet-stream");
        response.headers << qMakePair(QByteArray("Content-Range"), "bytes " + QByteArray::number(start) + '-' +
                                                                       QByteArray::number(blob.size() - 1) + '/' +
                                                                       QByteArray::number(blob.size()));
        return response;
    });
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    auto* job = client(m_front->baseUrl())->getBlob(QStringLiteral("zuul/app"), digest, blob.size(), &sink);
    AWAIT_OK(job);
    QCOMPARE(sink.data(), blob);
    QCOMPARE(job->resumes(), 1);
    const auto requests = m_front->requests();
    QVERIFY(requests.last().header("Range").startsWith("bytes="));
}

void TestRegistryFaults::followsAbsoluteAndRelativeLinks()
{
    const auto base = m_front->baseUrl().toString().toLatin1();
    m_front->setHandler([base](const TestRequest& request) {
        if (!authorized(request)) {
            return challenge();
        }
        const auto last = request.query().queryItemValue(QStringLiteral("last"));
        if (last.isEmpty()) {
            return TestResponse::json(200, QByteArray(R"({"repositories":["a","b"]})"))
                .withHeader("Link", "<" + base + "/v2/_catalog?last=b&n=2>; rel=\"next\"");
        }
        if (last == QLatin1String("b")) {
            return TestResponse::json(200, QByteArray(R"({"repositories":["c"]})"))
                .withHeader("Link", "</v2/_catalog?last=c&n=2>; rel=\"next\"");
        }
        return TestResponse::json(200, QByteArray(R"({"repositories":[]})")); // a final empty page
    });
    auto* job = client(m_front->baseUrl())->catalog();
    AWAIT_OK(job);
    QCOMPARE(job->items(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(job->pageCount(), 3);
}

void TestRegistryFaults::warningHeadersAreSurfaced()
{
    m_front->setHandler([](const TestRequest& request) {
        if (!authorized(request)) {
            return challenge();
        }
        return TestResponse::json(200, QByteArray("{}"))
            .withHeader("Docker-Distribution-API-Version", "registry/2.0")
            .withHeader("Warning", "299 - \"this registry is deprecated\"");
    });
    auto* c = client(m_front->baseUrl());
    QStringList warnings;
    connect(c, &RegistryClient::warning, this, [&](const QString& text) { warnings << text; });
    auto* job = c->ping();
    AWAIT_OK(job);
    QCOMPARE(warnings, QStringList{QStringLiteral("this registry is deprecated")});
}

void TestRegistryFaults::foreignUploadLocationGetsNoCredentials()
{
    // A registry that hands out upload locations on another host: the streamed PUT goes there without
    // the registry's credentials.
    const QByteArray blob = QByteArray("streamed to elsewhere\n").repeated(1000);
    const auto digest = Digest::ofBytes(blob);
    const auto elsewhere = m_other->baseUrl().toString().toLatin1() + "/uploads/42?state=abc";
    m_front->setHandler([&](const TestRequest& request) {
        if (!authorized(request)) {
            return challenge();
        }
        return TestResponse::empty(202).withHeader("Location", elsewhere);
    });
    m_other->setHandler([&](const TestRequest& request) {
        return request.body == blob
                   ? TestResponse::empty(201).withHeader("Docker-Content-Digest", digest.toString().toLatin1())
                   : TestResponse::empty(400);
    });
    BlobPipe pipe(64 * 1024);
    auto* job = client(m_front->baseUrl())->uploadBlob(QStringLiteral("zuul/app"), digest, blob.size(), &pipe);
    QTimer::singleShot(50, this, [&pipe, &blob]() {
        pipe.write(blob);
        pipe.finishWriting();
    });
    AWAIT_OK(job);
    const auto requests = m_other->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("PUT"));
    QVERIFY2(!requests.first().hasHeader("Authorization"), requests.first().header("Authorization").constData());
}

QTEST_GUILESS_MAIN(TestRegistryFaults)
#include "TestRegistryFaults.moc"
