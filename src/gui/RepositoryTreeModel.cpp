#include "RepositoryTreeModel.h"

#include "util/Printable.h"

#include <QIcon>

RepositoryTreeModel::RepositoryTreeModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Repository")});
}

void RepositoryTreeModel::reset()
{
    removeRows(0, rowCount());
    m_namespaces.clear();
    m_repositories.clear();
    m_count = 0;
    m_more = false;
    m_loading = false;
}

QStandardItem* RepositoryTreeModel::namespaceItem(const QString& path)
{
    if (path.isEmpty()) {
        return invisibleRootItem();
    }
    if (auto* item = m_namespaces.value(path)) {
        return item;
    }
    const auto slash = path.lastIndexOf(QLatin1Char('/'));
    auto* parent = namespaceItem(slash < 0 ? QString() : path.left(slash));
    auto* item = new QStandardItem(QIcon::fromTheme(QStringLiteral("folder")),
                                   Printable::escaped(path.mid(slash + 1)) + QLatin1Char('/'));
    item->setData(path + QLatin1Char('/'), PathRole);
    item->setEditable(false);
    parent->appendRow(item);
    m_namespaces.insert(path, item);
    return item;
}

void RepositoryTreeModel::addRepositories(const QStringList& repositories)
{
    // Catalog pages come sorted; appending keeps the tree in catalog order without re-sorting.
    for (const auto& repository : repositories) {
        if (m_repositories.contains(repository)) {
            continue;
        }
        const auto slash = repository.lastIndexOf(QLatin1Char('/'));
        auto* parent = namespaceItem(slash < 0 ? QString() : repository.left(slash));
        auto* item = new QStandardItem(Printable::escaped(repository.mid(slash + 1)));
        item->setData(repository, RepositoryRole);
        item->setData(repository, PathRole);
        item->setToolTip(Printable::escaped(repository));
        item->setEditable(false);
        parent->appendRow(item);
        m_repositories.insert(repository, item);
        ++m_count;
    }
}

QModelIndex RepositoryTreeModel::indexOfRepository(const QString& repository) const
{
    const auto* item = m_repositories.value(repository);
    return item ? item->index() : QModelIndex();
}

bool RepositoryTreeModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_loading;
}

void RepositoryTreeModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        m_loading = true;
        emit moreRequested();
    }
}
