#pragma once

#include "job/Job.h"

#include <QObject>
#include <QTemporaryDir>

class BundleTrial;
class RegistryClient;

// A short-lived registry like a buildset registry: a deployment bundle for 127.0.0.1 with a random
// password in a temporary directory, run by Debian's docker-registry until this object is destroyed. The job
// finishes when the registry answers; its creator keeps it as long as the registry is wanted.
class TemporaryRegistry : public Job
{
    Q_OBJECT
public:
    explicit TemporaryRegistry(QObject* parent = nullptr);
    ~TemporaryRegistry() override;

    RegistryClient* client() const;

protected:
    void run() override;

private:
    QTemporaryDir m_dir;
    BundleTrial* m_trial = nullptr;
};
