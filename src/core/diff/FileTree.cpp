#include "FileTree.h"

namespace {

const QLatin1String kWhiteoutPrefix(".wh.");
const QLatin1String kOpaqueMarker(".wh..wh..opq");

QString baseName(const QString& path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString parentOf(const QString& path)
{
    const auto slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QString joined(const QString& directory, const QString& name)
{
    return directory.isEmpty() ? name : directory + QLatin1Char('/') + name;
}

} // namespace

bool FileTree::isWhiteout(const QString& path)
{
    return baseName(path).startsWith(kWhiteoutPrefix);
}

const FileTree::Node* FileTree::find(const QString& path) const
{
    const auto it = m_nodes.find(path);
    return it == m_nodes.end() ? nullptr : &it->second;
}

const FileTree::Node* FileTree::contentNode(const QString& path) const
{
    const Node* node = find(path);
    if (node && node->entry.type == LayerEntry::Type::Hardlink) {
        return find(node->entry.linkTarget);
    }
    return node;
}

qint64 FileTree::totalSize() const
{
    qint64 total = 0;
    for (const auto& [path, node] : m_nodes) {
        total += node.entry.type == LayerEntry::Type::File ? node.entry.size : 0;
    }
    return total;
}

void FileTree::apply(const LayerIndex& layer, int layerIndex)
{
    // Whiteouts hide what the layers below hold, never what this layer adds, so they go first.
    for (const LayerEntry& entry : layer.entries) {
        if (!isWhiteout(entry.path)) {
            continue;
        }
        const QString name = baseName(entry.path);
        const QString directory = parentOf(entry.path);
        if (name == kOpaqueMarker) {
            remove(directory, layerIndex, true);
        } else {
            remove(joined(directory, name.mid(kWhiteoutPrefix.size())), layerIndex, false);
        }
    }
    for (const LayerEntry& entry : layer.entries) {
        if (isWhiteout(entry.path)) {
            continue;
        }
        ensureParents(entry.path, layerIndex);
        const auto existing = m_nodes.find(entry.path);
        if (existing != m_nodes.end() && existing->second.entry.type == LayerEntry::Type::Directory &&
            entry.type != LayerEntry::Type::Directory) {
            remove(entry.path, layerIndex, false); // a file replacing a directory replaces its contents too
        }
        Node node{entry, layerIndex, false};
        if (entry.type == LayerEntry::Type::Hardlink) {
            // A hardlink shares its target's bytes: compare those, not just the name it points to.
            if (const Node* target = find(entry.linkTarget)) {
                node.entry.size = target->entry.size;
                node.entry.sha256 = target->entry.sha256;
            }
        }
        m_nodes.insert_or_assign(entry.path, std::move(node));
        m_removedBy.remove(entry.path);
    }
}

void FileTree::remove(const QString& path, int layerIndex, bool keepDirectory)
{
    // The subtree of "a/b" is "a/b" itself and every key in ["a/b/", "a/b0"): '0' follows '/'.
    const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('/');
    auto first = path.isEmpty() ? m_nodes.begin() : m_nodes.lower_bound(prefix);
    auto last = path.isEmpty() ? m_nodes.end() : m_nodes.lower_bound(path + QLatin1Char('0'));
    for (auto it = first; it != last; ++it) {
        m_removedBy.insert(it->first, layerIndex);
    }
    m_nodes.erase(first, last);
    if (!keepDirectory && m_nodes.erase(path) > 0) {
        m_removedBy.insert(path, layerIndex);
    }
}

void FileTree::ensureParents(const QString& path, int layerIndex)
{
    for (QString parent = parentOf(path); !parent.isEmpty(); parent = parentOf(parent)) {
        const auto it = m_nodes.find(parent);
        if (it != m_nodes.end() && it->second.entry.type == LayerEntry::Type::Directory) {
            return;
        }
        if (it != m_nodes.end()) {
            remove(parent, layerIndex, false); // a file in the way of a directory is replaced by it
        }
        LayerEntry directory;
        directory.path = parent;
        directory.type = LayerEntry::Type::Directory;
        directory.mode = 0755;
        m_nodes.insert_or_assign(parent, Node{directory, layerIndex, true});
        m_removedBy.remove(parent);
    }
}
