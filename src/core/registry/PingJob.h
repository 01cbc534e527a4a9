#pragma once

#include "RegistryJob.h"

// GET /v2/ with authentication: tells whether the registry is reachable and the credentials work,
// which API version and auth scheme it speaks, and (Docker Hub) how many pulls are left.
class PingJob : public RegistryJob
{
    Q_OBJECT
public:
    explicit PingJob(RegistryClient* client);

    QString apiVersion() const { return m_apiVersion; } // empty when the registry does not state it
    QString authScheme() const;                         // "none", "basic" or "bearer"
    QString rateLimitRemaining() const { return m_rateLimitRemaining; }

protected:
    void run() override;

private:
    void authenticated();

    QString m_apiVersion;
    QString m_rateLimitRemaining;
};
