#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>
#include <optional>

class QObject;
class QSslSocket;
class RegistryClient;

// What DirectUpload and DirectDownload share: opening their own (TLS) socket with the client's trust
// settings, the head of a one-request HTTP/1.1 exchange, and reading the answer's head.
namespace DirectHttp {

// Connects socket to url's origin; ready runs once the connection (and the TLS handshake) is up.
void open(QSslSocket* socket, RegistryClient* client, const QUrl& url, QObject* receiver, std::function<void()> ready);

// "<METHOD> <path> HTTP/1.1" with Host, User-Agent, the given headers, Authorization and, unless the connection
// is to be kept for another request, Connection: close.
QByteArray requestHead(const QByteArray& method, const QUrl& url, const QByteArray& authorization,
                       const QList<QPair<QByteArray, QByteArray>>& headers = {}, bool keepAlive = false);

struct ResponseHead
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    qsizetype bodyStart = 0; // offset of the body in the buffer parsed
    QByteArray header(const QByteArray& name) const;
};

// The status line and headers at the start of buffer; nullopt while they are incomplete.
std::optional<ResponseHead> parseResponseHead(const QByteArray& buffer);

} // namespace DirectHttp
