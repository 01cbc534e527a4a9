// The transfer engine against real registries: copies between and within registry:2 instances (basic and
// token auth), interruptions, corrupt sources, promote, untag, delete; skopeo checks the results.
#include "JobWait.h"
#include "RegistryProcess.h"
#include "Skopeo.h"
#include "TestImage.h"
#include "TestPki.h"
#include "TestServer.h"
#include "registry/BlobJob.h"
#include "registry/ListJob.h"
#include "registry/ManifestJob.h"
#include "registry/RegistryClient.h"
#include "registry/UploadJob.h"
#include "transfer/ImageCopier.h"
#include "transfer/ManifestDeleter.h"
#include "transfer/Promoter.h"
#include "transfer/TagRemover.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "METHOD path status" of each request registry:2's access log has recorded since the log had `from` bytes.
QStringList requestsSince(const RegistryProcess& registry, qint64 from)
{
    QFile log(registry.logFile());
    if (!log.open(QIODevice::ReadOnly) || !log.seek(from)) {
        return {};
    }
    static const QRegularExpression line(QStringLiteral(R"re("(\w+) (\S+) HTTP/[\d.]+" (\d+) )re"));
    QStringList requests;
    for (auto it = line.globalMatch(QString::fromUtf8(log.readAll())); it.hasNext();) {
        const auto match = it.next();
        requests << match.captured(1) + QLatin1Char(' ') + match.captured(2) + QLatin1Char(' ') + match.captured(3);
    }
    return requests;
}

qint64 logSize(const RegistryProcess& registry)
{
    return QFileInfo(registry.logFile()).size();
}

} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void copiesBetweenRegistries_data();
    void copiesBetweenRegistries();
    void copyWithinRegistryMounts();
    void copyAllKeepsIndexDigest();
    void copyOnePlatform();
    void copyAgainMovesNothing();
    void coldCopyAsksTheDestinationOnce();
    void destinationDyingMidBlobLeavesNoManifest();
    void destinationRestartedMidCopyResumes();
    void corruptSourceBlobFailsWithoutManifest();
    void cancelLeavesNoManifest();
    void promoteMovesOnlyTheManifest();
    void promoteRemovesTemporaryTagOnly();
    void untagKeepsTheOtherTag();
    void untagWithDeletesDisabledChangesNothing();
    void dockerHubRouteUsesItsWebApi();
    void quayRouteUsesItsApi();
    void deleteListsEveryTagFirst();

private:
    RegistryClient* client(const RegistryProcess& registry);
    Reference ref(const RegistryProcess& registry, const QString& rest) const;
    QString push(const RegistryProcess& registry, const QString& layout, const QString& target);
    ImageCopier* copy(RegistryClient* from, const Reference& source, RegistryClient* to, const Reference& destination,
                      CopyOptions options = {});

    QTemporaryDir m_work;
    std::unique_ptr<RegistryProcess> m_a;     // htpasswd
    std::unique_ptr<RegistryProcess> m_token; // token auth
    QString m_imageLayout;
    QString m_bigLayout;
    QString m_indexLayout;
    QString m_imageDigest;
    QString m_indexDigest;
    QString m_bigDigest;
    TestImage m_big;
    QList<RegistryClient*> m_clients;
};

RegistryClient* TestTransfer::client(const RegistryProcess& registry)
{
    auto* c = new RegistryClient(*RegistryAddress::parse(registry.hostPort()), this);
    RegistryOptions options;
    options.caCertificates = QSslCertificate::fromPath(registry.caFile());
    options.retryBaseDelayMs = 50;
    options.maxRetries = 1;
    options.transferTimeoutMs = 20'000;
    c->setOptions(options);
    c->setCredentials({registry.username(), registry.password(), false});
    m_clients << c;
    return c;
}

Reference TestTransfer::ref(const RegistryProcess& registry, const QString& rest) const
{
    return *Reference::parse(registry.hostPort() + QLatin1Char('/') + rest);
}

QString TestTransfer::push(const RegistryProcess& registry, const QString& layout, const QString& target)
{
    QString digest;
    QString error;
    if (!TestImage::pushWithSkopeo(layout, registry.hostPort() + QLatin1Char('/') + target, registry, &digest,
                                   &error)) {
        qWarning("%s", qPrintable(error));
    }
    return digest;
}

ImageCopier* TestTransfer::copy(RegistryClient* from, const Reference& source, RegistryClient* to,
                                const Reference& destination, CopyOptions options)
{
    options.retryDelayMs = std::min(options.retryDelayMs, 200);
    return new ImageCopier(from, source, to, destination, options, this);
}

void TestTransfer::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    if (QTest::currentTestFailed()) {
        m_a->dumpLogOnFailure();
    }
}

void TestTransfer::initTestCase()
{
    QString error;
    m_a = std::make_unique<RegistryProcess>();
    QVERIFY2(m_a->start(&error), qPrintable(error));
    RegistryProcess::Options tokenOptions;
    tokenOptions.auth = RegistryProcess::AuthMode::Token;
    m_token = std::make_unique<RegistryProcess>(tokenOptions);
    QVERIFY2(m_token->start(&error), qPrintable(error));

    TestImage image;
    for (int i = 0; i < 4; ++i) {
        image.addLayer({TestImage::Entry(QStringLiteral("layer%1/file").arg(i), QByteArray("content ").repeated(i + 1)),
                        TestImage::Entry::randomFile(QStringLiteral("layer%1/data").arg(i), 300 * 1024 + i, i + 1)});
    }
    m_imageLayout = image.writeLayout(m_work.filePath(QStringLiteral("image")), QStringLiteral("v1"), &error);
    QVERIFY2(!m_imageLayout.isEmpty(), qPrintable(error));
    m_imageDigest = push(*m_a, m_imageLayout, QStringLiteral("zuul/app:v1"));
    QCOMPARE(m_imageDigest, image.manifestDigest());

    TestImage amd64;
    amd64.addLayer({TestImage::Entry(QStringLiteral("arch"), "amd64\n")});
    TestImage arm64;
    arm64.setPlatform(QStringLiteral("linux"), QStringLiteral("arm64"), QStringLiteral("v8"));
    arm64.addLayer({TestImage::Entry(QStringLiteral("arch"), "arm64\n")});
    m_indexLayout = TestImage::writeIndexLayout(m_work.filePath(QStringLiteral("index")), QStringLiteral("1.0"),
                                                {amd64, arm64}, nullptr, &error);
    m_indexDigest = push(*m_a, m_indexLayout, QStringLiteral("zuul/multi:1.0"));
    QVERIFY(!m_indexDigest.isEmpty());

    m_big.addLayer({TestImage::Entry::randomFile(QStringLiteral("big.bin"), 48 * 1024 * 1024, 99)});
    m_bigLayout = m_big.writeLayout(m_work.filePath(QStringLiteral("big")), QStringLiteral("v1"), &error);
    m_bigDigest = push(*m_a, m_bigLayout, QStringLiteral("zuul/big:v1"));
    QVERIFY(!m_bigDigest.isEmpty());
}

void TestTransfer::copiesBetweenRegistries_data()
{
    QTest::addColumn<bool>("toToken");
    QTest::newRow("htpasswd to token") << true;
    QTest::newRow("token to htpasswd") << false;
}

void TestTransfer::copiesBetweenRegistries()
{
    QFETCH(bool, toToken);
    auto& source = toToken ? *m_a : *m_token;
    auto& destination = toToken ? *m_token : *m_a;
    if (!toToken) {
        push(*m_token, m_imageLayout, QStringLiteral("zuul/app:v1"));
    }
    const auto target =
        QStringLiteral("copied/app:from-%1").arg(toToken ? QStringLiteral("a") : QStringLiteral("token"));
    auto* job =
        copy(client(source), ref(source, QStringLiteral("zuul/app:v1")), client(destination), ref(destination, target));
    QList<TransferEvent> events;
    connect(job, &Job::transferEvent, this, [&](const TransferEvent& e) { events << e; });
    AWAIT_OK(job);
    QCOMPARE(job->digest().toString(), m_imageDigest);
    if (toToken) {
        QCOMPARE(job->summary().copied, 5); // config + 4 layers
        QVERIFY(job->summary().bytesTransferred > 4 * 300 * 1024);
    } else {
        // The htpasswd registry already holds these blobs in zuul/app: known locations are mounted from.
        QCOMPARE(job->summary().copied + job->summary().mounted, 5);
    }
    const auto raw = Skopeo::inspectRaw(Skopeo::dockerReference(destination, target), destination);
    QVERIFY2(raw.ok(), qPrintable(raw.describe()));
    QCOMPARE(TestImage::digestOf(raw.out), m_imageDigest);
    // skopeo pulls every blob and checks its digest.
    const auto pulled = Skopeo::copy(Skopeo::dockerReference(destination, target),
                                     QStringLiteral("oci:") + m_work.filePath(QStringLiteral("pulled-%1").arg(toToken)),
                                     &destination, nullptr);
    QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
    const auto copied = std::count_if(events.begin(), events.end(), [](const TransferEvent& e) {
        return e.kind == TransferEvent::Kind::BlobCopied && e.ok;
    });
    QCOMPARE(copied, job->summary().copied);
    QCOMPARE(events.last().kind, TransferEvent::Kind::ManifestPut); // manifests last
}

void TestTransfer::copyWithinRegistryMounts()
{
    auto* c = client(*m_a);
    auto* job = copy(c, ref(*m_a, QStringLiteral("zuul/app:v1")), c, ref(*m_a, QStringLiteral("other/app:mounted")));
    AWAIT_OK(job);
    QCOMPARE(job->summary().mounted, 5);
    QCOMPARE(job->summary().copied, 0);
    QCOMPARE(job->summary().bytesTransferred, 0);
    QVERIFY(m_a->hasManifest(QStringLiteral("other/app"), m_imageDigest));

    // Within the token registry the mount needs a token for both repositories.
    push(*m_token, m_imageLayout, QStringLiteral("zuul/app:v1"));
    auto* t = client(*m_token);
    auto* tokenJob =
        copy(t, ref(*m_token, QStringLiteral("zuul/app:v1")), t, ref(*m_token, QStringLiteral("mounted/app:v1")));
    AWAIT_OK(tokenJob);
    QCOMPARE(tokenJob->summary().mounted, 5);
}

void TestTransfer::copyAllKeepsIndexDigest()
{
    auto* job = copy(client(*m_a), ref(*m_a, QStringLiteral("zuul/multi:1.0")), client(*m_token),
                     ref(*m_token, QStringLiteral("zuul/multi:1.0")), {CopyOptions::Platforms::All});
    AWAIT_OK(job);
    QCOMPARE(job->digest().toString(), m_indexDigest);
    QCOMPARE(job->summary().manifests, 3);
    const auto raw = Skopeo::inspectRaw(Skopeo::dockerReference(*m_token, QStringLiteral("zuul/multi:1.0")), *m_token);
    QVERIFY2(raw.ok(), qPrintable(raw.describe()));
    QCOMPARE(TestImage::digestOf(raw.out), m_indexDigest);
    const auto arm =
        Skopeo::run(QStringList{QStringLiteral("inspect"), QStringLiteral("--override-arch"), QStringLiteral("arm64"),
                                QStringLiteral("--override-variant"), QStringLiteral("v8")} +
                    Skopeo::registryArguments({}, *m_token) +
                    QStringList{Skopeo::dockerReference(*m_token, QStringLiteral("zuul/multi:1.0"))});
    QVERIFY2(arm.ok(), qPrintable(arm.describe()));
    QCOMPARE(QJsonDocument::fromJson(arm.out).object().value(QLatin1String("Architecture")).toString(),
             QStringLiteral("arm64"));
}

void TestTransfer::copyOnePlatform()
{
    CopyOptions options;
    options.platforms = CopyOptions::Platforms::One;
    options.platform = *Platform::parse(QStringLiteral("linux/arm64"));
    auto* job = copy(client(*m_a), ref(*m_a, QStringLiteral("zuul/multi:1.0")), client(*m_a),
                     ref(*m_a, QStringLiteral("zuul/arm:only")), options);
    AWAIT_OK(job);
    QVERIFY(job->digest().toString() != m_indexDigest);
    QCOMPARE(job->mediaType(), QStringLiteral("application/vnd.oci.image.manifest.v1+json"));
    QCOMPARE(job->summary().manifests, 1);

    options.platform = *Platform::parse(QStringLiteral("linux/s390x"));
    auto* missing = copy(client(*m_a), ref(*m_a, QStringLiteral("zuul/multi:1.0")), client(*m_a),
                         ref(*m_a, QStringLiteral("zuul/arm:none")), options);
    AWAIT_JOB(missing);
    QCOMPARE(missing->error().kind(), RegistryError::Kind::NotFound);
    QVERIFY2(missing->error().message().contains(QLatin1String("linux/amd64, linux/arm64/v8")),
             qPrintable(missing->error().message()));
}

void TestTransfer::copyAgainMovesNothing()
{
    const auto target = ref(*m_token, QStringLiteral("again/app:v1"));
    auto* first = copy(client(*m_a), ref(*m_a, QStringLiteral("zuul/app:v1")), client(*m_token), target);
    AWAIT_OK(first);
    auto* second = copy(client(*m_a), ref(*m_a, QStringLiteral("zuul/app:v1")), client(*m_token), target);
    AWAIT_OK(second);
    QCOMPARE(second->summary().copied, 0);
    QCOMPARE(second->summary().bytesTransferred, 0);
    QCOMPARE(second->summary().skipped, 5);
    // A new tag in the same repository: still no blob moves.
    auto* third = copy(client(*m_a), ref(*m_a, QStringLiteral("zuul/app:v1")), client(*m_token),
                       ref(*m_token, QStringLiteral("again/app:v2")));
    AWAIT_OK(third);
    QCOMPARE(third->summary().bytesTransferred, 0);
}

// A cold copy asks the destination one question about the image, whether it has the largest blob: a repository
// without it cannot hold the image, so the manifest's HEAD is left out. Blobs under 256 KiB (the configuration
// here) go up without a HEAD, and no blob is asked about twice. Only a destination that has the largest blob is
// asked for the tag, and one whose tag names the manifest already gets nothing more. Mounts are off: earlier
// cases leave these blobs elsewhere in the registry.
void TestTransfer::coldCopyAsksTheDestinationOnce()
{
    const auto heads = [](const QStringList& requests, const QString& kind) {
        return requests.filter(QRegularExpression(u"^HEAD /v2/probe/app/%1/\\S+ (200|404)$"_s.arg(kind)));
    };
    CopyOptions options;
    options.mount = false;
    auto* reader = client(*m_a);
    auto* manifestJob = reader->getManifest(QStringLiteral("zuul/app"), QStringLiteral("v1"));
    AWAIT_OK(manifestJob);
    const auto manifest = *manifestJob->manifest();
    const auto source = ref(*m_a, QStringLiteral("zuul/app:v1"));
    auto mark = logSize(*m_token);
    auto* cold = copy(reader, source, client(*m_token), ref(*m_token, QStringLiteral("probe/app:v1")), options);
    AWAIT_OK(cold);
    auto requests = requestsSince(*m_token, mark);
    QCOMPARE(cold->summary().copied, 5);
    const auto blobHeads = heads(requests, u"blobs"_s);
    QCOMPARE(blobHeads.size(), manifest.layers().size()); // every layer is over 256 KiB
    for (const auto& layer : manifest.layers()) {
        QCOMPARE(blobHeads.filter(layer.digest.toString()).size(), 1);
    }
    QVERIFY(blobHeads.filter(manifest.config().digest.toString()).isEmpty());
    QVERIFY2(heads(requests, u"manifests"_s).isEmpty(), qPrintable(requests.join(u'\n')));
    QCOMPARE(requests.filter(QRegularExpression(u"^POST /v2/probe/app/blobs/uploads/ 202$"_s)).size(), 5);

    // Copied again: the largest blob is there, so the tag is asked for, and it names the manifest.
    mark = logSize(*m_token);
    auto* again = copy(reader, source, client(*m_token), ref(*m_token, QStringLiteral("probe/app:v1")), options);
    AWAIT_OK(again);
    requests = requestsSince(*m_token, mark);
    QCOMPARE(again->summary().skipped, 5);
    QCOMPARE(heads(requests, u"blobs"_s).size(), 1);
    QCOMPARE(heads(requests, u"manifests"_s), QStringList{u"HEAD /v2/probe/app/manifests/v1 200"_s});
    // The tag already names the manifest: nothing is sent, nothing is put.
    QVERIFY2(requests.filter(u"POST "_s).isEmpty(), qPrintable(requests.join(u'\n')));
    QVERIFY2(requests.filter(u"PUT "_s).isEmpty(), qPrintable(requests.join(u'\n')));

    // A repository holding only the largest blob: asked once, skipped, and the rest goes up.
    const auto layers = manifest.layers();
    const auto largest = *std::max_element(layers.begin(), layers.end(),
                                           [](const Descriptor& a, const Descriptor& b) { return a.size < b.size; });
    QBuffer bytes;
    bytes.open(QIODevice::ReadWrite);
    auto* download = reader->getBlob(QStringLiteral("zuul/app"), largest.digest, largest.size, &bytes);
    AWAIT_OK(download);
    bytes.seek(0);
    auto* writer = client(*m_token);
    auto* upload = writer->uploadBlob(QStringLiteral("probe/partial"), largest.digest, largest.size, &bytes);
    AWAIT_OK(upload);
    mark = logSize(*m_token);
    auto* partial = copy(reader, source, writer, ref(*m_token, QStringLiteral("probe/partial:v1")), options);
    AWAIT_OK(partial);
    requests = requestsSince(*m_token, mark);
    QCOMPARE(partial->summary().skipped, 1);
    QCOMPARE(partial->summary().copied, 4);
    QCOMPARE(requests
                 .filter(QRegularExpression(u"^HEAD /v2/probe/partial/blobs/"_s +
                                            QRegularExpression::escape(largest.digest.toString())))
                 .size(),
             1);
    // The tag is not there, and neither is the manifest by its digest.
    QCOMPARE(requests.filter(QRegularExpression(u"^HEAD /v2/probe/partial/manifests/\\S+ 404$"_s)),
             (QStringList{u"HEAD /v2/probe/partial/manifests/v1 404"_s,
                          u"HEAD /v2/probe/partial/manifests/%1 404"_s.arg(manifestJob->digest().toString())}));
    const auto pulled = Skopeo::copy(Skopeo::dockerReference(*m_token, QStringLiteral("probe/partial:v1")),
                                     QStringLiteral("oci:") + m_work.filePath(QStringLiteral("pulled-partial")),
                                     m_token.get(), nullptr);
    QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
}

void TestTransfer::destinationDyingMidBlobLeavesNoManifest()
{
    RegistryProcess destination;
    QString error;
    QVERIFY2(destination.start(&error), qPrintable(error));
    CopyOptions options;
    options.blobAttempts = 2;
    auto* job = copy(client(*m_a), ref(*m_a, QStringLiteral("zuul/big:v1")), client(destination),
                     ref(destination, QStringLiteral("zuul/big:v1")), options);
    bool killed = false;
    connect(job, &Job::progress, this, [&](qint64 done, qint64) {
        if (!killed && done > 4 * 1024 * 1024) {
            killed = true;
            destination.stop();
        }
    });
    AWAIT_JOB(job);
    QVERIFY(killed);
    QVERIFY(job->error());
    QCOMPARE(job->error().kind(), RegistryError::Kind::Network);
    QVERIFY2(job->error().message().contains(QLatin1String("no manifest was written")),
             qPrintable(job->error().message()));
    QVERIFY2(destination.restart(&error), qPrintable(error));
    QVERIFY(!destination.hasManifest(QStringLiteral("zuul/big"), QStringLiteral("v1")));
    QVERIFY(!destination.hasManifest(QStringLiteral("zuul/big"), m_bigDigest));
    // The same copy afterwards completes, with the source digest.
    auto* again = copy(client(*m_a), ref(*m_a, QStringLiteral("zuul/big:v1")), client(destination),
                       ref(destination, QStringLiteral("zuul/big:v1")));
    AWAIT_OK(again);
    QCOMPARE(again->digest().toString(), m_bigDigest);
}

void TestTransfer::destinationRestartedMidCopyResumes()
{
    RegistryProcess destination;
    QString error;
    QVERIFY2(destination.start(&error), qPrintable(error));
    CopyOptions options;
    options.blobAttempts = 4;
    options.retryDelayMs = 200;
    auto* job = new ImageCopier(client(*m_a), ref(*m_a, QStringLiteral("zuul/big:v1")), client(destination),
                                ref(destination, QStringLiteral("zuul/big:v1")), options, this);
    bool killed = false;
    bool restarted = false;
    connect(job, &Job::progress, this, [&](qint64 done, qint64) {
        if (!killed && done > 4 * 1024 * 1024) {
            killed = true;
            destination.stop();
        }
    });
    connect(job, &Job::transferEvent, this, [&](const TransferEvent& e) {
        if (e.kind == TransferEvent::Kind::Note && killed && !restarted) {
            restarted = destination.restart();
        }
    });
    AWAIT_OK(job);
    QVERIFY(killed && restarted);
    QCOMPARE(job->digest().toString(), m_bigDigest);
    const auto raw =
        Skopeo::inspectRaw(Skopeo::dockerReference(destination, QStringLiteral("zuul/big:v1")), destination);
    QCOMPARE(TestImage::digestOf(raw.out), m_bigDigest);
}

void TestTransfer::corruptSourceBlobFailsWithoutManifest()
{
    RegistryProcess source;
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    push(source, m_imageLayout, QStringLiteral("zuul/rot:v1"));
    // Flip one byte of a layer in the source's storage: the registry serves it as if nothing happened.
    QString layerDigest;
    for (const auto& line : QDir(source.dataDir() + QStringLiteral("/docker/registry/v2/blobs/sha256"))
                                .entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const auto& hex : QDir(source.dataDir() + QStringLiteral("/docker/registry/v2/blobs/sha256/") + line)
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile data(source.dataDir() + QStringLiteral("/docker/registry/v2/blobs/sha256/%1/%2/data").arg(line, hex));
            if (data.size() > 100 * 1024 && layerDigest.isEmpty()) {
                QVERIFY(data.open(QIODevice::ReadWrite));
                data.seek(data.size() / 2);
                char c = 0;
                data.getChar(&c);
                data.seek(data.size() / 2);
                data.putChar(static_cast<char>(c ^ 0x20));
                layerDigest = QStringLiteral("sha256:") + hex;
            }
        }
    }
    QVERIFY(!layerDigest.isEmpty());
    // A destination that has never seen these blobs, so they must really stream.
    RegistryProcess destination;
    QVERIFY2(destination.start(&error), qPrintable(error));
    auto* job = copy(client(source), ref(source, QStringLiteral("zuul/rot:v1")), client(destination),
                     ref(destination, QStringLiteral("rot/app:v1")));
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::DigestMismatch);
    QVERIFY2(job->error().message().contains(layerDigest.left(11)), qPrintable(job->error().message()));
    QVERIFY(!destination.hasManifest(QStringLiteral("rot/app"), QStringLiteral("v1")));
    auto* head = client(destination)->headBlob(QStringLiteral("rot/app"), *Digest::parse(layerDigest));
    AWAIT_OK(head);
    QVERIFY2(!head->exists(), "the corrupt blob must not be stored under its digest");
}

void TestTransfer::cancelLeavesNoManifest()
{
    RegistryProcess destination;
    QString error;
    QVERIFY2(destination.start(&error), qPrintable(error));
    auto* job = copy(client(*m_a), ref(*m_a, QStringLiteral("zuul/big:v1")), client(destination),
                     ref(destination, QStringLiteral("zuul/big:v1")));
    connect(job, &Job::progress, this, [job](qint64 done, qint64) {
        if (done > 2 * 1024 * 1024) {
            job->cancel();
        }
    });
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::Cancelled);
    QTest::qWait(300);
    QVERIFY(!destination.hasManifest(QStringLiteral("zuul/big"), QStringLiteral("v1")));
}

void TestTransfer::promoteMovesOnlyTheManifest()
{
    push(*m_a, m_imageLayout, QStringLiteral("pub/app:change_42_latest"));
    auto* c = client(*m_a);
    int blobRequests = 0;
    connect(c, &RegistryClient::trace, this, [&](const QString& line) {
        if (line.startsWith(QLatin1String("> ")) && line.contains(QLatin1String("/blobs/"))) {
            ++blobRequests;
        }
    });
    auto* job = new Promoter(c, ref(*m_a, QStringLiteral("pub/app:change_42_latest")), QStringLiteral("latest"), false,
                             {}, this);
    AWAIT_OK(job);
    QCOMPARE(blobRequests, 0);
    QCOMPARE(job->digest().toString(), m_imageDigest);
    const auto raw = Skopeo::inspectRaw(Skopeo::dockerReference(*m_a, QStringLiteral("pub/app:latest")), *m_a);
    QCOMPARE(TestImage::digestOf(raw.out), m_imageDigest);
    QVERIFY(m_a->hasManifest(QStringLiteral("pub/app"), QStringLiteral("change_42_latest")));
}

void TestTransfer::promoteRemovesTemporaryTagOnly()
{
    push(*m_a, m_imageLayout, QStringLiteral("pub/web:change_43_latest"));
    auto* job = new Promoter(client(*m_a), ref(*m_a, QStringLiteral("pub/web:change_43_latest")),
                             QStringLiteral("latest"), true, {}, this);
    AWAIT_OK(job);
    QCOMPARE(job->removalRoute(), TagRemover::Route::UniqueManifest);
    QVERIFY(!m_a->hasManifest(QStringLiteral("pub/web"), QStringLiteral("change_43_latest")));
    QVERIFY(m_a->hasManifest(QStringLiteral("pub/web"), QStringLiteral("latest")));
    const auto raw = Skopeo::inspectRaw(Skopeo::dockerReference(*m_a, QStringLiteral("pub/web:latest")), *m_a);
    QCOMPARE(TestImage::digestOf(raw.out), m_imageDigest);
}

void TestTransfer::untagKeepsTheOtherTag()
{
    push(*m_a, m_imageLayout, QStringLiteral("two/tags:first"));
    push(*m_a, m_imageLayout, QStringLiteral("two/tags:second"));
    auto* job = new TagRemover(client(*m_a), ref(*m_a, QStringLiteral("two/tags:first")), {}, this);
    AWAIT_OK(job);
    QCOMPARE(job->route(), TagRemover::Route::UniqueManifest);
    QCOMPARE(job->previousDigest().toString(), m_imageDigest);
    QVERIFY(!m_a->hasManifest(QStringLiteral("two/tags"), QStringLiteral("first")));
    QVERIFY(m_a->hasManifest(QStringLiteral("two/tags"), QStringLiteral("second")));
    QVERIFY(m_a->hasManifest(QStringLiteral("two/tags"), m_imageDigest));
    auto* tags = client(*m_a)->tags(QStringLiteral("two/tags"));
    AWAIT_OK(tags);
    QCOMPARE(tags->items(), QStringList{QStringLiteral("second")});
}

void TestTransfer::untagWithDeletesDisabledChangesNothing()
{
    RegistryProcess::Options options;
    options.deleteEnabled = false;
    RegistryProcess registry(options);
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    push(registry, m_imageLayout, QStringLiteral("keep/app:a"));
    auto* job = new TagRemover(client(registry), ref(registry, QStringLiteral("keep/app:a")), {}, this);
    AWAIT_JOB(job);
    QCOMPARE(job->error().kind(), RegistryError::Kind::Unsupported);
    QVERIFY2(job->error().message().contains(QLatin1String("storage.delete.enabled")),
             qPrintable(job->error().message()));
    const auto raw = Skopeo::inspectRaw(Skopeo::dockerReference(registry, QStringLiteral("keep/app:a")), registry);
    QCOMPARE(TestImage::digestOf(raw.out), m_imageDigest);
}

void TestTransfer::dockerHubRouteUsesItsWebApi()
{
    // Docker Hub deletes tags only through its web API; a local server speaks its two endpoints.
    push(*m_a, m_imageLayout, QStringLiteral("hubns/app:change_7_latest"));
    TestServer hub;
    hub.setTls(TestPki(QFileInfo(m_a->caFile()).absolutePath()).serverCert(),
               TestPki(QFileInfo(m_a->caFile()).absolutePath()).serverKey());
    hub.setHandler([](const TestRequest& request) {
        if (request.method == "POST" && request.path() == QLatin1String("/v2/users/login/")) {
            const auto body = QJsonDocument::fromJson(request.body).object();
            if (body.value(QLatin1String("password")).toString() != QLatin1String("secret-pw-1")) {
                return TestResponse::json(401, QByteArray(R"({"detail":"Incorrect authentication credentials."})"));
            }
            return TestResponse::json(200, QByteArray(R"({"token":"hub-jwt-123"})"));
        }
        if (request.method == "DELETE" &&
            request.path() == QLatin1String("/v2/repositories/hubns/app/tags/change_7_latest/") &&
            request.header("Authorization") == "JWT hub-jwt-123") {
            return TestResponse::empty(204);
        }
        return TestResponse::json(404, QByteArray(R"({"detail":"Not found."})"));
    });
    QString error;
    QVERIFY2(hub.start(&error), qPrintable(error));
    TagRemoverOptions options;
    options.route = static_cast<int>(TagRemover::Route::DockerHubApi);
    options.dockerHubApi = hub.baseUrl();
    auto* job = new TagRemover(client(*m_a), ref(*m_a, QStringLiteral("hubns/app:change_7_latest")), options, this);
    AWAIT_OK(job);
    QCOMPARE(job->route(), TagRemover::Route::DockerHubApi);
    const auto requests = hub.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(!requests[0].hasHeader("Authorization")); // the login sends the password in the body, once
    QCOMPARE(requests[1].header("Authorization"), QByteArray("JWT hub-jwt-123"));
}

void TestTransfer::quayRouteUsesItsApi()
{
    push(*m_a, m_imageLayout, QStringLiteral("quayns/app:change_8_latest"));
    TestServer quay;
    const TestPki pki(QFileInfo(m_a->caFile()).absolutePath());
    quay.setTls(pki.serverCert(), pki.serverKey());
    quay.setHandler([](const TestRequest& request) {
        if (request.method == "DELETE" &&
            request.path() == QLatin1String("/api/v1/repository/quayns/app/tag/change_8_latest") &&
            request.header("Authorization") == "Bearer quay-app-token") {
            return TestResponse::empty(204);
        }
        return TestResponse::json(403, QByteArray(R"({"error_message":"Unauthorized"})"));
    });
    QString error;
    QVERIFY2(quay.start(&error), qPrintable(error));
    TagRemoverOptions options;
    options.route = static_cast<int>(TagRemover::Route::QuayApi);
    options.quayApi = quay.baseUrl();
    options.quayToken = QStringLiteral("quay-app-token");
    auto* job = new TagRemover(client(*m_a), ref(*m_a, QStringLiteral("quayns/app:change_8_latest")), options, this);
    AWAIT_OK(job);
    QCOMPARE(job->route(), TagRemover::Route::QuayApi);
    QCOMPARE(quay.requestCount(), 1);

    options.quayToken = QStringLiteral("wrong-token");
    auto* refused =
        new TagRemover(client(*m_a), ref(*m_a, QStringLiteral("quayns/app:change_8_latest")), options, this);
    AWAIT_JOB(refused);
    QCOMPARE(refused->error().kind(), RegistryError::Kind::Denied);
}

void TestTransfer::deleteListsEveryTagFirst()
{
    TestImage image;
    image.addLayer({TestImage::Entry(QStringLiteral("victim"), "x\n")});
    QString error;
    const auto layout = image.writeLayout(m_work.filePath(QStringLiteral("victim")), QStringLiteral("a"), &error);
    push(*m_a, layout, QStringLiteral("del/app:a"));
    push(*m_a, layout, QStringLiteral("del/app:b"));
    push(*m_a, m_imageLayout, QStringLiteral("del/app:other"));
    auto* dry = new ManifestDeleter(client(*m_a), ref(*m_a, QStringLiteral("del/app:a")), true, this);
    AWAIT_OK(dry);
    QCOMPARE(dry->affectedTags(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(m_a->hasManifest(QStringLiteral("del/app"), QStringLiteral("a")));
    auto* real = new ManifestDeleter(client(*m_a), ref(*m_a, QStringLiteral("del/app:a")), false, this);
    AWAIT_OK(real);
    QVERIFY(!m_a->hasManifest(QStringLiteral("del/app"), QStringLiteral("a")));
    QVERIFY(!m_a->hasManifest(QStringLiteral("del/app"), QStringLiteral("b")));
    QVERIFY(m_a->hasManifest(QStringLiteral("del/app"), QStringLiteral("other")));
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "TestTransfer.moc"
