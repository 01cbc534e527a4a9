#include "FaultServer.h"

#include "TestHttpClient.h"
#include "ZuulRegistryFront.h"

#include <QCryptographicHash>
#include <QMutexLocker>

namespace {

const QByteArray kOciManifest = "application/vnd.oci.image.manifest.v1+json";

QByteArray sha256Digest(const QByteArray& bytes)
{
    return "sha256:" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

void removeHeader(TestResponse& response, const QByteArray& name)
{
    response.headers.removeIf(
        [&name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

void setHeader(TestResponse& response, const QByteArray& name, const QByteArray& value)
{
    removeHeader(response, name);
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
    if (profile == Profile::ZuulRegistry) {
        m_zuul = std::make_unique<ZuulRegistryFront>(backend, user, password);
    }
    m_front.setHandler([this](const TestRequest& request) { return handle(request); });
    m_elsewhere.setHandler([this](const TestRequest& request) {
        // Object storage behind a registry: it authorises by the signed URL, never by the registry's login.
        if (m_zuul) {
            return m_zuul->blob(request);
        }
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
    if (!m_front.start(error)) {
        return false;
    }
    if (m_zuul) {
        m_zuul->setPublicUrl(m_front.baseUrl());
    }
    return m_elsewhere.start(error) && m_plainHttp.start(error);
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
    return hit ? applyFault(*hit, request) : answer(request);
}

TestResponse FaultServer::answer(const TestRequest& request)
{
    switch (m_profile) {
    case Profile::Registry:
        break;
    case Profile::ZuulRegistry:
        return m_zuul->handle(request);
    case Profile::MinimalRegistry:
        return minimalRegistry(request);
    }
    return forward(request, request.target);
}

TestResponse FaultServer::minimalRegistry(const TestRequest& request) const
{
    auto response = forward(request, request.target);
    removeHeader(response, "Docker-Distribution-API-Version");
    static const QRegularExpression manifestPath(QStringLiteral("^/v2/.+/manifests/[^/]+$"));
    if (request.method == "HEAD" && response.status == 200 && manifestPath.match(request.path()).hasMatch()) {
        // Etag carries the digest too; a client must find it without either.
        removeHeader(response, "Docker-Content-Digest");
        removeHeader(response, "Etag");
        setHeader(response, "Content-Length", "0");
    }
    return response;
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

    auto response = answer(request);
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
