// Whole operations (copy, inspect, promote, diff) against a real registry:2 behind a FaultServer that injects,
// on chosen requests, what real registries and the networks in front of them do on bad days. Each operation
// either succeeds correctly (after retries) or fails with the right message, leaving nothing half-written at the
// destination and sending no credentials off-origin or over plain http.
#include "FaultServer.h"
#include "JobWait.h"
#include "RegistryProcess.h"
#include "TestHttpClient.h"
#include "TestImage.h"
#include "TestPki.h"
#include "TestProcess.h"
#include "diff/ImageDiffJob.h"
#include "diff/IndexCache.h"
#include "registry/RegistryClient.h"
#include "transfer/ImageCopier.h"
#include "transfer/ImageInspector.h"
#include "transfer/Promoter.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fault = FaultServer::Fault;

namespace {

FaultServer::Rule rule(Fault fault, const QByteArray& method, const QString& path, int times = 1)
{
    FaultServer::Rule r;
    r.fault = fault;
    r.method = method;
    r.path = QRegularExpression(path);
    r.times = times;
    return r;
}

FaultServer::Rule status(int code, const QByteArray& method, const QString& path, int times = 1,
                         const QByteArray& retryAfter = {})
{
    auto r = rule(Fault::Status, method, path, times);
    r.status = code;
    r.retryAfter = retryAfter;
    return r;
}

const QString kBlobs = u"/blobs/sha256:"_s;
const QString kManifests = u"/manifests/"_s;
const QString kUploads = u"/blobs/uploads/"_s;

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void copyRetriesThroughServerErrors_data();
    void copyRetriesThroughServerErrors();
    void copyGivesUpOnLongRateLimit();
    void copyResumesAfterResetMidBlob();
    void copyRetriesAfterStall();
    void corruptBlobFailsAndWritesNoManifest();
    void lyingContentLength_data();
    void lyingContentLength();
    void lyingDigestHeaderFailsInspect();
    void redirectToAnotherHostCarriesNoCredentials();
    void redirectToPlainHttpIsRefused();
    void redirectLoopEnds();
    void hugeHeaderIsSurvived();
    void hugeManifestIsRefusedInBoundedMemory();
    void uploadFailuresLeaveNoManifest();
    void promoteRetriesAndNeverHalfPromotes();
    void diffSurvivesResetAndRefusesCorruption();

private:
    RegistryClient* frontClient(int transferTimeoutMs = 20'000);
    RegistryClient* peerClient();
    Reference front(const QString& rest) const;
    Reference peer(const QString& rest) const;
    ImageCopier* copy(RegistryClient* from, const Reference& source, RegistryClient* to, const Reference& target);

    QTemporaryDir m_dir;
    FaultedRegistry m_registry;
    TestPki* m_pki = nullptr;
    RegistryProcess* m_backend = nullptr; // plain http, behind the front
    FaultServer* m_front = nullptr;
    std::unique_ptr<RegistryProcess> m_peer; // an ordinary registry:2 with TLS, fresh for every test
    QString m_digest;                        // zuul/app:latest
    QString m_digestV2;                      // zuul/app:v2 (one more file)
    QString m_uploadLayout;
    qint64 m_bigLayerSize = 0;
    QList<RegistryClient*> m_clients;
};

void TestFaultInjection::initTestCase()
{
    QString error;
    QVERIFY2(m_registry.start(m_dir.filePath(u"front"_s), FaultServer::Profile::Registry, &error), qPrintable(error));
    m_backend = m_registry.backend.get();
    m_front = m_registry.front.get();
    m_pki = m_registry.pki.get();

    // A layer large enough that a reset lands mid-stream, and a small one.
    TestImage image;
    image.addLayer({TestImage::Entry::randomFile(u"opt/app/data.bin"_s, 3 * 1024 * 1024, 7)});
    image.addLayer({TestImage::Entry::file(u"etc/app/config"_s, "value=1\n")});
    const auto layout = image.writeLayout(m_dir.filePath(u"v1"_s), u"latest"_s, &error);
    QVERIFY2(!layout.isEmpty(), qPrintable(error));
    TestImage v2 = image;
    v2.addLayer({TestImage::Entry::file(u"etc/app/extra"_s, "new\n")});
    const auto layoutV2 = v2.writeLayout(m_dir.filePath(u"v2"_s), u"v2"_s, &error);
    QVERIFY2(!layoutV2.isEmpty(), qPrintable(error));
    for (const auto& tag : {u"latest"_s, u"change_1_latest"_s}) {
        QVERIFY2(TestImage::pushWithSkopeo(layout, m_backend->hostPort() + u"/zuul/app:"_s + tag, *m_backend, &m_digest,
                                           &error),
                 qPrintable(error));
    }
    QVERIFY2(
        TestImage::pushWithSkopeo(layoutV2, m_backend->hostPort() + u"/zuul/app:v2"_s, *m_backend, &m_digestV2, &error),
        qPrintable(error));
    // Unrelated content for uploads, so nothing can be mounted instead of sent.
    TestImage other;
    other.addLayer({TestImage::Entry::randomFile(u"srv/other.bin"_s, 1024 * 1024, 99)});
    m_uploadLayout = other.writeLayout(m_dir.filePath(u"other"_s), u"latest"_s, &error);
    QVERIFY2(!m_uploadLayout.isEmpty(), qPrintable(error));
    m_bigLayerSize = image.layers().first().size;
    QVERIFY(m_bigLayerSize > 1024 * 1024);
}

// A fresh destination for every test: the copier remembers where blobs live in a registry and would mount
// them instead of downloading again, so no download fault would ever be seen.
void TestFaultInjection::init()
{
    m_front->clearRules();
    m_front->clearRequests();
    m_peer = std::make_unique<RegistryProcess>();
    QString error;
    QVERIFY2(m_peer->start(&error), qPrintable(error));
}

void TestFaultInjection::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    m_peer.reset();
}

RegistryClient* TestFaultInjection::frontClient(int transferTimeoutMs)
{
    auto* c = new RegistryClient(*RegistryAddress::parse(m_front->hostPort()), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(m_pki->caCert());
    options.retryBaseDelayMs = 20;
    options.maxRetries = 2;
    options.transferTimeoutMs = transferTimeoutMs;
    c->setOptions(options);
    c->setCredentials({m_backend->username(), m_backend->password(), false});
    m_clients << c;
    return c;
}

RegistryClient* TestFaultInjection::peerClient()
{
    auto* c = new RegistryClient(*RegistryAddress::parse(m_peer->hostPort()), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(m_peer->caFile());
    options.retryBaseDelayMs = 20;
    options.maxRetries = 2;
    c->setOptions(options);
    c->setCredentials({m_peer->username(), m_peer->password(), false});
    m_clients << c;
    return c;
}

Reference TestFaultInjection::front(const QString& rest) const
{
    return *Reference::parse(m_front->hostPort() + u'/' + rest);
}

Reference TestFaultInjection::peer(const QString& rest) const
{
    return *Reference::parse(m_peer->hostPort() + u'/' + rest);
}

ImageCopier* TestFaultInjection::copy(RegistryClient* from, const Reference& source, RegistryClient* to,
                                      const Reference& target)
{
    auto* job = new ImageCopier(from, source, to, target, {}, from);
    job->start();
    return job;
}

void TestFaultInjection::copyRetriesThroughServerErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("500") << 500 << QByteArray();
    QTest::newRow("502") << 502 << QByteArray();
    QTest::newRow("503 Retry-After 1") << 503 << QByteArray("1");
    QTest::newRow("429 Retry-After 1") << 429 << QByteArray("1");
}

void TestFaultInjection::copyRetriesThroughServerErrors()
{
    QFETCH(int, code);
    QFETCH(QByteArray, retryAfter);
    const auto tag = u"retry-"_s + QString::number(code);
    m_front->addRule(status(code, "GET", kManifests, 1, retryAfter));
    m_front->addRule(status(code, "GET", kBlobs, 1, retryAfter));
    QElapsedTimer timer;
    timer.start();
    auto* job = copy(frontClient(), front(u"zuul/app:latest"_s), peerClient(), peer(u"faults/app:"_s + tag));
    AWAIT_OK(job);
    qInfo("copy took %lld ms", timer.elapsed());
    QCOMPARE(m_front->hits(Fault::Status), 2);
    QCOMPARE(job->digest().toString(), m_digest);
    QVERIFY(m_peer->hasManifest(u"faults/app"_s, tag));
    if (!retryAfter.isEmpty()) {
        QVERIFY2(timer.elapsed() >= 1900, "Retry-After was not honoured"); // two waits of one second
    }
}

void TestFaultInjection::copyGivesUpOnLongRateLimit()
{
    m_front->addRule(status(429, "GET", kBlobs, -1, "3600"));
    auto* job = copy(frontClient(), front(u"zuul/app:latest"_s), peerClient(), peer(u"faults/app:rate-limited"_s));
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::RateLimited);
    QVERIFY2(job->error().message().contains(u"3600"_s), qPrintable(job->error().message()));
    QVERIFY(!m_peer->hasManifest(u"faults/app"_s, u"rate-limited"_s));
}

void TestFaultInjection::copyResumesAfterResetMidBlob()
{
    m_front->addRule(rule(Fault::Reset, "GET", kBlobs));
    auto* job = copy(frontClient(), front(u"zuul/app:latest"_s), peerClient(), peer(u"faults/app:reset"_s));
    AWAIT_OK(job);
    QCOMPARE(m_front->hits(Fault::Reset), 1);
    QCOMPARE(job->digest().toString(), m_digest);
    QVERIFY(m_peer->hasManifest(u"faults/app"_s, u"reset"_s));
}

void TestFaultInjection::copyRetriesAfterStall()
{
    auto stall = rule(Fault::Stall, "GET", kManifests);
    stall.stallMs = 4000;
    m_front->addRule(stall);
    auto* job = copy(frontClient(1500), front(u"zuul/app:latest"_s), peerClient(), peer(u"faults/app:stalled"_s));
    AWAIT_OK(job);
    QCOMPARE(m_front->hits(Fault::Stall), 1);
    QVERIFY(m_peer->hasManifest(u"faults/app"_s, u"stalled"_s));

    // A registry that never answers: the copy ends, saying so, and writes nothing.
    stall.times = -1;
    m_front->addRule(stall);
    auto* stuck = copy(frontClient(1500), front(u"zuul/app:latest"_s), peerClient(), peer(u"faults/app:stuck"_s));
    AWAIT_JOB(stuck);
    QCOMPARE(stuck->error().kind(), RegistryError::Kind::Network);
    QVERIFY2(stuck->error().message().contains(u"did not answer"_s), qPrintable(stuck->error().message()));
    QVERIFY(!m_peer->hasManifest(u"faults/app"_s, u"stuck"_s));
}

void TestFaultInjection::corruptBlobFailsAndWritesNoManifest()
{
    m_front->addRule(rule(Fault::CorruptBody, "GET", kBlobs, -1));
    auto* job = copy(frontClient(), front(u"zuul/app:latest"_s), peerClient(), peer(u"faults/app:corrupt"_s));
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::DigestMismatch);
    QVERIFY(!m_peer->hasManifest(u"faults/app"_s, u"corrupt"_s));
}

void TestFaultInjection::lyingContentLength_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("times");
    QTest::addColumn<bool>("succeeds");
    // Fewer bytes than announced, once: the download resumes from where the bytes stopped.
    QTest::newRow("long, once") << int(Fault::LongContentLength) << 1 << true;
    // Every time: the bytes are all there, and the digest is what decides.
    QTest::newRow("long, always") << int(Fault::LongContentLength) << -1 << true;
    // More bytes than announced: what was announced is all that counts, and it does not hash right.
    QTest::newRow("short, always") << int(Fault::ShortContentLength) << -1 << false;
}

void TestFaultInjection::lyingContentLength()
{
    QFETCH(int, fault);
    QFETCH(int, times);
    QFETCH(bool, succeeds);
    const auto tag = u"length-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u", "_s, u"-"_s);
    m_front->addRule(rule(static_cast<Fault>(fault), "GET", kBlobs, times));
    auto* job = copy(frontClient(), front(u"zuul/app:latest"_s), peerClient(), peer(u"faults/app:"_s + tag));
    AWAIT_JOB(job);
    QVERIFY(m_front->hits(static_cast<Fault>(fault)) >= 1);
    if (succeeds) {
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(job->digest().toString(), m_digest);
        QVERIFY(m_peer->hasManifest(u"faults/app"_s, tag));
    } else {
        QVERIFY(job->error());
        QVERIFY2(job->error().kind() == RegistryError::Kind::DigestMismatch ||
                     job->error().kind() == RegistryError::Kind::Network ||
                     job->error().kind() == RegistryError::Kind::Protocol,
                 qPrintable(job->error().message()));
        QVERIFY(!m_peer->hasManifest(u"faults/app"_s, tag));
    }
}

void TestFaultInjection::lyingDigestHeaderFailsInspect()
{
    m_front->addRule(rule(Fault::WrongDigestHeader, "GET", kManifests + u"latest"_s, -1));
    auto* job = new ImageInspector(frontClient(), u"zuul/app"_s, u"latest"_s, std::nullopt, this);
    job->start();
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::DigestMismatch);
    QVERIFY2(job->error().message().contains(u"announced digest"_s), qPrintable(job->error().message()));
    delete job;
}

void TestFaultInjection::redirectToAnotherHostCarriesNoCredentials()
{
    m_front->addRule(rule(Fault::RedirectElsewhere, "GET", kBlobs, -1));
    auto* job = copy(frontClient(), front(u"zuul/app:latest"_s), peerClient(), peer(u"faults/app:redirected"_s));
    AWAIT_OK(job);
    QVERIFY(m_peer->hasManifest(u"faults/app"_s, u"redirected"_s));
    const auto elsewhere = m_front->elsewhereRequests();
    QVERIFY(elsewhere.size() >= 2); // config and layers
    for (const auto& request : elsewhere) {
        QVERIFY2(!request.hasHeader("Authorization"), request.header("Authorization").constData());
        QVERIFY2(!request.hasHeader("Cookie"), request.header("Cookie").constData());
    }
    const auto front = m_front->requests();
    QVERIFY(std::any_of(front.begin(), front.end(), [](const TestRequest& r) { return r.hasHeader("Authorization"); }));
}

void TestFaultInjection::redirectToPlainHttpIsRefused()
{
    m_front->addRule(rule(Fault::RedirectToHttp, "GET", kBlobs, -1));
    auto* job = copy(frontClient(), front(u"zuul/app:latest"_s), peerClient(), peer(u"faults/app:downgraded"_s));
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::Tls);
    QVERIFY2(job->error().message().contains(u"plain http"_s), qPrintable(job->error().message()));
    QCOMPARE(m_front->plainHttpRequests().size(), 0); // not one byte went over plain http
    QVERIFY(!m_peer->hasManifest(u"faults/app"_s, u"downgraded"_s));
}

void TestFaultInjection::redirectLoopEnds()
{
    m_front->addRule(rule(Fault::RedirectLoop, "GET", kManifests, -1));
    auto* job = new ImageInspector(frontClient(), u"zuul/app"_s, u"latest"_s, std::nullopt, this);
    job->start();
    AWAIT_JOB(job);
    QVERIFY2(job->error().message().contains(u"too many redirects"_s), qPrintable(job->error().message()));
    QVERIFY(m_front->hits(Fault::RedirectLoop) <= 12);
    delete job;
}

// Qt reads a 10 MB header without complaint; what counts is that the image is still read right.
void TestFaultInjection::hugeHeaderIsSurvived()
{
    m_front->addRule(rule(Fault::HugeHeader, "GET", kManifests, -1));
    auto* job = new ImageInspector(frontClient(), u"zuul/app"_s, u"latest"_s, std::nullopt, this);
    job->start();
    AWAIT_OK(job);
    QVERIFY(m_front->hits(Fault::HugeHeader) >= 1);
    QCOMPARE(job->topDigest().toString(), m_digest);
    delete job;
}

// The CLI inspects a registry that answers with a 100 MB "manifest": it refuses at the 4 MiB limit with one
// line, and its peak memory stays that of an ordinary inspect (measured with GNU time, as a separate process).
void TestFaultInjection::hugeManifestIsRefusedInBoundedMemory()
{
    const auto certs = m_dir.filePath(u"certs.d/"_s) + m_front->hostPort();
    QVERIFY(QDir().mkpath(certs));
    QVERIFY(QFile::copy(m_pki->caCert(), certs + u"/ca.crt"_s));
    const auto authFile = m_dir.filePath(u"auth.json"_s);
    {
        QFile file(authFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"auths":{")" + m_front->hostPort().toUtf8() + R"(":{"auth":")" +
                   (m_backend->username() + u':' + m_backend->password()).toUtf8().toBase64() + "\"}}}");
    }
    auto inspect = [&](qint64* peakKb) {
        const auto result =
            TestProcess::run(u"/usr/bin/time"_s,
                             {u"-f"_s, u"peak-rss-kb=%M"_s, QStringLiteral(REGISTRYDESK_CLI), u"inspect"_s,
                              m_front->hostPort() + u"/zuul/app:latest"_s, u"--authfile"_s, authFile, u"--certs-dir"_s,
                              m_dir.filePath(u"certs.d"_s)},
                             120'000);
        const auto lines = QString::fromUtf8(result.err).trimmed().split(u'\n');
        *peakKb = lines.last().section(u'=', 1).toLongLong();
        return result;
    };
    qint64 normalKb = 0;
    const auto normal = inspect(&normalKb);
    QVERIFY2(normal.exitCode == 0, normal.err.constData());

    m_front->addRule(rule(Fault::HugeManifest, "GET", kManifests, -1));
    qint64 hugeKb = 0;
    const auto huge = inspect(&hugeKb);
    QCOMPARE(huge.exitCode, 1);
    auto errLines = QString::fromUtf8(huge.err).trimmed().split(u'\n');
    errLines.removeIf([](const QString& line) {
        return line.startsWith(u"peak-rss-kb="_s) || line.startsWith(u"Command exited"_s); // GNU time's own
    });
    QVERIFY2(errLines.size() == 1, huge.err.constData());
    QVERIFY2(errLines.first().contains(u"limit"_s), qPrintable(errLines.first()));
    QVERIFY2(normalKb > 0 && hugeKb > 0, huge.err.constData());
    qInfo("peak RSS: ordinary inspect %lld KiB, 100 MB manifest %lld KiB", normalKb, hugeKb);
    QVERIFY2(hugeKb - normalKb < 32 * 1024,
             qPrintable(u"%1 KiB more than an ordinary inspect"_s.arg(hugeKb - normalKb)));
}

void TestFaultInjection::uploadFailuresLeaveNoManifest()
{
    QString error;
    QVERIFY2(
        TestImage::pushWithSkopeo(m_uploadLayout, m_peer->hostPort() + u"/source/other:1"_s, *m_peer, nullptr, &error),
        qPrintable(error));
    // Once: the upload is retried and the copy completes.
    m_front->addRule(status(503, "PUT", kUploads, 1));
    auto* once = copy(peerClient(), peer(u"source/other:1"_s), frontClient(), front(u"faults/up:once"_s));
    AWAIT_OK(once);
    QCOMPARE(m_front->hits(Fault::Status), 1);
    QVERIFY(m_backend->hasManifest(u"faults/up"_s, u"once"_s));

    // Always: the copy fails naming the registry's answer, and no manifest appears.
    m_front->addRule(status(500, "PUT", kUploads, -1));
    m_front->addRule(status(500, "POST", kUploads, -1));
    auto* always = copy(peerClient(), peer(u"source/other:1"_s), frontClient(), front(u"faults/never:1"_s));
    AWAIT_JOB(always);
    QVERIFY(always->error());
    QVERIFY2(always->error().message().contains(u"500"_s), qPrintable(always->error().message()));
    QVERIFY(!m_backend->hasManifest(u"faults/never"_s, u"1"_s));
}

void TestFaultInjection::promoteRetriesAndNeverHalfPromotes()
{
    m_front->addRule(status(503, "PUT", kManifests, 1));
    auto* promoter = new Promoter(frontClient(), front(u"zuul/app:change_1_latest"_s), u"promoted"_s, false, {}, this);
    promoter->start();
    AWAIT_OK(promoter);
    QCOMPARE(m_front->hits(Fault::Status), 1);
    QVERIFY(m_backend->hasManifest(u"zuul/app"_s, u"promoted"_s));
    QCOMPARE(promoter->digest().toString(), m_digest);
    delete promoter;

    // The manifest PUT always fails: the new tag never appears and the temporary tag is kept, because it is
    // only removed once the promotion stands.
    m_front->addRule(status(500, "PUT", kManifests, -1));
    auto* failing = new Promoter(frontClient(), front(u"zuul/app:change_1_latest"_s), u"never"_s, true, {}, this);
    failing->start();
    AWAIT_JOB(failing);
    QVERIFY(failing->error());
    QVERIFY2(failing->error().message().contains(u"500"_s), qPrintable(failing->error().message()));
    QVERIFY(!m_backend->hasManifest(u"zuul/app"_s, u"never"_s));
    QVERIFY(m_backend->hasManifest(u"zuul/app"_s, u"change_1_latest"_s));
    delete failing;
}

void TestFaultInjection::diffSurvivesResetAndRefusesCorruption()
{
    auto diff = [&](const QString& cacheDir) {
        auto* c = frontClient();
        auto* job = new ImageDiffJob({c, u"zuul/app"_s, u"latest"_s, u"a"_s}, {c, u"zuul/app"_s, u"v2"_s, u"b"_s},
                                     std::nullopt, {}, std::make_shared<IndexCache>(cacheDir), this);
        job->start();
        return job;
    };
    // Every layer's first read is cut: the download resumes and the diff is exact.
    m_front->addRule(rule(Fault::Reset, "GET", kBlobs, 3));
    auto* ok = diff(m_dir.filePath(u"index-cache-reset"_s));
    AWAIT_OK(ok);
    QVERIFY(m_front->hits(Fault::Reset) >= 1);
    QCOMPARE(ok->result()->count(ImageDiff::Status::Added), 1);
    delete ok;

    // Corrupt bytes: refused, and nothing enters the cache.
    const auto cacheDir = m_dir.filePath(u"index-cache-corrupt"_s);
    m_front->clearRules();
    m_front->addRule(rule(Fault::CorruptBody, "GET", kBlobs, -1));
    auto* bad = diff(cacheDir);
    AWAIT_JOB(bad);
    QCOMPARE(bad->error().kind(), RegistryError::Kind::DigestMismatch);
    QVERIFY(m_front->hits(Fault::CorruptBody) >= 1);
    const auto cached = QDir(cacheDir).entryList(QDir::Files | QDir::NoDotAndDotDot);
    QVERIFY2(cached.isEmpty(), qPrintable(cached.join(u", "_s)));
    delete bad;
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "TestFaultInjection.moc"
