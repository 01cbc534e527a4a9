#pragma once

#include "HttpExchange.h"
#include "job/Job.h"

#include <QPointer>

class RegistryClient;

// One request (or a short exchange of requests) with one registry, made through its client: the client
// creates it as its own child, and it starts on the next event-loop turn (the rules of Job).
class RegistryJob : public Job
{
    Q_OBJECT
public:
    explicit RegistryJob(RegistryClient* client);

    RegistryClient* client() const { return m_client; }

protected:
    // Sends a request; onDone runs when it finishes (unless the job has finished meanwhile).
    HttpExchange* send(HttpRequest request, std::function<void(HttpExchange*)> onDone);
    // Maps a non-success response to an error naming `what`.
    RegistryError errorFor(const HttpExchange* exchange) const;
    // Aborts the request in flight; jobs that hold more (an upload session, a sink) extend it.
    void onCancel() override;

private:
    RegistryClient* m_client;
    QPointer<HttpExchange> m_current;
};
