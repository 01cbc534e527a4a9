#include "ListJob.h"

#include "RegistryClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ListJob::ListJob(RegistryClient* client, Kind kind, QString repository)
    : RegistryJob(client)
    , m_kind(kind)
    , m_repository(std::move(repository))
{
}

QUrl ListJob::firstUrl(bool withPageSize) const
{
    QString path = m_kind == Catalog ? QStringLiteral("_catalog") : m_repository + QStringLiteral("/tags/list");
    if (withPageSize && m_kind == Catalog) {
        path += QStringLiteral("?n=%1").arg(kPageSize);
    }
    return client()->apiUrl(path);
}

void ListJob::run()
{
    if (m_from.isValid() && !client()->isSameOrigin(m_from)) {
        finish({RegistryError::Kind::Usage, tr("a paging link of another registry was given")});
        return;
    }
    fetch(m_from.isValid() ? m_from : firstUrl(true));
}

QUrl ListJob::nextLink(const QByteArray& linkHeader, const QUrl& base)
{
    // Link: </v2/_catalog?last=b&n=100>; rel="next"  (several links may be comma-separated)
    for (const auto& part : linkHeader.split(',')) {
        const auto open = part.indexOf('<');
        const auto close = part.indexOf('>', open + 1);
        if (open < 0 || close < 0) {
            continue;
        }
        const auto params = part.mid(close + 1).toLower().replace(' ', "");
        if (!params.contains("rel=\"next\"") && !params.contains("rel=next")) {
            continue;
        }
        const auto next = base.resolved(QUrl::fromEncoded(part.mid(open + 1, close - open - 1).trimmed()));
        if (!next.isValid() || (next.scheme() != QLatin1String("https") && next.scheme() != QLatin1String("http"))) {
            return {}; // garbage ends the listing rather than becoming a request
        }
        return next;
    }
    return {};
}

void ListJob::fetch(const QUrl& url)
{
    HttpRequest request;
    request.url = url;
    request.maxBufferedBody = 32 * 1024 * 1024;
    if (m_kind == Catalog) {
        request.scopes = {{QStringLiteral("registry"), QStringLiteral("catalog"), {QStringLiteral("*")}}};
        request.what = tr("the repository catalog");
    } else {
        request.scopes = {AuthScope::repository(m_repository, {QStringLiteral("pull")})};
        request.what = tr("the tags of %1").arg(m_repository);
    }
    m_seen.insert(url);
    send(request, [this](HttpExchange* exchange) {
        const auto& response = exchange->response();
        if (!exchange->error() && response.status == 400 && m_pages == 0 && !m_pageSizeRefused &&
            RegistryError::fromResponse(400, response.body, {}, {})
                .codes()
                .contains(QLatin1String("PAGINATION_NUMBER_INVALID"))) {
            m_pageSizeRefused = true;
            fetch(firstUrl(false));
            return;
        }
        if (exchange->error() || response.status != 200) {
            auto error = errorFor(exchange);
            if (m_kind == Catalog &&
                (error.kind() == RegistryError::Kind::NotFound || error.kind() == RegistryError::Kind::Unsupported)) {
                client()->noteCatalog(false);
                error = {RegistryError::Kind::Unsupported,
                         tr("registry %1 does not offer a catalog (/v2/_catalog); open repositories by name")
                             .arg(client()->address().displayName()),
                         error.httpStatus(), error.codes()};
            }
            finish(error);
            return;
        }
        QJsonParseError parseError;
        const auto object = QJsonDocument::fromJson(response.body, &parseError).object();
        const auto key = QLatin1String(m_kind == Catalog ? "repositories" : "tags");
        const auto value = object.value(key);
        if (parseError.error != QJsonParseError::NoError || !(value.isArray() || value.isNull())) {
            finish(
                {RegistryError::Kind::Protocol, tr("registry %1 sent an unreadable answer for %2")
                                                    .arg(client()->address().displayName(), exchange->request().what)});
            return;
        }
        QStringList page;
        for (const auto& item : value.toArray()) {
            if (item.isString()) {
                page << item.toString();
            }
        }
        ++m_pages;
        m_items += page;
        if (m_kind == Catalog) {
            client()->noteCatalog(true);
        }
        if (!page.isEmpty()) {
            emit this->page(page);
        }
        const auto next = nextLink(response.header("Link"), response.url);
        if (next.isEmpty()) {
            finish();
            return;
        }
        if (!client()->isSameOrigin(next) || m_seen.contains(next) || m_items.size() > kMaxItems) {
            finish({RegistryError::Kind::Protocol,
                    tr("registry %1 sent a paging link that leaves the registry or loops (%2)")
                        .arg(client()->address().displayName(), next.toString(QUrl::RemoveQuery))});
            return;
        }
        if (m_onePage) {
            m_next = next;
            finish();
            return;
        }
        fetch(next);
    });
}
