#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// What a TestServer handler answers. Content-Length is added unless the handler sets Content-Length or
// Transfer-Encoding itself (then the body is sent exactly as given, so tests can lie about lengths).
struct TestResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;                // stall this long before answering (other connections are still served)
    bool resetAfterHeaders = false; // send headers and half of the body, then reset the connection (RST)

    TestResponse& withHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    static TestResponse json(int status, const QJsonObject& object);
    static TestResponse json(int status, const QByteArray& body);
    static TestResponse text(int status, const QByteArray& body, const QByteArray& contentType = "text/plain");
    static TestResponse redirect(int status, const QByteArray& location);
    static TestResponse empty(int status);
    // {"errors":[{"code","message"}]} as registries send it.
    static TestResponse registryError(int status, const QByteArray& code, const QString& message);
};
