#include "ReferrersJob.h"

#include "MediaType.h"
#include "RegistryClient.h"

ReferrersJob::ReferrersJob(RegistryClient* client, QString repository, Digest subject)
    : RegistryJob(client)
    , m_repository(std::move(repository))
    , m_subject(std::move(subject))
{
}

void ReferrersJob::run()
{
    // A registry that has answered once that it has no referrers API is not asked again for every image.
    if (client()->capabilities().referrers == RegistryCapabilities::State::No) {
        finish(unsupported(0));
        return;
    }
    HttpRequest request;
    request.url = client()->apiUrl(m_repository + QStringLiteral("/referrers/") + m_subject.toString());
    request.what = tr("the referrers of %1").arg(m_subject.shortForm());
    request.maxBufferedBody = Manifest::kMaxBytes;
    request.headers << qMakePair(QByteArray("Accept"), MediaType::OciIndex.toLatin1());
    request.scopes = {AuthScope::repository(m_repository, {QStringLiteral("pull")})};
    send(request, [this](HttpExchange* exchange) {
        const auto& response = exchange->response();
        if (!exchange->error() && (response.status == 404 || response.status == 405)) {
            client()->noteReferrers(false);
            finish(unsupported(response.status));
            return;
        }
        if (exchange->error() || response.status != 200) {
            finish(errorFor(exchange));
            return;
        }
        client()->noteReferrers(true);
        QString error;
        const auto index = Manifest::parse(response.body, MediaType::OciIndex, &error);
        if (!index || !index->isIndex()) {
            finish({RegistryError::Kind::Protocol, tr("registry %1 sent an unreadable referrers list: %2")
                                                       .arg(client()->address().displayName(), error)});
            return;
        }
        m_referrers = index->manifests();
        finish();
    });
}

RegistryError ReferrersJob::unsupported(int httpStatus) const
{
    return {RegistryError::Kind::Unsupported,
            tr("registry %1 does not offer the referrers API").arg(client()->address().displayName()),
            httpStatus,
            {}};
}
