#include "RegistryJob.h"

#include "RegistryClient.h"

RegistryJob::RegistryJob(RegistryClient* client)
    : Job(client)
    , m_client(client)
{
}

void RegistryJob::onCancel()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->abort();
    }
}

HttpExchange* RegistryJob::send(HttpRequest request, std::function<void(HttpExchange*)> onDone)
{
    auto* exchange = m_client->send(request, this);
    m_current = exchange;
    connect(exchange, &HttpExchange::finished, this, [this, exchange, onDone = std::move(onDone)]() {
        exchange->deleteLater();
        if (!isFinished()) {
            onDone(exchange);
        }
    });
    exchange->start();
    return exchange;
}

RegistryError RegistryJob::errorFor(const HttpExchange* exchange) const
{
    if (exchange->error()) {
        return exchange->error();
    }
    const auto& response = exchange->response();
    return RegistryError::fromResponse(response.status, response.body, m_client->address().displayName(),
                                       exchange->request().what);
}
