#pragma once

#include "HttpExchange.h"
#include "RegistryError.h"

#include <QObject>
#include <QPointer>

class RegistryClient;

// One registry operation. Started on the next event-loop turn after creation, so connect first.
// finished() is emitted exactly once; error() tells whether it worked.
class RegistryJob : public QObject
{
    Q_OBJECT
public:
    explicit RegistryJob(RegistryClient* client);

    RegistryClient* client() const { return m_client; }
    const RegistryError& error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void finished();

public slots:
    void start();

protected:
    virtual void run() = 0;
    // Sends a request; onDone runs when it finishes (unless the job has finished meanwhile).
    HttpExchange* send(HttpRequest request, std::function<void(HttpExchange*)> onDone);
    void finish(const RegistryError& error = {});
    // Maps a non-success response to an error naming `what`.
    RegistryError errorFor(const HttpExchange* exchange) const;
    virtual void cleanUpAfterCancel() {}

private:
    RegistryClient* m_client;
    RegistryError m_error;
    QPointer<HttpExchange> m_current;
    bool m_started = false;
    bool m_finished = false;
};
