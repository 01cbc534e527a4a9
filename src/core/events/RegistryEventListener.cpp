#include "RegistryEventListener.h"

#include "util/Printable.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

// Compares in time independent of where the first difference is.
bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    const auto ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const auto hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < ha.size(); ++i) {
        difference |= static_cast<unsigned char>(ha[i] ^ hb[i]);
    }
    return difference == 0;
}

QByteArray headerValue(const QList<QByteArray>& lines, const QByteArray& name)
{
    for (const auto& line : lines) {
        const auto colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

} // namespace

RegistryEventListener::RegistryEventListener(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(kMaxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &RegistryEventListener::accept);
}

RegistryEventListener::~RegistryEventListener() = default;

bool RegistryEventListener::listen(const QHostAddress& address, quint16 port, const QByteArray& token, QString* error)
{
    if (token.isEmpty() && !address.isLoopback()) {
        *error = tr("listening on %1 needs a token: anyone who reaches it could post events").arg(address.toString());
        return false;
    }
    if (token.contains('\n') || token.contains('\r') || token.contains(' ')) {
        *error = tr("the token must be one word without spaces or line breaks");
        return false;
    }
    m_token = token;
    if (!m_server->listen(address, port)) {
        *error = tr("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(m_server->errorString());
        return false;
    }
    return true;
}

void RegistryEventListener::close()
{
    m_server->close();
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_pending.clear();
}

bool RegistryEventListener::isListening() const
{
    return m_server->isListening();
}

quint16 RegistryEventListener::port() const
{
    return m_server->serverPort();
}

QHostAddress RegistryEventListener::address() const
{
    return m_server->serverAddress();
}

QString RegistryEventListener::endpointUrl() const
{
    const auto host = address().protocol() == QAbstractSocket::IPv6Protocol
                          ? QLatin1Char('[') + address().toString() + QLatin1Char(']')
                          : address().toString();
    return QStringLiteral("http://%1:%2/events").arg(host).arg(port());
}

QString RegistryEventListener::configSnippet(const QString& tokenShown) const
{
    QString snippet = QStringLiteral("notifications:\n"
                                     "  endpoints:\n"
                                     "    - name: %1\n"
                                     "      url: %2\n")
                          .arg(QStringLiteral("registrydesk"), endpointUrl());
    if (!m_token.isEmpty()) {
        snippet += QStringLiteral("      headers:\n"
                                  "        Authorization: [\"Bearer %1\"]\n")
                       .arg(tokenShown.isEmpty() ? QString::fromLatin1(m_token) : tokenShown);
    }
    snippet += QStringLiteral("      timeout: 2s\n"
                              "      threshold: 5\n"
                              "      backoff: 2s\n");
    return snippet;
}

void RegistryEventListener::accept()
{
    while (auto* socket = m_server->nextPendingConnection()) {
        if (m_pending.size() >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            ++m_counts.malformed;
            emit refused(tr("too many connections at once"));
            continue;
        }
        Pending pending;
        pending.timer = new QTimer(socket);
        pending.timer->setSingleShot(true);
        connect(pending.timer, &QTimer::timeout, this, [this, socket]() {
            refuse(socket, 408, "Request Timeout", tr("a request took over %1 s").arg(kTimeoutMs / 1000), false);
        });
        pending.timer->start(kTimeoutMs);
        m_pending.insert(socket, pending);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
            m_pending.remove(socket);
            socket->deleteLater();
        });
        readFrom(socket);
    }
}

void RegistryEventListener::readFrom(QTcpSocket* socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end()) {
        socket->readAll(); // answered already: whatever else comes is dropped
        return;
    }
    auto& pending = *it;
    pending.data += socket->readAll();
    if (pending.headerEnd < 0) {
        const auto end = pending.data.indexOf("\r\n\r\n");
        if (end < 0) {
            if (pending.data.size() > kMaxHeaderBytes) {
                refuse(socket, 431, "Request Header Fields Too Large", tr("the request's headers are too large"),
                       false);
            }
            return;
        }
        pending.headerEnd = end + 4;
        const auto lines = pending.data.left(end).split('\n');
        const auto length = headerValue(lines, "Content-Length");
        bool ok = false;
        pending.contentLength = length.toLongLong(&ok);
        if (!ok || pending.contentLength < 0) {
            refuse(socket, 411, "Length Required", tr("a request without Content-Length"), false);
            return;
        }
        if (pending.contentLength > RegistryEvent::kMaxEnvelopeBytes) {
            refuse(socket, 413, "Payload Too Large",
                   tr("a request body over %1 bytes").arg(RegistryEvent::kMaxEnvelopeBytes), false);
            return;
        }
    }
    if (pending.data.size() - pending.headerEnd < pending.contentLength) {
        return;
    }
    const auto head = pending.data.left(pending.headerEnd - 4);
    const auto body = pending.data.mid(pending.headerEnd, pending.contentLength);
    pending.timer->stop();
    m_pending.erase(it);
    handle(socket, head, body);
}

void RegistryEventListener::handle(QTcpSocket* socket, const QByteArray& head, const QByteArray& body)
{
    auto lines = head.split('\n');
    for (auto& line : lines) {
        line = line.trimmed();
    }
    const auto requestLine = lines.value(0).split(' ');
    if (requestLine.value(0) != "POST") {
        refuse(
            socket, 405, "Method Not Allowed",
            tr("a %1 request, not a POST").arg(Printable::escaped(QString::fromLatin1(requestLine.value(0).left(16)))),
            false);
        return;
    }
    if (!m_token.isEmpty()) {
        const auto authorization = headerValue(lines, "Authorization");
        if (!authorization.startsWith("Bearer ") || !sameSecret(authorization.mid(7).trimmed(), m_token)) {
            refuse(socket, 401, "Unauthorized", tr("a POST without the token"), true);
            return;
        }
    }
    QString error;
    const auto events = RegistryEvent::parseEnvelope(body, &error);
    if (!events) {
        refuse(socket, 400, "Bad Request", tr("a POST that is no notification envelope: %1").arg(error), false);
        return;
    }
    ++m_counts.envelopes;
    m_counts.events += int(events->size());
    answer(socket, 200, "OK");
    for (const auto& event : *events) {
        emit received(event);
    }
}

void RegistryEventListener::answer(QTcpSocket* socket, int status, const QByteArray& reason)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
}

void RegistryEventListener::refuse(QTcpSocket* socket, int status, const QByteArray& reason, const QString& why,
                                   bool unauthenticated)
{
    if (auto it = m_pending.find(socket); it != m_pending.end()) {
        it->timer->stop();
        m_pending.erase(it);
    }
    if (unauthenticated) {
        ++m_counts.unauthenticated;
    } else {
        ++m_counts.malformed;
    }
    answer(socket, status, reason);
    emit refused(why);
}
