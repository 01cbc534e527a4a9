#include "RegistryEvent.h"

#include "registry/MediaType.h"
#include "util/Printable.h"

#include <QJsonArray>
#include <QJsonDocument>

bool RegistryEvent::isManifest() const
{
    return MediaType::isManifest(mediaType);
}

QString RegistryEvent::summary() const
{
    QString what = repository;
    if (!tag.isEmpty()) {
        what += QLatin1Char(':') + tag;
    }
    QString text = tr("%1 %2").arg(action, what);
    if (digest.isValid()) {
        text += QLatin1Char(' ') + (isManifest() ? tr("(manifest %1)") : tr("(blob %1)"))
                                       .arg(digest.toString().left(19) + QStringLiteral("…"));
    }
    if (!fromRepository.isEmpty()) {
        text += QLatin1Char(' ') + tr("from %1").arg(fromRepository);
    }
    switch (zuul.kind()) {
    case ZuulTag::Kind::Intermediate:
        text += QLatin1Char(' ') + tr("[Zuul build %1, tag %2]").arg(zuul.build().left(8), zuul.baseTag());
        break;
    case ZuulTag::Kind::Change:
        text += QLatin1Char(' ') + tr("[change %1, tag %2]").arg(zuul.change()).arg(zuul.baseTag());
        break;
    case ZuulTag::Kind::Pipeline:
        text += QLatin1Char(' ') + tr("[%1 pipeline, tag %2]").arg(zuul.pipeline(), zuul.baseTag());
        break;
    case ZuulTag::Kind::None:
        break;
    }
    if (!actor.isEmpty()) {
        text += QLatin1Char(' ') + tr("by %1").arg(actor);
    }
    if (!requestAddr.isEmpty()) {
        text += QLatin1Char(' ') + tr("from %1").arg(requestAddr);
    }
    return Printable::escaped(text);
}

QJsonObject RegistryEvent::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("timestamp"), timestamp.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("repository"), repository},
                       {QStringLiteral("tag"), tag},
                       {QStringLiteral("digest"), digest.isValid() ? QJsonValue(digest.toString()) : QJsonValue()},
                       {QStringLiteral("mediaType"), mediaType},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("addr"), requestAddr},
                       {QStringLiteral("userAgent"), userAgent}};
    if (!fromRepository.isEmpty()) {
        object.insert(QStringLiteral("fromRepository"), fromRepository);
    }
    if (zuul.kind() != ZuulTag::Kind::None) {
        QJsonObject decoded{{QStringLiteral("tag"), zuul.baseTag()}};
        if (zuul.isIntermediate()) {
            decoded.insert(QStringLiteral("build"), zuul.build());
        } else if (zuul.kind() == ZuulTag::Kind::Change) {
            decoded.insert(QStringLiteral("change"), zuul.change());
        } else {
            decoded.insert(QStringLiteral("pipeline"), zuul.pipeline());
        }
        object.insert(QStringLiteral("zuul"), decoded);
    }
    return object;
}

std::optional<QList<RegistryEvent>> RegistryEvent::parseEnvelope(const QByteArray& body, QString* error)
{
    if (body.size() > kMaxEnvelopeBytes) {
        *error = tr("the envelope is larger than %1 bytes").arg(kMaxEnvelopeBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("the body is not a JSON object");
        return std::nullopt;
    }
    const auto events = document.object().value(QLatin1String("events"));
    if (!events.isArray()) {
        *error = tr("the body has no \"events\" list");
        return std::nullopt;
    }
    if (events.toArray().size() > kMaxEvents) {
        *error = tr("the envelope holds more than %1 events").arg(kMaxEvents);
        return std::nullopt;
    }
    static const QStringList actions{QStringLiteral("push"), QStringLiteral("pull"), QStringLiteral("mount"),
                                     QStringLiteral("delete")};
    QList<RegistryEvent> result;
    for (const auto& item : events.toArray()) {
        const auto object = item.toObject();
        const auto target = object.value(QLatin1String("target")).toObject();
        const auto request = object.value(QLatin1String("request")).toObject();
        RegistryEvent event;
        event.id = object.value(QLatin1String("id")).toString();
        event.action = object.value(QLatin1String("action")).toString();
        if (!actions.contains(event.action)) {
            *error = tr("an event has no known action (push, pull, mount, delete)");
            return std::nullopt;
        }
        event.timestamp = QDateTime::fromString(object.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs);
        event.repository = target.value(QLatin1String("repository")).toString();
        if (event.repository.isEmpty()) {
            *error = tr("a %1 event names no repository").arg(event.action);
            return std::nullopt;
        }
        event.tag = target.value(QLatin1String("tag")).toString();
        event.digest = Digest::parse(target.value(QLatin1String("digest")).toString()).value_or(Digest());
        event.mediaType = target.value(QLatin1String("mediaType")).toString();
        const auto size = target.value(QLatin1String("size"));
        event.size = size.isDouble() ? size.toInteger(-1) : target.value(QLatin1String("length")).toInteger(-1);
        event.fromRepository = target.value(QLatin1String("fromRepository")).toString();
        event.url = target.value(QLatin1String("url")).toString();
        event.actor = object.value(QLatin1String("actor")).toObject().value(QLatin1String("name")).toString();
        event.requestAddr = request.value(QLatin1String("addr")).toString();
        event.requestMethod = request.value(QLatin1String("method")).toString();
        event.requestHost = request.value(QLatin1String("host")).toString();
        event.userAgent = request.value(QLatin1String("useragent")).toString();
        event.sourceAddr = object.value(QLatin1String("source")).toObject().value(QLatin1String("addr")).toString();
        event.zuul = ZuulTag::parse(event.tag);
        result << event;
    }
    return result;
}
