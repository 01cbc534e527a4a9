#include "DiffTreeModel.h"

#include "Formatting.h"
#include "util/Printable.h"

#include <QBrush>
#include <QColor>

DiffTreeModel::DiffTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_tree(std::make_shared<const Tree>())
{
}

QString DiffTreeModel::statusText(ImageDiff::Status status)
{
    switch (status) {
    case ImageDiff::Status::Added:
        return tr("added");
    case ImageDiff::Status::Removed:
        return tr("removed");
    case ImageDiff::Status::Modified:
        return tr("modified");
    case ImageDiff::Status::Unchanged:
        break;
    }
    return {};
}

namespace {

qint64 fileSize(const std::optional<LayerEntry>& entry)
{
    return entry && entry->type == LayerEntry::Type::File ? entry->size : 0;
}

bool matches(const ImageDiff::FileChange& file, const DiffTreeModel::View& view)
{
    return (!view.onlyChanges || file.status != ImageDiff::Status::Unchanged) &&
           (view.layer.isEmpty() || file.layer.toString() == view.layer) &&
           (view.fragment.isEmpty() || file.path.contains(view.fragment, Qt::CaseInsensitive));
}

} // namespace

std::shared_ptr<const DiffTreeModel::Tree> DiffTreeModel::build(std::shared_ptr<const ImageDiff> diff, const View& view)
{
    auto tree = std::make_shared<Tree>();
    tree->diff = diff;
    if (!diff) {
        return tree;
    }
    const auto& files = diff->files();
    const auto count = static_cast<size_t>(files.size());
    // Files come sorted by path, so a directory always precedes what it holds.
    std::vector<int> parentOf(count, -1);
    QHash<QString, int> indexOf;
    indexOf.reserve(files.size());
    for (size_t i = 0; i < count; ++i) {
        const QString& path = files.at(static_cast<qsizetype>(i)).path;
        const auto slash = path.lastIndexOf(QLatin1Char('/'));
        parentOf[i] = slash < 0 ? -1 : indexOf.value(path.left(slash), -1);
        indexOf.insert(path, static_cast<int>(i));
    }
    // Sizes and "changed below" cover the whole directory; what is shown is what matches, with its parents.
    std::vector<qint64> sizeA(count);
    std::vector<qint64> sizeB(count);
    std::vector<char> changedBelow(count, 0);
    std::vector<char> shown(count, 0);
    for (size_t i = count; i-- > 0;) {
        const auto& file = files.at(static_cast<qsizetype>(i));
        sizeA[i] += fileSize(file.a);
        sizeB[i] += fileSize(file.b);
        shown[i] = shown[i] || matches(file, view);
        if (parentOf[i] >= 0) {
            const auto parent = static_cast<size_t>(parentOf[i]);
            sizeA[parent] += sizeA[i];
            sizeB[parent] += sizeB[i];
            changedBelow[parent] =
                changedBelow[parent] || changedBelow[i] || file.status != ImageDiff::Status::Unchanged;
            shown[parent] = shown[parent] || shown[i];
        }
    }
    std::vector<int> nodeOfFile(count, 0);
    for (size_t i = 0; i < count; ++i) {
        if (!shown[i]) {
            continue;
        }
        Node node;
        node.file = static_cast<int>(i);
        node.parent = parentOf[i] < 0 ? 0 : nodeOfFile[static_cast<size_t>(parentOf[i])];
        node.sizeA = sizeA[i];
        node.sizeB = sizeB[i];
        node.changedBelow = changedBelow[i] != 0;
        const int id = static_cast<int>(tree->nodes.size());
        nodeOfFile[i] = id;
        tree->nodes[static_cast<size_t>(node.parent)].children.push_back(id);
        tree->nodes.push_back(std::move(node));
        tree->byPath.insert(files.at(static_cast<qsizetype>(i)).path, id);
        ++tree->shownFiles;
    }
    if (view.sortColumn >= 0) {
        const auto key = [&](int id) -> std::pair<qint64, QString> {
            const Node& node = tree->nodes[static_cast<size_t>(id)];
            const auto& file = files.at(node.file);
            switch (view.sortColumn) {
            case SizeAColumn:
                return {node.sizeA, file.path};
            case SizeBColumn:
                return {node.sizeB, file.path};
            case DeltaColumn:
                return {node.sizeB - node.sizeA, file.path};
            case StatusColumn:
                return {static_cast<qint64>(file.status), file.path};
            case ChangesColumn:
                return {file.changes, file.path};
            case LayerColumn:
                return {0, file.layer.toString() + file.path};
            default:
                return {0, file.path};
            }
        };
        for (Node& node : tree->nodes) {
            std::stable_sort(node.children.begin(), node.children.end(), [&](int x, int y) {
                return view.order == Qt::AscendingOrder ? key(x) < key(y) : key(y) < key(x);
            });
        }
    }
    for (Node& node : tree->nodes) {
        for (size_t row = 0; row < node.children.size(); ++row) {
            tree->nodes[static_cast<size_t>(node.children[row])].row = static_cast<int>(row);
        }
    }
    return tree;
}

void DiffTreeModel::setTree(std::shared_ptr<const Tree> tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    endResetModel();
}

const DiffTreeModel::Node& DiffTreeModel::nodeOf(const QModelIndex& index) const
{
    return m_tree->nodes[index.isValid() ? static_cast<size_t>(index.internalId()) : 0];
}

const ImageDiff::FileChange* DiffTreeModel::fileAt(const QModelIndex& index) const
{
    const Node& node = nodeOf(index);
    return node.file < 0 || !m_tree->diff ? nullptr : &m_tree->diff->files().at(node.file);
}

QModelIndex DiffTreeModel::indexOfPath(const QString& path) const
{
    const int id = m_tree->byPath.value(path, -1);
    return id < 0 ? QModelIndex()
                  : createIndex(m_tree->nodes[static_cast<size_t>(id)].row, 0, static_cast<quintptr>(id));
}

QModelIndex DiffTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node& node = nodeOf(parent);
    if (row < 0 || row >= static_cast<int>(node.children.size()) || column < 0 || column >= ColumnCount) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(node.children[static_cast<size_t>(row)]));
}

QModelIndex DiffTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int parent = nodeOf(child).parent;
    return parent <= 0 ? QModelIndex()
                       : createIndex(m_tree->nodes[static_cast<size_t>(parent)].row, 0, static_cast<quintptr>(parent));
}

int DiffTreeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : static_cast<int>(nodeOf(parent).children.size());
}

int DiffTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DiffTreeModel::data(const QModelIndex& index, int role) const
{
    const ImageDiff::FileChange* file = fileAt(index);
    if (!file) {
        return {};
    }
    const Node& node = nodeOf(index);
    const bool isDirectory = (file->b ? file->b->type : file->a->type) == LayerEntry::Type::Directory;
    switch (role) {
    case StatusRole:
        return static_cast<int>(file->status);
    case PathRole:
        return file->path;
    case LayerRole:
        return file->layer.toString();
    case ChangedBelowRole:
        return node.changedBelow;
    case Qt::ForegroundRole: {
        // Readable on light and dark palettes alike.
        switch (file->status) {
        case ImageDiff::Status::Added:
            return QBrush(QColor(0x2d, 0xa4, 0x4e));
        case ImageDiff::Status::Removed:
            return QBrush(QColor(0xe5, 0x53, 0x4b));
        case ImageDiff::Status::Modified:
            return QBrush(QColor(0xd2, 0x99, 0x22));
        case ImageDiff::Status::Unchanged:
            return {};
        }
        return {};
    }
    case Qt::ToolTipRole:
        if (index.column() == LayerColumn || index.column() == NameColumn) {
            return file->layer.isValid()
                       ? tr("%1\nlast touched by layer %2").arg(Printable::escaped(file->path), file->layer.toString())
                       : Printable::escaped(file->path);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= SizeAColumn && index.column() <= DeltaColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn: {
        const QString name = Printable::escaped(file->path.mid(file->path.lastIndexOf(QLatin1Char('/')) + 1));
        const auto& entry = file->b ? file->b : file->a;
        return entry->type == LayerEntry::Type::Symlink ? tr("%1 → %2").arg(name, Printable::escaped(entry->linkTarget))
                                                        : (isDirectory ? name + QLatin1Char('/') : name);
    }
    case StatusColumn:
        return statusText(file->status);
    case SizeAColumn:
        return file->a ? Formatting::size(node.sizeA) : QString();
    case SizeBColumn:
        return file->b ? Formatting::size(node.sizeB) : QString();
    case DeltaColumn: {
        const qint64 delta = node.sizeB - node.sizeA;
        return delta == 0 ? QString()
                          : (delta > 0 ? QStringLiteral("+") : QStringLiteral("−")) + Formatting::size(std::abs(delta));
    }
    case ChangesColumn:
        return ImageDiff::changeNames(file->changes).join(QStringLiteral(", "));
    case LayerColumn:
        return file->layer.isValid() ? Formatting::shortDigest(file->layer.toString()) : QString();
    default:
        return {};
    }
}

QVariant DiffTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case SizeAColumn:
        return tr("Size A");
    case SizeBColumn:
        return tr("Size B");
    case DeltaColumn:
        return tr("Δ");
    case ChangesColumn:
        return tr("What changed");
    case LayerColumn:
        return tr("Layer");
    default:
        return {};
    }
}
