#include "BlobRelay.h"

#include "HttpTrace.h"
#include "RegistryClient.h"
#include "RelaySocket.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <sys/resource.h>
#include <unistd.h>

struct BlobRelay::Shared
{
    struct End
    {
        QString host;
        quint16 port = 0;
        std::shared_ptr<RelayTlsContext> tls; // null: plain HTTP
        QString verifyName;
        QByteArray requestHead;
        int timeoutMs = 0;
        QByteArray poolKey; // RelayConnections' key: origin, trust and verify name
    };
    // Set on the main thread before the worker starts, read-only afterwards.
    End source;
    End destination;
    Digest digest;
    qint64 size = 0;
    RelayCancel cancel;
    std::atomic<qint64> transferred{0};
    // Written by the worker, read on the main thread once it has posted that it is done.
    bool declined = false;
    QString declineReason;
    int sourceStatus = 0;
    bool sourceReused = false; // the connections were kept ones (no TCP or TLS handshake)
    bool destinationReused = false;
    QByteArray sourceRetryAfter;
    RegistryError error;
    DirectHttp::ResponseHead head;
    QByteArray response;
};

namespace {

// The bytes yield to the window: a relay's threads run at a lower priority than the event loop's thread, so a
// window with twenty copies under way still answers at once (the threads take the CPU the window leaves).
constexpr int kWorkerNice = 10;

void yieldToTheWindow()
{
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kWorkerNice);
}

QThreadPool& relayThreads()
{
    // Never destroyed: a relay still running when the process exits is not waited for.
    static auto* pool = [] {
        auto* threads = new QThreadPool;
        threads->setMaxThreadCount(BlobRelay::kThreads);
        return threads;
    }();
    return *pool;
}

RegistryError::Kind kindOf(RelaySocket::Failure failure)
{
    switch (failure) {
    case RelaySocket::Failure::Tls:
        return RegistryError::Kind::Tls;
    case RelaySocket::Failure::Cancelled:
        return RegistryError::Kind::Cancelled;
    default:
        return RegistryError::Kind::Network;
    }
}

// The relay's one buffer. A TLS record is at most 16 KiB and a read returns one, so a bigger buffer only helps
// plain HTTP; memory stays this whatever the blob's size.
constexpr qint64 kPieceSize = 256 * 1024;

// Reads the destination's answer: its head and a small body (an error document).
bool readAnswer(RelaySocket& socket, BlobRelay::Shared& shared, bool* reusable = nullptr)
{
    QByteArray head;
    QByteArray body;
    if (!socket.readHead(&head, &body)) {
        return false;
    }
    const auto parsed = DirectHttp::parseResponseHead(head);
    if (!parsed || parsed->status == 0) {
        shared.error = {
            RegistryError::Kind::Protocol,
            BlobRelay::tr("%1 answered an upload with something that is not HTTP").arg(shared.destination.host)};
        return true;
    }
    const auto length = std::min<qint64>(parsed->header("Content-Length").toLongLong(), 64 * 1024);
    char chunk[16 * 1024];
    while (body.size() < length) {
        const auto got = socket.read(chunk, sizeof chunk);
        if (got <= 0) {
            break; // what arrived of an error document is enough to name the error
        }
        body.append(chunk, got);
    }
    shared.head = *parsed;
    shared.response = body.left(64 * 1024);
    if (reusable) {
        // Exactly the announced body, and nothing that asks to close: the connection is ready for another request.
        const auto announced = parsed->header("Content-Length");
        *reusable = !announced.isEmpty() && body.size() == announced.toLongLong() &&
                    parsed->header("Connection").compare("close", Qt::CaseInsensitive) != 0 &&
                    head.startsWith("HTTP/1.1");
    }
    return true;
}

// A connection to one end of the relay: a kept one when there is one (reused), else a new one.
std::unique_ptr<RelaySocket> connectEnd(const BlobRelay::Shared::End& end, const RelayCancel& cancel, bool* reused)
{
    if (auto kept = RelayConnections::take(end.poolKey)) {
        kept->rebind(&cancel, end.timeoutMs);
        *reused = true;
        return kept;
    }
    *reused = false;
    auto socket = std::make_unique<RelaySocket>(&cancel, end.timeoutMs);
    socket->connectTo(end.host, end.port, end.tls.get(), end.verifyName);
    return socket;
}

// The worker: everything here runs off the main thread and touches only `shared`.
void relay(BlobRelay::Shared& shared)
{
    if (shared.cancel.isCancelled()) {
        shared.error = RegistryError::cancelled();
        return;
    }
    const auto decline = [&shared](const RelaySocket& socket) {
        if (socket.failure() == RelaySocket::Failure::Cancelled) {
            shared.error = RegistryError::cancelled();
            return;
        }
        shared.declined = true;
        shared.declineReason = socket.error();
    };
    const auto& from = shared.source;
    std::unique_ptr<RelaySocket> source;
    QByteArray head;
    QByteArray pending; // body bytes that came with the source's head
    // A kept connection the registry closed meanwhile fails before any answer: once more on a new one.
    for (bool reused = true; reused;) {
        source = connectEnd(from, shared.cancel, &reused);
        shared.sourceReused = reused;
        if (source->failure() == RelaySocket::Failure::None &&
            source->writeAll(from.requestHead.constData(), from.requestHead.size()) &&
            source->readHead(&head, &pending)) {
            break;
        }
        if (!reused || source->failure() == RelaySocket::Failure::Cancelled) {
            decline(*source);
            return;
        }
    }
    const auto answer = DirectHttp::parseResponseHead(head);
    const auto length = answer ? answer->header("Content-Length") : QByteArray();
    if (!answer || answer->status != 200 || !answer->header("Transfer-Encoding").isEmpty() || length.isEmpty() ||
        length.toLongLong() != shared.size) {
        shared.declined = true;
        shared.sourceStatus = answer ? answer->status : 0;
        shared.sourceRetryAfter = answer ? answer->header("Retry-After") : QByteArray();
        shared.declineReason = BlobRelay::tr("the source answered HTTP %1 with %2 bytes")
                                   .arg(shared.sourceStatus)
                                   .arg(QString::fromLatin1(length.isEmpty() ? QByteArray("no length") : length));
        return;
    }
    const bool sourceReusable = pending.size() <= shared.size && head.startsWith("HTTP/1.1") &&
                                answer->header("Connection").compare("close", Qt::CaseInsensitive) != 0;
    const auto& to = shared.destination;
    std::unique_ptr<RelaySocket> destinationSocket;
    for (bool reused = true; reused;) {
        destinationSocket = connectEnd(to, shared.cancel, &reused);
        shared.destinationReused = reused;
        if (destinationSocket->failure() == RelaySocket::Failure::None &&
            destinationSocket->writeAll(to.requestHead.constData(), to.requestHead.size())) {
            break;
        }
        if (!reused || destinationSocket->failure() == RelaySocket::Failure::Cancelled) {
            decline(*destinationSocket);
            return;
        }
    }
    auto& destination = *destinationSocket;

    // Each piece is hashed as it passes, on this thread: handing pieces to a hashing thread of its own cost two
    // wake-ups per 16 KiB record (20,000 context switches and a tenth more CPU for a 370 MiB image), more than
    // SHA-256 itself. The last piece goes out only once the whole blob hashed right.
    DigestHasher hasher(shared.digest.algorithm());
    qint64 received = 0;
    const auto pass = [&](const char* data, qint64 size) -> bool {
        hasher.addData(data, size);
        received += size;
        if (received == shared.size) {
            const auto actual = hasher.result();
            if (actual != shared.digest) {
                shared.error = {RegistryError::Kind::DigestMismatch,
                                BlobRelay::tr("registry %1 sent bytes for %2 that hash to %3")
                                    .arg(from.host, shared.digest.toString(), actual.toString())};
                return false;
            }
        }
        if (!destination.writeAll(data, size)) {
            // The destination may have answered early (a refusal) before closing: that answer says more.
            if (destination.failure() != RelaySocket::Failure::Cancelled && readAnswer(destination, shared)) {
                return false;
            }
            shared.error = {kindOf(destination.failure()), destination.error()};
            return false;
        }
        shared.transferred.store(received, std::memory_order_relaxed);
        return true;
    };
    if (shared.size == 0 || !pending.isEmpty()) {
        pending.truncate(shared.size);
        if (!pass(pending.constData(), pending.size())) {
            return;
        }
    }
    const std::unique_ptr<char[]> buffer(new char[kPieceSize]);
    while (received < shared.size) {
        const auto got = source->read(buffer.get(), std::min(kPieceSize, shared.size - received));
        if (got <= 0) {
            shared.error =
                got == 0
                    ? RegistryError{RegistryError::Kind::Network,
                                    BlobRelay::tr("%1 closed the connection in the middle of a blob").arg(from.host)}
                    : RegistryError{kindOf(source->failure()), source->error()};
            return;
        }
        if (!pass(buffer.get(), got)) {
            return;
        }
    }
    bool destinationReusable = false;
    if (!readAnswer(destination, shared, &destinationReusable)) {
        shared.error = {kindOf(destination.failure()), destination.error()};
        return;
    }
    // Both exchanges complete: their connections serve the next blobs.
    if (sourceReusable) {
        RelayConnections::keep(from.poolKey, std::move(source));
    }
    if (destinationReusable && shared.head.status == 201 && !shared.error) {
        RelayConnections::keep(to.poolKey, std::move(destinationSocket));
    }
}

} // namespace

BlobRelay::BlobRelay(RegistryClient* source, const QUrl& getUrl, const QByteArray& getAuthorization,
                     RegistryClient* destination, const QUrl& putUrl, const QByteArray& putAuthorization,
                     const Digest& digest, qint64 size, QObject* parent)
    : Job(parent)
    , m_source(source)
    , m_destination(destination)
    , m_getUrl(getUrl)
    , m_putUrl(putUrl)
    , m_getAuthorization(getAuthorization)
    , m_putAuthorization(putAuthorization)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->digest = digest;
    m_shared->size = size;
    m_shared->source.requestHead = DirectHttp::requestHead("GET", getUrl, getAuthorization, {}, true);
    m_shared->destination.requestHead = DirectHttp::requestHead(
        "PUT", putUrl, putAuthorization,
        {{"Content-Type", "application/octet-stream"}, {"Content-Length", QByteArray::number(size)}}, true);
    m_progress.setInterval(100);
    connect(&m_progress, &QTimer::timeout, this, [this]() {
        const auto now = transferred();
        if (now != m_reported) {
            m_reported = now;
            emit progress(now, m_shared->size);
        }
    });
}

BlobRelay::~BlobRelay()
{
    m_shared->cancel.cancel(); // a worker still running stops at its next wait; it holds its own reference
}

bool BlobRelay::declined() const
{
    return m_shared->declined;
}

int BlobRelay::sourceStatus() const
{
    return m_shared->sourceStatus;
}

QByteArray BlobRelay::sourceRetryAfter() const
{
    return m_shared->sourceRetryAfter;
}

int BlobRelay::status() const
{
    return m_shared->head.status;
}

QByteArray BlobRelay::header(const QByteArray& name) const
{
    return m_shared->head.header(name);
}

QByteArray BlobRelay::body() const
{
    return m_shared->response;
}

qint64 BlobRelay::transferred() const
{
    return m_shared->transferred.load(std::memory_order_relaxed);
}

namespace {

// Fills one end from a client and the URL it will be asked; false when the relay cannot take it.
bool describe(BlobRelay::Shared::End& end, RegistryClient* client, const QUrl& url, QString* why)
{
    if (!client->isSameOrigin(url)) {
        *why = BlobRelay::tr("%1 is not the registry's own origin").arg(url.host());
        return false;
    }
    const bool tls = url.scheme() == QLatin1String("https");
    end.host = url.host();
    end.port = static_cast<quint16>(url.port(tls ? 443 : 80));
    end.timeoutMs = client->options().transferTimeoutMs;
    end.verifyName = client->options().peerVerifyName.isEmpty() ? url.host() : client->options().peerVerifyName;
    if (tls) {
        end.tls = client->relayTlsContext(why);
        if (!end.tls) {
            return false;
        }
    }
    end.poolKey = RelayConnections::key(end.host, end.port, end.tls.get(), end.verifyName);
    return true;
}

} // namespace

void BlobRelay::run()
{
    m_timer.start();
    QString why;
    if (!describe(m_shared->source, m_source, m_getUrl, &why) ||
        !describe(m_shared->destination, m_destination, m_putUrl, &why)) {
        m_shared->declined = true;
        m_shared->declineReason = why;
        finish({RegistryError::Kind::Protocol, why});
        return;
    }
    m_source->emitTrace(QStringLiteral("> GET %1 (relayed)").arg(HttpTrace::redactUrl(m_getUrl)));
    m_destination->emitTrace(
        QStringLiteral("> PUT %1 (relayed, %2 bytes)").arg(HttpTrace::redactUrl(m_putUrl)).arg(m_shared->size));
    if (!m_putAuthorization.isEmpty()) {
        m_destination->emitTrace(QStringLiteral(">   Authorization: ") +
                                 QString::fromLatin1(HttpTrace::redactHeader("Authorization", m_putAuthorization)));
    }
    m_progress.start();
    QPointer<BlobRelay> self(this);
    relayThreads().start([shared = m_shared, self]() {
        yieldToTheWindow();
        relay(*shared);
        // Runs on the main thread, where the pointer may be looked at; the job may be gone by then.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self]() {
                if (self) {
                    self->done();
                }
            },
            Qt::QueuedConnection);
    });
}

void BlobRelay::done()
{
    m_progress.stop();
    if (isFinished()) {
        return;
    }
    const auto& shared = *m_shared;
    if (shared.declined) {
        m_source->emitTrace(QStringLiteral("* relay declined: %1").arg(shared.declineReason));
        finish(
            {RegistryError::Kind::Protocol, tr("relay declined: %1").arg(shared.declineReason), shared.sourceStatus});
        return;
    }
    emit progress(transferred(), shared.size);
    if (shared.sourceReused) {
        m_source->emitTrace(QStringLiteral("* relay reused a kept connection to %1").arg(m_getUrl.authority()));
    }
    if (shared.destinationReused) {
        m_destination->emitTrace(QStringLiteral("* relay reused a kept connection to %1").arg(m_putUrl.authority()));
    }
    if (shared.head.status != 0) {
        m_destination->emitTrace(QStringLiteral("< %1 %2 (%3 ms)")
                                     .arg(QString::number(shared.head.status), HttpTrace::redactUrl(m_putUrl),
                                          QString::number(m_timer.elapsed())));
    }
    finish(shared.error);
}

void BlobRelay::onCancel()
{
    m_progress.stop();
    m_shared->cancel.cancel();
}
