// FaultServer's ZuulRegistry profile held to FACTS.md §7 and to zuul-registry's own code (main.py, storage.py,
// filesystem.py), one point per test function, with raw HTTP only: a test that passes against the profile must
// mean the same against the real zuul-registry. The MinimalRegistry profile gets one test of its own.
#include "FaultServer.h"
#include "TestHttpClient.h"
#include "TestImage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Headers = TestHttpClient::Headers;
using Reply = TestHttpClient::Reply;

namespace {

const QByteArray kOci = "application/vnd.oci.image.manifest.v1+json";
const QByteArray kDocker = "application/vnd.docker.distribution.manifest.v2+json";
const QByteArray kApiVersion = "Docker-Distribution-API-Version";

QByteArray digestOf(const QByteArray& bytes)
{
    return TestImage::digestOf(bytes).toLatin1();
}

QJsonObject jsonObject(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// CherryPy's error page: HTML, and nothing a registry client could read as {"errors": [...]}.
bool isHtmlPage(const Reply& reply)
{
    return reply.header("Content-Type").startsWith("text/html") && reply.body.contains("<html") &&
           !QJsonDocument::fromJson(reply.body).isObject();
}

QByteArray base64UrlDecoded(const QByteArray& part)
{
    return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding);
}

} // namespace

class TestZuulRegistryFacts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void versionCheckAnswersJsonWithoutApiVersionHeader();
    void noAnswerCarriesTheApiVersionHeader();
    void challengeNamesOnlyTheRealmInAnHtmlPage();
    void basicCredentialsAreRefusedOnTheApi();
    void tokenAnswerHasTokenAndAccessTokenOnly();
    void pullScopeGetsReadTokenWithoutCredentials();
    void pushScopeWithWrongPasswordIsRefused();
    void readTokenCannotWrite();
    void headManifestByTagHasNoDigest();
    void getManifestByTagSendsDigest();
    void manifestByDigestTakesTypeFromItsMediaType();
    void keepsOneManifestPerContentTypeInAcceptOrder();
    void deleteIsHtml404();
    void catalogIsHtml404();
    void uploadStartsWithRelativeLocation();
    void mountRequestIsNotFound();
    void patchAnswers204WithLengthSoFar();
    void digestMismatchIs500AndLeavesTheUploadOpen();
    void blobsAndManifestsAreFoundFromAnyRepository();
    void tagsListHasNameAndTagsWithoutPaging();
    void unknownRepositoryListsNoTags();
    void errorsAreHtmlNotRegistryJson();

    void minimalRegistryIsLean();

private:
    Reply send(const FaultedRegistry& registry, const QByteArray& method, const QString& target,
               const Headers& headers = {}, const QByteArray& body = {}) const;
    Reply zuul(const QByteArray& method, const QString& target, const Headers& headers = {},
               const QByteArray& body = {}) const;
    QByteArray basic(const QString& password) const;
    Headers bearer(const QByteArray& level) const; // a token fetched from /auth/token; empty on failure
    QByteArray pushBlob(const QString& repository, const QByteArray& data) const;
    bool pushManifest(const QString& repository, const QString& tag, const QByteArray& type,
                      const QByteArray& body) const;
    QByteArray manifest(const QByteArray& type, const QByteArray& configType, const QByteArray& layerType) const;

    QTemporaryDir m_dir;
    FaultedRegistry m_zuul;
    FaultedRegistry m_minimal;
    QByteArray m_config;
    QByteArray m_layer;
    QByteArray m_ociManifest;    // facts/app:v1
    QByteArray m_dockerManifest; // the same blobs as a Docker v2 manifest
};

void TestZuulRegistryFacts::initTestCase()
{
    QString error;
    QVERIFY2(m_zuul.start(m_dir.filePath(u"zuul"_s), FaultServer::Profile::ZuulRegistry, &error), qPrintable(error));
    QVERIFY2(m_minimal.start(m_dir.filePath(u"minimal"_s), FaultServer::Profile::MinimalRegistry, &error),
             qPrintable(error));
    m_config = R"({"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}})";
    m_layer.resize(4096);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(m_layer.data()), m_layer.size() / 4);
    m_ociManifest =
        manifest(kOci, "application/vnd.oci.image.config.v1+json", "application/vnd.oci.image.layer.v1.tar+gzip");
    m_dockerManifest = manifest(kDocker, "application/vnd.docker.container.image.v1+json",
                                "application/vnd.docker.image.rootfs.diff.tar.gzip");
    QCOMPARE(pushBlob(u"facts/app"_s, m_config), digestOf(m_config));
    QCOMPARE(pushBlob(u"facts/app"_s, m_layer), digestOf(m_layer));
    QVERIFY(pushManifest(u"facts/app"_s, u"v1"_s, kOci, m_ociManifest));
}

Reply TestZuulRegistryFacts::send(const FaultedRegistry& registry, const QByteArray& method, const QString& target,
                                  const Headers& headers, const QByteArray& body) const
{
    return TestHttpClient(registry.caCert())
        .request(method, QUrl(registry.front->baseUrl().toString() + target), headers, body);
}

Reply TestZuulRegistryFacts::zuul(const QByteArray& method, const QString& target, const Headers& headers,
                                  const QByteArray& body) const
{
    return send(m_zuul, method, target, headers, body);
}

QByteArray TestZuulRegistryFacts::basic(const QString& password) const
{
    return TestHttpClient::basicAuthorization(m_zuul.backend->username(), password);
}

Headers TestZuulRegistryFacts::bearer(const QByteArray& level) const
{
    const bool write = level == "write";
    const auto reply = zuul("GET", u"/auth/token?scope=repository:facts/app:"_s + (write ? u"pull,push"_s : u"pull"_s),
                            write ? Headers{{"Authorization", basic(m_zuul.backend->password())}} : Headers{});
    const auto token = jsonObject(reply.body).value(u"token"_s).toString().toLatin1();
    return token.isEmpty() ? Headers{} : Headers{{"Authorization", "Bearer " + token}};
}

// POST, then PUT <location>?digest= with all the bytes; the digest on success, empty otherwise.
QByteArray TestZuulRegistryFacts::pushBlob(const QString& repository, const QByteArray& data) const
{
    const auto auth = bearer("write");
    const auto started = zuul("POST", u"/v2/%1/blobs/uploads/"_s.arg(repository), auth);
    if (started.status != 202) {
        return {};
    }
    const QByteArray digest = digestOf(data);
    const auto finished = zuul("PUT", QString::fromLatin1(started.header("Location") + "?digest=" + digest),
                               auth + Headers{{"Content-Type", "application/octet-stream"}}, data);
    return finished.status == 201 ? digest : QByteArray();
}

bool TestZuulRegistryFacts::pushManifest(const QString& repository, const QString& tag, const QByteArray& type,
                                         const QByteArray& body) const
{
    const auto reply = zuul("PUT", u"/v2/%1/manifests/%2"_s.arg(repository, tag),
                            bearer("write") + Headers{{"Content-Type", type}}, body);
    return reply.status == 201;
}

QByteArray TestZuulRegistryFacts::manifest(const QByteArray& type, const QByteArray& configType,
                                           const QByteArray& layerType) const
{
    const auto descriptor = [](const QByteArray& mediaType, const QByteArray& blob) {
        return QJsonObject{{u"mediaType"_s, QString::fromLatin1(mediaType)},
                           {u"digest"_s, QString::fromLatin1(digestOf(blob))},
                           {u"size"_s, blob.size()}};
    };
    const QJsonObject object{{u"schemaVersion"_s, 2},
                             {u"mediaType"_s, QString::fromLatin1(type)},
                             {u"config"_s, descriptor(configType, m_config)},
                             {u"layers"_s, QJsonArray{descriptor(layerType, m_layer)}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// GET /v2/ with a token: 200 and {"version": "1.0"} (main.py version_check; its Distribution-API-Version line
// comes after the return).
void TestZuulRegistryFacts::versionCheckAnswersJsonWithoutApiVersionHeader()
{
    for (const QByteArray level : {"read", "write"}) {
        const auto reply = zuul("GET", u"/v2/"_s, bearer(level));
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type").constData());
        QCOMPARE(jsonObject(reply.body), (QJsonObject{{u"version"_s, u"1.0"_s}}));
        QVERIFY(!reply.headers.isEmpty());
        QVERIFY(reply.header(kApiVersion).isEmpty());
    }
}

// registry:2 puts the header on every answer; zuul-registry on none.
void TestZuulRegistryFacts::noAnswerCarriesTheApiVersionHeader()
{
    const auto backend = m_zuul.backend->http().get(QUrl(m_zuul.backend->baseUrl().toString() + u"/v2/"_s));
    QVERIFY2(!backend.header(kApiVersion).isEmpty(), "registry:2 behind the front sends it, so stripping counts");

    const auto write = bearer("write");
    const auto read = bearer("read");
    const QString layer = QString::fromLatin1(digestOf(m_layer));
    const QString manifestDigest = QString::fromLatin1(digestOf(m_ociManifest));
    const auto started = zuul("POST", u"/v2/facts/headers/blobs/uploads/"_s, write);
    const QString location = QString::fromLatin1(started.header("Location"));
    const QByteArray chunk = "header check";
    const QList<Reply> replies{
        zuul("GET", u"/v2/"_s),
        zuul("GET", u"/v2/"_s, read),
        zuul("GET", u"/auth/token"_s, {{"Authorization", basic(m_zuul.backend->password())}}),
        zuul("GET", u"/auth/token?scope=repository:facts/app:pull"_s),
        zuul("HEAD", u"/v2/facts/app/manifests/v1"_s, read + Headers{{"Accept", kOci}}),
        zuul("GET", u"/v2/facts/app/manifests/v1"_s, read + Headers{{"Accept", kOci}}),
        zuul("GET", u"/v2/facts/app/manifests/"_s + manifestDigest, read),
        zuul("HEAD", u"/v2/facts/app/blobs/"_s + layer, read),
        zuul("GET", u"/v2/facts/app/blobs/"_s + layer, read),
        zuul("GET", u"/v2/facts/app/tags/list"_s, read),
        started,
        zuul("PATCH", location, write + Headers{{"Content-Type", "application/octet-stream"}}, chunk),
        zuul("PUT", location + u"?digest="_s + QString::fromLatin1(digestOf(chunk)), write),
        zuul("PUT", u"/v2/facts/headers/manifests/h"_s, write + Headers{{"Content-Type", kOci}}, m_ociManifest),
        zuul("DELETE", u"/v2/facts/app/manifests/"_s + manifestDigest, write),
        zuul("GET", u"/v2/_catalog"_s, read),
        zuul("GET", u"/v2/facts/app/blobs/sha256:"_s + QString(64, u'0'), read),
    };
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QVERIFY2(replies[i].status != 0, qPrintable(u"request %1: %2"_s.arg(i).arg(replies[i].error)));
        QVERIFY2(replies[i].header(kApiVersion).isEmpty(),
                 qPrintable(u"request %1 (status %2) has it"_s.arg(i).arg(replies[i].status)));
    }
    QCOMPARE(started.status, 202);
}

// Authorization.unauthorized: 401, `Bearer realm="<public-url>/auth/token"` alone, CherryPy's HTML page; the
// tool runs before dispatch, so a path with no route asks for a token too.
void TestZuulRegistryFacts::challengeNamesOnlyTheRealmInAnHtmlPage()
{
    const QByteArray expected = "Bearer realm=\"" + m_zuul.front->baseUrl().toEncoded() + "/auth/token\"";
    for (const QString& path : {u"/v2/"_s, u"/v2/_catalog"_s, u"/v2/facts/app/tags/list"_s}) {
        const auto reply = zuul("GET", path);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.header("WWW-Authenticate"), expected);
        QVERIFY2(isHtmlPage(reply), reply.body.constData());
    }
}

// check_auth only looks for "Bearer": the registry's own Basic login is no way in.
void TestZuulRegistryFacts::basicCredentialsAreRefusedOnTheApi()
{
    const Headers login{{"Authorization", basic(m_zuul.backend->password())}, {"Accept", kOci}};
    for (const auto& [method, path] : QList<QPair<QByteArray, QString>>{{"GET", u"/v2/"_s},
                                                                        {"HEAD", u"/v2/facts/app/manifests/v1"_s},
                                                                        {"POST", u"/v2/facts/app/blobs/uploads/"_s}}) {
        const auto reply = zuul(method, path, login);
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer realm="));
    }
}

// Authorization.token: {"token", "access_token"} holding one HS256 JWT (PyJWT with the key "secret") whose claims
// are {"level"} alone: no expiry, no expires_in, no issued_at.
void TestZuulRegistryFacts::tokenAnswerHasTokenAndAccessTokenOnly()
{
    const auto reply = zuul("GET", u"/auth/token"_s, {{"Authorization", basic(m_zuul.backend->password())}});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const auto answer = jsonObject(reply.body);
    QCOMPARE(answer.keys(), (QStringList{u"access_token"_s, u"token"_s}));
    const QByteArray jwt = answer.value(u"token"_s).toString().toLatin1();
    QCOMPARE(answer.value(u"access_token"_s).toString().toLatin1(), jwt);

    const QList<QByteArray> parts = jwt.split('.');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(jsonObject(base64UrlDecoded(parts[0])).value(u"alg"_s).toString(), u"HS256"_s);
    QCOMPARE(jsonObject(base64UrlDecoded(parts[1])), (QJsonObject{{u"level"_s, u"write"_s}}));
    QCOMPARE(base64UrlDecoded(parts[2]),
             QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], "secret", QCryptographicHash::Sha256));
    QCOMPARE(zuul("GET", u"/v2/"_s, {{"Authorization", "Bearer " + jwt}}).status, 200);
}

// A pull-only scope is granted at level read without looking at credentials, wrong ones included.
void TestZuulRegistryFacts::pullScopeGetsReadTokenWithoutCredentials()
{
    for (const Headers& headers : {Headers{}, Headers{{"Authorization", basic(u"wrong"_s)}}}) {
        const auto reply = zuul("GET", u"/auth/token?service=zuul&scope=repository:facts/app:pull"_s, headers);
        QCOMPARE(reply.status, 200);
        const QByteArray jwt = jsonObject(reply.body).value(u"token"_s).toString().toLatin1();
        QCOMPARE(jsonObject(base64UrlDecoded(jwt.split('.').value(1))), (QJsonObject{{u"level"_s, u"read"_s}}));
        const auto pulled =
            zuul("GET", u"/v2/facts/app/manifests/v1"_s, {{"Authorization", "Bearer " + jwt}, {"Accept", kOci}});
        QCOMPARE(pulled.status, 200);
        QCOMPARE(pulled.body, m_ociManifest);
    }
}

// push in a scope, or no scope at all, asks for write: only the right Basic credentials get it.
void TestZuulRegistryFacts::pushScopeWithWrongPasswordIsRefused()
{
    const QString push = u"/auth/token?scope=repository:facts/app:pull,push"_s;
    for (const auto& [target, headers] :
         QList<QPair<QString, Headers>>{{push, {{"Authorization", basic(u"wrong"_s)}}},
                                        {push, {}},
                                        {u"/auth/token"_s, {{"Authorization", basic(u"wrong"_s)}}}}) {
        const auto reply = zuul("GET", target, headers);
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer realm="));
        QVERIFY2(isHtmlPage(reply), reply.body.constData());
    }
    const auto granted = zuul("GET", push, {{"Authorization", basic(m_zuul.backend->password())}});
    QCOMPARE(granted.status, 200);
    const QByteArray jwt = jsonObject(granted.body).value(u"token"_s).toString().toLatin1();
    QCOMPARE(jsonObject(base64UrlDecoded(jwt.split('.').value(1))), (QJsonObject{{u"level"_s, u"write"_s}}));
}

// start_upload, upload_chunk, finish_upload and put_manifest are configured with check_auth level write.
void TestZuulRegistryFacts::readTokenCannotWrite()
{
    const auto read = bearer("read");
    QVERIFY(!read.isEmpty());
    QCOMPARE(zuul("POST", u"/v2/facts/app/blobs/uploads/"_s, read).status, 401);
    QCOMPARE(zuul("PUT", u"/v2/facts/app/manifests/v2"_s, read + Headers{{"Content-Type", kOci}}, m_ociManifest).status,
             401);
    QCOMPARE(zuul("GET", u"/v2/facts/app/manifests/v1"_s, read + Headers{{"Accept", kOci}}).status, 200);
}

// get_manifest on HEAD returns before setting Docker-Content-Digest ("Buildkit gets confused") with an empty body.
void TestZuulRegistryFacts::headManifestByTagHasNoDigest()
{
    const auto reply = zuul("HEAD", u"/v2/facts/app/manifests/v1"_s, bearer("read") + Headers{{"Accept", kOci}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), kOci);
    QCOMPARE(reply.header("Content-Length"), QByteArray("0"));
    QVERIFY(!reply.headers.isEmpty());
    QVERIFY2(reply.header("Docker-Content-Digest").isEmpty(), reply.header("Docker-Content-Digest").constData());
}

void TestZuulRegistryFacts::getManifestByTagSendsDigest()
{
    const auto reply = zuul("GET", u"/v2/facts/app/manifests/v1"_s, bearer("read") + Headers{{"Accept", kOci}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), kOci);
    QCOMPARE(reply.header("Docker-Content-Digest"), digestOf(m_ociManifest));
    QCOMPARE(reply.body, m_ociManifest);
}

// By digest the manifest is read as a blob and its Content-Type is the JSON's mediaType, whatever Accept says.
void TestZuulRegistryFacts::manifestByDigestTakesTypeFromItsMediaType()
{
    const QString path = u"/v2/facts/app/manifests/"_s + QString::fromLatin1(digestOf(m_ociManifest));
    const auto get = zuul("GET", path, bearer("read") + Headers{{"Accept", kDocker}});
    QCOMPARE(get.status, 200);
    QCOMPARE(get.header("Content-Type"), kOci);
    QCOMPARE(get.header("Docker-Content-Digest"), digestOf(m_ociManifest));
    QCOMPARE(get.body, m_ociManifest);
    const auto head = zuul("HEAD", path, bearer("read"));
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Type"), kOci);
    QCOMPARE(head.header("Content-Length"), QByteArray("0"));
    QVERIFY(head.header("Docker-Content-Digest").isEmpty());
}

// put_manifest adds the Content-Type to the tag's record; get_manifest walks Accept in the client's order and
// compares each type whole (a ";q=" parameter matches nothing).
void TestZuulRegistryFacts::keepsOneManifestPerContentTypeInAcceptOrder()
{
    const auto write = bearer("write");
    const auto oci =
        zuul("PUT", u"/v2/facts/types/manifests/t"_s, write + Headers{{"Content-Type", kOci}}, m_ociManifest);
    QCOMPARE(oci.status, 201);
    QCOMPARE(oci.header("Location"), QByteArray("/v2/facts/types/manifests/t"));
    QCOMPARE(oci.header("Docker-Content-Digest"), digestOf(m_ociManifest));
    QVERIFY(pushManifest(u"facts/types"_s, u"t"_s, kDocker, m_dockerManifest));

    const auto read = bearer("read");
    const auto served = [&](const QByteArray& accept) {
        return zuul("GET", u"/v2/facts/types/manifests/t"_s, read + Headers{{"Accept", accept}});
    };
    QCOMPARE(served(kDocker + ", " + kOci).body, m_dockerManifest);
    QCOMPARE(served(kOci + ", " + kDocker).body, m_ociManifest);
    QCOMPARE(served(kOci + ", " + kDocker).header("Content-Type"), kOci);
    QCOMPARE(served(kOci).header("Docker-Content-Digest"), digestOf(m_ociManifest));
    const auto other = served("application/vnd.oci.image.index.v1+json");
    QCOMPARE(other.status, 404);
    QVERIFY(isHtmlPage(other));
    QCOMPARE(served(kOci + ";q=0.9").status, 404);
    QCOMPARE(jsonObject(zuul("GET", u"/v2/facts/types/tags/list"_s, read).body).value(u"tags"_s).toArray(),
             QJsonArray{u"t"_s});
}

// No route takes DELETE: after the token check, CherryPy's 404 page.
void TestZuulRegistryFacts::deleteIsHtml404()
{
    const auto write = bearer("write");
    const QString manifestDigest = QString::fromLatin1(digestOf(m_ociManifest));
    for (const QString& path : {u"/v2/facts/app/manifests/"_s + manifestDigest, u"/v2/facts/app/manifests/v1"_s,
                                u"/v2/facts/app/blobs/"_s + QString::fromLatin1(digestOf(m_layer))}) {
        const auto reply = zuul("DELETE", path, write);
        QCOMPARE(reply.status, 404);
        QVERIFY2(isHtmlPage(reply), reply.body.constData());
        QCOMPARE(zuul("DELETE", path).status, 401);
    }
    QCOMPARE(zuul("GET", u"/v2/facts/app/manifests/v1"_s, write + Headers{{"Accept", kOci}}).status, 200);
}

void TestZuulRegistryFacts::catalogIsHtml404()
{
    for (const QByteArray level : {"read", "write"}) {
        const auto reply = zuul("GET", u"/v2/_catalog?n=100"_s, bearer(level));
        QCOMPARE(reply.status, 404);
        QVERIFY2(isHtmlPage(reply), reply.body.constData());
        QVERIFY(reply.header("Link").isEmpty());
    }
}

// start_upload: 202, Location /v2/<repo>/blobs/uploads/<uuid4 hex> (relative, no query), Docker-Upload-UUID,
// Range 0-0; its digest argument is accepted and ignored.
void TestZuulRegistryFacts::uploadStartsWithRelativeLocation()
{
    const auto write = bearer("write");
    QStringList sessions;
    for (const QString& query : {QString(), u"?digest="_s + QString::fromLatin1(digestOf("x"))}) {
        const auto reply = zuul("POST", u"/v2/facts/up/blobs/uploads/"_s + query, write, "x");
        QCOMPARE(reply.status, 202);
        const QByteArray uuid = reply.header("Docker-Upload-UUID");
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(QString::fromLatin1(uuid)).hasMatch(), uuid.constData());
        QCOMPARE(reply.header("Location"), "/v2/facts/up/blobs/uploads/" + uuid);
        QCOMPARE(reply.header("Range"), QByteArray("0-0"));
        sessions << QString::fromLatin1(uuid);
    }
    QVERIFY(sessions[0] != sessions[1]);
}

// start_upload(repository, digest=None) has no mount or from argument: CherryPy answers the call 404 rather than
// open a session (FACTS.md §7 is silent; a client must fall back to a plain upload on 404).
void TestZuulRegistryFacts::mountRequestIsNotFound()
{
    const QString query = u"?mount=%1&from=facts/app"_s.arg(QString::fromLatin1(digestOf(m_layer)));
    const auto reply = zuul("POST", u"/v2/facts/mounted/blobs/uploads/"_s + query, bearer("write"));
    QCOMPARE(reply.status, 404);
    QVERIFY2(isHtmlPage(reply), reply.body.constData());
    QVERIFY(reply.header("Location").isEmpty());
    QVERIFY(reply.header("Docker-Upload-UUID").isEmpty());
}

// upload_chunk: 204, Range 0-<bytes so far> (not registry:2's inclusive end); finish_upload: 201 with the
// Location of the blob, its digest and Content-Range <before>-<after> of the PUT's own chunk.
void TestZuulRegistryFacts::patchAnswers204WithLengthSoFar()
{
    const auto write = bearer("write");
    const auto started = zuul("POST", u"/v2/facts/chunks/blobs/uploads/"_s, write);
    QCOMPARE(started.status, 202);
    const QString location = QString::fromLatin1(started.header("Location"));
    const Headers octets = write + Headers{{"Content-Type", "application/octet-stream"}};
    qsizetype sent = 0;
    for (const QByteArray chunk : {"hello", "abc"}) {
        const auto reply = zuul("PATCH", location, octets, chunk);
        sent += chunk.size();
        QCOMPARE(reply.status, 204);
        QCOMPARE(reply.header("Range"), "0-" + QByteArray::number(sent));
        QCOMPARE(reply.header("Location"), location.toLatin1());
        QCOMPARE(reply.header("Docker-Upload-UUID"), started.header("Docker-Upload-UUID"));
    }
    const QByteArray digest = digestOf("helloabcxy");
    const auto finished = zuul("PUT", location + u"?digest="_s + QString::fromLatin1(digest), octets, "xy");
    QCOMPARE(finished.status, 201);
    QCOMPARE(finished.header("Location"), "/v2/facts/chunks/blobs/" + digest);
    QCOMPARE(finished.header("Docker-Content-Digest"), digest);
    QCOMPARE(finished.header("Content-Range"), QByteArray("8-10"));
    QCOMPARE(zuul("GET", u"/v2/facts/chunks/blobs/"_s + QString::fromLatin1(digest), write).body,
             QByteArray("helloabcxy"));
}

// store_upload raises on a digest that does not match: 500, and the upload stays open with the PUT's chunk in it.
void TestZuulRegistryFacts::digestMismatchIs500AndLeavesTheUploadOpen()
{
    const auto write = bearer("write");
    const auto started = zuul("POST", u"/v2/facts/mismatch/blobs/uploads/"_s, write);
    const QString location = QString::fromLatin1(started.header("Location"));
    const auto wrong =
        zuul("PUT", location + u"?digest="_s + QString::fromLatin1(digestOf("other bytes")), write, "these bytes");
    QCOMPARE(wrong.status, 500);
    QVERIFY2(isHtmlPage(wrong), wrong.body.constData());
    const auto retried =
        zuul("PUT", location + u"?digest="_s + QString::fromLatin1(digestOf("these bytes")), write, QByteArray());
    QCOMPARE(retried.status, 201);
    QCOMPARE(retried.header("Content-Range"), QByteArray("11-11"));
}

// One storage namespace: a digest is found whatever repository the URL names, and manifests are blobs.
void TestZuulRegistryFacts::blobsAndManifestsAreFoundFromAnyRepository()
{
    const auto read = bearer("read");
    const QString layer = QString::fromLatin1(digestOf(m_layer));
    const auto head = zuul("HEAD", u"/v2/never/pushed/blobs/"_s + layer, read);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Docker-Content-Digest"), digestOf(m_layer));
    QCOMPARE(head.header("Content-Length").toLongLong(), m_layer.size());
    const auto get = zuul("GET", u"/v2/other/repo/blobs/"_s + layer, read);
    QCOMPARE(get.status, 200);
    QCOMPARE(get.header("Docker-Content-Digest"), digestOf(m_layer));
    QCOMPARE(get.body, m_layer);

    const QString manifestDigest = QString::fromLatin1(digestOf(m_ociManifest));
    QCOMPARE(zuul("GET", u"/v2/other/repo/manifests/"_s + manifestDigest, read).body, m_ociManifest);
    QCOMPARE(zuul("GET", u"/v2/other/repo/blobs/"_s + manifestDigest, read).body, m_ociManifest);
}

// get_tags: {"name", "tags"}, no Link; it takes no n or last, so asking for a page is a 404.
void TestZuulRegistryFacts::tagsListHasNameAndTagsWithoutPaging()
{
    const auto read = bearer("read");
    const auto reply = zuul("GET", u"/v2/facts/app/tags/list"_s, read);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QCOMPARE(jsonObject(reply.body), (QJsonObject{{u"name"_s, u"facts/app"_s}, {u"tags"_s, QJsonArray{u"v1"_s}}}));
    QVERIFY(reply.header("Link").isEmpty());
    const auto paged = zuul("GET", u"/v2/facts/app/tags/list?n=1"_s, read);
    QCOMPARE(paged.status, 404);
    QVERIFY(isHtmlPage(paged));
}

// The filesystem driver's list_objects returns [] for a directory that does not exist.
void TestZuulRegistryFacts::unknownRepositoryListsNoTags()
{
    const auto reply = zuul("GET", u"/v2/never/pushed/tags/list"_s, bearer("read"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(jsonObject(reply.body), (QJsonObject{{u"name"_s, u"never/pushed"_s}, {u"tags"_s, QJsonArray{}}}));
}

void TestZuulRegistryFacts::errorsAreHtmlNotRegistryJson()
{
    const auto write = bearer("write");
    const QList<QPair<Reply, int>> replies{
        {zuul("GET", u"/v2/facts/app/manifests/nosuchtag"_s, write + Headers{{"Accept", kOci}}), 404},
        {zuul("GET", u"/v2/facts/app/blobs/sha256:"_s + QString(64, u'1'), write), 404},
        {zuul("HEAD", u"/v2/facts/app/blobs/sha256:"_s + QString(64, u'1'), write), 404},
        {zuul("PATCH", u"/v2/facts/app/blobs/uploads/00000000000000000000000000000000"_s, write, "x"), 500},
        {zuul("GET", u"/v2/facts/app/manifests/v1"_s, write), 500}, // no Accept: a KeyError
    };
    for (const auto& [reply, status] : replies) {
        QCOMPARE(reply.status, status);
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        if (!reply.body.isEmpty()) { // a HEAD answer has none
            QVERIFY2(isHtmlPage(reply), reply.body.constData());
        }
    }
}

// The leanest registry a client must still work with: registry:2's auth, JSON errors, DELETE and catalog, but no
// API version header, and HEAD of a manifest gives neither digest nor length.
void TestZuulRegistryFacts::minimalRegistryIsLean()
{
    const Headers login{{"Authorization", TestHttpClient::basicAuthorization(m_minimal.backend->username(),
                                                                             m_minimal.backend->password())}};
    const auto ping = send(m_minimal, "GET", u"/v2/"_s, login);
    QCOMPARE(ping.status, 200);
    QVERIFY(ping.header(kApiVersion).isEmpty());
    const auto challenge = send(m_minimal, "GET", u"/v2/"_s);
    QCOMPARE(challenge.status, 401);
    QVERIFY(challenge.header("WWW-Authenticate").startsWith("Basic realm="));
    QVERIFY(challenge.header(kApiVersion).isEmpty());

    for (const QByteArray& blob : {m_config, m_layer}) {
        const auto started = send(m_minimal, "POST", u"/v2/lean/app/blobs/uploads/"_s, login);
        QCOMPARE(started.status, 202);
        QUrl location = QUrl::fromEncoded(started.header("Location"));
        QUrlQuery query(location);
        query.addQueryItem(u"digest"_s, QString::fromLatin1(digestOf(blob)));
        location.setQuery(query);
        const auto put = TestHttpClient(m_minimal.caCert())
                             .request("PUT", m_minimal.front->baseUrl().resolved(location), login, blob);
        QCOMPARE(put.status, 201);
    }
    const auto pushed =
        send(m_minimal, "PUT", u"/v2/lean/app/manifests/v1"_s, login + Headers{{"Content-Type", kOci}}, m_ociManifest);
    QCOMPARE(pushed.status, 201);

    const auto head = send(m_minimal, "HEAD", u"/v2/lean/app/manifests/v1"_s, login + Headers{{"Accept", kOci}});
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), QByteArray("0"));
    QVERIFY(head.header("Docker-Content-Digest").isEmpty());
    QVERIFY(head.header("Etag").isEmpty());
    QVERIFY(head.header(kApiVersion).isEmpty());
    const auto get = send(m_minimal, "GET", u"/v2/lean/app/manifests/v1"_s, login + Headers{{"Accept", kOci}});
    QCOMPARE(get.header("Docker-Content-Digest"), digestOf(m_ociManifest));

    QCOMPARE(send(m_minimal, "GET", u"/v2/_catalog"_s, login).status, 200);
    const QString byDigest = u"/v2/lean/app/manifests/"_s + QString::fromLatin1(digestOf(m_ociManifest));
    const auto deleted = send(m_minimal, "DELETE", byDigest, login);
    QCOMPARE(deleted.status, 202);
    QVERIFY(deleted.header(kApiVersion).isEmpty());
    const auto gone = send(m_minimal, "GET", byDigest, login + Headers{{"Accept", kOci}});
    QCOMPARE(gone.status, 404);
    QCOMPARE(jsonObject(gone.body).value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(),
             u"MANIFEST_UNKNOWN"_s);
}

QTEST_GUILESS_MAIN(TestZuulRegistryFacts)
#include "TestZuulRegistryFacts.moc"
