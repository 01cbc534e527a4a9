#include "ImageDiff.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

namespace {

std::shared_ptr<FileTree> treeOf(const DiffImage& image)
{
    auto tree = std::make_shared<FileTree>();
    for (int i = 0; i < image.indexes.size(); ++i) {
        if (image.indexes.at(i)) {
            tree->apply(*image.indexes.at(i), i);
        }
    }
    return tree;
}

using Fields = QList<std::pair<QString, QJsonValue>>;

QJsonValue stringOrAbsent(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

QJsonValue listOrAbsent(const QStringList& list)
{
    return list.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonArray::fromStringList(list));
}

// The configuration as flat, comparable fields, in the order people read them.
Fields fieldsOf(const std::optional<ImageConfig>& config, const ImageDiffOptions& options)
{
    Fields fields;
    if (!config) {
        return fields;
    }
    if (!options.ignoreTimestamps && config->created().isValid()) {
        fields.append({QStringLiteral("created"), config->created().toUTC().toString(Qt::ISODate)});
    }
    const QJsonObject inner = config->json().value(QStringLiteral("config")).toObject();
    fields << std::pair{QStringLiteral("os"), stringOrAbsent(config->os())}
           << std::pair{QStringLiteral("architecture"), stringOrAbsent(config->architecture())}
           << std::pair{QStringLiteral("variant"), stringOrAbsent(config->variant())}
           << std::pair{QStringLiteral("author"), stringOrAbsent(config->author())}
           << std::pair{QStringLiteral("user"), stringOrAbsent(config->user())}
           << std::pair{QStringLiteral("workingDir"), stringOrAbsent(config->workingDir())}
           << std::pair{QStringLiteral("entrypoint"), listOrAbsent(config->entrypoint())}
           << std::pair{QStringLiteral("cmd"), listOrAbsent(config->cmd())}
           << std::pair{QStringLiteral("stopSignal"),
                        stringOrAbsent(inner.value(QStringLiteral("StopSignal")).toString())}
           << std::pair{QStringLiteral("exposedPorts"), listOrAbsent(config->exposedPorts())}
           << std::pair{QStringLiteral("volumes"), listOrAbsent(config->volumes())};
    QMap<QString, QString> env;
    for (const QString& variable : config->env()) {
        const auto equals = variable.indexOf(QLatin1Char('='));
        env.insert(equals < 0 ? variable : variable.left(equals), equals < 0 ? QString() : variable.mid(equals + 1));
    }
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        fields.append({QStringLiteral("env.") + it.key(), it.value()});
    }
    const auto labels = config->labels();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        fields.append({QStringLiteral("labels.") + it.key(), it.value()});
    }
    const auto history = config->history();
    for (int i = 0; i < history.size(); ++i) {
        fields.append({QStringLiteral("history[%1]").arg(i), history.at(i).createdBy});
    }
    return fields;
}

int changesBetween(const LayerEntry& a, const LayerEntry& b, const ImageDiffOptions& options)
{
    if (a.type != b.type) {
        return ImageDiff::TypeChanged; // what else differs follows from it
    }
    int changes = 0;
    if ((a.type == LayerEntry::Type::File || a.type == LayerEntry::Type::Hardlink) &&
        (a.size != b.size || a.sha256 != b.sha256)) {
        changes |= ImageDiff::ContentChanged;
    }
    if (a.linkTarget != b.linkTarget) {
        changes |= ImageDiff::LinkTargetChanged;
    }
    if (a.mode != b.mode && a.type != LayerEntry::Type::Symlink) { // a symlink's mode means nothing on Linux
        changes |= ImageDiff::ModeChanged;
    }
    if (!options.ignoreOwnership && (a.uid != b.uid || a.gid != b.gid)) {
        changes |= ImageDiff::OwnerChanged;
    }
    if (!options.ignoreTimestamps && a.mtime != b.mtime) {
        changes |= ImageDiff::MtimeChanged;
    }
    return changes;
}

Digest layerDigest(const DiffImage& image, int layer)
{
    return layer >= 0 && layer < image.layers.size() ? image.layers.at(layer).digest : Digest();
}

QString diffIdOf(const DiffImage& image, int layer)
{
    const QStringList ids = image.config ? image.config->diffIds() : QStringList();
    return layer < ids.size() ? ids.at(layer) : QString();
}

} // namespace

QString ImageDiff::ConfigChange::text(const QJsonValue& value)
{
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return value.isString() ? value.toString() : QString();
}

qint64 ImageDiff::FileChange::sizeDelta() const
{
    const auto sizeOf = [](const std::optional<LayerEntry>& entry) {
        return entry && entry->type == LayerEntry::Type::File ? entry->size : 0;
    };
    return sizeOf(b) - sizeOf(a);
}

ImageDiff ImageDiff::compare(const DiffImage& a, const DiffImage& b, const ImageDiffOptions& options)
{
    ImageDiff diff;
    diff.m_a = a;
    diff.m_b = b;
    diff.m_options = options;
    diff.compareConfigs();
    diff.alignLayers();
    diff.compareFiles();
    diff.sumDirectories();
    return diff;
}

int ImageDiff::count(Status status) const
{
    return static_cast<int>(std::count_if(m_files.cbegin(), m_files.cend(),
                                          [status](const FileChange& file) { return file.status == status; }));
}

void ImageDiff::compareConfigs()
{
    const Fields a = fieldsOf(m_a.config, m_options);
    const Fields b = fieldsOf(m_b.config, m_options);
    QHash<QString, QJsonValue> valuesB;
    for (const auto& [field, value] : b) {
        valuesB.insert(field, value);
    }
    QSet<QString> seen;
    for (const auto& [field, value] : a) {
        seen.insert(field);
        const QJsonValue other = valuesB.value(field, QJsonValue(QJsonValue::Undefined));
        if (value != other) {
            m_config.append({field, value, other});
        }
    }
    for (const auto& [field, value] : b) {
        if (!seen.contains(field) && !value.isUndefined()) {
            m_config.append({field, QJsonValue(QJsonValue::Undefined), value});
        }
    }
}

void ImageDiff::alignLayers()
{
    // Longest common subsequence of the two layer lists, a layer matching by digest or, when the same tar was
    // compressed differently, by diff_id.
    const auto n = m_a.layers.size();
    const auto m = m_b.layers.size();
    const auto same = [this](qsizetype i, qsizetype j) {
        if (m_a.layers.at(i).digest == m_b.layers.at(j).digest) {
            return true;
        }
        const QString id = diffIdOf(m_a, static_cast<int>(i));
        return !id.isEmpty() && id == diffIdOf(m_b, static_cast<int>(j));
    };
    std::vector<std::vector<int>> length(static_cast<size_t>(n + 1), std::vector<int>(static_cast<size_t>(m + 1)));
    for (auto i = n - 1; i >= 0; --i) {
        for (auto j = m - 1; j >= 0; --j) {
            auto& cell = length[static_cast<size_t>(i)][static_cast<size_t>(j)];
            cell = same(i, j) ? length[static_cast<size_t>(i + 1)][static_cast<size_t>(j + 1)] + 1
                              : std::max(length[static_cast<size_t>(i + 1)][static_cast<size_t>(j)],
                                         length[static_cast<size_t>(i)][static_cast<size_t>(j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && same(i, j)) {
            m_layerRows.append(
                {static_cast<int>(i), static_cast<int>(j), m_a.layers.at(i).digest == m_b.layers.at(j).digest});
            ++i;
            ++j;
        } else if (j >= m || (i < n && length[static_cast<size_t>(i + 1)][static_cast<size_t>(j)] >=
                                           length[static_cast<size_t>(i)][static_cast<size_t>(j + 1)])) {
            m_layerRows.append({static_cast<int>(i++), -1, false});
        } else {
            m_layerRows.append({-1, static_cast<int>(j++), false});
        }
    }
}

void ImageDiff::compareFiles()
{
    m_treeA = treeOf(m_a);
    m_treeB = treeOf(m_b);
    const auto& nodesA = m_treeA->nodes();
    const auto& nodesB = m_treeB->nodes();
    auto itA = nodesA.cbegin();
    auto itB = nodesB.cbegin();
    while (itA != nodesA.cend() || itB != nodesB.cend()) {
        FileChange file;
        if (itB == nodesB.cend() || (itA != nodesA.cend() && itA->first < itB->first)) {
            file.path = itA->first;
            file.status = Status::Removed;
            file.a = itA->second.entry;
            const int remover = m_treeB->removedBy(file.path);
            file.layer = remover >= 0 ? layerDigest(m_b, remover) : layerDigest(m_a, itA->second.layer);
            ++itA;
        } else if (itA == nodesA.cend() || itB->first < itA->first) {
            file.path = itB->first;
            file.status = Status::Added;
            file.b = itB->second.entry;
            file.layer = layerDigest(m_b, itB->second.layer);
            ++itB;
        } else {
            file.path = itA->first;
            file.a = itA->second.entry;
            file.b = itB->second.entry;
            file.changes = changesBetween(*file.a, *file.b, m_options);
            file.status = file.changes ? Status::Modified : Status::Unchanged;
            file.layer = layerDigest(m_b, itB->second.layer);
            ++itA;
            ++itB;
        }
        m_files.append(std::move(file));
    }
}

QString ImageDiff::statusName(Status status)
{
    switch (status) {
    case Status::Added:
        return QStringLiteral("added");
    case Status::Removed:
        return QStringLiteral("removed");
    case Status::Modified:
        return QStringLiteral("modified");
    case Status::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QStringList ImageDiff::changeNames(int changes)
{
    QStringList names;
    for (const auto& [flag, name] : {std::pair{TypeChanged, "type"}, std::pair{ContentChanged, "content"},
                                     std::pair{ModeChanged, "mode"}, std::pair{OwnerChanged, "owner"},
                                     std::pair{LinkTargetChanged, "linkTarget"}, std::pair{MtimeChanged, "mtime"}}) {
        if (changes & flag) {
            names << QString::fromLatin1(name);
        }
    }
    return names;
}

QJsonObject ImageDiff::entryJson(const LayerEntry& entry)
{
    QJsonObject json{
        {QStringLiteral("type"), LayerEntry::typeName(entry.type)},
        {QStringLiteral("size"), entry.size},
        {QStringLiteral("mode"), QStringLiteral("%1").arg(entry.mode, 4, 8, QLatin1Char('0'))},
        {QStringLiteral("uid"), entry.uid},
        {QStringLiteral("gid"), entry.gid},
        {QStringLiteral("mtime"), QDateTime::fromSecsSinceEpoch(entry.mtime, Qt::UTC).toString(Qt::ISODate)}};
    if (!entry.sha256.isEmpty()) {
        json.insert(QStringLiteral("sha256"), QString::fromLatin1(entry.sha256.toHex()));
    }
    if (!entry.linkTarget.isEmpty()) {
        json.insert(QStringLiteral("linkTarget"), entry.linkTarget);
    }
    return json;
}

QJsonObject ImageDiff::toJson() const
{
    QJsonArray config;
    for (const ConfigChange& change : m_config) {
        config.append(QJsonObject{{QStringLiteral("field"), change.field},
                                  {QStringLiteral("a"), change.a.isUndefined() ? QJsonValue() : change.a},
                                  {QStringLiteral("b"), change.b.isUndefined() ? QJsonValue() : change.b}});
    }
    const auto layerJson = [](const DiffImage& image, int layer) {
        const Descriptor& descriptor = image.layers.at(layer);
        QJsonObject json{{QStringLiteral("digest"), descriptor.digest.toString()},
                         {QStringLiteral("size"), descriptor.size},
                         {QStringLiteral("mediaType"), descriptor.mediaType}};
        if (const QString id = diffIdOf(image, layer); !id.isEmpty()) {
            json.insert(QStringLiteral("diffId"), id);
        }
        return json;
    };
    QJsonArray shared;
    QJsonArray onlyA;
    QJsonArray onlyB;
    for (const LayerRow& row : m_layerRows) {
        if (row.a >= 0 && row.b >= 0) {
            QJsonObject json = layerJson(m_a, row.a);
            if (!row.sameDigest) {
                json.insert(QStringLiteral("digestB"), m_b.layers.at(row.b).digest.toString());
            }
            shared.append(json);
        } else if (row.a >= 0) {
            onlyA.append(layerJson(m_a, row.a));
        } else {
            onlyB.append(layerJson(m_b, row.b));
        }
    }
    QJsonArray files;
    for (const FileChange& file : m_files) {
        if (file.status == Status::Unchanged) {
            continue;
        }
        QJsonObject json{{QStringLiteral("path"), file.path}, {QStringLiteral("status"), statusName(file.status)}};
        if (file.a) {
            json.insert(QStringLiteral("a"), entryJson(*file.a));
        }
        if (file.b) {
            json.insert(QStringLiteral("b"), entryJson(*file.b));
        }
        if (file.status == Status::Modified) {
            json.insert(QStringLiteral("changes"), QJsonArray::fromStringList(changeNames(file.changes)));
        }
        json.insert(QStringLiteral("layer"), file.layer.isValid() ? QJsonValue(file.layer.toString()) : QJsonValue());
        files.append(json);
    }
    const auto imageJson = [](const DiffImage& image) {
        QJsonObject json{{QStringLiteral("reference"), image.reference},
                         {QStringLiteral("digest"), image.digest.toString()}};
        if (image.platform) {
            json.insert(QStringLiteral("platform"), image.platform->toString());
        }
        return json;
    };
    return {{QStringLiteral("a"), imageJson(m_a)},
            {QStringLiteral("b"), imageJson(m_b)},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("added"), count(Status::Added)},
                                                    {QStringLiteral("removed"), count(Status::Removed)},
                                                    {QStringLiteral("modified"), count(Status::Modified)},
                                                    {QStringLiteral("sizeDelta"), sizeDelta()}}},
            {QStringLiteral("config"), config},
            {QStringLiteral("layers"), QJsonObject{{QStringLiteral("shared"), shared},
                                                   {QStringLiteral("onlyA"), onlyA},
                                                   {QStringLiteral("onlyB"), onlyB}}},
            {QStringLiteral("files"), files}};
}

void ImageDiff::sumDirectories()
{
    const int depth = kChartDepth;
    QHash<QString, DirectorySize> sizes;
    const auto add = [&](const FileTree& tree, qint64 DirectorySize::*side) {
        for (const auto& [path, node] : tree.nodes()) {
            if (node.entry.type != LayerEntry::Type::File) {
                continue;
            }
            const QStringList parts = path.split(QLatin1Char('/'));
            const QString directory =
                parts.size() == 1 ? QStringLiteral("/")
                                  : parts.mid(0, std::min<qsizetype>(depth, parts.size() - 1)).join(QLatin1Char('/'));
            DirectorySize& entry = sizes[directory];
            entry.path = directory;
            entry.*side += node.entry.size;
        }
    };
    add(*m_treeA, &DirectorySize::sizeA);
    add(*m_treeB, &DirectorySize::sizeB);
    m_directorySizes = sizes.values();
    std::sort(m_directorySizes.begin(), m_directorySizes.end(), [](const DirectorySize& x, const DirectorySize& y) {
        const qint64 largestX = std::max(x.sizeA, x.sizeB);
        const qint64 largestY = std::max(y.sizeA, y.sizeB);
        return largestX != largestY ? largestX > largestY : x.path < y.path;
    });
}

QByteArray ImageDiff::toCsv() const
{
    const auto quoted = [](const QString& field) {
        if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
            !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r'))) {
            return field;
        }
        return QString(QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                       QLatin1Char('"'));
    };
    // A file named "=HYPERLINK(…)" must not become a formula when the export is opened in a spreadsheet.
    const auto inert = [](const QString& path) {
        return path.isEmpty() || !QStringLiteral("=+-@").contains(path.front()) ? path
                                                                                : QString(QLatin1Char('\'') + path);
    };
    const auto side = [](const std::optional<LayerEntry>& entry) {
        if (!entry) {
            return QStringList{QString(), QString(), QString(), QString(), QString(), QString()};
        }
        return QStringList{LayerEntry::typeName(entry->type),
                           QString::number(entry->size),
                           QStringLiteral("%1").arg(entry->mode, 4, 8, QLatin1Char('0')),
                           QString::number(entry->uid),
                           QString::number(entry->gid),
                           QString::fromLatin1(entry->sha256.toHex())};
    };
    QStringList rows{
        QStringLiteral("path,status,changes,type_a,size_a,mode_a,uid_a,gid_a,sha256_a,type_b,size_b,mode_b,"
                       "uid_b,gid_b,sha256_b,layer")};
    for (const FileChange& file : m_files) {
        if (file.status == Status::Unchanged) {
            continue;
        }
        QStringList fields{inert(file.path), statusName(file.status), changeNames(file.changes).join(QLatin1Char(' '))};
        fields += side(file.a);
        fields += side(file.b);
        fields << (file.layer.isValid() ? file.layer.toString() : QString());
        for (QString& field : fields) {
            field = quoted(field);
        }
        rows << fields.join(QLatin1Char(','));
    }
    return rows.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}
