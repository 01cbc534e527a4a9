#pragma once

#include "RegistryError.h"

#include <QObject>
#include <QTemporaryDir>

class BundleTrial;
class RegistryClient;

// A short-lived registry like a buildset registry: a deployment bundle for 127.0.0.1 with a random
// password in a temporary directory, run by Debian's docker-registry until this object is destroyed.
class TemporaryRegistry : public QObject
{
    Q_OBJECT
public:
    explicit TemporaryRegistry(QObject* parent = nullptr);
    ~TemporaryRegistry() override;

    void start(); // finished() tells
    RegistryClient* client() const;
    const RegistryError& error() const { return m_error; }

signals:
    void finished();

private:
    void finish(const RegistryError& error = {});

    QTemporaryDir m_dir;
    BundleTrial* m_trial = nullptr;
    RegistryError m_error;
};
