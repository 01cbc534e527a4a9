#pragma once

#include "RegistryError.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>

class RegistryClient;

// Runs a freshly written deployment bundle here, on loopback, with Debian's docker-registry: the
// bundle's own certificate, key and htpasswd, a throw-away data directory. Then logs in with the
// bundle's user over TLS verified against the bundle's CA for the registry's real host name. The
// registry stops when the trial is destroyed; the bundle itself is not changed.
class BundleTrial : public QObject
{
    Q_OBJECT
public:
    explicit BundleTrial(const QString& bundleDir, QObject* parent = nullptr);
    ~BundleTrial() override;

    // hostName: the name the bundle's certificate was made for.
    void start(const QString& hostName, const QString& username, const QString& password);
    QString hostPort() const;
    RegistryClient* client() const; // logged in, once finished without error
    bool isFinished() const { return m_finished; }
    const RegistryError& error() const { return m_error; }
    static constexpr int kStartTimeoutMs = 15000;

signals:
    void finished();

private:
    void ping(int attempt);
    void finish(const RegistryError& error = {});

    QString m_bundleDir;
    QTemporaryDir m_work;
    QProcess m_process;
    QPointer<RegistryClient> m_client;
    quint16 m_port = 0;
    RegistryError m_error;
    bool m_finished = false;
};
