// zuul-registry, which cannot be installed here, played by FaultServer's zuul-registry profile in front of a real
// registry:2 (no _catalog, no DELETE, no mount, PATCH answers 204, one manifest per tag and Content-Type): listing
// by repository name, copies to and from it (also by skopeo), chunked uploads, promotion, and a whole flow
// rehearsal with it as the buildset registry.
#include "FaultServer.h"
#include "FlowRehearsal.h"
#include "ImageCopier.h"
#include "JobWait.h"
#include "ListJob.h"
#include "ManifestJob.h"
#include "Promoter.h"
#include "RegistryClient.h"
#include "RegistryProcess.h"
#include "TestHttpClient.h"
#include "TestImage.h"
#include "TestPki.h"
#include "TestProcess.h"
#include "UploadJob.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestZuulRegistryProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void hasNoCatalogButListsTagsByName();
    void copiesToAndFromIt();
    void copyWithinItUploadsInsteadOfMounting();
    void skopeoReadsWhatWeWrote();
    void chunkedUploadAcceptsPatch204();
    void keepsOneManifestPerContentType();
    void promotesButCannotDeleteTheTemporaryTag();
    void rehearsesTheFlowAsBuildsetRegistry();

private:
    RegistryClient* zuulClient();
    RegistryClient* client(const RegistryProcess& registry);
    Reference zuul(const QString& rest) const;
    Reference at(const RegistryProcess& registry, const QString& rest) const;
    QString zuulDigest(const QString& repository, const QString& reference, const QByteArray& accept) const;
    static bool run(TransferJob* job);

    QTemporaryDir m_dir;
    FaultedRegistry m_registry;
    TestPki* m_pki = nullptr;
    RegistryProcess* m_backend = nullptr;
    FaultServer* m_zuul = nullptr;
    std::unique_ptr<RegistryProcess> m_intermediate;
    std::unique_ptr<RegistryProcess> m_publication;
    QString m_layout;
    QString m_digest;
    QList<RegistryClient*> m_clients;
};

void TestZuulRegistryProfile::initTestCase()
{
    QString error;
    QVERIFY2(m_registry.start(m_dir.filePath(u"zuul"_s), FaultServer::Profile::ZuulRegistry, &error),
             qPrintable(error));
    m_backend = m_registry.backend.get();
    m_zuul = m_registry.front.get();
    m_pki = m_registry.pki.get();
    m_intermediate = std::make_unique<RegistryProcess>();
    QVERIFY2(m_intermediate->start(&error), qPrintable(error));
    m_publication = std::make_unique<RegistryProcess>();
    QVERIFY2(m_publication->start(&error), qPrintable(error));

    TestImage image;
    image.addLayer({TestImage::Entry::randomFile(u"opt/app/data.bin"_s, 300 * 1024, 3)});
    image.addLayer({TestImage::Entry::file(u"etc/app/config"_s, "value=1\n")});
    m_layout = image.writeLayout(m_dir.filePath(u"img"_s), u"latest"_s, &error);
    QVERIFY2(!m_layout.isEmpty(), qPrintable(error));
    QVERIFY2(TestImage::pushWithSkopeo(m_layout, m_intermediate->hostPort() + u"/zuul/app:latest"_s, *m_intermediate,
                                       &m_digest, &error),
             qPrintable(error));

    // certs.d for skopeo.
    const auto certs = m_dir.filePath(u"certs.d/"_s) + m_zuul->hostPort();
    QVERIFY(QDir().mkpath(certs));
    QVERIFY(QFile::copy(m_pki->caCert(), certs + u"/ca.crt"_s));
}

void TestZuulRegistryProfile::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
}

RegistryClient* TestZuulRegistryProfile::zuulClient()
{
    auto* c = new RegistryClient(*RegistryAddress::parse(m_zuul->hostPort()), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(m_pki->caCert());
    options.retryBaseDelayMs = 20;
    c->setOptions(options);
    c->setCredentials({m_backend->username(), m_backend->password(), false});
    m_clients << c;
    return c;
}

RegistryClient* TestZuulRegistryProfile::client(const RegistryProcess& registry)
{
    auto* c = new RegistryClient(*RegistryAddress::parse(registry.hostPort()), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(registry.caFile());
    options.retryBaseDelayMs = 20;
    c->setOptions(options);
    c->setCredentials({registry.username(), registry.password(), false});
    m_clients << c;
    return c;
}

Reference TestZuulRegistryProfile::zuul(const QString& rest) const
{
    return *Reference::parse(m_zuul->hostPort() + u'/' + rest);
}

Reference TestZuulRegistryProfile::at(const RegistryProcess& registry, const QString& rest) const
{
    return *Reference::parse(registry.hostPort() + u'/' + rest);
}

// The digest of what the zuul-registry front serves for an Accept header, read independently of the code
// under test; empty when it serves nothing.
QString TestZuulRegistryProfile::zuulDigest(const QString& repository, const QString& reference,
                                            const QByteArray& accept) const
{
    const TestHttpClient http(m_pki->caCert());
    const auto reply = http.request(
        "GET", QUrl(m_zuul->baseUrl().toString() + u"/v2/"_s + repository + u"/manifests/"_s + reference),
        {{"Authorization", TestHttpClient::basicAuthorization(m_backend->username(), m_backend->password())},
         {"Accept", accept}});
    return reply.status == 200 ? TestImage::digestOf(reply.body) : QString();
}

bool TestZuulRegistryProfile::run(TransferJob* job)
{
    job->start();
    return waitForJob(job, 120'000);
}

void TestZuulRegistryProfile::hasNoCatalogButListsTagsByName()
{
    auto* c = zuulClient();
    auto* catalog = c->catalog();
    AWAIT_JOB(catalog);
    QVERIFY(catalog->error());
    QCOMPARE(catalog->error().kind(), RegistryError::Kind::Unsupported);
    QVERIFY2(catalog->error().message().contains(u"open repositories by name"_s),
             qPrintable(catalog->error().message()));

    ImageCopier copier(client(*m_intermediate), at(*m_intermediate, u"zuul/app:latest"_s), c, zuul(u"listed/app:v1"_s));
    QVERIFY(run(&copier));
    QVERIFY2(!copier.error(), qPrintable(copier.error().message()));
    auto* tags = c->tags(u"listed/app"_s);
    AWAIT_OK(tags);
    QCOMPARE(tags->items(), QStringList{u"v1"_s});
    auto* unknown = c->tags(u"never/pushed"_s);
    AWAIT_JOB(unknown);
    QCOMPARE(unknown->error().kind(), RegistryError::Kind::NotFound);
}

void TestZuulRegistryProfile::copiesToAndFromIt()
{
    ImageCopier in(client(*m_intermediate), at(*m_intermediate, u"zuul/app:latest"_s), zuulClient(),
                   zuul(u"zuul/app:latest"_s));
    QVERIFY(run(&in));
    QVERIFY2(!in.error(), qPrintable(in.error().message()));
    QCOMPARE(in.digest().toString(), m_digest);
    QCOMPARE(zuulDigest(u"zuul/app"_s, u"latest"_s, "application/vnd.oci.image.manifest.v1+json"), m_digest);

    ImageCopier out(zuulClient(), zuul(u"zuul/app:latest"_s), client(*m_publication),
                    at(*m_publication, u"back/app:1"_s));
    QVERIFY(run(&out));
    QVERIFY2(!out.error(), qPrintable(out.error().message()));
    QCOMPARE(out.digest().toString(), m_digest);
}

void TestZuulRegistryProfile::copyWithinItUploadsInsteadOfMounting()
{
    auto* c = zuulClient();
    ImageCopier first(client(*m_intermediate), at(*m_intermediate, u"zuul/app:latest"_s), c, zuul(u"mount/a:1"_s));
    QVERIFY(run(&first));
    QVERIFY2(!first.error(), qPrintable(first.error().message()));
    m_zuul->clearRequests();
    ImageCopier within(c, zuul(u"mount/a:1"_s), c, zuul(u"mount/b:1"_s));
    QVERIFY(run(&within));
    QVERIFY2(!within.error(), qPrintable(within.error().message()));
    QCOMPARE(within.digest().toString(), m_digest);
    // A mount was asked for, zuul-registry started a plain upload instead, and the bytes went up.
    const auto requests = m_zuul->requests();
    QVERIFY(std::any_of(requests.begin(), requests.end(),
                        [](const TestRequest& r) { return r.method == "POST" && r.query().hasQueryItem(u"mount"_s); }));
    QVERIFY(std::any_of(requests.begin(), requests.end(),
                        [](const TestRequest& r) { return r.method == "PUT" && r.body.size() > 100 * 1024; }));
    QCOMPARE(zuulDigest(u"mount/b"_s, u"1"_s, "application/vnd.oci.image.manifest.v1+json"), m_digest);
}

void TestZuulRegistryProfile::skopeoReadsWhatWeWrote()
{
    ImageCopier in(client(*m_intermediate), at(*m_intermediate, u"zuul/app:latest"_s), zuulClient(),
                   zuul(u"skopeo/app:latest"_s));
    QVERIFY(run(&in));
    QVERIFY2(!in.error(), qPrintable(in.error().message()));
    const auto creds = m_backend->username() + u':' + m_backend->password();
    const auto result = TestProcess::run(u"skopeo"_s,
                                         {u"--insecure-policy"_s, u"copy"_s, u"--src-cert-dir"_s,
                                          m_dir.filePath(u"certs.d/"_s) + m_zuul->hostPort(), u"--src-creds"_s, creds,
                                          u"docker://"_s + m_zuul->hostPort() + u"/skopeo/app:latest"_s,
                                          u"oci:"_s + m_dir.filePath(u"from-zuul"_s) + u":latest"_s},
                                         120'000);
    QVERIFY2(result.ok(), result.err.constData());
}

void TestZuulRegistryProfile::chunkedUploadAcceptsPatch204()
{
    const QByteArray blob = QByteArray("chunked through zuul-registry\n").repeated(10'000);
    QBuffer source;
    source.setData(blob);
    source.open(QIODevice::ReadOnly);
    UploadOptions options;
    options.chunkSize = 64 * 1024;
    m_zuul->clearRequests();
    auto* upload = zuulClient()->uploadBlob(u"chunked/app"_s, Digest::ofBytes(blob), blob.size(), &source, options);
    AWAIT_OK(upload);
    const auto requests = m_zuul->requests();
    QVERIFY(std::count_if(requests.begin(), requests.end(), [](const TestRequest& r) { return r.method == "PATCH"; }) >=
            4);
    const auto reply = TestHttpClient().request(
        "HEAD", QUrl(m_backend->baseUrl().toString() + u"/v2/chunked/app/blobs/"_s + TestImage::digestOf(blob)),
        {{"Authorization", TestHttpClient::basicAuthorization(m_backend->username(), m_backend->password())}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Length").toLongLong(), blob.size());
}

// skopeo pushes a Docker v2 form of the image under the tag that already holds the OCI form: zuul-registry keeps
// both and serves by Accept. RegistryDesk asks Docker types first, as docker does, and reads a consistent pair.
void TestZuulRegistryProfile::keepsOneManifestPerContentType()
{
    ImageCopier in(client(*m_intermediate), at(*m_intermediate, u"zuul/app:latest"_s), zuulClient(),
                   zuul(u"types/app:latest"_s));
    QVERIFY(run(&in));
    QVERIFY2(!in.error(), qPrintable(in.error().message()));
    const auto creds = m_backend->username() + u':' + m_backend->password();
    const auto pushed =
        TestProcess::run(u"skopeo"_s,
                         {u"--insecure-policy"_s, u"copy"_s, u"--format"_s, u"v2s2"_s, u"--dest-cert-dir"_s,
                          m_dir.filePath(u"certs.d/"_s) + m_zuul->hostPort(), u"--dest-creds"_s, creds, m_layout,
                          u"docker://"_s + m_zuul->hostPort() + u"/types/app:latest"_s},
                         120'000);
    QVERIFY2(pushed.ok(), pushed.err.constData());
    const auto oci = zuulDigest(u"types/app"_s, u"latest"_s, "application/vnd.oci.image.manifest.v1+json");
    const auto docker = zuulDigest(u"types/app"_s, u"latest"_s, "application/vnd.docker.distribution.manifest.v2+json");
    QCOMPARE(oci, m_digest);
    QVERIFY(!docker.isEmpty() && docker != oci);

    auto* c = zuulClient();
    auto* manifest = c->getManifest(u"types/app"_s, u"latest"_s);
    AWAIT_OK(manifest);
    QCOMPARE(manifest->manifest()->digest().toString(), docker);
    QCOMPARE(manifest->manifest()->mediaType(), u"application/vnd.docker.distribution.manifest.v2+json"_s);
    auto* tags = c->tags(u"types/app"_s);
    AWAIT_OK(tags);
    QCOMPARE(tags->items(), QStringList{u"latest"_s});
}

void TestZuulRegistryProfile::promotesButCannotDeleteTheTemporaryTag()
{
    auto* c = zuulClient();
    ImageCopier in(client(*m_intermediate), at(*m_intermediate, u"zuul/app:latest"_s), c,
                   zuul(u"promo/app:change_7_latest"_s));
    QVERIFY(run(&in));
    QVERIFY2(!in.error(), qPrintable(in.error().message()));
    Promoter promoter(c, zuul(u"promo/app:change_7_latest"_s), u"latest"_s, true);
    QVERIFY(run(&promoter));
    // The manifest went up under the final tag; the temporary one stays, and the message says why.
    QCOMPARE(zuulDigest(u"promo/app"_s, u"latest"_s, "application/vnd.oci.image.manifest.v1+json"), m_digest);
    QCOMPARE(zuulDigest(u"promo/app"_s, u"change_7_latest"_s, "application/vnd.oci.image.manifest.v1+json"), m_digest);
    QVERIFY(promoter.error());
    QCOMPARE(promoter.error().kind(), RegistryError::Kind::Unsupported);
    QVERIFY2(promoter.error().message().contains(u"latest was promoted"_s), qPrintable(promoter.error().message()));
}

void TestZuulRegistryProfile::rehearsesTheFlowAsBuildsetRegistry()
{
    RehearsalOptions options;
    options.repository = u"rehearsal/zuul"_s;
    FlowRehearsal rehearsal(client(*m_intermediate), zuulClient(), client(*m_publication), options);
    QVERIFY(run(&rehearsal));
    QVERIFY2(!rehearsal.error(), qPrintable(rehearsal.error().message()));
    for (const auto& step : rehearsal.steps()) {
        QVERIFY2(step.done && step.ok, qPrintable(step.title + u": "_s + step.detail));
    }
    QCOMPARE(rehearsal.buildsetRegistry(), m_zuul->hostPort());
    QVERIFY2(rehearsal.steps().last().detail.contains(u"does not delete"_s),
             qPrintable(rehearsal.steps().last().detail));
    // The buildset registry served the current image to the test job from its own store.
    QCOMPARE(zuulDigest(options.repository, u"latest"_s, "application/vnd.oci.image.manifest.v1+json"),
             rehearsal.currentDigest().toString());
}

QTEST_GUILESS_MAIN(TestZuulRegistryProfile)
#include "TestZuulRegistryProfile.moc"
