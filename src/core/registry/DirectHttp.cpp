#include "DirectHttp.h"

#include "RegistryClient.h"

#include <QCoreApplication>
#include <QSslSocket>

namespace DirectHttp {

void open(QSslSocket* socket, RegistryClient* client, const QUrl& url, QObject* receiver, std::function<void()> ready)
{
    const bool tls = url.scheme() == QLatin1String("https");
    const auto port = static_cast<quint16>(url.port(tls ? 443 : 80));
    if (tls) {
        socket->setSslConfiguration(client->sslConfiguration());
        const auto& name = client->options().peerVerifyName;
        socket->setPeerVerifyName(name.isEmpty() || !client->isSameOrigin(url) ? url.host() : name);
        QObject::connect(socket, &QSslSocket::encrypted, receiver, ready);
        socket->connectToHostEncrypted(url.host(), port);
    } else {
        QObject::connect(socket, &QSslSocket::connected, receiver, ready);
        socket->connectToHost(url.host(), port);
    }
}

QByteArray requestHead(const QByteArray& method, const QUrl& url, const QByteArray& authorization,
                       const QList<QPair<QByteArray, QByteArray>>& headers, bool keepAlive)
{
    QByteArray head = method + ' ' + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\n";
    head += "Host: " + url.authority().toUtf8() + "\r\n";
    head += "User-Agent: RegistryDesk/" + QCoreApplication::applicationVersion().toUtf8() + "\r\n";
    for (const auto& [name, value] : headers) {
        head += name + ": " + value + "\r\n";
    }
    if (!authorization.isEmpty()) {
        head += "Authorization: " + authorization + "\r\n";
    }
    return head + (keepAlive ? "\r\n" : "Connection: close\r\n\r\n");
}

QByteArray ResponseHead::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

std::optional<ResponseHead> parseResponseHead(const QByteArray& buffer)
{
    const auto end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return std::nullopt;
    }
    ResponseHead head;
    const auto lines = buffer.left(end).split('\n');
    head.status = lines.value(0).trimmed().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto colon = lines[i].indexOf(':');
        if (colon > 0) {
            head.headers << qMakePair(lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed());
        }
    }
    head.bodyStart = end + 4;
    return head;
}

} // namespace DirectHttp
