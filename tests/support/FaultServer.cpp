#include "FaultServer.h"

#include "HttpWire.h"
#include "TestHttpClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutexLocker>
#include <QUrlQuery>

namespace {

const QByteArray kOciManifest = "application/vnd.oci.image.manifest.v1+json";

QByteArray sha256Digest(const QByteArray& bytes)
{
    return "sha256:" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

void setHeader(TestResponse& response, const QByteArray& name, const QByteArray& value)
{
    response.headers.removeIf(
        [&name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    response.headers << qMakePair(name, value);
}

QString faultName(FaultServer::Fault fault)
{
    switch (fault) {
    case FaultServer::Fault::Reset:
        return QStringLiteral("reset mid-body");
    case FaultServer::Fault::Stall:
        return QStringLiteral("stall");
    case FaultServer::Fault::Status:
        return QStringLiteral("status");
    case FaultServer::Fault::CorruptBody:
        return QStringLiteral("corrupt body");
    case FaultServer::Fault::LongContentLength:
        return QStringLiteral("Content-Length too long");
    case FaultServer::Fault::ShortContentLength:
        return QStringLiteral("Content-Length too short");
    case FaultServer::Fault::WrongDigestHeader:
        return QStringLiteral("wrong Docker-Content-Digest");
    case FaultServer::Fault::RedirectElsewhere:
        return QStringLiteral("redirect to another host");
    case FaultServer::Fault::RedirectToHttp:
        return QStringLiteral("redirect to plain http");
    case FaultServer::Fault::RedirectLoop:
        return QStringLiteral("redirect loop");
    case FaultServer::Fault::HugeHeader:
        return QStringLiteral("10 MB header");
    case FaultServer::Fault::HugeManifest:
        return QStringLiteral("100 MB manifest");
    }
    return {};
}

} // namespace

QString FaultServer::Rule::name() const
{
    const auto what = fault == Fault::Status ? QString::number(status) : faultName(fault);
    return QStringLiteral("%1 on %2 %3")
        .arg(what, method.isEmpty() ? QStringLiteral("any") : QString::fromLatin1(method), path.pattern());
}

FaultServer::FaultServer(const QUrl& backend, const QString& user, const QString& password, Profile profile)
    : m_backend(backend)
    , m_user(user)
    , m_password(password)
    , m_profile(profile)
{
    m_front.setHandler([this](const TestRequest& request) { return handle(request); });
    m_elsewhere.setHandler([this](const TestRequest& request) {
        // Object storage behind a registry: it authorises by the signed URL, never by the registry's login.
        TestRequest copy = request;
        copy.headers.removeIf([](const auto& h) { return h.first.compare("Authorization", Qt::CaseInsensitive) == 0; });
        copy.headers << qMakePair(QByteArray("Authorization"), TestHttpClient::basicAuthorization(m_user, m_password));
        return forward(copy, request.target);
    });
    m_plainHttp.setHandler([](const TestRequest&) { return TestResponse::text(404, "nothing here\n"); });
}

FaultServer::~FaultServer() = default;

void FaultServer::setTls(const QString& certChainFile, const QString& keyFile)
{
    m_front.setTls(certChainFile, keyFile);
    m_elsewhere.setTls(certChainFile, keyFile);
}

bool FaultServer::start(QString* error)
{
    return m_front.start(error) && m_elsewhere.start(error) && m_plainHttp.start(error);
}

QUrl FaultServer::baseUrl() const
{
    return m_front.baseUrl();
}

QString FaultServer::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_front.port());
}

void FaultServer::addRule(const Rule& rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules << ActiveRule{rule, rule.times};
}

void FaultServer::clearRules()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
    m_hits.clear();
}

int FaultServer::hits(Fault fault) const
{
    QMutexLocker lock(&m_mutex);
    return m_hits.value(fault);
}

QList<TestRequest> FaultServer::requests() const
{
    return m_front.requests();
}

QList<TestRequest> FaultServer::elsewhereRequests() const
{
    return m_elsewhere.requests();
}

QList<TestRequest> FaultServer::plainHttpRequests() const
{
    return m_plainHttp.requests();
}

void FaultServer::clearRequests()
{
    m_front.clearRequests();
    m_elsewhere.clearRequests();
    m_plainHttp.clearRequests();
}

TestResponse FaultServer::handle(const TestRequest& request)
{
    std::optional<Rule> hit;
    {
        QMutexLocker lock(&m_mutex);
        for (auto& active : m_rules) {
            const bool methodMatches = active.rule.method.isEmpty() || active.rule.method == request.method;
            if (active.remaining != 0 && methodMatches && active.rule.path.match(request.path()).hasMatch()) {
                if (active.remaining > 0) {
                    --active.remaining;
                }
                ++m_hits[active.rule.fault];
                hit = active.rule;
                break;
            }
        }
    }
    if (hit) {
        return applyFault(*hit, request);
    }
    if (m_profile == Profile::ZuulRegistry) {
        if (auto answer = zuulRegistry(request)) {
            return *answer;
        }
    }
    return forward(request, request.target);
}

TestResponse FaultServer::applyFault(const Rule& rule, const TestRequest& request)
{
    switch (rule.fault) {
    case Fault::Status: {
        auto response = rule.status == 429
                            ? TestResponse::registryError(429, "TOOMANYREQUESTS", QStringLiteral("slow down"))
                            : TestResponse::text(rule.status, "injected failure\n");
        if (!rule.errorBody.isEmpty()) {
            response = TestResponse::json(rule.status, rule.errorBody);
        }
        if (!rule.retryAfter.isEmpty()) {
            response.withHeader("Retry-After", rule.retryAfter);
        }
        return response;
    }
    case Fault::RedirectElsewhere:
        return TestResponse::redirect(307, QStringLiteral("https://localhost:%1").arg(m_elsewhere.port()).toLatin1() +
                                               request.target);
    case Fault::RedirectToHttp:
        return TestResponse::redirect(302, m_plainHttp.baseUrl().toEncoded() + request.target);
    case Fault::RedirectLoop:
        return TestResponse::redirect(302, request.target);
    case Fault::HugeManifest: {
        QByteArray body = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","padding":")";
        body += QByteArray(100 * 1024 * 1024, 'x') + "\"}";
        auto response = TestResponse::json(200, body);
        setHeader(response, "Content-Type", kOciManifest);
        return response;
    }
    default:
        break;
    }

    auto response = forward(request, request.target);
    switch (rule.fault) {
    case Fault::Reset:
        response.resetAfterHeaders = true;
        break;
    case Fault::Stall:
        response.delayMs = rule.stallMs;
        break;
    case Fault::CorruptBody:
        if (!response.body.isEmpty()) {
            response.body[response.body.size() / 2] = static_cast<char>(response.body[response.body.size() / 2] ^ 0x20);
        }
        break;
    case Fault::LongContentLength:
        setHeader(response, "Content-Length", QByteArray::number(response.body.size() + 100));
        break;
    case Fault::ShortContentLength:
        setHeader(response, "Content-Length", QByteArray::number(qMax<qsizetype>(0, response.body.size() - 10)));
        break;
    case Fault::WrongDigestHeader:
        setHeader(response, "Docker-Content-Digest", sha256Digest("not these bytes"));
        break;
    case Fault::HugeHeader:
        response.headers << qMakePair(QByteArray("X-Padding"), QByteArray(10 * 1024 * 1024, 'x'));
        break;
    default:
        break;
    }
    return response;
}

TestResponse FaultServer::forward(const TestRequest& request, const QByteArray& target) const
{
    TestHttpClient::Headers headers;
    for (const auto& header : request.headers) {
        const auto name = header.first.toLower();
        if (name != "host" && name != "connection" && name != "content-length" && name != "transfer-encoding" &&
            name != "expect") {
            headers << header;
        }
    }
    // The registry builds its Location URLs from these, so uploads come back through the front.
    headers << qMakePair(QByteArray("Host"), request.baseUrl.authority().toLatin1())
            << qMakePair(QByteArray("X-Forwarded-Proto"), request.baseUrl.scheme().toLatin1());
    const TestHttpClient client;
    const auto reply = client.request(request.method, QUrl::fromEncoded(m_backend.toEncoded() + target), headers,
                                      request.body, 60'000);
    if (reply.status == 0) {
        return TestResponse::text(502, "the backend did not answer: " + reply.error.toUtf8() + '\n');
    }
    TestResponse response;
    response.status = reply.status;
    for (const auto& header : reply.headers) {
        const auto name = header.first.toLower();
        const bool keepLength = name == "content-length" && request.method == "HEAD";
        if ((name != "connection" && name != "transfer-encoding" && name != "content-length") || keepLength) {
            response.headers << header;
        }
    }
    response.body = reply.body;
    return response;
}

bool FaultServer::authorized(const TestRequest& request) const
{
    return request.header("Authorization") == TestHttpClient::basicAuthorization(m_user, m_password);
}

std::optional<TestResponse> FaultServer::zuulRegistry(const TestRequest& request)
{
    const auto path = request.path();
    const auto& method = request.method;
    if (path == QLatin1String("/v2/_catalog")) {
        return TestResponse::text(404, "<html><body>Not Found</body></html>", "text/html");
    }
    if (method == "DELETE") {
        return TestResponse::text(405, "Method Not Allowed\n");
    }
    static const QRegularExpression uploadStart(QStringLiteral("^/v2/(.+)/blobs/uploads/?$"));
    if (method == "POST" && uploadStart.match(path).hasMatch() &&
        request.query().hasQueryItem(QStringLiteral("mount"))) {
        // No mount: the upload simply starts, as if the mount had been refused.
        QUrlQuery query = request.query();
        query.removeAllQueryItems(QStringLiteral("mount"));
        query.removeAllQueryItems(QStringLiteral("from"));
        QUrl url = request.url();
        url.setQuery(query);
        return forward(request, url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    }
    if (method == "PATCH") {
        auto response = forward(request, request.target);
        if (response.status == 202) {
            response.status = 204;
            response.body.clear();
        }
        return response;
    }

    static const QRegularExpression manifestPath(QStringLiteral("^/v2/(.+)/manifests/([^/]+)$"));
    static const QRegularExpression tagsPath(QStringLiteral("^/v2/(.+)/tags/list$"));
    const auto manifestMatch = manifestPath.match(path);
    const auto tagsMatch = tagsPath.match(path);
    if (!manifestMatch.hasMatch() && !tagsMatch.hasMatch()) {
        return std::nullopt; // blobs and /v2/ go to the backend
    }
    if (!authorized(request)) {
        return TestResponse::registryError(401, "UNAUTHORIZED", QStringLiteral("authentication required"))
            .withHeader("WWW-Authenticate", "Basic realm=\"zuul-registry\"");
    }
    QMutexLocker lock(&m_mutex);
    if (tagsMatch.hasMatch()) {
        const auto repository = tagsMatch.captured(1);
        if (!m_tags.contains(repository)) {
            return TestResponse::registryError(404, "NAME_UNKNOWN", QStringLiteral("repository name not known"));
        }
        QJsonArray tags;
        for (const auto& tag : m_tags.value(repository)) {
            tags.append(tag);
        }
        return TestResponse::json(200,
                                  QJsonObject{{QStringLiteral("name"), repository}, {QStringLiteral("tags"), tags}});
    }

    const auto repository = manifestMatch.captured(1);
    const auto reference = manifestMatch.captured(2);
    const auto key = repository + QLatin1Char('\n') + reference;
    if (method == "PUT") {
        const auto contentType = request.header("Content-Type").split(';').first().trimmed();
        const auto digest = sha256Digest(request.body);
        for (const auto& storeKey : {key, repository + QLatin1Char('\n') + QString::fromLatin1(digest)}) {
            auto& stored = m_manifests[storeKey];
            stored.removeIf([&contentType](const StoredManifest& m) { return m.contentType == contentType; });
            stored << StoredManifest{contentType, request.body};
        }
        if (!reference.startsWith(QLatin1String("sha256:")) && !m_tags[repository].contains(reference)) {
            m_tags[repository] << reference;
        }
        return TestResponse::empty(201)
            .withHeader("Docker-Content-Digest", digest)
            .withHeader("Location", "/v2/" + repository.toUtf8() + "/manifests/" + digest);
    }
    if (method != "GET" && method != "HEAD") {
        return TestResponse::text(405, "Method Not Allowed\n");
    }
    const auto stored = m_manifests.value(key);
    QList<QByteArray> accepted;
    for (const auto& part : request.header("Accept").split(',')) {
        const auto type = part.split(';').first().trimmed();
        if (!type.isEmpty()) {
            accepted << type;
        }
    }
    const StoredManifest* chosen = nullptr;
    for (const auto& type : accepted) {
        for (const auto& manifest : stored) {
            if (!chosen && (manifest.contentType == type || type == "*/*")) {
                chosen = &manifest;
            }
        }
    }
    if (!chosen && accepted.isEmpty() && !stored.isEmpty()) {
        chosen = &stored.first();
    }
    if (!chosen) {
        return TestResponse::registryError(404, "MANIFEST_UNKNOWN", QStringLiteral("manifest unknown"));
    }
    auto response = TestResponse::text(200, chosen->body, chosen->contentType);
    response.withHeader("Docker-Content-Digest", sha256Digest(chosen->body));
    return response;
}

bool FaultedRegistry::start(const QString& dir, FaultServer::Profile profile, QString* error)
{
    if (!TestPki::create(dir + QStringLiteral("/pki"), error)) {
        return false;
    }
    pki = std::make_unique<TestPki>(dir + QStringLiteral("/pki"));
    RegistryProcess::Options plain;
    plain.tls = false;
    backend = std::make_unique<RegistryProcess>(plain);
    if (!backend->start(error)) {
        return false;
    }
    front = std::make_unique<FaultServer>(backend->baseUrl(), backend->username(), backend->password(), profile);
    front->setTls(pki->serverCert(), pki->serverKey());
    return front->start(error);
}
