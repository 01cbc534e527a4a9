#include "RegistryError.h"

#include "util/Printable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

RegistryError::RegistryError(Kind kind, QString message, int httpStatus, QStringList codes)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_httpStatus(httpStatus)
    , m_codes(std::move(codes))
{
}

RegistryError RegistryError::cancelled()
{
    return {Kind::Cancelled, tr("the operation was cancelled")};
}

QString RegistryError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Usage:
        return QStringLiteral("usage");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Denied:
        return QStringLiteral("denied");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::DigestMismatch:
        return QStringLiteral("digest-mismatch");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Io:
        return QStringLiteral("io");
    }
    return QStringLiteral("unknown");
}

namespace {

struct ParsedErrors
{
    QStringList codes;
    QStringList messages;
};

// An HTML error page (zuul-registry's web framework, proxies) as one short line: its first paragraph, else its
// title. Markup, entities and control characters never reach a message.
QString htmlErrorLine(const QByteArray& body)
{
    const auto head = body.left(64 * 1024);
    if (!head.trimmed().toLower().startsWith("<!doctype html") && !head.trimmed().toLower().startsWith("<html")) {
        return {};
    }
    const auto text = QString::fromUtf8(head);
    static const QRegularExpression paragraph(QStringLiteral("<p[^>]*>(.*?)</p>"),
                                              QRegularExpression::CaseInsensitiveOption |
                                                  QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    auto match = paragraph.match(text);
    if (!match.hasMatch()) {
        match = title.match(text);
    }
    auto line = match.captured(1).remove(tag);
    line.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return Printable::stripped(line.simplified()).left(200);
}

ParsedErrors parseErrorBody(const QByteArray& body)
{
    ParsedErrors parsed;
    if (const auto html = htmlErrorLine(body); !html.isEmpty()) {
        parsed.messages << html;
        return parsed;
    }
    const auto doc = QJsonDocument::fromJson(body);
    const auto errors = doc.object().value(QLatin1String("errors")).toArray();
    // A hostile registry may send thousands of errors or terminal escape sequences: a few, printable, short.
    constexpr qsizetype kMaxErrors = 8;
    for (const auto& value : errors) {
        if (parsed.codes.size() == kMaxErrors) {
            break;
        }
        const auto error = value.toObject();
        const auto code = Printable::stripped(error.value(QLatin1String("code")).toString()).left(64);
        parsed.codes << (code.isEmpty() ? QStringLiteral("UNKNOWN") : code);
        const auto message =
            Printable::stripped(error.value(QLatin1String("message")).toString().simplified()).left(300);
        if (!message.isEmpty()) {
            parsed.messages << message;
        }
    }
    return parsed;
}

} // namespace

RegistryError RegistryError::fromResponse(int httpStatus, const QByteArray& body, const QString& registry,
                                          const QString& what)
{
    const auto parsed = parseErrorBody(body);
    const auto& codes = parsed.codes;
    const QString serverSays = parsed.messages.isEmpty()
                                   ? QString()
                                   : tr(" (the registry says: %1)").arg(parsed.messages.join(QLatin1String("; ")));

    auto has = [&codes](const char* code) { return codes.contains(QLatin1String(code)); };
    RegistryError error;
    if (has("MANIFEST_UNKNOWN") || has("BLOB_UNKNOWN") || has("NAME_UNKNOWN") || httpStatus == 404) {
        error = {Kind::NotFound, tr("%1 was not found on %2").arg(what, registry), httpStatus, codes};
    } else if (httpStatus == 401 || has("UNAUTHORIZED")) {
        error = {Kind::Auth,
                 tr("registry %1 refused the credentials for %2 (HTTP %3)").arg(registry, what).arg(httpStatus),
                 httpStatus, codes};
    } else if (httpStatus == 403 || has("DENIED")) {
        error = {Kind::Denied, tr("registry %1 denied access to %2 (HTTP %3)").arg(registry, what).arg(httpStatus),
                 httpStatus, codes};
    } else if (httpStatus == 405 || has("UNSUPPORTED")) {
        error = {Kind::Unsupported,
                 tr("registry %1 does not support this operation on %2 (HTTP %3)").arg(registry, what).arg(httpStatus),
                 httpStatus, codes};
    } else if (httpStatus == 429 || has("TOOMANYREQUESTS")) {
        error = {Kind::RateLimited, tr("registry %1 is rate limiting requests (HTTP %2)").arg(registry).arg(httpStatus),
                 httpStatus, codes};
    } else if (has("DIGEST_INVALID")) {
        error = {Kind::DigestMismatch, tr("registry %1 rejected the digest of %2").arg(registry, what), httpStatus,
                 codes};
    } else if (httpStatus == 413) {
        error = {Kind::TooLarge, tr("registry %1 refused %2 as too large (HTTP 413)").arg(registry, what), httpStatus,
                 codes};
    } else {
        const auto codeText = codes.isEmpty() ? QString() : QLatin1Char(' ') + codes.join(QLatin1Char(','));
        error = {Kind::Protocol,
                 tr("registry %1 failed on %2 (HTTP %3%4)").arg(registry, what).arg(httpStatus).arg(codeText),
                 httpStatus, codes};
    }
    error.m_message += serverSays;
    return error;
}
