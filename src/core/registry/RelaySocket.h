#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <atomic>
#include <memory>

struct RegistryOptions;
struct ssl_ctx_st;
struct ssl_st;

// The trust of one registry client as an OpenSSL context: the system store plus the client's CA certificates,
// TLS 1.2 or later, its client certificate, and no verification only when the client has none. Built on the
// main thread, shared by the relay threads (an SSL_CTX is safe to share once configured).
class RelayTlsContext
{
    Q_DECLARE_TR_FUNCTIONS(RelayTlsContext)

public:
    static std::shared_ptr<RelayTlsContext> make(const RegistryOptions& options, QString* error);
    ~RelayTlsContext();
    ssl_ctx_st* get() const { return m_context; }
    bool verifies() const { return m_verify; }
    // Unique per context made: connections kept for reuse are never handed to a client whose trust changed.
    quint64 serial() const { return m_serial; }

private:
    RelayTlsContext() = default;
    ssl_ctx_st* m_context = nullptr;
    bool m_verify = true;
    quint64 m_serial = 0;
};

// A cancellation point shared between the job on the main thread and its worker: cancel() sets the flag and
// wakes any wait of the worker's sockets at once.
class RelayCancel
{
public:
    RelayCancel();
    ~RelayCancel();
    RelayCancel(const RelayCancel&) = delete;
    RelayCancel& operator=(const RelayCancel&) = delete;
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    int fd() const { return m_fd; }

private:
    std::atomic<bool> m_cancelled{false};
    int m_fd = -1; // an eventfd, readable once cancelled
};

// One TCP connection (with TLS through OpenSSL when given a context) used by one worker thread, blocking in
// the sense that each call returns when done, but every wait is a poll() bounded by the idle timeout and
// broken by the cancellation. Bytes are read and written straight from the caller's buffer: there is no
// buffer here beyond OpenSSL's own records.
class RelaySocket
{
    Q_DECLARE_TR_FUNCTIONS(RelaySocket)

public:
    RelaySocket(const RelayCancel* cancel, int idleTimeoutMs);
    ~RelaySocket();
    RelaySocket(const RelaySocket&) = delete;
    RelaySocket& operator=(const RelaySocket&) = delete;

    // Connects to host:port; with tls, handshakes and verifies the certificate against verifyName (a host
    // name or an IP address).
    bool connectTo(const QString& host, quint16 port, const RelayTlsContext* tls, const QString& verifyName);
    // > 0: bytes read; 0: the peer closed the connection; -1: error().
    qint64 read(char* data, qint64 maxSize);
    bool writeAll(const char* data, qint64 size);
    // Reads up to the end of an HTTP response head (at most limit bytes); what follows it stays in *rest.
    bool readHead(QByteArray* head, QByteArray* rest, qsizetype limit = 64 * 1024);

    // A kept connection taken up by another relay: its cancel and timeout from now on.
    void rebind(const RelayCancel* cancel, int idleTimeoutMs);
    // Whether an idle connection is still open: the peer sent nothing (not even its close) since.
    bool isIdleAndOpen() const;

    enum class Failure
    {
        None,
        Network,
        Tls,
        Timeout,
        Cancelled
    };
    Failure failure() const { return m_failure; }
    const QString& error() const { return m_error; }

private:
    bool wait(short events);
    bool flush();
    bool fail(Failure failure, const QString& error);
    bool sslFailure(int result, const char* what);

    const RelayCancel* m_cancel;
    int m_idleTimeoutMs;
    int m_fd = -1;
    ssl_st* m_ssl = nullptr;
    QString m_host;
    Failure m_failure = Failure::None;
    QString m_error;
};

// Idle connections kept between relays, per origin and trust: a blob after the first to the same registry
// costs no TCP and TLS handshake. A connection goes back only after a complete exchange whose answer did not
// ask to close; one idle for kIdleMs, or that the peer closed meanwhile, is dropped instead of reused.
// Thread-safe; never destroyed, so sockets kept at exit are closed by the process ending.
class RelayConnections
{
public:
    static constexpr qint64 kIdleMs = 15'000;
    static constexpr int kPerOrigin = 8;

    static QByteArray key(const QString& host, quint16 port, const RelayTlsContext* tls, const QString& verifyName);
    static std::unique_ptr<RelaySocket> take(const QByteArray& key);
    static void keep(const QByteArray& key, std::unique_ptr<RelaySocket> socket);
};
