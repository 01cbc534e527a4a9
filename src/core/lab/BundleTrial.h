#pragma once

#include "job/Job.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>

class RegistryClient;

// Runs a freshly written deployment bundle here, on loopback, with Debian's docker-registry: the
// bundle's own certificate, key and htpasswd, a throw-away data directory. Then logs in with the
// bundle's user over TLS verified against the bundle's CA for the registry's real host name. The
// registry stops when the trial is destroyed; the bundle itself is not changed.
class BundleTrial : public Job
{
    Q_OBJECT
public:
    // hostName: the name the bundle's certificate was made for.
    BundleTrial(const QString& bundleDir, const QString& hostName, const QString& username, const QString& password,
                QObject* parent = nullptr);
    ~BundleTrial() override;

    QString hostPort() const;
    RegistryClient* client() const; // logged in, once finished without error
    static constexpr int kStartTimeoutMs = 15000;

protected:
    void run() override;

private:
    void ping(int attempt);

    QString m_bundleDir;
    QString m_hostName;
    QString m_username;
    QString m_password;
    QTemporaryDir m_work;
    QProcess m_process;
    QPointer<RegistryClient> m_client;
    quint16 m_port = 0;
};
