#include "WebRequestJob.h"

#include "RegistryClient.h"

WebRequestJob::WebRequestJob(RegistryClient* client, HttpRequest request)
    : RegistryJob(client)
    , m_request(std::move(request))
{
    m_request.outsideRegistryApi = true;
}

void WebRequestJob::run()
{
    send(m_request, [this](HttpExchange* exchange) {
        if (exchange->error()) {
            finish(exchange->error());
            return;
        }
        m_response = exchange->response();
        finish();
    });
}
