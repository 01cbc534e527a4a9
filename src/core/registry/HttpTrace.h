#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkRequest;
class RegistryClient;
struct HttpResponse;

// The -v trace: one line per request and response plus the headers that explain what happened.
// Credentials never appear: Authorization values, cookies and secret-bearing query parameters
// (tokens, passwords, storage signatures) are replaced by "<redacted>".
namespace HttpTrace {

void request(RegistryClient* client, const QByteArray& method, const QUrl& url, const QNetworkRequest& request);
void response(RegistryClient* client, const HttpResponse& response, qint64 elapsedMs);
QString redactUrl(const QUrl& url);
QByteArray redactHeader(const QByteArray& name, const QByteArray& value);

} // namespace HttpTrace
