// zuul-registry, which cannot be installed here, played by FaultServer's zuul-registry profile in front of a real
// registry:2 (answering as zuul-registry's code does: bearer tokens, no _catalog, no DELETE, no mount, PATCH 204,
// one manifest per tag and Content-Type, one namespace for blobs): listing by repository name, copies to, from
// and within it (also by skopeo), chunked uploads and a mount it does not know. Promotion, refusals and the
// rehearsal on it are in TestLenientRegistries.
#include "FaultServer.h"
#include "JobWait.h"
#include "RegistryProcess.h"
#include "TestClient.h"
#include "TestHttpClient.h"
#include "TestImage.h"
#include "TestPki.h"
#include "TestProcess.h"
#include "ZuulRegistryFront.h"
#include "registry/ListJob.h"
#include "registry/ManifestJob.h"
#include "registry/RegistryClient.h"
#include "registry/UploadJob.h"
#include "transfer/ImageCopier.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
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
    void copyWithinItFindsEveryBlobAlready();
    void mountItDoesNotKnowBecomesAPlainUpload();
    void skopeoReadsWhatWeWrote();
    void chunkedUploadAcceptsPatch204();
    void keepsOneManifestPerContentType();

private:
    RegistryClient* zuulClient();
    RegistryClient* client(const RegistryProcess& registry);
    Reference zuul(const QString& rest) const;
    Reference at(const RegistryProcess& registry, const QString& rest) const;
    QString zuulDigest(const QString& repository, const QString& reference, const QByteArray& accept) const;
    static bool run(Job* job);

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
    m_clients << newTestClient(m_zuul->hostPort(), m_pki->caCert(), m_backend->username(), m_backend->password(), this);
    return m_clients.last();
}

RegistryClient* TestZuulRegistryProfile::client(const RegistryProcess& registry)
{
    m_clients << newTestClient(registry.hostPort(), registry.caFile(), registry.username(), registry.password(), this);
    return m_clients.last();
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
    const auto reply =
        http.request("GET", QUrl(m_zuul->baseUrl().toString() + u"/v2/"_s + repository + u"/manifests/"_s + reference),
                     {{"Authorization", "Bearer " + ZuulRegistryFront::token("read")}, {"Accept", accept}});
    return reply.status == 200 ? TestImage::digestOf(reply.body) : QString();
}

bool TestZuulRegistryProfile::run(Job* job)
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
    // zuul-registry lists a repository it never saw as one without tags.
    auto* unknown = c->tags(u"never/pushed"_s);
    AWAIT_OK(unknown);
    QVERIFY(unknown->items().isEmpty());
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

// One namespace holds every blob (zuul-registry runs un-namespaced): a copy to another repository finds them all
// there already and puts only the manifest.
void TestZuulRegistryProfile::copyWithinItFindsEveryBlobAlready()
{
    auto* c = zuulClient();
    ImageCopier first(client(*m_intermediate), at(*m_intermediate, u"zuul/app:latest"_s), c, zuul(u"within/a:1"_s));
    QVERIFY(run(&first));
    QVERIFY2(!first.error(), qPrintable(first.error().message()));
    m_zuul->clearRequests();
    ImageCopier within(c, zuul(u"within/a:1"_s), c, zuul(u"within/b:1"_s));
    QVERIFY(run(&within));
    QVERIFY2(!within.error(), qPrintable(within.error().message()));
    QCOMPARE(within.digest().toString(), m_digest);
    for (const auto& request : m_zuul->requests()) {
        QVERIFY2(request.method != "POST" && request.method != "PATCH", request.method + ' ' + request.target);
    }
    QCOMPARE(zuulDigest(u"within/b"_s, u"1"_s, "application/vnd.oci.image.manifest.v1+json"), m_digest);
}

// zuul-registry's upload start has no mount parameters, and CherryPy answers a request with unknown ones 404: the
// upload starts again plainly, and the next one does not ask.
void TestZuulRegistryProfile::mountItDoesNotKnowBecomesAPlainUpload()
{
    auto* c = zuulClient();
    UploadOptions options;
    options.mountFrom = u"mount/source"_s;
    for (const auto& text : {QByteArray("first blob mounted from nowhere\n"), QByteArray("second blob\n")}) {
        m_zuul->clearRequests();
        QBuffer source;
        source.setData(text);
        source.open(QIODevice::ReadOnly);
        auto* upload = c->uploadBlob(u"mount/target"_s, Digest::ofBytes(text), text.size(), &source, options);
        AWAIT_OK(upload);
        QVERIFY(!upload->mounted());
        const auto requests = m_zuul->requests();
        const auto asked = std::count_if(requests.begin(), requests.end(), [](const TestRequest& r) {
            return r.method == "POST" && r.query().hasQueryItem(u"mount"_s) &&
                   r.header("Authorization").startsWith("Bearer ");
        });
        QCOMPARE(asked, text.startsWith("first") ? 1 : 0);
        QCOMPARE(c->capabilities().mount, RegistryCapabilities::State::No);
        const auto head =
            TestHttpClient(m_pki->caCert())
                .request("HEAD",
                         QUrl(m_zuul->baseUrl().toString() + u"/v2/mount/target/blobs/"_s + TestImage::digestOf(text)),
                         {{"Authorization", "Bearer " + ZuulRegistryFront::token("read")}});
        QCOMPARE(head.status, 200);
    }
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

QTEST_GUILESS_MAIN(TestZuulRegistryProfile)
#include "TestZuulRegistryProfile.moc"
