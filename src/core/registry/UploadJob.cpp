#include "UploadJob.h"

#include "DirectUpload.h"

#include <QIODevice>

UploadJob::UploadJob(RegistryClient* client, QString repository, const Digest& digest, qint64 size, QIODevice* source,
                     UploadOptions options)
    : RegistryJob(client)
    , m_repository(std::move(repository))
    , m_digest(digest)
    , m_size(size)
    , m_source(source)
    , m_options(std::move(options))
{
}

QString UploadJob::what() const
{
    return tr("blob %1 upload to %2").arg(m_digest.toString(), m_repository);
}

QList<AuthScope> UploadJob::pushScopes(const QString& repository)
{
    return {AuthScope::repository(repository, {QStringLiteral("pull"), QStringLiteral("push")})};
}

void UploadJob::run()
{
    if (!m_digest.isValid() || m_size < 0) {
        finish({RegistryError::Kind::Usage, tr("an upload needs a valid digest and size")});
        return;
    }
    // A registry that has shown it cannot mount is not asked again: the upload starts plainly.
    if (!m_options.mountFrom.isEmpty() && m_options.mountFrom != m_repository &&
        client()->capabilities().mount != RegistryCapabilities::State::No) {
        m_tryingMount = true;
        startSession(
            QStringLiteral("mount=%1&from=%2")
                .arg(m_digest.toString(), QString::fromLatin1(QUrl::toPercentEncoding(m_options.mountFrom, "/"))));
        return;
    }
    startSession({});
}

void UploadJob::startSession(const QString& query)
{
    HttpRequest request;
    request.method = "POST";
    request.url = client()->apiUrl(m_repository + QStringLiteral("/blobs/uploads/") +
                                   (query.isEmpty() ? QString() : QLatin1Char('?') + query));
    request.scopes = pushScopes();
    if (m_tryingMount) {
        request.scopes << AuthScope::repository(m_options.mountFrom, {QStringLiteral("pull")});
    }
    request.what = what();
    send(request, [this](HttpExchange* e) { onSession(e); });
}

bool UploadJob::takeLocation(const HttpResponse& response)
{
    const auto location = QUrl::fromEncoded(response.header("Location"));
    if (location.isEmpty()) {
        return false;
    }
    m_location = response.url.resolved(location);
    return m_location.isValid();
}

void UploadJob::onSession(HttpExchange* exchange)
{
    const auto& response = exchange->response();
    if (!exchange->error() && response.status == 201 && m_tryingMount) {
        client()->noteMount(true);
        m_mounted = true;
        finish();
        return;
    }
    // zuul-registry knows no mount parameters and answers the whole request 404 (an HTML page): it cannot mount,
    // so the upload starts plainly, and no later upload asks again.
    if (!exchange->error() && (response.status == 404 || response.status == 405) && m_tryingMount) {
        client()->noteMount(false);
        m_tryingMount = false;
        if (!m_source) {
            finish(); // only a mount was asked for; nothing to upload
            return;
        }
        startSession({});
        return;
    }
    // An upload session instead of a mount teaches nothing: registry:2 answers so whenever the source repository
    // does not hold the blob. The session is used as it is, so asking cost nothing.
    if (exchange->error() || response.status != 202) {
        finish(errorFor(exchange));
        return;
    }
    if (!takeLocation(response)) {
        finish({RegistryError::Kind::Protocol,
                tr("registry %1 opened an upload without a Location").arg(client()->address().displayName())});
        return;
    }
    if (m_options.sessionOnly) {
        finish(); // the caller completes the session
        return;
    }
    if (!m_source) {
        // Only a mount was asked for and the registry declined it; do not leave the session open.
        discardSession();
        finish();
        return;
    }
    if (m_options.chunkSize > 0) {
        patchNextChunk();
    } else {
        putMonolithic();
    }
}

QUrl UploadJob::completionUrl(const QUrl& location, const Digest& digest)
{
    // Keep the session's own query (its state) byte for byte and append the digest.
    auto encoded = location.toEncoded();
    encoded += location.hasQuery() ? '&' : '?';
    encoded += "digest=" + QUrl::toPercentEncoding(digest.toString());
    return QUrl::fromEncoded(encoded);
}

void UploadJob::putDirect()
{
    m_direct = track<DirectUpload>(
        new DirectUpload(client(), completionUrl(m_location, m_digest), client()->authorizationFor(pushScopes()),
                         m_source, m_size, this),
        [this](DirectUpload* direct) {
            if (direct->error()) {
                failAndDiscard(direct->error());
                return;
            }
            if (direct->status() != 201) {
                failAndDiscard(RegistryError::fromResponse(direct->status(), direct->body(),
                                                           client()->address().displayName(), what()));
                return;
            }
            const auto stored = Digest::parse(QString::fromLatin1(direct->header("Docker-Content-Digest")));
            if (stored && *stored != m_digest) {
                finish({RegistryError::Kind::DigestMismatch,
                        tr("registry %1 stored %2 as %3")
                            .arg(client()->address().displayName(), what(), stored->toString())});
                return;
            }
            m_sent = m_size;
            finish();
        });
    connect(m_direct, &DirectUpload::progress, this, [this](qint64 sent, qint64 total) {
        m_sent = sent;
        emit progress(sent, total);
    });
    m_direct->start();
}

void UploadJob::putMonolithic()
{
    // Streamed from another registry: the lean path, as long as the upload stays on the registry's origin
    // (its credentials go nowhere else; a foreign upload location takes the general path, which drops them).
    if (m_source->isSequential() && m_size > 0 && client()->isSameOrigin(m_location)) {
        putDirect();
        return;
    }
    HttpRequest request;
    request.method = "PUT";
    request.url = completionUrl(m_location, m_digest);
    request.scopes = pushScopes();
    request.what = what();
    request.idempotent = false;
    request.bodyDevice = m_source;
    request.bodyDeviceStart = m_source->isSequential() ? 0 : m_source->pos();
    request.bodyLength = m_size;
    request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"));
    auto* exchange = send(request, [this](HttpExchange* e) { onFinal(e); });
    connect(exchange, &HttpExchange::uploadProgress, this, [this](qint64 sent, qint64) {
        m_sent = sent;
        emit progress(sent, m_size);
    });
}

void UploadJob::patchNextChunk()
{
    if (m_sent >= m_size) {
        putFinal();
        return;
    }
    const auto length = std::min(m_options.chunkSize, m_size - m_sent);
    QByteArray chunk(length, Qt::Uninitialized);
    qint64 got = 0;
    while (got < length) {
        const auto n = m_source->read(chunk.data() + got, length - got);
        if (n <= 0 && !m_source->waitForReadyRead(30'000)) {
            failAndDiscard(
                {RegistryError::Kind::Io, tr("cannot read the data of %1: %2").arg(what(), m_source->errorString())});
            return;
        }
        got += std::max<qint64>(n, 0);
    }
    HttpRequest request;
    request.method = "PATCH";
    request.url = m_location;
    request.scopes = pushScopes();
    request.what = what();
    request.idempotent = false;
    request.body = chunk;
    request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"))
                    << qMakePair(QByteArray("Content-Range"),
                                 QByteArray::number(m_sent) + '-' + QByteArray::number(m_sent + length - 1));
    send(request, [this, length](HttpExchange* exchange) {
        const auto& response = exchange->response();
        if (exchange->error() || (response.status != 202 && response.status != 204)) {
            failAndDiscard(errorFor(exchange));
            return;
        }
        // Range: 0-<end> (registry:2 omits "bytes="); it must cover what we sent. zuul-registry sends the byte
        // count instead of the last byte's offset, one more.
        const auto range = response.header("Range");
        const auto end = range.mid(range.indexOf('-') + 1).toLongLong();
        if (!range.isEmpty() && end != m_sent + length - 1 && end != m_sent + length) {
            failAndDiscard(
                {RegistryError::Kind::Protocol, tr("registry %1 acknowledged bytes up to %2 of %3, expected %4")
                                                    .arg(client()->address().displayName())
                                                    .arg(end)
                                                    .arg(what())
                                                    .arg(m_sent + length - 1)});
            return;
        }
        takeLocation(response);
        m_sent += length;
        emit progress(m_sent, m_size);
        patchNextChunk();
    });
}

void UploadJob::putFinal()
{
    HttpRequest request;
    request.method = "PUT";
    request.url = completionUrl(m_location, m_digest);
    request.scopes = pushScopes();
    request.what = what();
    request.idempotent = false;
    request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"));
    send(request, [this](HttpExchange* e) { onFinal(e); });
}

void UploadJob::onFinal(HttpExchange* exchange)
{
    const auto& response = exchange->response();
    if (exchange->error() || response.status != 201) {
        failAndDiscard(errorFor(exchange));
        return;
    }
    const auto stored = Digest::parse(QString::fromLatin1(response.header("Docker-Content-Digest")));
    if (stored && *stored != m_digest) {
        finish({RegistryError::Kind::DigestMismatch,
                tr("registry %1 stored %2 as %3").arg(client()->address().displayName(), what(), stored->toString())});
        return;
    }
    m_sent = m_size;
    finish();
}

void UploadJob::discardSession()
{
    if (m_location.isValid()) {
        auto* job = client()->cancelUpload(m_repository, m_location);
        connect(job, &RegistryJob::finished, job, &QObject::deleteLater);
        m_location.clear();
    }
}

void UploadJob::failAndDiscard(const RegistryError& error)
{
    discardSession();
    finish(error);
}

void UploadJob::onCancel()
{
    RegistryJob::onCancel();
    discardSession();
}
