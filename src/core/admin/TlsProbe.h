#pragma once

#include "CertificateInfo.h"
#include "job/Job.h"

#include <QObject>
#include <QSslError>
#include <QTimer>

class QSslSocket;

// Connects to a live host:port and reports what a client would see: the chain the server presents,
// whether it verifies (against the system store, or only against a given CA) for that host name, the
// TLS version and cipher, and certificates that expire soon. Each failure has its own message
// (wrong host, expired, self-signed, unknown issuer) because each has a different fix.
class TlsProbe : public Job
{
    Q_OBJECT
public:
    struct Result
    {
        bool connected = false;
        bool verified = false;
        QStringList problems;
        QList<CertificateInfo::Details> chain;
        QString protocol;
        QString cipher;
        QStringList expiryWarnings;
    };

    TlsProbe(const QString& host, quint16 port, const QByteArray& caPem = {}, QObject* parent = nullptr);
    ~TlsProbe() override;
    const Result& result() const { return m_result; }

    static constexpr int kTimeoutMs = 15000;

protected:
    void run() override;
    void onCancel() override;

private:
    QString describe(const QSslError& error) const;
    void release();
    void done();

    QString m_host;
    quint16 m_port;
    QByteArray m_caPem;
    QSslSocket* m_socket;
    QTimer m_timeout;
    Result m_result;
};
