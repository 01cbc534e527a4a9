#pragma once

#include "TestRequest.h"
#include "TestResponse.h"

#include <QMutex>
#include <QSslConfiguration>
#include <QThread>

#include <functional>

class QTcpServer;

// A small HTTP/1.1 server on 127.0.0.1 for fault tests (stalls, resets, odd redirects, 5xx). It runs in its own
// thread so a test may block (QProcess::waitForFinished, a blocking socket) while it serves. Every connection
// carries one request and is closed after the response.
class TestServer
{
public:
    // Called in the server thread; keep it short and thread-safe.
    using Handler = std::function<TestResponse(const TestRequest&)>;

    TestServer();
    ~TestServer();
    Q_DISABLE_COPY_MOVE(TestServer)

    // Serve HTTPS with this PEM chain (leaf first) and key; call before start().
    void setTls(const QString& certChainFile, const QString& keyFile);
    void setHandler(Handler handler); // default: 404 for everything

    bool start(QString* error);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QUrl baseUrl() const; // https://127.0.0.1:PORT or http://…

    QList<TestRequest> requests() const;
    qsizetype requestCount() const;
    void clearRequests();

private:
    TestResponse dispatch(const TestRequest& request);

    mutable QMutex m_mutex; // guards m_handler and m_requests
    Handler m_handler;
    QList<TestRequest> m_requests;
    QString m_certFile;
    QString m_keyFile;
    QThread m_thread;
    QTcpServer* m_listener = nullptr; // lives in m_thread
    quint16 m_port = 0;
};
