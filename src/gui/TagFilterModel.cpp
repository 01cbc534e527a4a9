#include "TagFilterModel.h"

#include "TagTableModel.h"

TagFilterModel::TagFilterModel(TagTableModel* tags, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_tags(tags)
{
    setSourceModel(tags);
    setFilterKeyColumn(TagTableModel::TagColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

bool TagFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return m_tags->lessThan(left.row(), right.row(), left.column());
}
