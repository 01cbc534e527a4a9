#include "HttpExchange.h"

#include "HttpTrace.h"
#include "RegistryClient.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QRandomGenerator>

bool isSameOrigin(const QUrl& a, const QUrl& b)
{
    const auto defaultPort = [](const QUrl& url) { return url.scheme() == QLatin1String("http") ? 80 : 443; };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

HttpExchange::HttpExchange(RegistryClient* client, HttpRequest request, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_url(m_request.url)
    , m_method(m_request.method)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpExchange::send);
}

HttpExchange::~HttpExchange()
{
    releaseReply();
}

void HttpExchange::start()
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    send();
}

void HttpExchange::releaseReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning()) {
            m_reply->abort();
        }
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

bool HttpExchange::rewindBody()
{
    if (!m_request.bodyDevice) {
        return true;
    }
    if (m_request.bodyDevice->isSequential()) {
        return false;
    }
    return m_request.bodyDevice->seek(m_request.bodyDeviceStart);
}

void HttpExchange::send()
{
    if (m_finished) {
        return;
    }
    ++m_attempts;
    m_response = HttpResponse{};
    m_sslErrors.clear();
    m_streaming = false;
    m_finishPending = false;

    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setTransferTimeout(m_client->options().transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("RegistryDesk/%1").arg(QCoreApplication::applicationVersion()));
    if (m_url.scheme() == QLatin1String("https")) {
        request.setSslConfiguration(m_client->sslConfiguration());
        if (!m_client->options().peerVerifyName.isEmpty() && m_client->isSameOrigin(m_url)) {
            request.setPeerVerifyName(m_client->options().peerVerifyName);
        }
    }
    for (const auto& [name, value] : m_request.headers) {
        request.setRawHeader(name, value);
    }

    // Credentials go only to the origin they belong to, re-decided on every hop.
    m_sentCredentials = false;
    if (!m_request.outsideRegistryApi && !m_request.anonymous && m_client->isSameOrigin(m_url) && !m_prefetched &&
        m_client->wantsTokenFirst(m_request.scopes)) {
        m_prefetched = true;
        --m_attempts;
        m_client->prefetchToken(m_request.scopes, this, [this](const RegistryError&) {
            // Whatever came of it, the request goes out; a refusal is handled by the usual 401 path.
            send();
        });
        return;
    }
    QByteArray authorization;
    if (m_request.outsideRegistryApi) {
        if (isSameOrigin(m_url, m_request.url)) {
            authorization = m_request.explicitAuthorization;
        }
    } else if (m_client->isSameOrigin(m_url) && !m_request.anonymous) {
        authorization = m_client->authorizationFor(m_request.scopes);
    }
    if (!authorization.isEmpty()) {
        request.setRawHeader("Authorization", authorization);
        m_sentCredentials = true;
    }

    QIODevice* device = nullptr;
    if (m_request.bodyDevice) {
        if (m_attempts > 1 && !rewindBody()) {
            finish({RegistryError::Kind::Network, tr("cannot resend the body of %1").arg(m_request.what)});
            return;
        }
        device = m_request.bodyDevice;
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.bodyLength);
    } else if (m_method != "GET" && m_method != "HEAD" && m_method != "DELETE") {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
    }

    HttpTrace::request(m_client, m_method, m_url, request);

    auto* network = m_client->network();
    if (m_method == "GET") {
        m_reply = network->get(request);
    } else if (m_method == "HEAD") {
        m_reply = network->head(request);
    } else if (device) {
        m_reply = network->sendCustomRequest(request, m_method, device);
    } else {
        m_reply = network->sendCustomRequest(request, m_method, m_request.body);
    }
    if (m_request.dataCapacity) {
        m_reply->setReadBufferSize(1024 * 1024); // beyond this the socket pauses: backpressure to the sender
    }
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpExchange::downloadProgress);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &HttpExchange::uploadProgress);
}

void HttpExchange::onMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_streaming = status >= 200 && status < 300 && m_request.onData;
    const auto length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    // A HEAD answer announces the size of a body it does not send.
    if (m_method != "HEAD" && status >= 200 && status < 300 && !m_streaming && length.isValid() &&
        length.toLongLong() > m_request.maxBufferedBody) {
        fail({RegistryError::Kind::TooLarge, tr("%1 is %2 bytes, over the %3-byte limit")
                                                 .arg(m_request.what)
                                                 .arg(length.toLongLong())
                                                 .arg(m_request.maxBufferedBody)});
    }
}

void HttpExchange::onReadyRead()
{
    // A reply that timed out or was aborted is closed: nothing is left to read.
    if (!m_reply || m_finished || !m_reply->isOpen()) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_streaming) {
        static constexpr qint64 kChunk = 256 * 1024;
        QByteArray buffer(kChunk, Qt::Uninitialized);
        while (m_reply && m_reply->bytesAvailable() > 0) {
            qint64 room = m_request.dataCapacity ? m_request.dataCapacity() : kChunk;
            if (room <= 0) {
                return; // resumeReading() continues
            }
            const auto n = m_reply->read(buffer.data(), std::min(room, kChunk));
            if (n <= 0) {
                break;
            }
            const auto error = m_request.onData(buffer.constData(), n);
            m_delivered += n;
            if (error) {
                fail(error);
                return;
            }
        }
        return;
    }
    // Error bodies are only read for their message; successful ones up to the caller's cap.
    const qint64 cap = (status >= 200 && status < 300) ? m_request.maxBufferedBody : 64 * 1024;
    const auto chunk = m_reply->readAll();
    if (m_response.body.size() + chunk.size() > cap) {
        if (status >= 200 && status < 300) {
            fail({RegistryError::Kind::TooLarge,
                  tr("%1 is over the %2-byte limit").arg(m_request.what).arg(m_request.maxBufferedBody)});
            return;
        }
        m_response.body += chunk.left(cap - m_response.body.size());
        return;
    }
    m_response.body += chunk;
}

void HttpExchange::resumeReading()
{
    if (!m_reply || m_finished) {
        return;
    }
    onReadyRead();
    if (m_finishPending && m_reply && m_reply->bytesAvailable() == 0) {
        completeReply();
    }
}

void HttpExchange::onReplyFinished()
{
    if (!m_reply || m_finished) {
        return;
    }
    onReadyRead();
    if (m_finished) {
        return;
    }
    if (m_streaming && m_reply && m_reply->bytesAvailable() > 0) {
        m_finishPending = true; // the rest is delivered as the consumer makes room
        return;
    }
    completeReply();
}

void HttpExchange::completeReply()
{
    m_finishPending = false;
    QNetworkReply* reply = m_reply;
    const auto statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_response.status = statusValue.isValid() ? statusValue.toInt() : 0;
    m_response.headers = reply->rawHeaderPairs();
    m_response.url = m_url;
    const auto networkCode = reply->error();
    HttpTrace::response(m_client, m_response, QDateTime::currentMSecsSinceEpoch() - m_startedMs);
    m_client->noteWarnings(m_response);

    // A transport failure without an HTTP answer (or cut off in the middle of the body).
    const bool bodyBroken = networkCode != QNetworkReply::NoError && m_response.status >= 200 &&
                            m_response.status < 300 && networkCode != QNetworkReply::ContentNotFoundError;
    if (m_response.status == 0 || bodyBroken) {
        const auto error = networkError(networkCode);
        releaseReply();
        const bool canRetry = error.kind() == RegistryError::Kind::Network && m_request.idempotent &&
                              m_delivered == 0 && m_attempts <= m_client->options().maxRetries;
        if (canRetry && scheduleRetry({})) {
            return;
        }
        finish(error);
        return;
    }
    releaseReply();

    const int status = m_response.status;
    if (status >= 300 && status < 400 && !m_response.header("Location").isEmpty() && status != 304) {
        handleRedirect();
        return;
    }
    if (status == 401 && m_request.anonymous) {
        finish();
        return;
    }
    if (status == 401 && !m_request.outsideRegistryApi && m_client->isSameOrigin(m_url) && !m_authRetried) {
        handleUnauthorized();
        return;
    }
    // The statuses a registry or its proxy answers for trouble that passes (a storage hiccup is a 500 in
    // registry:2); crane and regctl retry the same set.
    const bool transient =
        status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    if (transient && m_request.idempotent && m_attempts <= m_client->options().maxRetries) {
        if (scheduleRetry(m_response.header("Retry-After"))) {
            return;
        }
    }
    if (status == 401 && !m_request.outsideRegistryApi) {
        finish(unauthorizedError());
        return;
    }
    finish();
}

bool HttpExchange::handleRedirect()
{
    if (++m_redirects > m_client->options().maxRedirects) {
        finish({RegistryError::Kind::Protocol,
                tr("too many redirects (over %1) for %2").arg(m_client->options().maxRedirects).arg(m_request.what),
                m_response.status});
        return false;
    }
    const auto location = QUrl::fromEncoded(m_response.header("Location"));
    const auto next = m_url.resolved(location);
    if (!next.isValid() || (next.scheme() != QLatin1String("https") && next.scheme() != QLatin1String("http"))) {
        finish({RegistryError::Kind::Protocol,
                tr("the registry redirected %1 to an invalid location").arg(m_request.what), m_response.status});
        return false;
    }
    if (m_url.scheme() == QLatin1String("https") && next.scheme() == QLatin1String("http")) {
        finish({RegistryError::Kind::Tls,
                tr("the registry redirected %1 from https to plain http (%2); refusing to follow")
                    .arg(m_request.what, next.host()),
                m_response.status});
        return false;
    }
    if (m_response.status == 303 || ((m_response.status == 301 || m_response.status == 302) && m_method == "POST")) {
        m_method = "GET";
        m_request.body.clear();
        m_request.bodyDevice = nullptr;
    }
    m_url = next;
    if (!rewindBody()) {
        finish({RegistryError::Kind::Protocol,
                tr("cannot follow a redirect for %1 with a streamed body").arg(m_request.what)});
        return false;
    }
    m_attempts = 0;
    send();
    return true;
}

RegistryError HttpExchange::unauthorizedError() const
{
    const auto registry = m_client->address().displayName();
    if (m_client->credentials().isEmpty()) {
        return {RegistryError::Kind::Auth,
                tr("registry %1 requires credentials for %2 (HTTP 401); log in first").arg(registry, m_request.what),
                401};
    }
    return {RegistryError::Kind::Auth,
            tr("registry %1 refused the credentials for %2 (HTTP 401)").arg(registry, m_client->describeCredentials()),
            401};
}

void HttpExchange::handleUnauthorized()
{
    m_authRetried = true;
    const auto header = m_response.header("WWW-Authenticate");
    m_client->authenticate(header, m_request.scopes, m_sentCredentials, this, [this](const RegistryError& error) {
        if (error) {
            finish(error);
            return;
        }
        if (!rewindBody()) {
            finish({RegistryError::Kind::Auth, tr("cannot resend %1 after authenticating").arg(m_request.what)});
            return;
        }
        send();
    });
}

qint64 HttpExchange::retryAfterMs(const QByteArray& retryAfter)
{
    const auto text = retryAfter.trimmed();
    if (text.isEmpty()) {
        return -1;
    }
    bool isNumber = false;
    const auto seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        return seconds >= 0 && seconds < 100'000'000 ? seconds * 1000 : -1;
    }
    const auto when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    return when.isValid() ? std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)) : -1;
}

bool HttpExchange::scheduleRetry(const QByteArray& retryAfter)
{
    const auto& options = m_client->options();
    qint64 delayMs = static_cast<qint64>(options.retryBaseDelayMs) << (m_attempts - 1);
    delayMs += QRandomGenerator::global()->bounded(options.retryBaseDelayMs / 2 + 1);
    if (const auto asked = retryAfterMs(retryAfter); asked >= 0) {
        delayMs = asked;
        if (delayMs > options.maxRetryDelayMs) {
            finish({RegistryError::Kind::RateLimited,
                    tr("registry %1 asks to retry %2 after %3 s; giving up")
                        .arg(m_client->address().displayName(), m_request.what)
                        .arg(delayMs / 1000),
                    m_response.status});
            return true;
        }
    }
    if (!rewindBody()) {
        return false;
    }
    m_client->emitTrace(QStringLiteral("* retrying in %1 ms (attempt %2)").arg(delayMs).arg(m_attempts + 1));
    m_retryTimer.start(static_cast<int>(std::min<qint64>(delayMs, options.maxRetryDelayMs)));
    return true;
}

RegistryError HttpExchange::networkError(QNetworkReply::NetworkError code) const
{
    const auto host = m_url.port() > 0 ? m_url.host() + QLatin1Char(':') + QString::number(m_url.port()) : m_url.host();
    using E = QNetworkReply::NetworkError;
    switch (code) {
    case E::HostNotFoundError:
        return {RegistryError::Kind::Network, tr("cannot resolve host %1").arg(m_url.host())};
    case E::ConnectionRefusedError:
        return {RegistryError::Kind::Network, tr("connection to %1 refused; is the registry running?").arg(host)};
    case E::OperationCanceledError:
    case E::TimeoutError:
        return {RegistryError::Kind::Network, tr("%1 did not answer within %2 s while transferring %3")
                                                  .arg(host)
                                                  .arg(m_client->options().transferTimeoutMs / 1000)
                                                  .arg(m_request.what)};
    case E::RemoteHostClosedError:
        return {RegistryError::Kind::Network, tr("%1 closed the connection during %2").arg(host, m_request.what)};
    case E::SslHandshakeFailedError: {
        QStringList reasons;
        for (const auto& error : m_sslErrors) {
            reasons << error.errorString();
        }
        if (reasons.isEmpty()) {
            reasons << tr("handshake failed");
        }
        reasons.removeDuplicates();
        return {RegistryError::Kind::Tls,
                tr("cannot verify the TLS certificate of %1: %2. Trust the registry's CA (certs.d/%1/ca.crt) or turn "
                   "verification off explicitly for this registry")
                    .arg(host, reasons.join(QLatin1String("; ")))};
    }
    default:
        return {
            RegistryError::Kind::Network,
            tr("network error talking to %1: %2").arg(host, m_reply ? m_reply->errorString() : QString::number(code))};
    }
}

int HttpExchange::currentStatus() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : m_response.status;
}

QByteArray HttpExchange::currentHeader(const QByteArray& name) const
{
    return m_reply ? m_reply->rawHeader(name) : m_response.header(name);
}

void HttpExchange::abort()
{
    fail(RegistryError::cancelled());
}

void HttpExchange::fail(const RegistryError& error)
{
    if (m_finished) {
        return;
    }
    releaseReply();
    finish(error);
}

void HttpExchange::finish(const RegistryError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_retryTimer.stop();
    m_error = error;
    emit finished();
}
