#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>

// Blocking HTTP/1.1 client for checking a server's state independently of the code under test (one connection
// per request, "Connection: close"). Trusts only the given CA for https.
class TestHttpClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Reply
    {
        int status = 0; // 0 when no HTTP answer arrived; see error
        Headers headers;
        QByteArray body;
        QString error;

        QByteArray header(const QByteArray& name) const;
    };

    explicit TestHttpClient(const QString& caFile = {});

    Reply request(const QByteArray& method, const QUrl& url, const Headers& headers = {}, const QByteArray& body = {},
                  int timeoutMs = 10000) const;
    Reply get(const QUrl& url, const Headers& headers = {}) const;

    static QByteArray basicAuthorization(const QString& user, const QString& password); // "Basic …"

private:
    QList<QSslCertificate> m_caCertificates;
};
