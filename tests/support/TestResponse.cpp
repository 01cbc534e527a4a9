#include "TestResponse.h"

#include "HttpWire.h"

#include <QJsonArray>
#include <QJsonDocument>

TestResponse& TestResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

QByteArray TestResponse::header(const QByteArray& name) const
{
    return HttpWire::headerValue(headers, name);
}

TestResponse TestResponse::json(int status, const QJsonObject& object)
{
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

TestResponse TestResponse::json(int status, const QByteArray& body)
{
    return text(status, body, "application/json");
}

TestResponse TestResponse::text(int status, const QByteArray& body, const QByteArray& contentType)
{
    TestResponse response;
    response.status = status;
    response.body = body;
    response.headers.append({"Content-Type", contentType});
    return response;
}

TestResponse TestResponse::redirect(int status, const QByteArray& location)
{
    TestResponse response;
    response.status = status;
    response.headers.append({"Location", location});
    return response;
}

TestResponse TestResponse::empty(int status)
{
    TestResponse response;
    response.status = status;
    return response;
}

TestResponse TestResponse::registryError(int status, const QByteArray& code, const QString& message)
{
    const QJsonObject error{{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("message"), message}};
    return json(status, QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}});
}
