#pragma once

#include "registry/Digest.h"
#include "zuul/ZuulTag.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

class ImageInspector;
class RegistryClient;
class ZuulApi;

// One row per tag of a repository. The tag list arrives at once; what each tag is (digest, size,
// created, platforms, and for Zuul tags the build behind it) is fetched lazily for the rows a view
// shows, a few at a time, or for all rows when the user sorts by such a column.
class TagTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TagColumn,
        DigestColumn,
        SizeColumn,
        CreatedColumn,
        PlatformsColumn,
        ZuulColumn,
        ColumnCount
    };
    enum Role
    {
        TagRole = Qt::UserRole + 1,
        DigestRole, // full digest string, empty until known
    };
    static constexpr int kParallelLoads = 6;
    static constexpr int kRowsPerBatch = 100;

    explicit TagTableModel(QObject* parent = nullptr);
    ~TagTableModel() override;

    // A new repository (or none): cancels what is loading for the previous one.
    void setSource(RegistryClient* client, const QString& repository, ZuulApi* zuul);
    // Rows arrive in batches (tagsReady() once all are in).
    void setTags(const QStringList& tags);
    void loadAll();
    // Compares two rows by a column without building QVariants (sorting 5,000 rows stays cheap).
    bool lessThan(int left, int right, int column) const;
    QString repository() const { return m_repository; }
    QStringList tags() const;
    int rowOfTag(const QString& tag) const { return m_rowOfTag.value(tag, -1); }
    int loadedCount() const { return m_loaded; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    QStringList mimeTypes() const override;

signals:
    void loadingChanged(int loaded, int total);
    void tagsReady();

private:
    struct Row
    {
        enum class State
        {
            Unloaded,
            Queued,
            Loading,
            Loaded,
            Failed
        };
        QString tag;
        ZuulTag zuul;
        State state = State::Unloaded;
        Digest digest;
        qint64 size = -1;
        QDateTime created;
        QString platforms;
        QString error;
        QString zuulText;
        QString zuulDetail;
        bool zuulRequested = false;
    };
    void request(int row) const;
    void requestZuul(int row) const;
    void pump();
    void appendPending();
    void loaded(const QString& tag, ImageInspector* inspector);
    void rowChanged(int row);
    void cancelLoads();
    QString zuulText(const Row& row) const;

    QPointer<RegistryClient> m_client;
    QPointer<ZuulApi> m_zuul;
    QString m_repository;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfTag;
    QList<int> m_queue;
    QStringList m_pendingTags;
    QList<QPointer<ImageInspector>> m_running;
    int m_loaded = 0;
    bool m_pumpScheduled = false;
    int m_generation = 0;
};
