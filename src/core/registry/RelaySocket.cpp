#include "RelaySocket.h"

#include "RegistryClient.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr size_t kRecordBuffer = 64 * 1024;
constexpr long kWriteBuffer = 128 * 1024;

QString openSslErrors()
{
    QStringList reasons;
    while (const auto code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        reasons << QString::fromLatin1(text);
    }
    return reasons.join(QLatin1String("; "));
}

X509* toX509(const QSslCertificate& certificate)
{
    const auto der = certificate.toDer();
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    return d2i_X509(nullptr, &bytes, der.size());
}

} // namespace

std::shared_ptr<RelayTlsContext> RelayTlsContext::make(const RegistryOptions& options, QString* error)
{
    std::shared_ptr<RelayTlsContext> context(new RelayTlsContext);
    auto* ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx) {
        *error = tr("cannot set up TLS: %1").arg(openSslErrors());
        return {};
    }
    context->m_context = ctx;
    static std::atomic<quint64> serials{0};
    context->m_serial = ++serials;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // A registry that closes without close_notify after a complete answer is not an attack on a body whose
    // length and digest are checked anyway.
    SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF | SSL_OP_NO_RENEGOTIATION);
    SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    // Several records per read() instead of two reads per record.
    SSL_CTX_set_read_ahead(ctx, 1);
    SSL_CTX_set_default_read_buffer_len(ctx, kRecordBuffer);
    context->m_verify = options.tlsVerify;
    if (options.tlsVerify) {
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
        // The system store as a hashed directory, looked up on demand as Qt does, rather than a bundle file parsed
        // whole (tens of milliseconds) for every context; the bundle only where there is no directory.
        const char* directory = std::getenv(X509_get_default_cert_dir_env());
        directory = directory ? directory : X509_get_default_cert_dir();
        if (QFileInfo(QString::fromLocal8Bit(directory)).isDir()) {
            SSL_CTX_load_verify_dir(ctx, directory);
        } else {
            SSL_CTX_set_default_verify_paths(ctx);
        }
        ERR_clear_error(); // no system store: only the client's own CAs are trusted
        auto* store = SSL_CTX_get_cert_store(ctx);
        for (const auto& certificate : options.caCertificates) {
            if (auto* x509 = toX509(certificate)) {
                X509_STORE_add_cert(store, x509); // fails harmlessly for a certificate already there
                X509_free(x509);
            }
        }
        ERR_clear_error();
    } else {
        SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    }
    if (!options.clientCertificate.isNull() && !options.clientKey.isNull()) {
        auto* certificate = toX509(options.clientCertificate);
        const auto pem = options.clientKey.toPem();
        auto* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
        auto* key = bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr;
        BIO_free(bio);
        const bool ok = certificate && key && SSL_CTX_use_certificate(ctx, certificate) == 1 &&
                        SSL_CTX_use_PrivateKey(ctx, key) == 1 && SSL_CTX_check_private_key(ctx) == 1;
        X509_free(certificate);
        EVP_PKEY_free(key);
        if (!ok) {
            *error = tr("cannot use the client certificate: %1").arg(openSslErrors());
            return {};
        }
    }
    return context;
}

RelayTlsContext::~RelayTlsContext()
{
    SSL_CTX_free(m_context);
}

RelayCancel::RelayCancel()
    : m_fd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
}

RelayCancel::~RelayCancel()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

void RelayCancel::cancel()
{
    m_cancelled.store(true, std::memory_order_release);
    if (m_fd >= 0) {
        const quint64 one = 1;
        [[maybe_unused]] const auto written = ::write(m_fd, &one, sizeof one);
    }
}

RelaySocket::RelaySocket(const RelayCancel* cancel, int idleTimeoutMs)
    : m_cancel(cancel)
    , m_idleTimeoutMs(idleTimeoutMs)
{
}

void RelaySocket::rebind(const RelayCancel* cancel, int idleTimeoutMs)
{
    m_cancel = cancel;
    m_idleTimeoutMs = idleTimeoutMs;
    m_failure = Failure::None;
    m_error.clear();
}

bool RelaySocket::isIdleAndOpen() const
{
    if (m_fd < 0 || m_failure != Failure::None || (m_ssl && SSL_has_pending(m_ssl) == 1)) {
        return false;
    }
    pollfd fd{m_fd, POLLIN, 0};
    return ::poll(&fd, 1, 0) == 0; // readable: its close (or bytes nobody asked for)
}

RelaySocket::~RelaySocket()
{
    SSL_free(m_ssl);
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

bool RelaySocket::fail(Failure failure, const QString& error)
{
    if (m_failure == Failure::None) {
        m_failure = failure;
        m_error = error;
    }
    return false;
}

bool RelaySocket::wait(short events)
{
    for (;;) {
        if (m_cancel->isCancelled()) {
            return fail(Failure::Cancelled, tr("cancelled"));
        }
        pollfd fds[2] = {{m_fd, events, 0}, {m_cancel->fd(), POLLIN, 0}};
        const int ready = ::poll(fds, m_cancel->fd() >= 0 ? 2 : 1, m_idleTimeoutMs);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready < 0) {
            return fail(Failure::Network,
                        tr("waiting for %1 failed: %2").arg(m_host, QString::fromLocal8Bit(strerror(errno))));
        }
        if (ready == 0) {
            return fail(Failure::Timeout,
                        (events & POLLOUT)
                            ? tr("%1 did not take data within %2 s").arg(m_host).arg(m_idleTimeoutMs / 1000)
                            : tr("%1 sent nothing for %2 s").arg(m_host).arg(m_idleTimeoutMs / 1000));
        }
        if (fds[1].revents != 0) {
            return fail(Failure::Cancelled, tr("cancelled"));
        }
        return true; // ready, or an error the next call reports
    }
}

bool RelaySocket::sslFailure(int result, const char* what)
{
    const int code = SSL_get_error(m_ssl, result);
    if (code == SSL_ERROR_WANT_READ) {
        return wait(POLLIN);
    }
    if (code == SSL_ERROR_WANT_WRITE) {
        return wait(POLLOUT);
    }
    if (code == SSL_ERROR_SYSCALL) {
        const auto reason = errno != 0 ? QString::fromLocal8Bit(strerror(errno)) : tr("the connection closed");
        ERR_clear_error();
        return fail(Failure::Network, tr("%1 with %2 failed: %3").arg(QLatin1String(what), m_host, reason));
    }
    return fail(Failure::Tls, tr("%1 with %2 failed: %3").arg(QLatin1String(what), m_host, openSslErrors()));
}

bool RelaySocket::connectTo(const QString& host, quint16 port, const RelayTlsContext* tls, const QString& verifyName)
{
    m_host = host;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* addresses = nullptr;
    const auto service = QByteArray::number(port);
    if (const int status = getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &addresses)) {
        return fail(Failure::Network,
                    tr("cannot resolve %1: %2").arg(host, QString::fromLocal8Bit(gai_strerror(status))));
    }
    QString lastError;
    for (auto* address = addresses; address && m_fd < 0; address = address->ai_next) {
        const int fd =
            ::socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address->ai_protocol);
        if (fd < 0) {
            lastError = QString::fromLocal8Bit(strerror(errno));
            continue;
        }
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        m_fd = fd;
        if (::connect(fd, address->ai_addr, address->ai_addrlen) != 0 && errno != EINPROGRESS) {
            lastError = QString::fromLocal8Bit(strerror(errno));
        } else if (wait(POLLOUT)) {
            int error = 0;
            socklen_t length = sizeof error;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
            if (error == 0) {
                break;
            }
            lastError = QString::fromLocal8Bit(strerror(error));
        } else if (m_failure == Failure::Cancelled) {
            break;
        } else {
            lastError = m_error;
            m_failure = Failure::None;
        }
        ::close(fd);
        m_fd = -1;
    }
    freeaddrinfo(addresses);
    if (m_failure != Failure::None) {
        return false;
    }
    if (m_fd < 0) {
        return fail(Failure::Network, tr("cannot connect to %1: %2").arg(host, lastError));
    }
    if (!tls) {
        return true;
    }
    m_ssl = SSL_new(tls->get());
    auto* socketBio = m_ssl ? BIO_new_socket(m_fd, BIO_NOCLOSE) : nullptr;
    auto* writeBuffer = socketBio ? BIO_new(BIO_f_buffer()) : nullptr;
    if (!writeBuffer || BIO_set_write_buffer_size(writeBuffer, kWriteBuffer) != 1 || !BIO_up_ref(socketBio)) {
        BIO_free(socketBio);
        BIO_free(writeBuffer);
        return fail(Failure::Tls, tr("cannot set up TLS with %1: %2").arg(host, openSslErrors()));
    }
    // Records written go out in few large writes instead of one syscall (and one wake-up of the peer) each.
    BIO_push(writeBuffer, socketBio);
    SSL_set_bio(m_ssl, socketBio, writeBuffer);
    const auto name = verifyName.isEmpty() ? host : verifyName;
    const auto nameBytes = name.toUtf8();
    // The name the certificate must carry is set or the connection fails: a name OpenSSL cannot take (an IP form
    // Qt accepts and OpenSSL does not, such as 127.1 or a zone id) must never mean "no name checked".
    bool nameSet = true;
    if (QHostAddress(name).isNull()) {
        // SSL_set_tlsext_host_name(), without the macro's C cast.
        SSL_ctrl(m_ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                 const_cast<char*>(nameBytes.constData()));
        nameSet = !tls->verifies() || SSL_set1_host(m_ssl, nameBytes.constData()) == 1;
    } else if (tls->verifies()) {
        nameSet = X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(m_ssl), nameBytes.constData()) == 1;
    }
    if (!nameSet) {
        ERR_clear_error();
        return fail(Failure::Tls, tr("cannot check the certificate of %1 for the name %2").arg(host, name));
    }
    for (;;) {
        ERR_clear_error();
        const int result = SSL_connect(m_ssl);
        if (result == 1) {
            break;
        }
        // Without verification OpenSSL still records the chain's errors: they mean something only when verifying.
        const auto verify = SSL_get_verify_result(m_ssl);
        if (tls->verifies() && verify != X509_V_OK) {
            ERR_clear_error();
            return fail(Failure::Tls, tr("the certificate of %1 is not trusted: %2")
                                          .arg(host, QString::fromLatin1(X509_verify_cert_error_string(verify))));
        }
        if (!sslFailure(result, "the TLS handshake")) {
            return false;
        }
    }
    return true;
}

qint64 RelaySocket::read(char* data, qint64 maxSize)
{
    for (;;) {
        if (m_cancel->isCancelled()) {
            return fail(Failure::Cancelled, tr("cancelled")), -1;
        }
        if (m_ssl) {
            size_t got = 0;
            ERR_clear_error();
            const int result = SSL_read_ex(m_ssl, data, static_cast<size_t>(maxSize), &got);
            if (result == 1) {
                return static_cast<qint64>(got);
            }
            if (SSL_get_error(m_ssl, result) == SSL_ERROR_ZERO_RETURN) {
                return 0;
            }
            if (!sslFailure(result, "reading")) {
                return -1;
            }
            continue;
        }
        const auto got = ::recv(m_fd, data, static_cast<size_t>(maxSize), 0);
        if (got >= 0) {
            return got;
        }
        if (errno == EINTR) {
            continue;
        }
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            return fail(Failure::Network,
                        tr("reading from %1 failed: %2").arg(m_host, QString::fromLocal8Bit(strerror(errno)))),
                   -1;
        }
        if (!wait(POLLIN)) {
            return -1;
        }
    }
}

bool RelaySocket::writeAll(const char* data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        if (m_cancel->isCancelled()) {
            return fail(Failure::Cancelled, tr("cancelled"));
        }
        if (m_ssl) {
            size_t written = 0;
            ERR_clear_error();
            const int result = SSL_write_ex(m_ssl, data + done, static_cast<size_t>(size - done), &written);
            if (result == 1) {
                done += static_cast<qint64>(written);
            } else if (!sslFailure(result, "writing")) {
                return false;
            }
            if (done == size) {
                return flush();
            }
            continue;
        }
        const auto written = ::send(m_fd, data + done, static_cast<size_t>(size - done), MSG_NOSIGNAL);
        if (written >= 0) {
            done += written;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            if (!wait(POLLOUT)) {
                return false;
            }
        } else if (errno != EINTR) {
            return fail(Failure::Network,
                        tr("writing to %1 failed: %2").arg(m_host, QString::fromLocal8Bit(strerror(errno))));
        }
    }
    return true;
}

bool RelaySocket::flush()
{
    auto* bio = SSL_get_wbio(m_ssl);
    for (;;) {
        if (BIO_flush(bio) == 1) {
            return true;
        }
        if (!BIO_should_retry(bio)) {
            return fail(Failure::Network,
                        tr("writing to %1 failed: %2").arg(m_host, QString::fromLocal8Bit(strerror(errno))));
        }
        if (!wait(POLLOUT)) {
            return false;
        }
    }
}

bool RelaySocket::readHead(QByteArray* head, QByteArray* rest, qsizetype limit)
{
    QByteArray buffer;
    char chunk[16 * 1024];
    for (;;) {
        const auto end = buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            *head = buffer.left(end + 4);
            *rest = buffer.mid(end + 4);
            return true;
        }
        if (buffer.size() > limit) {
            return fail(Failure::Network, tr("%1 sent oversized headers").arg(m_host));
        }
        const auto got = read(chunk, sizeof chunk);
        if (got < 0) {
            return false;
        }
        if (got == 0) {
            return fail(Failure::Network, tr("%1 closed the connection before answering").arg(m_host));
        }
        buffer.append(chunk, got);
    }
}

namespace {

struct Kept
{
    std::unique_ptr<RelaySocket> socket;
    QElapsedTimer idle;
};

std::mutex& keptMutex()
{
    static auto* mutex = new std::mutex;
    return *mutex;
}

std::map<QByteArray, std::vector<Kept>>& kept()
{
    static auto* connections = new std::map<QByteArray, std::vector<Kept>>;
    return *connections;
}

} // namespace

QByteArray RelayConnections::key(const QString& host, quint16 port, const RelayTlsContext* tls,
                                 const QString& verifyName)
{
    return host.toUtf8() + ':' + QByteArray::number(port) + '|' + QByteArray::number(tls ? tls->serial() : 0) + '|' +
           verifyName.toUtf8();
}

std::unique_ptr<RelaySocket> RelayConnections::take(const QByteArray& key)
{
    std::vector<Kept> stale;
    std::unique_ptr<RelaySocket> found;
    {
        const std::lock_guard lock(keptMutex());
        auto& list = kept()[key];
        while (!list.empty() && !found) {
            auto entry = std::move(list.back());
            list.pop_back();
            if (entry.idle.elapsed() < kIdleMs && entry.socket->isIdleAndOpen()) {
                found = std::move(entry.socket);
            } else {
                stale.push_back(std::move(entry));
            }
        }
    }
    return found; // the stale ones close here, outside the lock
}

void RelayConnections::keep(const QByteArray& key, std::unique_ptr<RelaySocket> socket)
{
    Kept entry{std::move(socket), {}};
    entry.idle.start();
    std::vector<Kept> stale; // closed outside the lock
    const std::lock_guard lock(keptMutex());
    // Connections of any origin idle too long go now: a client whose trust changed never asks for its old key again.
    for (auto it = kept().begin(); it != kept().end();) {
        auto& list = it->second;
        for (auto entryIt = list.begin(); entryIt != list.end();) {
            if (entryIt->idle.elapsed() >= kIdleMs) {
                stale.push_back(std::move(*entryIt));
                entryIt = list.erase(entryIt);
            } else {
                ++entryIt;
            }
        }
        it = list.empty() && it->first != key ? kept().erase(it) : std::next(it);
    }
    auto& list = kept()[key];
    if (static_cast<int>(list.size()) < kPerOrigin) {
        list.push_back(std::move(entry));
    } else {
        stale.push_back(std::move(entry));
    }
}
