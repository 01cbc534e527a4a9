#include "DirectUpload.h"

#include "DirectHttp.h"
#include "HttpTrace.h"
#include "RegistryClient.h"

#include <QDateTime>
#include <QSslSocket>

DirectUpload::DirectUpload(RegistryClient* client, const QUrl& url, const QByteArray& authorization, QIODevice* source,
                           qint64 length, QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_url(url)
    , m_authorization(authorization)
    , m_source(source)
    , m_length(length)
    , m_socket(new QSslSocket(this))
{
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, [this]() {
        end({RegistryError::Kind::Network, tr("%1 did not take data within %2 s")
                                               .arg(m_url.host())
                                               .arg(m_client->options().transferTimeoutMs / 1000)});
    });
}

DirectUpload::~DirectUpload()
{
    // Aborting emits disconnected(): nothing of this half-destroyed object may run then.
    m_socket->disconnect(this);
    m_socket->abort();
}

void DirectUpload::run()
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_stall.start(m_client->options().transferTimeoutMs);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_head.status == 0 || m_socket->error() != QAbstractSocket::RemoteHostClosedError) {
            end({m_socket->error() == QAbstractSocket::SslHandshakeFailedError ? RegistryError::Kind::Tls
                                                                               : RegistryError::Kind::Network,
                 tr("uploading to %1 failed: %2").arg(m_url.host(), m_socket->errorString())});
        }
    });
    connect(m_socket, &QSslSocket::readyRead, this, &DirectUpload::readResponse);
    connect(m_socket, &QSslSocket::bytesWritten, this, &DirectUpload::pump);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &DirectUpload::pump);
    connect(m_socket, &QSslSocket::disconnected, this, &DirectUpload::readResponse);
    if (m_source) {
        connect(m_source, &QIODevice::readyRead, this, &DirectUpload::pump);
    }
    DirectHttp::open(m_socket, m_client, m_url, this, [this]() { sendHeaders(); });
}

void DirectUpload::sendHeaders()
{
    const auto request = DirectHttp::requestHead(
        "PUT", m_url, m_authorization,
        {{"Content-Type", "application/octet-stream"}, {"Content-Length", QByteArray::number(m_length)}});
    m_client->emitTrace(QStringLiteral("> PUT %1 (streamed, %2 bytes)").arg(HttpTrace::redactUrl(m_url)).arg(m_length));
    if (!m_authorization.isEmpty()) {
        m_client->emitTrace(QStringLiteral(">   Authorization: ") +
                            QString::fromLatin1(HttpTrace::redactHeader("Authorization", m_authorization)));
    }
    m_socket->write(request);
    m_headersSent = true;
    pump();
}

void DirectUpload::pump()
{
    if (!m_headersSent || isFinished() || !m_source) {
        return;
    }
    m_stall.start(m_client->options().transferTimeoutMs);
    QByteArray chunk;
    // Both buffers count: QSslSocket encrypts eagerly into the plain socket's own buffer.
    while (m_sent < m_length && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < kSocketBuffer) {
        const auto want = std::min(kWriteChunk, m_length - m_sent);
        chunk.resize(want);
        const auto n = m_source->read(chunk.data(), want);
        if (n < 0) {
            end({RegistryError::Kind::Io, tr("the data to upload ended early")});
            return;
        }
        if (n == 0) {
            break; // more arrives with readyRead
        }
        m_socket->write(chunk.constData(), n);
        m_sent += n;
        emit progress(m_sent, m_length);
    }
}

void DirectUpload::readResponse()
{
    if (isFinished()) {
        return;
    }
    m_response += m_socket->readAll();
    if (m_response.size() > 64 * 1024) {
        end({RegistryError::Kind::Protocol, tr("%1 sent an oversized answer to an upload").arg(m_url.host())});
        return;
    }
    const auto head = DirectHttp::parseResponseHead(m_response);
    if (!head) {
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            end({RegistryError::Kind::Network, tr("%1 closed the connection during an upload").arg(m_url.host())});
        }
        return;
    }
    m_head = *head;
    m_body = m_response.mid(head->bodyStart);
    if (m_body.size() < head->header("Content-Length").toLongLong() &&
        m_socket->state() == QAbstractSocket::ConnectedState) {
        return; // the rest of a (small) error body is on its way
    }
    m_client->emitTrace(QStringLiteral("< %1 %2 (%3 ms)")
                            .arg(QString::number(m_head.status), HttpTrace::redactUrl(m_url),
                                 QString::number(QDateTime::currentMSecsSinceEpoch() - m_startedMs)));
    if (m_head.status == 0) {
        end({RegistryError::Kind::Protocol,
             tr("%1 answered an upload with something that is not HTTP").arg(m_url.host())});
        return;
    }
    end();
}

void DirectUpload::onCancel()
{
    release();
}

// Closes the socket before finished() is emitted: nothing arrives for a job that has ended.
void DirectUpload::release()
{
    m_stall.stop();
    m_socket->disconnect(this);
    if (m_source) {
        m_source->disconnect(this);
    }
    m_socket->abort();
}

void DirectUpload::end(const RegistryError& error)
{
    if (!isFinished()) {
        release();
        finish(error);
    }
}
