#pragma once

#include "job/Job.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

// What a health check looks at: the registries' live TLS endpoints, certificate files the admin keeps (CAs,
// server certificates), htpasswd files, and storage roots with the size they should stay under.
struct HealthOptions
{
    struct Endpoint
    {
        QString name; // as people know it ("intermediate", "127.0.0.1:5000")
        QString host;
        quint16 port = 443;
        QByteArray caPem; // empty: the system's trust store
    };
    struct StorageLimit
    {
        QString root; // a registry:2 storage root (storage.filesystem.rootdirectory)
        qint64 maxBytes = 0;
    };

    QList<Endpoint> endpoints;
    QStringList certificateFiles; // PEM, one certificate or a chain
    QStringList htpasswdFiles;
    QList<StorageLimit> storageLimits;
    int days = 30; // a certificate that expires within this many days fails
    QDateTime now; // defaults to the current time
};

struct HealthFinding
{
    QString check;   // "tls", "certificate", "htpasswd", "storage"
    QString subject; // the endpoint, file or storage root
    QString message; // what was found, for people
    bool ok = true;
};

// One look at everything an intermediate registry needs to keep working: TLS certificates that expire soon (live
// and on disk), htpasswd entries registry:2 cannot use, storage over its limit. Each thing checked gives one
// finding; the job itself only fails when cancelled, so a monitor reads failures() (cron: exit 1 when any).
class HealthCheck : public Job
{
    Q_OBJECT
public:
    explicit HealthCheck(HealthOptions options, QObject* parent = nullptr);
    QString title() const override;

    const QList<HealthFinding>& findings() const { return m_findings; }
    QList<HealthFinding> failures() const;

protected:
    void run() override;

private:
    void checkFiles();
    void checkStorage();
    void checkEndpoints();
    void done();

    HealthOptions m_options;
    QList<HealthFinding> m_findings;
    int m_pending = 0;
};
