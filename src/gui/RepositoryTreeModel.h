#pragma once

#include <QHash>
#include <QStandardItemModel>

// The repositories of a registry as a tree by namespace ("zuul/" ▸ "app"), filled page by page:
// a view scrolled to the end asks for more (canFetchMore/fetchMore) and the page asks the registry.
class RepositoryTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        RepositoryRole = Qt::UserRole + 1, // full name on repository items, empty on namespaces
        PathRole,                          // full path of the item, namespaces included (for filtering)
    };
    explicit RepositoryTreeModel(QObject* parent = nullptr);

    void reset();
    void addRepositories(const QStringList& repositories);
    // More pages exist (the registry sent a next link) and none is being loaded.
    void setMoreAvailable(bool more) { m_more = more; }
    void setLoading(bool loading) { m_loading = loading; }
    int repositoryCount() const { return m_count; }
    QModelIndex indexOfRepository(const QString& repository) const;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void moreRequested();

private:
    QStandardItem* namespaceItem(const QString& path);

    QHash<QString, QStandardItem*> m_namespaces;
    QHash<QString, QStandardItem*> m_repositories;
    int m_count = 0;
    bool m_more = false;
    bool m_loading = false;
};
