#include "ZuulLink.h"

#include <QRegularExpression>
#include <QUrlQuery>

std::optional<ZuulLink> ZuulLink::parse(const QString& input, QString* error)
{
    const auto text = input.trimmed();
    ZuulLink link;
    static const QRegularExpression number(QStringLiteral("^(\\d{1,9})(?:,(\\d{1,4}))?\\z"));
    if (const auto match = number.match(text); match.hasMatch()) {
        link.change = match.captured(1).toInt();
        link.patchset = match.captured(2);
        return link;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty()) {
        *error = tr("\"%1\" is neither a change number nor a Zuul or review URL").arg(text.left(200));
        return std::nullopt;
    }
    const auto path = url.path();
    // Zuul's web UI: <root>[/t/<tenant>]/buildset/<uuid>, …/build/<uuid>, …/status/change/<N>,<P>,
    // …/buildsets?change=N, …/builds?change=N.
    static const QRegularExpression zuulPath(QStringLiteral(
        "^(.*?)(?:/t/([^/]+))?/(buildset|build|status/change|change)/([0-9a-fA-F]{32}|\\d{1,9}(?:,\\d{1,4})?)/?\\z"));
    static const QRegularExpression zuulQuery(QStringLiteral("^(.*?)(?:/t/([^/]+))?/(builds|buildsets)/?\\z"));
    auto root = [&url](const QString& prefix) {
        QUrl base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        base.setPath(prefix.isEmpty() ? QStringLiteral("/") : prefix + QLatin1Char('/'));
        return base;
    };
    if (const auto match = zuulPath.match(path); match.hasMatch()) {
        link.zuul = root(match.captured(1));
        link.tenant = QUrl::fromPercentEncoding(match.captured(2).toUtf8());
        const auto what = match.captured(3);
        const auto value = match.captured(4);
        if (what == QLatin1String("buildset") || what == QLatin1String("build")) {
            if (value.size() != 32) {
                *error = tr("\"%1\" names no %2 uuid").arg(text.left(200), what);
                return std::nullopt;
            }
            link.kind = what == QLatin1String("build") ? Kind::Build : Kind::Buildset;
            link.uuid = value.toLower();
            return link;
        }
        link.change = value.section(QLatin1Char(','), 0, 0).toInt();
        link.patchset = value.section(QLatin1Char(','), 1, 1);
        if (link.change > 0) {
            return link;
        }
    }
    if (const auto match = zuulQuery.match(path); match.hasMatch()) {
        const QUrlQuery query(url);
        link.change = query.queryItemValue(QStringLiteral("change")).toInt();
        link.patchset = query.queryItemValue(QStringLiteral("patchset"));
        if (link.change > 0) {
            link.zuul = root(match.captured(1));
            link.tenant = QUrl::fromPercentEncoding(match.captured(2).toUtf8());
            return link;
        }
    }
    // Gerrit: …/c/<project>/+/<N>[/<P>], …/c/<N>[/<P>], /#/c/<N>/.
    static const QRegularExpression gerrit(QStringLiteral("(?:/\\+|/c|^/#/c|^)/(\\d{1,9})(?:/(\\d{1,4}))?/?\\z"));
    const auto gerritPath = url.fragment().isEmpty() ? path : QStringLiteral("/#") + url.fragment();
    if (const auto match = gerrit.match(gerritPath); match.hasMatch()) {
        link.change = match.captured(1).toInt();
        link.patchset = match.captured(2);
        return link;
    }
    *error =
        tr("%1 is not a Zuul buildset, build or change URL, nor a review URL").arg(url.toDisplayString().left(200));
    return std::nullopt;
}
