#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

// One request as TestServer received it.
struct TestRequest
{
    QByteArray method;
    QByteArray target; // path?query exactly as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // chunked bodies arrive here decoded
    QUrl baseUrl;    // scheme://127.0.0.1:port of the server that received it

    QUrl url() const;
    QString path() const;
    QUrlQuery query() const;
    // Case-insensitive; empty when absent.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
};
