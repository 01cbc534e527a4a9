#include "ManifestJob.h"

#include "MediaType.h"
#include "Reference.h"
#include "RegistryClient.h"

ManifestJob::ManifestJob(RegistryClient* client, Operation operation, QString repository, QString reference)
    : RegistryJob(client)
    , m_operation(operation)
    , m_repository(std::move(repository))
    , m_reference(std::move(reference))
{
}

void ManifestJob::setBody(const QByteArray& bytes, const QString& mediaType)
{
    m_body = bytes;
    m_mediaType = mediaType;
}

QString ManifestJob::what() const
{
    const auto separator = m_reference.contains(QLatin1Char(':')) ? QLatin1Char('@') : QLatin1Char(':');
    return tr("manifest %1").arg(m_repository + separator + m_reference);
}

void ManifestJob::run()
{
    const bool byDigest = Digest::parse(m_reference).has_value();
    if (!Reference::isValidRepositoryPath(m_repository) || (!byDigest && !Reference::isValidTag(m_reference))) {
        finish({RegistryError::Kind::Usage, tr("invalid repository or reference: %1").arg(what())});
        return;
    }
    if (m_operation == Delete && !byDigest) {
        finish({RegistryError::Kind::Usage, tr("manifests are deleted by digest, not by tag: %1").arg(what())});
        return;
    }
    HttpRequest request;
    request.url = client()->apiUrl(m_repository + QStringLiteral("/manifests/") + m_reference);
    request.what = what();
    request.maxBufferedBody = Manifest::kMaxBytes;
    request.headers << qMakePair(QByteArray("Accept"), MediaType::manifestAcceptHeader());
    const auto pull = QStringLiteral("pull");
    switch (m_operation) {
    case Get:
        request.scopes = {AuthScope::repository(m_repository, {pull})};
        send(request, [this](HttpExchange* e) { onGet(e); });
        break;
    case Resolve:
        request.method = "HEAD";
        request.scopes = {AuthScope::repository(m_repository, {pull})};
        send(request, [this, request](HttpExchange* e) { onHead(e, request); });
        break;
    case Put:
        if (m_body.size() > Manifest::kMaxBytes) {
            finish({RegistryError::Kind::TooLarge, tr("%1 is %2 bytes, over the %3-byte limit registries accept")
                                                       .arg(what())
                                                       .arg(m_body.size())
                                                       .arg(Manifest::kMaxBytes)});
            return;
        }
        request.method = "PUT";
        request.body = m_body;
        request.headers = {qMakePair(QByteArray("Content-Type"), m_mediaType.toLatin1())};
        request.scopes = {AuthScope::repository(m_repository, {pull, QStringLiteral("push")})};
        send(request, [this](HttpExchange* e) { onPut(e); });
        break;
    case DeleteTag:
        if (byDigest) {
            finish({RegistryError::Kind::Usage, tr("a tag delete needs a tag: %1").arg(what())});
            return;
        }
        [[fallthrough]];
    case Delete:
        request.method = "DELETE";
        request.headers.clear();
        request.scopes = {AuthScope::repository(m_repository, {QStringLiteral("delete")})};
        send(request, [this](HttpExchange* e) { onDelete(e); });
        break;
    }
}

void ManifestJob::onGet(HttpExchange* exchange)
{
    const auto& response = exchange->response();
    if (exchange->error() || response.status != 200) {
        finish(errorFor(exchange));
        return;
    }
    const auto registry = client()->address().displayName();
    const auto requested = Digest::parse(m_reference);
    const auto& bytes = response.body;
    const auto computed = Digest::ofBytes(bytes, requested ? requested->algorithm() : Digest::Algorithm::Sha256);
    if (requested && computed != *requested) {
        finish({RegistryError::Kind::DigestMismatch,
                tr("registry %1 served bytes for %2 that hash to %3").arg(registry, what(), computed.toString())});
        return;
    }
    const auto announced = QString::fromLatin1(response.header("Docker-Content-Digest"));
    if (!announced.isEmpty()) {
        const auto parsed = Digest::parse(announced);
        const auto check = parsed ? Digest::ofBytes(bytes, parsed->algorithm()) : Digest();
        if (!parsed || check != *parsed) {
            finish({RegistryError::Kind::DigestMismatch,
                    tr("registry %1 announced digest %2 for %3, but the bytes hash to %4")
                        .arg(registry, announced.left(140), what(), computed.toString())});
            return;
        }
    }
    QString parseError;
    auto manifest = Manifest::parse(bytes, QString::fromLatin1(response.header("Content-Type")), &parseError);
    if (!manifest) {
        finish({RegistryError::Kind::Protocol,
                tr("registry %1 served an invalid %2: %3").arg(registry, what(), parseError)});
        return;
    }
    m_manifest = manifest;
    m_digest = requested ? *requested : computed;
    m_mediaType = manifest->mediaType();
    m_size = bytes.size();
    finish();
}

void ManifestJob::onHead(HttpExchange* exchange, const HttpRequest& request)
{
    const auto& response = exchange->response();
    if (exchange->error() || response.status != 200) {
        finish(errorFor(exchange));
        return;
    }
    const auto requested = Digest::parse(m_reference);
    const auto announced = Digest::parse(QString::fromLatin1(response.header("Docker-Content-Digest")));
    const auto size = response.header("Content-Length").toLongLong();
    // The header is optional, and zuul-registry leaves it out of HEAD answers (and sends no length): the bytes
    // then say what the tag is.
    if ((!requested && !announced) || size <= 0) {
        auto get = request;
        get.method = "GET";
        send(get, [this](HttpExchange* e) { onGet(e); });
        return;
    }
    m_digest = requested ? *requested : *announced;
    m_mediaType = MediaType::essence(QString::fromLatin1(response.header("Content-Type")));
    m_size = size;
    finish();
}

void ManifestJob::onPut(HttpExchange* exchange)
{
    const auto& response = exchange->response();
    if (exchange->error() || (response.status != 201 && response.status != 200)) {
        finish(errorFor(exchange));
        return;
    }
    m_digest = Digest::ofBytes(m_body);
    const auto announced = Digest::parse(QString::fromLatin1(response.header("Docker-Content-Digest")));
    if (announced && announced->algorithm() == Digest::Algorithm::Sha256 && *announced != m_digest) {
        finish({RegistryError::Kind::DigestMismatch,
                tr("registry %1 stored %2 under digest %3, expected %4")
                    .arg(client()->address().displayName(), what(), announced->toString(), m_digest.toString())});
        return;
    }
    m_size = m_body.size();
    finish();
}

void ManifestJob::onDelete(HttpExchange* exchange)
{
    const auto& response = exchange->response();
    if (!exchange->error()) {
        client()->noteDeleteAnswer(response, m_operation == DeleteTag);
    }
    if (!exchange->error() && (response.status == 202 || response.status == 200 || response.status == 204)) {
        finish();
        return;
    }
    auto error = errorFor(exchange);
    if (const auto refusal = client()->deleteRefusal()) {
        error = {RegistryError::Kind::Unsupported, refusal.message(), error.httpStatus(), error.codes()};
    }
    finish(error);
}
