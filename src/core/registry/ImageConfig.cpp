#include "ImageConfig.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const auto& item : value.toArray()) {
        out << item.toString();
    }
    return out;
}

QDateTime timestamp(const QJsonValue& value)
{
    auto when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

} // namespace

std::optional<ImageConfig> ImageConfig::parse(const QByteArray& bytes, QString* error)
{
    if (bytes.size() > kMaxBytes) {
        if (error) {
            *error = tr("the image configuration is over %1 bytes").arg(kMaxBytes);
        }
        return std::nullopt;
    }
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = tr("the image configuration is not a JSON object (%1)").arg(parseError.errorString());
        }
        return std::nullopt;
    }
    ImageConfig c;
    c.m_json = doc.object();
    const auto& o = c.m_json;
    c.m_created = timestamp(o.value(QLatin1String("created")));
    c.m_os = o.value(QLatin1String("os")).toString();
    c.m_architecture = o.value(QLatin1String("architecture")).toString();
    c.m_variant = o.value(QLatin1String("variant")).toString();
    c.m_author = o.value(QLatin1String("author")).toString();
    const auto config = o.value(QLatin1String("config")).toObject();
    c.m_env = stringList(config.value(QLatin1String("Env")));
    c.m_entrypoint = stringList(config.value(QLatin1String("Entrypoint")));
    c.m_cmd = stringList(config.value(QLatin1String("Cmd")));
    c.m_user = config.value(QLatin1String("User")).toString();
    c.m_workingDir = config.value(QLatin1String("WorkingDir")).toString();
    c.m_exposedPorts = config.value(QLatin1String("ExposedPorts")).toObject().keys();
    c.m_volumes = config.value(QLatin1String("Volumes")).toObject().keys();
    const auto labels = config.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        c.m_labels.insert(it.key(), it.value().toString());
    }
    c.m_diffIds = stringList(o.value(QLatin1String("rootfs")).toObject().value(QLatin1String("diff_ids")));
    for (const auto& item : o.value(QLatin1String("history")).toArray()) {
        const auto entry = item.toObject();
        c.m_history << HistoryEntry{
            timestamp(entry.value(QLatin1String("created"))), entry.value(QLatin1String("created_by")).toString(),
            entry.value(QLatin1String("comment")).toString(), entry.value(QLatin1String("empty_layer")).toBool()};
    }
    return c;
}
