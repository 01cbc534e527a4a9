#include "BlobJob.h"

#include "RegistryClient.h"

#include "DirectDownload.h"

#include <QIODevice>
#include <QTimer>

BlobJob::BlobJob(RegistryClient* client, QString repository, const Digest& digest, qint64 expectedSize, QIODevice* sink)
    : RegistryJob(client)
    , m_repository(std::move(repository))
    , m_digest(digest)
    , m_expectedSize(expectedSize)
    , m_sink(sink)
{
    if (m_sink) {
        m_hasher = std::make_unique<DigestHasher>(digest.algorithm());
    }
}

BlobJob::~BlobJob() = default;

QString BlobJob::what() const
{
    return tr("blob %1 in %2").arg(m_digest.toString(), m_repository);
}

void BlobJob::run()
{
    if (!m_digest.isValid()) {
        finish({RegistryError::Kind::Usage, tr("invalid blob digest")});
        return;
    }
    request();
}

void BlobJob::request()
{
    HttpRequest request;
    request.url = client()->apiUrl(m_repository + QStringLiteral("/blobs/") + m_digest.toString());
    request.scopes = {AuthScope::repository(m_repository, {QStringLiteral("pull")})};
    request.what = what();
    if (!m_sink) {
        request.method = "HEAD";
        send(request, [this](HttpExchange* e) { onHead(e); });
        return;
    }
    m_rangeStart = m_received;
    if (m_capacity && !m_directDeclined && m_received == 0 && client()->isSameOrigin(request.url)) {
        requestDirect(request);
        return;
    }
    if (m_received > 0) {
        request.headers << qMakePair(QByteArray("Range"), QByteArray("bytes=") + QByteArray::number(m_received) + '-');
    }
    request.onData = [this](const char* data, qint64 size) { return consume(data, size); };
    request.dataCapacity = m_capacity;
    auto* exchange = send(request, [this](HttpExchange* e) { onGet(e); });
    m_exchange = exchange;
    connect(exchange, &HttpExchange::downloadProgress, this,
            [this](qint64, qint64) { emit progress(m_received, m_expectedSize); });
}

void BlobJob::resume()
{
    if (m_exchange) {
        m_exchange->resumeReading();
    }
    if (m_direct) {
        m_direct->resume();
    }
}

void BlobJob::requestDirect(const HttpRequest& httpRequest)
{
    m_direct = track<DirectDownload>(
        new DirectDownload(
            client(), httpRequest.url, client()->authorizationFor(httpRequest.scopes), m_capacity,
            [this](const char* data, qint64 size) { return consume(data, size); }, this),
        [this](DirectDownload* direct) {
            emit progress(m_received, m_expectedSize);
            if (!direct->error() || (direct->error().kind() == RegistryError::Kind::Network && haveEveryByte())) {
                verifyComplete();
                return;
            }
            if (direct->declined() ||
                (direct->error().kind() == RegistryError::Kind::Network && m_received > 0 && m_resumes < kMaxResumes)) {
                // Challenges, redirects and resumes are the general path's business. A registry that asked for
                // patience (429/503 with Retry-After) gets it before the general path asks again.
                m_directDeclined = true;
                m_resumes += m_received > 0 ? 1 : 0;
                const auto wait = HttpExchange::retryAfterMs(direct->retryAfter());
                if (direct->declined() && wait >= 0 && wait <= client()->options().maxRetryDelayMs) {
                    QTimer::singleShot(static_cast<int>(wait), this, [this]() {
                        if (!isFinished()) {
                            request();
                        }
                    });
                    return;
                }
                request();
                return;
            }
            finish(direct->error());
        });
    m_direct->start();
}

void BlobJob::onHead(HttpExchange* exchange)
{
    const auto& response = exchange->response();
    if (!exchange->error() && response.status == 404) {
        m_exists = false;
        finish();
        return;
    }
    if (exchange->error() || response.status != 200) {
        finish(errorFor(exchange));
        return;
    }
    m_exists = true;
    bool ok = false;
    const auto length = response.header("Content-Length").toLongLong(&ok);
    m_size = ok ? length : -1;
    finish();
}

RegistryError BlobJob::consume(const char* data, qint64 size)
{
    if (m_received == m_rangeStart && m_rangeStart > 0 && m_exchange) {
        // First bytes of a resumed download: they must continue exactly where we stopped.
        const auto range = m_exchange->currentHeader("Content-Range");
        const auto start = range.mid(range.indexOf(' ') + 1).split('-').value(0).toLongLong();
        if (m_exchange->currentStatus() != 206 || start != m_rangeStart) {
            return {RegistryError::Kind::Protocol, tr("registry %1 cannot resume %2 at byte %3")
                                                       .arg(client()->address().displayName(), what())
                                                       .arg(m_rangeStart)};
        }
    }
    if (m_expectedSize >= 0 && m_received + size > m_expectedSize) {
        return {RegistryError::Kind::DigestMismatch, tr("registry %1 sent more than the %2 bytes of %3")
                                                         .arg(client()->address().displayName())
                                                         .arg(m_expectedSize)
                                                         .arg(what())};
    }
    if (m_sink->write(data, size) != size) {
        return {RegistryError::Kind::Io, tr("cannot write %1: %2").arg(what(), m_sink->errorString())};
    }
    m_hasher->addData(data, size);
    m_received += size;
    if (m_direct && m_received - m_reported >= kProgressStep) {
        m_reported = m_received; // the direct path has no downloadProgress of its own
        emit progress(m_received, m_expectedSize);
    }
    return {};
}

void BlobJob::onGet(HttpExchange* exchange)
{
    const auto& response = exchange->response();
    const auto registry = client()->address().displayName();
    const bool partialAnswer = response.status == 206 && m_rangeStart > 0;
    if (exchange->error().kind() == RegistryError::Kind::Network && haveEveryByte()) {
        verifyComplete(); // the body ended short of a Content-Length that lied: the digest decides
        return;
    }
    if (exchange->error()) {
        // A connection broken mid-body resumes where it stopped, a few times.
        if (exchange->error().kind() == RegistryError::Kind::Network && m_received > 0 && m_resumes < kMaxResumes) {
            ++m_resumes;
            client()->emitTrace(QStringLiteral("* resuming %1 at byte %2").arg(what()).arg(m_received));
            request();
            return;
        }
        finish(exchange->error());
        return;
    }
    if (response.status != 200 && !partialAnswer) {
        finish(errorFor(exchange));
        return;
    }
    verifyComplete();
}

bool BlobJob::haveEveryByte() const
{
    return m_expectedSize > 0 && m_received == m_expectedSize;
}

void BlobJob::verifyComplete()
{
    const auto registry = client()->address().displayName();
    if (m_expectedSize >= 0 && m_received != m_expectedSize) {
        finish({RegistryError::Kind::DigestMismatch, tr("registry %1 sent %2 bytes of %3, expected %4")
                                                         .arg(registry)
                                                         .arg(m_received)
                                                         .arg(what())
                                                         .arg(m_expectedSize)});
        return;
    }
    const auto actual = m_hasher->result();
    if (actual != m_digest) {
        finish({RegistryError::Kind::DigestMismatch,
                tr("registry %1 sent bytes for %2 that hash to %3").arg(registry, what(), actual.toString())});
        return;
    }
    m_size = m_received;
    m_exists = true;
    emit progress(m_received, m_expectedSize);
    finish();
}
