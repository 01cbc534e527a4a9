#include "HttpTrace.h"

#include "HttpExchange.h"
#include "RegistryClient.h"

#include <QNetworkRequest>
#include <QUrlQuery>

namespace HttpTrace {

namespace {

bool isSecretParameter(const QString& name)
{
    static const QStringList secret = {
        QStringLiteral("token"),
        QStringLiteral("access_token"),
        QStringLiteral("refresh_token"),
        QStringLiteral("password"),
        QStringLiteral("x-amz-signature"),
        QStringLiteral("x-amz-credential"),
        QStringLiteral("x-amz-security-token"),
        QStringLiteral("signature"),
        QStringLiteral("sig"),
        QStringLiteral("x-goog-signature"),
        QStringLiteral("x-goog-credential"),
    };
    return secret.contains(name.toLower());
}

// Headers worth a line in the trace; others are noise.
bool isInteresting(const QByteArray& name)
{
    static const QList<QByteArray> names = {
        "authorization", "www-authenticate",      "location",
        "content-type",  "content-length",        "range",
        "content-range", "docker-content-digest", "docker-distribution-api-version",
        "link",          "retry-after",           "warning",
        "accept",        "ratelimit-remaining",   "set-cookie",
        "cookie",
    };
    return names.contains(name.toLower());
}

} // namespace

QString redactUrl(const QUrl& url)
{
    if (!url.hasQuery()) {
        return url.toString(QUrl::RemoveUserInfo);
    }
    QUrlQuery query(url);
    auto items = query.queryItems(QUrl::FullyEncoded);
    for (auto& [name, value] : items) {
        if (isSecretParameter(name)) {
            value = QStringLiteral("<redacted>");
        }
    }
    QUrlQuery redacted;
    redacted.setQueryItems(items);
    auto copy = url;
    copy.setQuery(redacted);
    return copy.toString(QUrl::RemoveUserInfo);
}

QByteArray redactHeader(const QByteArray& name, const QByteArray& value)
{
    const auto lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        const auto space = value.indexOf(' ');
        return (space > 0 ? value.left(space) + ' ' : QByteArray()) + "<redacted>";
    }
    if (lower == "set-cookie" || lower == "cookie") {
        return "<redacted>";
    }
    return value;
}

void request(RegistryClient* client, const QByteArray& method, const QUrl& url, const QNetworkRequest& request)
{
    client->emitTrace(QStringLiteral("> %1 %2").arg(QString::fromLatin1(method), redactUrl(url)));
    for (const auto& name : request.rawHeaderList()) {
        if (isInteresting(name)) {
            client->emitTrace(
                QStringLiteral(">   %1: %2")
                    .arg(QString::fromLatin1(name), QString::fromLatin1(redactHeader(name, request.rawHeader(name)))));
        }
    }
}

void response(RegistryClient* client, const HttpResponse& response, qint64 elapsedMs)
{
    if (response.status == 0) {
        client->emitTrace(QStringLiteral("< (no response) %1 ms").arg(elapsedMs));
        return;
    }
    client->emitTrace(QStringLiteral("< %1 %2 (%3 ms)")
                          .arg(QString::number(response.status), redactUrl(response.url), QString::number(elapsedMs)));
    for (const auto& [name, value] : response.headers) {
        if (!isInteresting(name)) {
            continue;
        }
        auto shown = redactHeader(name, value);
        if (name.compare("Location", Qt::CaseInsensitive) == 0) {
            shown = redactUrl(response.url.resolved(QUrl::fromEncoded(value))).toUtf8();
        }
        client->emitTrace(QStringLiteral("<   %1: %2").arg(QString::fromLatin1(name), QString::fromLatin1(shown)));
    }
}

} // namespace HttpTrace
