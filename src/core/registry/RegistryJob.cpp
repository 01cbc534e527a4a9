#include "RegistryJob.h"

#include "RegistryClient.h"

RegistryJob::RegistryJob(RegistryClient* client)
    : QObject(client)
    , m_client(client)
{
}

void RegistryJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    run();
}

void RegistryJob::cancel()
{
    if (m_finished) {
        return;
    }
    if (m_current) {
        m_current->disconnect(this);
        m_current->abort();
    }
    cleanUpAfterCancel();
    finish(RegistryError::cancelled());
}

HttpExchange* RegistryJob::send(HttpRequest request, std::function<void(HttpExchange*)> onDone)
{
    auto* exchange = m_client->send(request, this);
    m_current = exchange;
    connect(exchange, &HttpExchange::finished, this, [this, exchange, onDone = std::move(onDone)]() {
        exchange->deleteLater();
        if (!m_finished) {
            onDone(exchange);
        }
    });
    exchange->start();
    return exchange;
}

void RegistryJob::finish(const RegistryError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    emit finished();
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
