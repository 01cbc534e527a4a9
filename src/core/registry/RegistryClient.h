#pragma once

#include "AuthChallenge.h"
#include "Digest.h"
#include "HttpExchange.h"
#include "RegistryAddress.h"
#include "RegistryCapabilities.h"
#include "TokenCache.h"
#include "job/RegistryError.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <memory>

class BlobJob;
class ListJob;
class ManifestJob;
class PingJob;
class ReferrersJob;
class RegistryJob;
class UploadJob;
class WebRequestJob;

struct RegistryCredentials
{
    QString username;
    QString secret;             // password, or an identity (refresh) token
    bool identityToken = false; // credential helpers answer Username "<token>" for these
    bool isEmpty() const { return secret.isEmpty(); }
};

struct RegistryOptions
{
    QList<QSslCertificate> caCertificates; // trusted in addition to the system store
    QSslCertificate clientCertificate{};   // mTLS (certs.d client.cert / client.key)
    QSslKey clientKey;
    bool tlsVerify = true; // off only when the user says so explicitly for this registry
    // The name the registry's certificate must carry when it differs from the host connected to: a new
    // registry tried out on loopback before it moves to its own host. Empty: the host itself.
    QString peerVerifyName;
    int maxRetries = 4;
    int retryBaseDelayMs = 500;
    int maxRetryDelayMs = 60'000; // a Retry-After beyond this fails instead of waiting
    int transferTimeoutMs = 120'000;
    int maxRedirects = 10;
};

struct UploadOptions
{
    QString mountFrom;    // try a cross-repository mount from this repository first
    qint64 chunkSize = 0; // 0: one monolithic PUT; otherwise PATCH chunks of this size
    // Only open the session (POST) and end with its location(): the bytes go another way (BlobRelay), and
    // whoever asked completes or discards it.
    bool sessionOnly = false;
};

// One registry endpoint spoken to over the v2 protocol. Every operation is a job started on the next
// event-loop turn, so callers connect to it first. Jobs are children of the client; callers delete
// them when done (or connect finished to deleteLater).
class RelayTlsContext;

class RegistryClient : public QObject
{
    Q_OBJECT
public:
    explicit RegistryClient(const RegistryAddress& address, QObject* parent = nullptr);
    ~RegistryClient() override;

    const RegistryAddress& address() const { return m_address; }
    void setCredentials(const RegistryCredentials& credentials);
    const RegistryCredentials& credentials() const { return m_credentials; }
    void setOptions(const RegistryOptions& options);
    const RegistryOptions& options() const { return m_options; }

    // "none", "basic" or "bearer" once the registry has told us; empty before.
    QString authScheme() const { return m_authScheme; }
    // What the registry has shown it can and cannot do, learnt from its answers (never from a write).
    const RegistryCapabilities& capabilities() const { return m_capabilities; }
    // "bearer auth, API version not stated, no catalog, cannot delete": what is known, for people.
    QString describe() const;

    PingJob* ping();
    ListJob* catalog();
    ListJob* tags(const QString& repository);
    ManifestJob* getManifest(const QString& repository, const QString& reference);
    // The one way to learn what a tag (or digest) points at: HEAD, and when the answer names no
    // Docker-Content-Digest or has no length (zuul-registry, lenient registries), a GET whose bytes are hashed.
    // digest(), mediaType() and size() are set; manifest() only when the GET was needed.
    ManifestJob* resolveDigest(const QString& repository, const QString& reference);
    ManifestJob* putManifest(const QString& repository, const QString& reference, const QByteArray& bytes,
                             const QString& mediaType);
    RegistryJob* deleteManifest(const QString& repository, const Digest& digest);
    // Makes sure the registry deletes manifests in this repository before anything is written: learns it by a
    // DELETE of a digest no registry holds (nothing can be removed by it), or finishes at once when known.
    // Its error is an auth failure, or deleteRefusal() (naming the registry and the remedy) when it cannot.
    RegistryJob* requireDeletes(const QString& repository);
    // Learns the catalog and delete capabilities of the whole registry (never failing on a refusal to say).
    RegistryJob* learnCapabilities();
    // An Unsupported error naming the registry and the remedy when the registry has shown it cannot delete.
    RegistryError deleteRefusal() const;
    // Streams the blob into sink, hashing and counting on the way; resumes broken downloads with Range.
    BlobJob* getBlob(const QString& repository, const Digest& digest, qint64 expectedSize, QIODevice* sink);
    BlobJob* headBlob(const QString& repository, const Digest& digest);
    // Uploads size bytes read from source (mount first when options.mountFrom is set; with no source a
    // mount that the registry declines ends without error and mounted() false).
    UploadJob* uploadBlob(const QString& repository, const Digest& digest, qint64 size, QIODevice* source,
                          const UploadOptions& options = {});
    RegistryJob* cancelUpload(const QString& repository, const QUrl& location);
    // DELETE /v2/<repo>/manifests/<tag>: the tag delete of newer registries (registry:2 2.8 answers 400).
    ManifestJob* deleteTag(const QString& repository, const QString& tag);
    // GET /v2/<repo>/referrers/<digest> (OCI 1.1); Unsupported where the registry lacks it.
    ReferrersJob* referrers(const QString& repository, const Digest& subject);
    // A request to a web API on another origin (Docker Hub, quay, Zuul) with this client's TLS settings.
    WebRequestJob* webRequest(const HttpRequest& request);
    // Opens a connection to the registry, TLS handshake included, for the next request to find ready: a copy
    // does this for its destination while it reads the source's manifest. Nothing is sent on it; a failure
    // shows in the request that follows.
    void preconnect();

    // --- used by jobs ---
    QUrl apiUrl(const QString& path) const; // path after /v2/, already encoded
    HttpExchange* send(const HttpRequest& request, QObject* parent);
    QNetworkAccessManager* network() { return &m_network; }
    QSslConfiguration sslConfiguration() const;
    // The same trust for OpenSSL directly (BlobRelay's worker threads); built once per option change.
    std::shared_ptr<RelayTlsContext> relayTlsContext(QString* error);
    // Authorization header value for a request to the registry's origin needing these scopes.
    QByteArray authorizationFor(const QList<AuthScope>& scopes) const;
    // With a known bearer realm and no cached token for these scopes: fetch one before sending, which
    // saves the 401 round trip (and the reconnect Qt makes after every 401).
    bool wantsTokenFirst(const QList<AuthScope>& scopes) const;
    void prefetchToken(const QList<AuthScope>& scopes, QObject* context, std::function<void(RegistryError)> done);
    // Answers a 401: learns the scheme and, for bearer, fetches a token covering the scopes.
    // credentialsRefused: the request already carried credentials of the challenged scheme.
    void authenticate(const QByteArray& wwwAuthenticate, const QList<AuthScope>& scopes, bool credentialsRefused,
                      QObject* context, std::function<void(RegistryError)> done);
    bool isSameOrigin(const QUrl& url) const;
    QString describeCredentials() const; // "user zuul" / "anonymous access"
    void emitTrace(const QString& line) { emit trace(line); }
    void noteWarnings(const HttpResponse& response);
    // What jobs saw, kept for every later operation.
    void noteApiVersion(const QString& version);
    void noteCatalog(bool offered);
    void noteDeleteAnswer(const HttpResponse& response, bool byTag);
    void noteMount(bool mounted);
    void noteReferrers(bool offered);

signals:
    // A redacted HTTP trace line (Authorization, tokens and signatures never appear).
    void trace(const QString& line);
    // Warning headers (code 299) that the registry sent; shown, never acted upon.
    void warning(const QString& text);
    void capabilitiesChanged();

private:
    template<typename T, typename... Args>
    T* create(Args&&... args);
    QSslConfiguration makeSslConfiguration() const;
    void setCapability(RegistryCapabilities::State RegistryCapabilities::*field, bool yes);
    void fetchToken(const AuthChallenge& challenge, const QStringList& scopes, QObject* context,
                    std::function<void(RegistryError)> done);

    RegistryAddress m_address;
    RegistryCredentials m_credentials;
    RegistryOptions m_options;
    QNetworkAccessManager m_network;
    QSslConfiguration m_sslConfiguration;
    std::shared_ptr<RelayTlsContext> m_relayTls;
    QString m_authScheme;
    QString m_apiVersion;
    RegistryCapabilities m_capabilities;
    QString m_realm;
    QString m_service;
    TokenCache m_tokens;
    QHash<QString, QList<std::function<void(RegistryError)>>> m_pendingTokens;
};
