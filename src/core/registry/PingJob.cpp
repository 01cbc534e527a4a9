#include "PingJob.h"

#include "RegistryClient.h"

PingJob::PingJob(RegistryClient* client)
    : RegistryJob(client)
{
}

QString PingJob::authScheme() const
{
    const auto scheme = client()->authScheme();
    return scheme.isEmpty() ? QStringLiteral("none") : scheme;
}

void PingJob::run()
{
    // First without credentials, to learn how the registry wants to be spoken to; then with them.
    HttpRequest probe;
    probe.url = client()->apiUrl(QString());
    probe.what = tr("the API endpoint /v2/");
    probe.anonymous = true;
    send(probe, [this](HttpExchange* exchange) {
        const auto& response = exchange->response();
        if (exchange->error()) {
            finish(exchange->error());
            return;
        }
        if (response.status == 401) {
            client()->authenticate(response.header("WWW-Authenticate"), {}, false, this,
                                   [this](const RegistryError& error) {
                                       if (error) {
                                           finish(error);
                                           return;
                                       }
                                       authenticated();
                                   });
            return;
        }
        authenticated();
    });
}

void PingJob::authenticated()
{
    HttpRequest request;
    request.url = client()->apiUrl(QString());
    request.what = tr("the API endpoint /v2/");
    send(request, [this](HttpExchange* exchange) {
        const auto& response = exchange->response();
        if (!exchange->error() && response.status == 404) {
            finish(
                {RegistryError::Kind::NotFound,
                 tr("%1 is not a registry: it has no /v2/ endpoint (HTTP 404)").arg(client()->address().displayName()),
                 404});
            return;
        }
        if (exchange->error() || response.status != 200) {
            finish(errorFor(exchange));
            return;
        }
        // /v2/ answering is what makes a registry; the version header is optional (zuul-registry never sends it).
        m_apiVersion = QString::fromLatin1(response.header("Docker-Distribution-API-Version"));
        m_rateLimitRemaining = QString::fromLatin1(response.header("ratelimit-remaining"));
        client()->noteApiVersion(m_apiVersion);
        finish();
    });
}
