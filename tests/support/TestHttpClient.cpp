#include "TestHttpClient.h"

#include "HttpWire.h"

#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QSslSocket>

#include <memory>

QByteArray TestHttpClient::Reply::header(const QByteArray& name) const
{
    return HttpWire::headerValue(headers, name);
}

TestHttpClient::TestHttpClient(const QString& caFile)
{
    if (!caFile.isEmpty()) {
        m_caCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    }
}

TestHttpClient::Reply TestHttpClient::get(const QUrl& url, const Headers& headers) const
{
    return request("GET", url, headers);
}

QByteArray TestHttpClient::basicAuthorization(const QString& user, const QString& password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

TestHttpClient::Reply TestHttpClient::request(const QByteArray& method, const QUrl& url, const Headers& headers,
                                              const QByteArray& body, int timeoutMs) const
{
    Reply reply;
    const bool https = url.scheme() == QLatin1String("https");
    std::unique_ptr<QTcpSocket> socket;
    const QDeadlineTimer deadline(timeoutMs);
    if (https) {
        auto ssl = std::make_unique<QSslSocket>();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(m_caCertificates);
        ssl->setSslConfiguration(config);
        ssl->connectToHostEncrypted(url.host(), static_cast<quint16>(url.port(443)));
        if (!ssl->waitForEncrypted(timeoutMs)) {
            reply.error = QStringLiteral("TLS connection to %1 failed: %2").arg(url.authority(), ssl->errorString());
            return reply;
        }
        socket = std::move(ssl);
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(url.host(), static_cast<quint16>(url.port(80)));
        if (!socket->waitForConnected(timeoutMs)) {
            reply.error = QStringLiteral("connection to %1 failed: %2").arg(url.authority(), socket->errorString());
            return reply;
        }
    }
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/')) {
        target.prepend('/');
    }
    // A caller's own Host header (a proxy forwarding a request) replaces the one the URL implies.
    QByteArray data = method + ' ' + target + " HTTP/1.1\r\n";
    if (!HttpWire::hasHeader(headers, "Host")) {
        data += "Host: " + url.authority().toUtf8() + "\r\n";
    }
    for (const auto& header : headers) {
        data += header.first + ": " + header.second + "\r\n";
    }
    if (!body.isEmpty() || method == "PUT" || method == "POST" || method == "PATCH") {
        data += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    data += "Connection: close\r\n\r\n" + body;
    socket->write(data);

    // With "Connection: close" the server ends the response by closing.
    QByteArray received;
    while (socket->state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket->waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        received += socket->readAll();
    }
    received += socket->readAll();

    QByteArray statusLine;
    const qsizetype bodyStart = HttpWire::parseHead(received, &statusLine, &reply.headers);
    if (bodyStart < 0) {
        reply.error = deadline.hasExpired() ? QStringLiteral("timed out waiting for %1").arg(url.toString())
                                            : QStringLiteral("no HTTP response from %1").arg(url.toString());
        return reply;
    }
    reply.status = statusLine.split(' ').value(1).toInt();
    if (reply.header("Transfer-Encoding").toLower().contains("chunked")) {
        qsizetype offset = bodyStart;
        if (HttpWire::decodeChunked(received, &offset, &reply.body) != HttpWire::Status::Complete) {
            reply.error = QStringLiteral("truncated chunked body");
        }
    } else {
        reply.body = received.mid(bodyStart);
        const QByteArray length = reply.header("Content-Length");
        if (!length.isEmpty() && method != "HEAD" && reply.body.size() < length.toLongLong()) {
            reply.error =
                QStringLiteral("truncated body: %1 of %2 bytes").arg(reply.body.size()).arg(length.toLongLong());
        }
    }
    return reply;
}
