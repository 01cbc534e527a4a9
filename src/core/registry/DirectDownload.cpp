#include "DirectDownload.h"

#include "DirectHttp.h"
#include "HttpTrace.h"
#include "RegistryClient.h"

#include <QSslSocket>

DirectDownload::DirectDownload(RegistryClient* client, const QUrl& url, const QByteArray& authorization,
                               std::function<qint64()> capacity,
                               std::function<RegistryError(const char*, qint64)> onData, QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_url(url)
    , m_authorization(authorization)
    , m_capacity(std::move(capacity))
    , m_onData(std::move(onData))
    , m_socket(new QSslSocket(this))
{
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, [this]() {
        end({RegistryError::Kind::Network,
             tr("%1 sent nothing for %2 s").arg(m_url.host()).arg(m_client->options().transferTimeoutMs / 1000)});
    });
}

DirectDownload::~DirectDownload()
{
    // Aborting emits disconnected(): nothing of this half-destroyed object may run then.
    m_socket->disconnect(this);
    m_socket->abort();
}

void DirectDownload::run()
{
    m_socket->setReadBufferSize(1024 * 1024); // beyond this TCP pushes back on the sender
    connect(m_socket, &QSslSocket::readyRead, this, &DirectDownload::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &DirectDownload::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError) {
            onReadyRead();
            return;
        }
        m_declined = m_delivered == 0;
        end({error == QAbstractSocket::SslHandshakeFailedError ? RegistryError::Kind::Tls
                                                               : RegistryError::Kind::Network,
             tr("downloading from %1 failed: %2").arg(m_url.host(), m_socket->errorString())});
    });
    m_stall.start(m_client->options().transferTimeoutMs);
    DirectHttp::open(m_socket, m_client, m_url, this, [this]() { sendRequest(); });
}

void DirectDownload::sendRequest()
{
    const auto request = DirectHttp::requestHead("GET", m_url, m_authorization);
    m_client->emitTrace(QStringLiteral("> GET %1 (streamed)").arg(HttpTrace::redactUrl(m_url)));
    m_socket->write(request);
}

bool DirectDownload::parseHeaders()
{
    const auto head = DirectHttp::parseResponseHead(m_head);
    if (!head) {
        if (m_head.size() > 64 * 1024) {
            end({RegistryError::Kind::Protocol, tr("%1 sent oversized headers").arg(m_url.host())});
        }
        return false;
    }
    m_status = head->status;
    m_retryAfter = head->header("Retry-After");
    const bool chunked = !head->header("Transfer-Encoding").isEmpty();
    const auto lengthHeader = head->header("Content-Length");
    m_length = lengthHeader.isEmpty() ? -1 : lengthHeader.toLongLong();
    m_client->emitTrace(QStringLiteral("< %1 %2").arg(QString::number(m_status), HttpTrace::redactUrl(m_url)));
    m_headParsed = true;
    if (m_status != 200 || chunked || m_length < 0) {
        m_declined = true; // not the plain case: the caller takes the general path
        end({RegistryError::Kind::Protocol, tr("direct download declined (HTTP %1)").arg(m_status), m_status});
        return false;
    }
    const auto rest = m_head.mid(head->bodyStart);
    m_head.clear();
    if (!rest.isEmpty()) {
        if (const auto error = m_onData(rest.constData(), rest.size())) {
            end(error);
            return false;
        }
        m_delivered += rest.size();
    }
    return true;
}

void DirectDownload::onReadyRead()
{
    if (isFinished()) {
        return;
    }
    m_stall.start(m_client->options().transferTimeoutMs);
    if (!m_headParsed) {
        m_head += m_socket->read(64 * 1024);
        if (!parseHeaders()) {
            return;
        }
    }
    deliver();
}

void DirectDownload::resume()
{
    if (!isFinished() && m_headParsed) {
        deliver();
    }
}

void DirectDownload::deliver()
{
    static constexpr qint64 kChunk = 256 * 1024;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    while (m_delivered < m_length && m_socket->bytesAvailable() > 0) {
        const auto room = m_capacity ? m_capacity() : kChunk;
        if (room <= 0) {
            return; // resume() continues
        }
        const auto n = m_socket->read(buffer.data(), std::min({room, kChunk, m_length - m_delivered}));
        if (n <= 0) {
            break;
        }
        if (const auto error = m_onData(buffer.constData(), n)) {
            end(error);
            return;
        }
        m_delivered += n;
    }
    if (m_delivered >= m_length) {
        end();
    } else if (m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0) {
        end({RegistryError::Kind::Network, tr("%1 closed the connection in the middle of a blob").arg(m_url.host())});
    }
}

void DirectDownload::onCancel()
{
    release();
}

// Closes the socket before finished() is emitted: nothing arrives for a job that has ended.
void DirectDownload::release()
{
    m_stall.stop();
    m_socket->disconnect(this);
    m_socket->abort();
}

void DirectDownload::end(const RegistryError& error)
{
    if (!isFinished()) {
        release();
        finish(error);
    }
}
