#pragma once

#include "LayerIndex.h"

#include <QHash>

#include <map>

// The filesystem an image's layers make, applied in order with the OCI whiteouts: ".wh.<name>" removes <name>
// from the layers below, ".wh..wh..opq" empties its directory of what the layers below put there. Each path
// remembers the layer that last touched it, and each removed path the layer that removed it.
class FileTree
{
public:
    struct Node
    {
        LayerEntry entry;
        int layer = -1;        // index of the layer that last wrote this path
        bool implicit = false; // a parent directory no layer listed itself
    };

    void apply(const LayerIndex& layer, int layerIndex);

    const std::map<QString, Node>& nodes() const { return m_nodes; }
    const Node* find(const QString& path) const;
    // The layer whose whiteout (or opaque directory) removed path, -1 when none did.
    int removedBy(const QString& path) const { return m_removedBy.value(path, -1); }
    // Where a file's bytes live: the node itself, or for a hardlink the node it links to.
    const Node* contentNode(const QString& path) const;
    qint64 totalSize() const;

    static bool isWhiteout(const QString& path);

private:
    void remove(const QString& path, int layerIndex, bool keepDirectory);
    void ensureParents(const QString& path, int layerIndex);

    std::map<QString, Node> m_nodes; // sorted, so a directory's subtree is one contiguous range
    QHash<QString, int> m_removedBy;
};
