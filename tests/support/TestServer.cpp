#include "TestServer.h"

#include "HttpWire.h"

#include <QFile>
#include <QMutexLocker>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <sys/socket.h>

#include <memory>

namespace {

struct Connection
{
    QByteArray buffer;
    TestRequest request;      // head filled in once parsed
    qsizetype bodyStart = -1; // -1 until the head is complete
    qsizetype chunkOffset = 0;
    bool answered = false;
};

// Parses one request per connection and hands it to the dispatch function.
class Listener : public QTcpServer
{
public:
    Listener(std::function<TestResponse(const TestRequest&)> dispatch, const QSslConfiguration& tls, bool useTls)
        : m_dispatch(std::move(dispatch))
        , m_tls(tls)
        , m_useTls(useTls)
    {
    }

    QUrl m_baseUrl;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket* socket = m_useTls ? new QSslSocket(this) : new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        auto connection = std::make_shared<Connection>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, connection] {
            connection->buffer += socket->readAll();
            if (!connection->answered) {
                process(socket, *connection);
            }
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
            ssl->setSslConfiguration(m_tls);
            ssl->startServerEncryption();
        }
    }

private:
    void process(QTcpSocket* socket, Connection& connection)
    {
        TestRequest& request = connection.request;
        if (connection.bodyStart < 0 && !parseHead(socket, connection)) {
            return;
        }
        if (request.header("Transfer-Encoding").toLower().contains("chunked")) {
            // Incremental, so a large chunked upload is decoded once rather than on every readyRead.
            const HttpWire::Status status =
                HttpWire::decodeChunked(connection.buffer, &connection.chunkOffset, &request.body);
            if (status == HttpWire::Status::Incomplete) {
                return;
            }
            if (status == HttpWire::Status::Invalid) {
                connection.answered = true;
                answer(socket, TestResponse::text(400, "bad chunked body\n"), false);
                return;
            }
        } else {
            const qsizetype length = request.header("Content-Length").toLongLong();
            if (connection.buffer.size() < connection.bodyStart + length) {
                return;
            }
            request.body = connection.buffer.mid(connection.bodyStart, length);
        }
        connection.answered = true;
        const TestResponse response = m_dispatch(request);
        const bool head = request.method == "HEAD";
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, socket,
                               [this, socket, response, head] { answer(socket, response, head); });
        } else {
            answer(socket, response, head);
        }
    }

    // Returns false while the head is incomplete or when it was answered with 400.
    bool parseHead(QTcpSocket* socket, Connection& connection)
    {
        TestRequest& request = connection.request;
        QByteArray requestLine;
        const qsizetype bodyStart = HttpWire::parseHead(connection.buffer, &requestLine, &request.headers);
        if (bodyStart < 0) {
            return false;
        }
        const QList<QByteArray> parts = requestLine.split(' ');
        if (parts.size() != 3) {
            connection.answered = true;
            answer(socket, TestResponse::text(400, "bad request line\n"), false);
            return false;
        }
        request.method = parts.at(0);
        request.target = parts.at(1);
        request.baseUrl = m_baseUrl;
        connection.bodyStart = bodyStart;
        connection.chunkOffset = bodyStart;
        // curl and Go send Expect for large bodies and wait a while for this interim answer.
        if (request.header("Expect").toLower() == "100-continue") {
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return true;
    }

    void answer(QTcpSocket* socket, const TestResponse& response, bool head)
    {
        QByteArray data =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpWire::reasonPhrase(response.status) + "\r\n";
        for (const auto& header : response.headers) {
            data += header.first + ": " + header.second + "\r\n";
        }
        // RFC 9110 §8.6: no Content-Length on 1xx, 204 or 304 (a real server such as CherryPy sends none).
        const bool bodiless = response.status < 200 || response.status == 204 || response.status == 304;
        if (!bodiless && !HttpWire::hasHeader(response.headers, "Content-Length") &&
            !HttpWire::hasHeader(response.headers, "Transfer-Encoding")) {
            data += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        }
        data += "Connection: close\r\n\r\n";
        if (response.resetAfterHeaders) {
            socket->write(data + response.body.left(response.body.size() / 2));
            resetWhenFlushed(socket);
            return;
        }
        socket->write(head ? data : data + response.body);
        socket->disconnectFromHost();
    }

    // abort() drops unsent data, so wait until the kernel has it; SO_LINGER 0 makes close() send an RST.
    static void resetWhenFlushed(QTcpSocket* socket)
    {
        auto* timer = new QTimer(socket);
        auto* ssl = qobject_cast<QSslSocket*>(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, ssl] {
            if (socket->bytesToWrite() > 0 || (ssl && ssl->encryptedBytesToWrite() > 0)) {
                return;
            }
            const linger reset{1, 0};
            ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof(reset));
            socket->abort();
            socket->deleteLater();
        });
        timer->start(5);
    }

    std::function<TestResponse(const TestRequest&)> m_dispatch;
    QSslConfiguration m_tls;
    bool m_useTls;
};

bool loadTls(const QString& certFile, const QString& keyFile, QSslConfiguration* config, QString* error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    QFile file(keyFile);
    const QByteArray pem = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    }
    if (chain.isEmpty() || key.isNull()) {
        if (error) {
            *error = QStringLiteral("cannot load TLS certificate %1 or key %2").arg(certFile, keyFile);
        }
        return false;
    }
    *config = QSslConfiguration::defaultConfiguration();
    config->setLocalCertificateChain(chain);
    config->setPrivateKey(key);
    config->setPeerVerifyMode(QSslSocket::VerifyNone);
    config->setProtocol(QSsl::TlsV1_2OrLater);
    return true;
}

} // namespace

TestServer::TestServer()
{
    m_thread.setObjectName(QStringLiteral("TestServer"));
}

TestServer::~TestServer()
{
    stop();
}

void TestServer::setTls(const QString& certChainFile, const QString& keyFile)
{
    m_certFile = certChainFile;
    m_keyFile = keyFile;
}

void TestServer::setHandler(Handler handler)
{
    const QMutexLocker lock(&m_mutex);
    m_handler = std::move(handler);
}

bool TestServer::start(QString* error)
{
    if (isRunning()) {
        return true;
    }
    const bool useTls = !m_certFile.isEmpty();
    QSslConfiguration tls;
    if (useTls && !loadTls(m_certFile, m_keyFile, &tls, error)) {
        return false;
    }
    auto* listener = new Listener([this](const TestRequest& request) { return dispatch(request); }, tls, useTls);
    listener->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, listener, &QObject::deleteLater);
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        listener,
        [&] {
            listening = listener->listen(QHostAddress::LocalHost, 0);
            listener->m_baseUrl.setScheme(useTls ? QStringLiteral("https") : QStringLiteral("http"));
            listener->m_baseUrl.setHost(QStringLiteral("127.0.0.1"));
            listener->m_baseUrl.setPort(listener->serverPort());
        },
        Qt::BlockingQueuedConnection);
    m_listener = listener;
    if (!listening) {
        if (error) {
            *error = QStringLiteral("TestServer cannot listen: %1").arg(listener->errorString());
        }
        stop();
        return false;
    }
    m_port = listener->serverPort();
    return true;
}

void TestServer::stop()
{
    if (!m_listener) {
        return;
    }
    QTcpServer* listener = m_listener;
    QMetaObject::invokeMethod(
        listener,
        [listener] {
            listener->close();
            // Open connections are children of the listener; drop them now rather than at thread exit.
            qDeleteAll(listener->findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly));
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_listener = nullptr; // deleted by QThread::finished
    m_port = 0;
}

bool TestServer::isRunning() const
{
    return m_listener != nullptr;
}

quint16 TestServer::port() const
{
    return m_port;
}

QUrl TestServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_certFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QList<TestRequest> TestServer::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

qsizetype TestServer::requestCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests.size();
}

void TestServer::clearRequests()
{
    const QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

TestResponse TestServer::dispatch(const TestRequest& request)
{
    Handler handler;
    {
        const QMutexLocker lock(&m_mutex);
        m_requests.append(request);
        handler = m_handler;
    }
    return handler ? handler(request) : TestResponse::text(404, "no handler\n");
}
