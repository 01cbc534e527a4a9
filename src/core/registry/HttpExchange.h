#pragma once

#include "AuthChallenge.h"
#include "job/RegistryError.h"

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <functional>

class RegistryClient;

// Scheme, host and port equal (default ports filled in): where credentials may go.
bool isSameOrigin(const QUrl& a, const QUrl& b);

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url; // absolute
    HeaderList headers;
    QByteArray body;
    // A streamed body; must stay open until the exchange finishes. Retries and redirects rewind it to
    // bodyDeviceStart, so a device that cannot seek makes the request single-shot.
    QIODevice* bodyDevice = nullptr;
    qint64 bodyDeviceStart = 0;
    qint64 bodyLength = -1;
    QList<AuthScope> scopes; // what the token must grant
    QString what;            // names the object in messages: "manifest zuul/app:latest"
    bool idempotent = true;  // may be retried after 5xx, 429 and broken connections
    qint64 maxBufferedBody = 1024 * 1024;
    // Successful (2xx) bodies go here instead of the buffer when set; an error aborts the exchange.
    std::function<RegistryError(const char* data, qint64 size)> onData;
    // Requests outside the registry API (token service, Docker Hub or quay web API, Zuul) never trigger
    // registry authentication; their explicit Authorization goes only to the origin of `url`.
    bool outsideRegistryApi = false;
    // Sent without credentials and answered as is, 401 included (ping uses it to learn the scheme).
    bool anonymous = false;
    QByteArray explicitAuthorization;
    // Flow control for streamed bodies: how many bytes onData may be given now. Reading pauses at 0
    // (the socket then stops, so the sender slows down) until resumeReading() is called.
    std::function<qint64()> dataCapacity;
};

struct HttpResponse
{
    int status = 0;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;
    QUrl url; // after redirects
    QByteArray header(const QByteArray& name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

// One logical request to a registry: follows redirects by hand (Authorization only to the origin
// it belongs to, never https->http), answers 401 by authenticating exactly once, retries 429 and
// 502/503/504 honouring Retry-After, and streams or buffers the body with a cap.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    // Retry-After in milliseconds (delta-seconds or an HTTP date); -1 when absent or malformed.
    static qint64 retryAfterMs(const QByteArray& retryAfter);
    HttpExchange(RegistryClient* client, HttpRequest request, QObject* parent);
    ~HttpExchange() override;

    void start();
    void abort(); // finishes with a cancelled error
    // Finishes the exchange early with the given error (used by consumers of streamed bodies).
    void fail(const RegistryError& error);
    // The consumer of a flow-controlled body has room again.
    void resumeReading();

    const HttpResponse& response() const { return m_response; }
    const RegistryError& error() const { return m_error; }
    const HttpRequest& request() const { return m_request; }
    qint64 bytesDelivered() const { return m_delivered; }
    // While the body streams: the status and headers of the answer being read.
    int currentStatus() const;
    QByteArray currentHeader(const QByteArray& name) const;

signals:
    void downloadProgress(qint64 received, qint64 total);
    void uploadProgress(qint64 sent, qint64 total);
    void finished();

private:
    void send();
    void onReadyRead();
    void onMetaData();
    void onReplyFinished();
    void completeReply();
    bool handleRedirect();
    RegistryError unauthorizedError() const;
    void handleUnauthorized();
    bool scheduleRetry(const QByteArray& retryAfter);
    RegistryError networkError(QNetworkReply::NetworkError code) const;
    bool rewindBody();
    void finish(const RegistryError& error = {});
    void releaseReply();

    RegistryClient* m_client;
    HttpRequest m_request;
    QUrl m_url;
    QByteArray m_method;
    QPointer<QNetworkReply> m_reply;
    HttpResponse m_response;
    RegistryError m_error;
    QList<QSslError> m_sslErrors;
    QTimer m_retryTimer;
    int m_redirects = 0;
    int m_attempts = 0;
    bool m_authRetried = false;
    bool m_prefetched = false;
    bool m_sentCredentials = false;
    bool m_finished = false;
    bool m_streaming = false;
    bool m_finishPending = false; // the reply ended but buffered body bytes still wait for room
    qint64 m_delivered = 0;
    qint64 m_startedMs = 0;
};
