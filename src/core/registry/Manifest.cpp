#include "Manifest.h"

#include "MediaType.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

std::optional<Platform> Platform::parse(const QString& text)
{
    static const QRegularExpression part(QStringLiteral("^[a-z0-9_.-]{1,64}\\z"));
    const auto parts = text.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.size() > 3) {
        return std::nullopt;
    }
    for (const auto& p : parts) {
        if (!part.match(p).hasMatch()) {
            return std::nullopt;
        }
    }
    Platform platform;
    platform.os = parts[0];
    platform.architecture = parts[1];
    if (parts.size() == 3) {
        platform.variant = parts[2];
    }
    return platform;
}

QString Platform::toString() const
{
    QString text = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty()) {
        text += QLatin1Char('/') + variant;
    }
    return text;
}

bool Platform::matches(const Platform& wanted) const
{
    return os == wanted.os && architecture == wanted.architecture &&
           (wanted.variant.isEmpty() || variant == wanted.variant);
}

namespace {

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)
public:
    QString error;
    int descriptorCount = 0;

    std::optional<Descriptor> descriptor(const QJsonValue& value, const QString& where)
    {
        if (++descriptorCount > Manifest::kMaxDescriptors) {
            error = tr("the manifest has more than %1 descriptors").arg(Manifest::kMaxDescriptors);
            return std::nullopt;
        }
        const auto object = value.toObject();
        if (!value.isObject()) {
            error = tr("%1 is not a descriptor object").arg(where);
            return std::nullopt;
        }
        Descriptor d;
        d.mediaType = object.value(QLatin1String("mediaType")).toString();
        const auto digest = Digest::parse(object.value(QLatin1String("digest")).toString());
        if (!digest) {
            error = tr("%1 has an invalid digest \"%2\"")
                        .arg(where, object.value(QLatin1String("digest")).toString().left(80));
            return std::nullopt;
        }
        d.digest = *digest;
        const auto size = object.value(QLatin1String("size"));
        // JSON numbers are doubles: accept only whole, non-negative values that fit exactly.
        if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() > 9007199254740992.0 ||
            size.toDouble() != static_cast<double>(static_cast<qint64>(size.toDouble()))) {
            error = tr("%1 has an invalid size").arg(where);
            return std::nullopt;
        }
        d.size = static_cast<qint64>(size.toDouble());
        d.artifactType = object.value(QLatin1String("artifactType")).toString();
        d.annotations = object.value(QLatin1String("annotations")).toObject();
        for (const auto& url : object.value(QLatin1String("urls")).toArray()) {
            d.urls << url.toString();
        }
        if (object.contains(QLatin1String("platform"))) {
            const auto p = object.value(QLatin1String("platform")).toObject();
            Platform platform;
            platform.os = p.value(QLatin1String("os")).toString();
            platform.architecture = p.value(QLatin1String("architecture")).toString();
            platform.variant = p.value(QLatin1String("variant")).toString();
            platform.osVersion = p.value(QLatin1String("os.version")).toString();
            d.platform = platform;
        }
        return d;
    }

    bool descriptorList(const QJsonObject& object, const char* key, QList<Descriptor>& out, bool required)
    {
        const auto value = object.value(QLatin1String(key));
        if (value.isUndefined() && !required) {
            return true;
        }
        if (!value.isArray()) {
            error = tr("the \"%1\" field must be a list").arg(QLatin1String(key));
            return false;
        }
        const auto array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto d = descriptor(array.at(i), QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i));
            if (!d) {
                return false;
            }
            out << *d;
        }
        return true;
    }
};

QString sniffMediaType(const QJsonObject& object)
{
    const auto declared = object.value(QLatin1String("mediaType")).toString();
    if (!declared.isEmpty()) {
        return declared;
    }
    if (object.value(QLatin1String("schemaVersion")).toInt() == 1) {
        return MediaType::DockerSchema1Signed;
    }
    if (object.contains(QLatin1String("manifests"))) {
        return MediaType::OciIndex;
    }
    if (object.contains(QLatin1String("layers")) || object.contains(QLatin1String("config"))) {
        return MediaType::OciManifest;
    }
    return {};
}

} // namespace

std::optional<Manifest> Manifest::parse(const QByteArray& bytes, const QString& contentType, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (bytes.size() > kMaxBytes) {
        return fail(tr("the manifest is %1 bytes, over the %2-byte limit").arg(bytes.size()).arg(kMaxBytes));
    }
    QJsonParseError jsonError;
    const auto doc = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(tr("the manifest is not a JSON object (%1)").arg(jsonError.errorString()));
    }
    const auto object = doc.object();

    Manifest m;
    m.m_raw = bytes;
    m.m_digest = Digest::ofBytes(bytes);
    auto type = MediaType::essence(contentType);
    if (!MediaType::isManifest(type)) {
        type = sniffMediaType(object);
    }
    const auto declared = object.value(QLatin1String("mediaType")).toString();
    if (!declared.isEmpty() && MediaType::isManifest(type) && !MediaType::isSchema1(type) && declared != type) {
        return fail(tr("the manifest says it is %1 but was served as %2").arg(declared, type));
    }
    if (!MediaType::isManifest(type)) {
        return fail(tr("unsupported manifest type \"%1\"").arg(type.left(100)));
    }
    m.m_mediaType = type;

    Parser parser;
    if (MediaType::isSchema1(type)) {
        if (object.value(QLatin1String("schemaVersion")).toInt() != 1) {
            return fail(tr("a schema1 manifest must have schemaVersion 1"));
        }
        m.m_schema1Platform.os = QStringLiteral("linux");
        m.m_schema1Platform.architecture = object.value(QLatin1String("architecture")).toString();
        const auto fsLayers = object.value(QLatin1String("fsLayers")).toArray();
        if (fsLayers.size() > kMaxDescriptors) {
            return fail(tr("the manifest has more than %1 descriptors").arg(kMaxDescriptors));
        }
        // fsLayers are listed newest first; keep the base-first order of the newer formats.
        for (auto i = fsLayers.size() - 1; i >= 0; --i) {
            const auto digest = Digest::parse(fsLayers.at(i).toObject().value(QLatin1String("blobSum")).toString());
            if (!digest) {
                return fail(tr("a schema1 layer has an invalid blobSum"));
            }
            Descriptor layer;
            layer.mediaType = MediaType::DockerLayer;
            layer.digest = *digest;
            m.m_layers << layer;
        }
        return m;
    }

    if (object.value(QLatin1String("schemaVersion")).toInt() != 2) {
        return fail(tr("the manifest must have schemaVersion 2"));
    }
    m.m_annotations = object.value(QLatin1String("annotations")).toObject();
    m.m_artifactType = object.value(QLatin1String("artifactType")).toString();
    if (object.contains(QLatin1String("subject"))) {
        const auto subject = parser.descriptor(object.value(QLatin1String("subject")), QStringLiteral("subject"));
        if (!subject) {
            return fail(parser.error);
        }
        m.m_subject = subject;
    }
    if (MediaType::isIndex(type)) {
        if (!parser.descriptorList(object, "manifests", m.m_manifests, true)) {
            return fail(parser.error);
        }
        return m;
    }
    const auto config = parser.descriptor(object.value(QLatin1String("config")), QStringLiteral("config"));
    if (!config) {
        return fail(parser.error);
    }
    m.m_config = *config;
    if (!parser.descriptorList(object, "layers", m.m_layers, true)) {
        return fail(parser.error);
    }
    return m;
}

bool Manifest::isIndex() const
{
    return MediaType::isIndex(m_mediaType);
}

bool Manifest::isSchema1() const
{
    return MediaType::isSchema1(m_mediaType);
}

qint64 Manifest::imageSize() const
{
    if (isIndex() || isSchema1()) {
        return -1;
    }
    qint64 total = m_config.size;
    for (const auto& layer : m_layers) {
        total += layer.size;
    }
    return total;
}

std::optional<Descriptor> Manifest::findPlatform(const Platform& wanted) const
{
    for (const auto& child : m_manifests) {
        if (child.platform && child.platform->matches(wanted)) {
            return child;
        }
    }
    return std::nullopt;
}
