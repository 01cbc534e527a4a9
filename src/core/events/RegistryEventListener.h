#pragma once

#include "RegistryEvent.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;
class QTimer;

// Receives registry:2 notifications: the HTTP POSTs of a `notifications.endpoints` entry, on a chosen address
// and port. With a token, each POST must carry `Authorization: Bearer <token>` (the endpoint's `headers`);
// without one only loopback addresses may listen. A POST that is not authenticated, not an envelope, too
// large, too slow or not a POST is answered with an error status, counted and never shown as an event. One
// request per connection; the registry's client opens another.
class RegistryEventListener : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        int envelopes = 0;
        int events = 0;
        int unauthenticated = 0;
        int malformed = 0; // not an envelope, not a POST, too large, too slow
        int refused() const { return unauthenticated + malformed; }
    };

    explicit RegistryEventListener(QObject* parent = nullptr);
    ~RegistryEventListener() override;

    // port 0 picks a free one. Fails with *error for a non-loopback address without a token.
    bool listen(const QHostAddress& address, quint16 port, const QByteArray& token, QString* error);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    // The endpoint's URL as registry:2 should POST to it.
    QString endpointUrl() const;
    // The `notifications:` block of a registry:2 config.yml that sends here; the token in its header, or
    // `tokenShown` in its place where the token must not be printed.
    QString configSnippet(const QString& tokenShown = {}) const;
    const Counts& counts() const { return m_counts; }

    static constexpr int kTimeoutMs = 10000;
    static constexpr int kMaxConnections = 64;
    static constexpr qint64 kMaxHeaderBytes = 16 * 1024;

signals:
    void received(const RegistryEvent& event);
    void refused(const QString& reason);

private:
    struct Pending
    {
        QByteArray data;
        qint64 headerEnd = -1;
        qint64 contentLength = -1;
        QTimer* timer = nullptr;
    };
    void accept();
    void readFrom(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const QByteArray& head, const QByteArray& body);
    void answer(QTcpSocket* socket, int status, const QByteArray& reason);
    void refuse(QTcpSocket* socket, int status, const QByteArray& reason, const QString& why, bool unauthenticated);

    QTcpServer* m_server;
    QByteArray m_token;
    QHash<QTcpSocket*, Pending> m_pending;
    Counts m_counts;
};
