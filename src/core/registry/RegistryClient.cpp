#include "RegistryClient.h"
#include "RelaySocket.h"

#include "BlobJob.h"
#include "ListJob.h"
#include "ManifestJob.h"
#include "PingJob.h"
#include "ReferrersJob.h"
#include "TcpNoDelay.h"
#include "UploadJob.h"
#include "WebRequestJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

// A job that only needs one request and a set of acceptable statuses.
class SimpleJob : public RegistryJob
{
public:
    SimpleJob(RegistryClient* client, HttpRequest request, QList<int> okStatuses)
        : RegistryJob(client)
        , m_request(std::move(request))
        , m_ok(std::move(okStatuses))
    {
    }

protected:
    void run() override
    {
        send(m_request, [this](HttpExchange* exchange) {
            if (!exchange->error() && m_ok.contains(exchange->response().status)) {
                finish();
            } else {
                finish(errorFor(exchange));
            }
        });
    }

private:
    HttpRequest m_request;
    QList<int> m_ok;
};

// Learns what a registry can do without changing anything it holds: optionally one catalog entry (404: no
// catalog), then a DELETE of a manifest digest that no registry holds — nothing can be removed by it, yet the
// answer tells whether the registry deletes at all (registry:2: 404 MANIFEST_UNKNOWN when it does, 405
// UNSUPPORTED when switched off; zuul-registry: an HTML 404, it has no DELETE).
class CapabilityProbeJob : public RegistryJob
{
public:
    // tolerant: a refusal (401/403) leaves the capability unknown instead of failing the job, for a look at a
    // whole registry with a repository name that may not be the user's to ask about.
    CapabilityProbeJob(RegistryClient* client, QString repository, bool withCatalog, bool tolerant)
        : RegistryJob(client)
        , m_repository(std::move(repository))
        , m_withCatalog(withCatalog)
        , m_tolerant(tolerant)
    {
    }

protected:
    void run() override
    {
        if (m_withCatalog && client()->capabilities().catalog == RegistryCapabilities::State::Unknown) {
            HttpRequest request;
            request.url = client()->apiUrl(QStringLiteral("_catalog?n=1"));
            request.scopes = {{QStringLiteral("registry"), QStringLiteral("catalog"), {QStringLiteral("*")}}};
            request.what = RegistryClient::tr("the repository catalog");
            request.maxBufferedBody = 64 * 1024;
            send(request, [this](HttpExchange* exchange) {
                const auto status = exchange->response().status;
                if (!exchange->error() && (status == 200 || status == 404 || status == 405)) {
                    client()->noteCatalog(status == 200);
                }
                probeDeletes();
            });
            return;
        }
        probeDeletes();
    }

private:
    void probeDeletes()
    {
        if (client()->capabilities().manifestDelete != RegistryCapabilities::State::Unknown ||
            client()->address().isDockerHub()) {
            finishLearnt(); // Docker Hub deletes through its web API, never through the registry's DELETE
            return;
        }
        static const auto unheldDigest = Digest::ofBytes("RegistryDesk asks whether this registry deletes manifests");
        HttpRequest request;
        request.method = "DELETE";
        request.url = client()->apiUrl(m_repository + QStringLiteral("/manifests/") + unheldDigest.toString());
        request.scopes = {AuthScope::repository(m_repository, {QStringLiteral("delete")})};
        request.what = RegistryClient::tr("whether %1 deletes manifests").arg(client()->address().displayName());
        request.maxBufferedBody = 64 * 1024;
        send(request, [this](HttpExchange* exchange) {
            const auto& response = exchange->response();
            const bool refused = exchange->error() || response.status == 401 || response.status == 403;
            if (refused && !m_tolerant) {
                finish(errorFor(exchange));
                return;
            }
            if (!refused) {
                client()->noteDeleteAnswer(response, false);
            }
            finishLearnt();
        });
    }

    // A probe for one repository (not tolerant) is asked before deleting there: what it learnt may be a no.
    void finishLearnt() { finish(m_tolerant ? RegistryError() : client()->deleteRefusal()); }

    QString m_repository;
    bool m_withCatalog;
    bool m_tolerant;
};

} // namespace

RegistryClient::RegistryClient(const RegistryAddress& address, QObject* parent)
    : QObject(parent)
    , m_address(address)
{
    TcpNoDelay::ensureActive();
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setStrictTransportSecurityEnabled(false);
    m_sslConfiguration = makeSslConfiguration();
}

RegistryClient::~RegistryClient() = default;

void RegistryClient::setCredentials(const RegistryCredentials& credentials)
{
    m_credentials = credentials;
    m_tokens.clear();
}

void RegistryClient::setOptions(const RegistryOptions& options)
{
    m_options = options;
    m_sslConfiguration = makeSslConfiguration();
    m_relayTls.reset();
}

std::shared_ptr<RelayTlsContext> RegistryClient::relayTlsContext(QString* error)
{
    if (!m_relayTls) {
        m_relayTls = RelayTlsContext::make(m_options, error);
    }
    return m_relayTls;
}

QSslConfiguration RegistryClient::sslConfiguration() const
{
    return m_sslConfiguration;
}

// Built once per option change: one configuration object lets Qt reuse its connections.
QSslConfiguration RegistryClient::makeSslConfiguration() const
{
    auto config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_options.caCertificates.isEmpty()) {
        config.addCaCertificates(m_options.caCertificates);
    }
    if (!m_options.clientCertificate.isNull() && !m_options.clientKey.isNull()) {
        config.setLocalCertificate(m_options.clientCertificate);
        config.setPrivateKey(m_options.clientKey);
    }
    if (!m_options.tlsVerify) {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    // HTTP/1.1 only, as every request asks: a connection opened ahead (preconnect) must be one they can use.
    config.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
    return config;
}

void RegistryClient::preconnect()
{
    const auto url = m_address.baseUrl();
    if (url.scheme() != QLatin1String("https")) {
        m_network.connectToHost(url.host(), static_cast<quint16>(url.port(80)));
        return;
    }
    const auto port = static_cast<quint16>(url.port(443));
    if (m_options.peerVerifyName.isEmpty()) {
        m_network.connectToHostEncrypted(url.host(), port, m_sslConfiguration);
    } else {
        m_network.connectToHostEncrypted(url.host(), port, m_sslConfiguration, m_options.peerVerifyName);
    }
}

QUrl RegistryClient::apiUrl(const QString& path) const
{
    auto url = m_address.baseUrl();
    const auto question = path.indexOf(QLatin1Char('?'));
    url.setPath(QStringLiteral("/v2/") + (question < 0 ? path : path.left(question)), QUrl::StrictMode);
    if (question >= 0) {
        url.setQuery(path.mid(question + 1), QUrl::StrictMode);
    }
    return url;
}

QString RegistryClient::describe() const
{
    QStringList parts;
    if (!m_authScheme.isEmpty()) {
        parts << tr("%1 auth").arg(m_authScheme);
    }
    if (m_capabilities.apiVersionStated == RegistryCapabilities::State::No) {
        parts << tr("API version not stated");
    } else if (!m_apiVersion.isEmpty()) {
        parts << tr("API %1").arg(m_apiVersion);
    }
    parts += m_capabilities.limits();
    return parts.join(QLatin1String(", "));
}

void RegistryClient::setCapability(RegistryCapabilities::State RegistryCapabilities::*field, bool yes)
{
    const auto state = yes ? RegistryCapabilities::State::Yes : RegistryCapabilities::State::No;
    if (m_capabilities.*field != state) {
        m_capabilities.*field = state;
        emit capabilitiesChanged();
    }
}

void RegistryClient::noteApiVersion(const QString& version)
{
    m_apiVersion = version;
    setCapability(&RegistryCapabilities::apiVersionStated, !version.isEmpty());
}

void RegistryClient::noteCatalog(bool offered)
{
    setCapability(&RegistryCapabilities::catalog, offered);
}

void RegistryClient::noteDeleteAnswer(const HttpResponse& response, bool byTag)
{
    const auto codes = RegistryError::fromResponse(response.status, response.body, {}, {}).codes();
    const bool registryError = !codes.isEmpty();
    if (m_capabilities.apiVersionStated == RegistryCapabilities::State::Unknown) {
        setCapability(&RegistryCapabilities::apiVersionStated,
                      !response.header("Docker-Distribution-API-Version").isEmpty());
    }
    if (response.status == 405 || codes.contains(QLatin1String("UNSUPPORTED"))) {
        // registry:2 with deletes switched off answers this to every DELETE, by tag or digest.
        m_capabilities.deleteRefusal = RegistryCapabilities::DeleteRefusal::Disabled;
        setCapability(&RegistryCapabilities::tagDelete, false);
        setCapability(&RegistryCapabilities::manifestDelete, false);
    } else if (response.status == 404 && !registryError) {
        m_capabilities.deleteRefusal = RegistryCapabilities::DeleteRefusal::NoApi;
        setCapability(&RegistryCapabilities::tagDelete, false);
        setCapability(&RegistryCapabilities::manifestDelete, false);
    } else if (byTag) {
        // registry:2 2.8 answers 400 to a DELETE by tag; newer registries delete the tag (or know it not).
        setCapability(&RegistryCapabilities::tagDelete, response.isSuccess() || response.status == 404);
    } else if (response.isSuccess() || response.status == 404) {
        setCapability(&RegistryCapabilities::manifestDelete, true);
    }
}

void RegistryClient::noteMount(bool mounted)
{
    setCapability(&RegistryCapabilities::mount, mounted);
}

void RegistryClient::noteReferrers(bool offered)
{
    setCapability(&RegistryCapabilities::referrers, offered);
}

RegistryError RegistryClient::deleteRefusal() const
{
    if (m_capabilities.manifestDelete != RegistryCapabilities::State::No) {
        return {};
    }
    return {RegistryError::Kind::Unsupported, m_capabilities.cannotDeleteMessage(m_address.displayName())};
}

bool RegistryClient::isSameOrigin(const QUrl& url) const
{
    return ::isSameOrigin(url, m_address.baseUrl());
}

QString RegistryClient::describeCredentials() const
{
    if (m_credentials.isEmpty()) {
        return tr("anonymous access");
    }
    if (m_credentials.identityToken) {
        return tr("the stored identity token");
    }
    return tr("user %1").arg(m_credentials.username);
}

HttpExchange* RegistryClient::send(const HttpRequest& request, QObject* parent)
{
    return new HttpExchange(this, request, parent);
}

QByteArray RegistryClient::authorizationFor(const QList<AuthScope>& scopes) const
{
    // Basic credentials go along from the first request to the origin they were configured for (over
    // TLS): an htpasswd registry then never answers 401, and no round trip is wasted on it.
    const bool basicPossible = m_authScheme.isEmpty() && !m_address.isPlainHttp();
    if ((m_authScheme == QLatin1String("basic") || basicPossible) && !m_credentials.isEmpty() &&
        !m_credentials.identityToken) {
        return "Basic " + (m_credentials.username + QLatin1Char(':') + m_credentials.secret).toUtf8().toBase64();
    }
    if (m_authScheme == QLatin1String("bearer")) {
        const auto token = m_tokens.find(m_realm, m_service, normalizeScopes(scopes));
        if (!token.isEmpty()) {
            return "Bearer " + token.toUtf8();
        }
    }
    return {};
}

bool RegistryClient::wantsTokenFirst(const QList<AuthScope>& scopes) const
{
    return m_authScheme == QLatin1String("bearer") && !m_realm.isEmpty() &&
           m_tokens.find(m_realm, m_service, normalizeScopes(scopes)).isEmpty();
}

void RegistryClient::prefetchToken(const QList<AuthScope>& scopes, QObject* context,
                                   std::function<void(RegistryError)> done)
{
    AuthChallenge challenge =
        AuthChallenge::parseAll(QStringLiteral("Bearer realm=\"%1\",service=\"%2\"").arg(m_realm, m_service).toUtf8())
            .value(0);
    fetchToken(challenge, normalizeScopes(scopes), context, std::move(done));
}

void RegistryClient::noteWarnings(const HttpResponse& response)
{
    for (const auto& [name, value] : response.headers) {
        if (name.compare("Warning", Qt::CaseInsensitive) != 0) {
            continue;
        }
        // Warning: 299 - "text"
        const auto trimmed = value.trimmed();
        if (!trimmed.startsWith("299")) {
            continue;
        }
        const auto open = trimmed.indexOf('"');
        const auto close = trimmed.lastIndexOf('"');
        if (open >= 0 && close > open) {
            emit warning(QString::fromUtf8(trimmed.mid(open + 1, close - open - 1)).left(500));
        }
    }
}

void RegistryClient::authenticate(const QByteArray& wwwAuthenticate, const QList<AuthScope>& scopes,
                                  bool credentialsRefused, QObject* context, std::function<void(RegistryError)> done)
{
    const auto challenges = AuthChallenge::parseAll(wwwAuthenticate);
    const AuthChallenge* chosen = nullptr;
    for (const auto& challenge : challenges) {
        if (challenge.isBearer() || (challenge.isBasic() && !chosen)) {
            chosen = &challenge;
        }
    }
    const auto registry = m_address.displayName();
    if (!chosen) {
        done({RegistryError::Kind::Auth,
              tr("registry %1 asks for authentication with a scheme RegistryDesk does not support (%2)")
                  .arg(registry, QString::fromLatin1(wwwAuthenticate.left(100))),
              401});
        return;
    }
    if (chosen->isBasic()) {
        m_authScheme = QStringLiteral("basic");
        if (m_credentials.isEmpty()) {
            done({RegistryError::Kind::Auth,
                  tr("registry %1 requires credentials (HTTP 401); log in first").arg(registry), 401});
        } else if (credentialsRefused || m_credentials.identityToken) {
            done({RegistryError::Kind::Auth,
                  tr("registry %1 refused the credentials for %2 (HTTP 401)").arg(registry, describeCredentials()),
                  401});
        } else {
            done({});
        }
        return;
    }
    m_authScheme = QStringLiteral("bearer");
    m_realm = chosen->realm();
    m_service = chosen->service();
    auto all = scopes;
    all += chosen->scopes();
    const auto normalized = normalizeScopes(all);
    if (credentialsRefused && !m_tokens.find(m_realm, m_service, normalized).isEmpty()) {
        // A token we just obtained for exactly these scopes was refused: asking again will not help.
        done({RegistryError::Kind::Denied,
              tr("registry %1 refused the token issued for %2").arg(registry, normalized.join(QLatin1Char(' '))), 401});
        return;
    }
    fetchToken(*chosen, normalized, context, std::move(done));
}

namespace {

// Fetches one bearer token: GET realm?service&scope with Basic credentials, or the OAuth2 POST
// (grant_type=refresh_token) for identity tokens, falling back to GET when the realm answers 404.
class TokenJob : public RegistryJob
{
public:
    TokenJob(RegistryClient* client, QUrl realm, QString service, QStringList scopes)
        : RegistryJob(client)
        , m_realm(std::move(realm))
        , m_service(std::move(service))
        , m_scopes(std::move(scopes))
    {
    }

    QString token;
    QDateTime expiry;

protected:
    void run() override
    {
        if (client()->credentials().identityToken) {
            post();
        } else {
            get();
        }
    }

private:
    HttpRequest baseRequest() const
    {
        HttpRequest request;
        request.outsideRegistryApi = true;
        request.what = RegistryClient::tr("a token from %1").arg(m_realm.host());
        request.maxBufferedBody = 256 * 1024;
        return request;
    }

    void get()
    {
        auto request = baseRequest();
        QUrl url = m_realm;
        QUrlQuery query(url);
        if (!m_service.isEmpty()) {
            query.addQueryItem(QStringLiteral("service"), m_service);
        }
        for (const auto& scope : m_scopes) {
            query.addQueryItem(QStringLiteral("scope"), scope);
        }
        url.setQuery(query);
        request.url = url;
        const auto& credentials = client()->credentials();
        if (!credentials.isEmpty() && !credentials.identityToken) {
            request.explicitAuthorization =
                "Basic " + (credentials.username + QLatin1Char(':') + credentials.secret).toUtf8().toBase64();
        }
        send(request, [this](HttpExchange* exchange) { handle(exchange); });
    }

    void post()
    {
        auto request = baseRequest();
        request.method = "POST";
        request.url = m_realm;
        request.idempotent = false;
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), client()->credentials().secret);
        form.addQueryItem(QStringLiteral("service"), m_service);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("registrydesk"));
        form.addQueryItem(QStringLiteral("scope"), m_scopes.join(QLatin1Char(' ')));
        request.body = form.toString(QUrl::FullyEncoded).toUtf8();
        request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        send(request, [this](HttpExchange* exchange) {
            if (!exchange->error() && exchange->response().status == 404) {
                get();
                return;
            }
            handle(exchange);
        });
    }

    void handle(HttpExchange* exchange)
    {
        const auto registry = client()->address().displayName();
        if (exchange->error()) {
            finish(exchange->error());
            return;
        }
        const auto& response = exchange->response();
        if (response.status == 401 || response.status == 403) {
            finish({RegistryError::Kind::Auth,
                    RegistryClient::tr("registry %1 refused the credentials for %2 (HTTP %3 from the token service %4)")
                        .arg(registry, client()->describeCredentials())
                        .arg(response.status)
                        .arg(m_realm.host()),
                    401});
            return;
        }
        if (!response.isSuccess()) {
            finish({RegistryError::Kind::Auth,
                    RegistryClient::tr("the token service %1 of registry %2 failed (HTTP %3)")
                        .arg(m_realm.host(), registry)
                        .arg(response.status),
                    response.status});
            return;
        }
        const auto parsed = BearerToken::parse(response.body);
        if (!parsed) {
            finish({RegistryError::Kind::Protocol,
                    RegistryClient::tr("the token service %1 of registry %2 answered without a usable token")
                        .arg(m_realm.host(), registry)});
            return;
        }
        token = parsed->token;
        expiry = parsed->expiry;
        finish();
    }

    QUrl m_realm;
    QString m_service;
    QStringList m_scopes;
};

} // namespace

void RegistryClient::fetchToken(const AuthChallenge& challenge, const QStringList& scopes, QObject* context,
                                std::function<void(RegistryError)> done)
{
    const auto realm = QUrl(challenge.realm(), QUrl::StrictMode);
    const auto registry = m_address.displayName();
    if (!realm.isValid() || realm.host().isEmpty() ||
        (realm.scheme() != QLatin1String("https") &&
         !(realm.scheme() == QLatin1String("http") && m_address.isPlainHttp()))) {
        done({RegistryError::Kind::Auth,
              tr("registry %1 names a token service that is not https (%2); refusing to send credentials there")
                  .arg(registry, challenge.realm().left(200)),
              401});
        return;
    }
    const auto key =
        challenge.realm() + QLatin1Char('\n') + challenge.service() + QLatin1Char('\n') + scopes.join(QLatin1Char(' '));
    auto guarded = [context = QPointer<QObject>(context), done = std::move(done)](const RegistryError& error) {
        if (context) {
            done(error);
        }
    };
    auto& waiting = m_pendingTokens[key];
    waiting << guarded;
    if (waiting.size() > 1) {
        return; // one request for a token serves everyone who needs the same one
    }
    auto* job = new TokenJob(this, realm, challenge.service(), scopes);
    connect(job, &RegistryJob::finished, this, [this, job, key, scopes, challenge]() {
        job->deleteLater();
        if (!job->error()) {
            m_tokens.insert(challenge.realm(), challenge.service(), scopes, job->token, job->expiry);
        }
        const auto callbacks = m_pendingTokens.take(key);
        for (const auto& callback : callbacks) {
            callback(job->error());
        }
    });
}

template<typename T, typename... Args>
T* RegistryClient::create(Args&&... args)
{
    return new T(this, std::forward<Args>(args)...); // a child of this client; it starts itself (see Job)
}

ReferrersJob* RegistryClient::referrers(const QString& repository, const Digest& subject)
{
    return create<ReferrersJob>(repository, subject);
}

PingJob* RegistryClient::ping()
{
    return create<PingJob>();
}

ListJob* RegistryClient::catalog()
{
    return create<ListJob>(ListJob::Catalog, QString());
}

ListJob* RegistryClient::tags(const QString& repository)
{
    return create<ListJob>(ListJob::Tags, repository);
}

ManifestJob* RegistryClient::getManifest(const QString& repository, const QString& reference)
{
    return create<ManifestJob>(ManifestJob::Get, repository, reference);
}

ManifestJob* RegistryClient::resolveDigest(const QString& repository, const QString& reference)
{
    return create<ManifestJob>(ManifestJob::Resolve, repository, reference);
}

RegistryJob* RegistryClient::requireDeletes(const QString& repository)
{
    return create<CapabilityProbeJob>(repository, false, false);
}

RegistryJob* RegistryClient::learnCapabilities()
{
    return create<CapabilityProbeJob>(QStringLiteral("registrydesk/capability-probe"), true, true);
}

ManifestJob* RegistryClient::putManifest(const QString& repository, const QString& reference, const QByteArray& bytes,
                                         const QString& mediaType)
{
    auto* job = create<ManifestJob>(ManifestJob::Put, repository, reference);
    job->setBody(bytes, mediaType);
    return job;
}

ManifestJob* RegistryClient::deleteTag(const QString& repository, const QString& tag)
{
    return create<ManifestJob>(ManifestJob::DeleteTag, repository, tag);
}

WebRequestJob* RegistryClient::webRequest(const HttpRequest& request)
{
    return create<WebRequestJob>(request);
}

RegistryJob* RegistryClient::deleteManifest(const QString& repository, const Digest& digest)
{
    return create<ManifestJob>(ManifestJob::Delete, repository, digest.toString());
}

BlobJob* RegistryClient::getBlob(const QString& repository, const Digest& digest, qint64 expectedSize, QIODevice* sink)
{
    return create<BlobJob>(repository, digest, expectedSize, sink);
}

BlobJob* RegistryClient::headBlob(const QString& repository, const Digest& digest)
{
    return create<BlobJob>(repository, digest, -1, nullptr);
}

UploadJob* RegistryClient::uploadBlob(const QString& repository, const Digest& digest, qint64 size, QIODevice* source,
                                      const UploadOptions& options)
{
    return create<UploadJob>(repository, digest, size, source, options);
}

RegistryJob* RegistryClient::cancelUpload(const QString& repository, const QUrl& location)
{
    HttpRequest request;
    request.scopes = {AuthScope::repository(repository, {QStringLiteral("pull"), QStringLiteral("push")})};
    request.method = "DELETE";
    request.url = location;
    request.what = tr("an upload session");
    return create<SimpleJob>(request, QList<int>{200, 202, 204, 404});
}
