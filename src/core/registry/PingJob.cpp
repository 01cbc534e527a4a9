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
        if (exchange->error() || response.status != 200) {
            finish(errorFor(exchange));
            return;
        }
        m_apiVersion = QString::fromLatin1(response.header("Docker-Distribution-API-Version"));
        m_rateLimitRemaining = QString::fromLatin1(response.header("ratelimit-remaining"));
        if (m_apiVersion.isEmpty()) {
            finish({RegistryError::Kind::Protocol,
                    tr("%1 answered /v2/ but is not a registry (no Docker-Distribution-API-Version header)")
                        .arg(client()->address().displayName()),
                    response.status});
            return;
        }
        finish();
    });
}
