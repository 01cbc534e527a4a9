#pragma once

#include "DirectHttp.h"
#include "job/Job.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QIODevice;
class QSslSocket;
class RegistryClient;

// One streamed PUT of a blob's bytes on a socket of its own, in the caller's thread. QNetworkAccessManager
// moves upload data to its HTTP thread in 16 KiB pieces with a signal round trip for each, which for a
// blob streamed between registries costs more CPU than the TLS and hashing together; here the bytes go
// from the pipe to the TLS socket in large writes. Used only for streamed uploads; everything else
// (auth challenges, redirects, retries) stays with HttpExchange, so any unusual answer is just an error
// that the caller's retry takes care of.
class DirectUpload : public Job
{
    Q_OBJECT
public:
    DirectUpload(RegistryClient* client, const QUrl& url, const QByteArray& authorization, QIODevice* source,
                 qint64 length, QObject* parent = nullptr);
    ~DirectUpload() override;

    int status() const { return m_head.status; }
    QByteArray header(const QByteArray& name) const { return m_head.header(name); }
    const QByteArray& body() const { return m_body; }

    static constexpr qint64 kWriteChunk = 512 * 1024;
    static constexpr qint64 kSocketBuffer = 2 * 1024 * 1024;

protected:
    void run() override;
    void onCancel() override;

private:
    void sendHeaders();
    void pump();
    void readResponse();
    void release();
    void end(const RegistryError& error = {});

    RegistryClient* m_client;
    QUrl m_url;
    QByteArray m_authorization;
    QPointer<QIODevice> m_source;
    qint64 m_length;
    qint64 m_sent = 0;
    QSslSocket* m_socket;
    QTimer m_stall;
    QByteArray m_response;
    DirectHttp::ResponseHead m_head;
    QByteArray m_body;
    bool m_headersSent = false;
    qint64 m_startedMs = 0;
};
