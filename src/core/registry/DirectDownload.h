#pragma once

#include "job/Job.h"

#include <QNetworkReply>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class QSslSocket;
class RegistryClient;

// One streamed GET of a blob's bytes on a socket of its own, in the caller's thread, with flow control:
// reading stops while the consumer has no room, so TCP slows the sender down. The counterpart of
// DirectUpload for blobs moving between registries. It takes only the plain case, a 200 with a
// Content-Length; any other answer (a redirect, a challenge, chunked encoding) ends it with
// `declined()` true before a single body byte was delivered, and the caller uses HttpExchange instead.
class DirectDownload : public Job
{
    Q_OBJECT
public:
    DirectDownload(RegistryClient* client, const QUrl& url, const QByteArray& authorization,
                   std::function<qint64()> capacity, std::function<RegistryError(const char*, qint64)> onData,
                   QObject* parent = nullptr);
    ~DirectDownload() override;

    void resume(); // the consumer has room again

    bool declined() const { return m_declined; }
    int status() const { return m_status; }
    QByteArray retryAfter() const { return m_retryAfter; } // of a declined answer
    qint64 delivered() const { return m_delivered; }

protected:
    void run() override;
    void onCancel() override;

private:
    void sendRequest();
    void onReadyRead();
    bool parseHeaders();
    void deliver();
    void release();
    void end(const RegistryError& error = {});

    RegistryClient* m_client;
    QUrl m_url;
    QByteArray m_authorization;
    std::function<qint64()> m_capacity;
    std::function<RegistryError(const char*, qint64)> m_onData;
    QSslSocket* m_socket;
    QTimer m_stall;
    QByteArray m_head;
    bool m_headParsed = false;
    int m_status = 0;
    qint64 m_length = -1;
    qint64 m_delivered = 0;
    bool m_declined = false;
    QByteArray m_retryAfter;
};
