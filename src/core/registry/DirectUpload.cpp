#include "DirectUpload.h"

#include "HttpTrace.h"
#include "RegistryClient.h"

#include <QDateTime>
#include <QSslSocket>

DirectUpload::DirectUpload(RegistryClient* client, const QUrl& url, const QByteArray& authorization, QIODevice* source,
                           qint64 length, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_url(url)
    , m_authorization(authorization)
    , m_source(source)
    , m_length(length)
    , m_socket(new QSslSocket(this))
{
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, [this]() {
        finish({RegistryError::Kind::Network, tr("%1 did not take data within %2 s")
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

QByteArray DirectUpload::header(const QByteArray& name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void DirectUpload::start()
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_stall.start(m_client->options().transferTimeoutMs);
    const bool tls = m_url.scheme() == QLatin1String("https");
    const auto port = static_cast<quint16>(m_url.port(tls ? 443 : 80));
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_status == 0 || m_socket->error() != QAbstractSocket::RemoteHostClosedError) {
            finish({m_socket->error() == QAbstractSocket::SslHandshakeFailedError ? RegistryError::Kind::Tls
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
    if (tls) {
        m_socket->setSslConfiguration(m_client->sslConfiguration());
        m_socket->setPeerVerifyName(m_url.host());
        connect(m_socket, &QSslSocket::encrypted, this, &DirectUpload::sendHeaders);
        m_socket->connectToHostEncrypted(m_url.host(), port);
    } else {
        connect(m_socket, &QSslSocket::connected, this, &DirectUpload::sendHeaders);
        m_socket->connectToHost(m_url.host(), port);
    }
}

void DirectUpload::sendHeaders()
{
    QByteArray request = "PUT " + m_url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\n";
    request += "Host: " + m_url.authority().toUtf8() + "\r\n";
    request += "User-Agent: RegistryDesk/" + QCoreApplication::applicationVersion().toUtf8() + "\r\n";
    request += "Content-Type: application/octet-stream\r\n";
    request += "Content-Length: " + QByteArray::number(m_length) + "\r\n";
    if (!m_authorization.isEmpty()) {
        request += "Authorization: " + m_authorization + "\r\n";
    }
    request += "Connection: close\r\n\r\n";
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
    if (!m_headersSent || m_finished || !m_source) {
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
            finish({RegistryError::Kind::Io, tr("the data to upload ended early")});
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
    if (m_finished) {
        return;
    }
    m_response += m_socket->readAll();
    if (m_response.size() > 64 * 1024) {
        finish({RegistryError::Kind::Protocol, tr("%1 sent an oversized answer to an upload").arg(m_url.host())});
        return;
    }
    const auto end = m_response.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            finish({RegistryError::Kind::Network, tr("%1 closed the connection during an upload").arg(m_url.host())});
        }
        return;
    }
    const auto lines = m_response.left(end).split('\n');
    const auto statusLine = lines.value(0).trimmed().split(' ');
    m_status = statusLine.value(1).toInt();
    m_headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto colon = lines[i].indexOf(':');
        if (colon > 0) {
            m_headers << qMakePair(lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed());
        }
    }
    const auto length = header("Content-Length").toLongLong();
    m_body = m_response.mid(end + 4);
    if (m_body.size() < length && m_socket->state() == QAbstractSocket::ConnectedState) {
        return; // the rest of a (small) error body is on its way
    }
    m_client->emitTrace(QStringLiteral("< %1 %2 (%3 ms)")
                            .arg(QString::number(m_status), HttpTrace::redactUrl(m_url),
                                 QString::number(QDateTime::currentMSecsSinceEpoch() - m_startedMs)));
    if (m_status == 0) {
        finish({RegistryError::Kind::Protocol,
                tr("%1 answered an upload with something that is not HTTP").arg(m_url.host())});
        return;
    }
    finish();
}

void DirectUpload::abort()
{
    finish(RegistryError::cancelled());
}

void DirectUpload::finish(const RegistryError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    m_stall.stop();
    m_socket->disconnect(this);
    if (m_source) {
        m_source->disconnect(this);
    }
    m_socket->abort();
    emit finished();
}
