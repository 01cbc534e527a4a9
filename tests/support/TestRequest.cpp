#include "TestRequest.h"

#include "HttpWire.h"

QUrl TestRequest::url() const
{
    return QUrl::fromEncoded(baseUrl.toEncoded() + target);
}

QString TestRequest::path() const
{
    return url().path();
}

QUrlQuery TestRequest::query() const
{
    return QUrlQuery(url());
}

QByteArray TestRequest::header(const QByteArray& name) const
{
    return HttpWire::headerValue(headers, name);
}

bool TestRequest::hasHeader(const QByteArray& name) const
{
    return HttpWire::hasHeader(headers, name);
}
