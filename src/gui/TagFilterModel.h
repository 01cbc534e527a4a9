#pragma once

#include <QSortFilterProxyModel>

class TagTableModel;

// The tag table as shown: filtered by tag name and sorted by any column, comparing the rows directly.
class TagFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TagFilterModel(TagTableModel* tags, QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    TagTableModel* m_tags;
};
