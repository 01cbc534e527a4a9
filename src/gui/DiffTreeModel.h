#pragma once

#include "diff/ImageDiff.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

// Every path of both images as one tree, with its status (coloured), sizes on each side, what changed and the
// layer that did it. Filtering and sorting build a new tree on a worker thread (build()), which the model then
// shows at once: with hundreds of thousands of paths the window never waits for either.
class DiffTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        SizeAColumn,
        SizeBColumn,
        DeltaColumn,
        ChangesColumn,
        LayerColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // ImageDiff::Status as int
        PathRole,
        LayerRole,       // digest string of the layer that last touched the path
        ChangedBelowRole // a directory with changes somewhere below
    };

    struct View // what the tree shows
    {
        bool onlyChanges = true;
        QString fragment;    // in the path, any case
        QString layer;       // digest; empty: every layer
        int sortColumn = -1; // -1: by path
        Qt::SortOrder order = Qt::AscendingOrder;
    };

    struct Node
    {
        int file = -1; // index into the diff's files; -1 for the root
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        qint64 sizeA = 0; // directories: everything below, shown or not
        qint64 sizeB = 0;
        bool changedBelow = false;
    };
    struct Tree
    {
        std::shared_ptr<const ImageDiff> diff;
        std::vector<Node> nodes{Node{}};
        QHash<QString, int> byPath;
        int shownFiles = 0;
    };

    explicit DiffTreeModel(QObject* parent = nullptr);

    // Pure work for a worker thread.
    static std::shared_ptr<const Tree> build(std::shared_ptr<const ImageDiff> diff, const View& view);
    void setTree(std::shared_ptr<const Tree> tree);
    std::shared_ptr<const ImageDiff> diff() const { return m_tree->diff; }

    const ImageDiff::FileChange* fileAt(const QModelIndex& index) const;
    QModelIndex indexOfPath(const QString& path) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(ImageDiff::Status status);

private:
    const Node& nodeOf(const QModelIndex& index) const;

    std::shared_ptr<const Tree> m_tree;
};
