#pragma once

#include "Manifest.h"
#include "RegistryJob.h"

// The OCI referrers API (GET /v2/<name>/referrers/<digest>): signatures, SBOMs and attestations
// attached to a manifest. Registries that do not offer it end with an Unsupported error; callers
// then fall back to the sha256-<hex> tag scheme.
class ReferrersJob : public RegistryJob
{
    Q_OBJECT
public:
    ReferrersJob(RegistryClient* client, QString repository, Digest subject);
    const QList<Descriptor>& referrers() const { return m_referrers; }

protected:
    void run() override;

private:
    RegistryError unsupported(int httpStatus) const;

    QString m_repository;
    Digest m_subject;
    QList<Descriptor> m_referrers;
};
