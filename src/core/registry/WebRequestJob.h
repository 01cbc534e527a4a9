#pragma once

#include "RegistryJob.h"

// One request to a web API beside the registry protocol (Docker Hub, quay, Zuul), sent through the
// same engine (TLS trust, redirects, retries, trace), with an Authorization that goes only to the
// request's own origin. The job succeeds when an HTTP answer arrives; callers judge the status.
class WebRequestJob : public RegistryJob
{
    Q_OBJECT
public:
    WebRequestJob(RegistryClient* client, HttpRequest request);
    const HttpResponse& response() const { return m_response; }

protected:
    void run() override;

private:
    HttpRequest m_request;
    HttpResponse m_response;
};
