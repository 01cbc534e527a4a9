#include "TagTableModel.h"

#include "Formatting.h"
#include "registry/RegistryClient.h"
#include "transfer/ImageInspector.h"
#include "util/Printable.h"
#include "zuul/ZuulApi.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>
#include <QTimer>

TagTableModel::TagTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

TagTableModel::~TagTableModel()
{
    cancelLoads();
}

void TagTableModel::cancelLoads()
{
    ++m_generation;
    for (const auto& inspector : std::as_const(m_running)) {
        if (inspector) {
            inspector->disconnect(this);
            inspector->cancel();
            inspector->deleteLater();
        }
    }
    m_running.clear();
    m_queue.clear();
    m_pendingTags.clear();
}

void TagTableModel::setSource(RegistryClient* client, const QString& repository, ZuulApi* zuul)
{
    cancelLoads();
    beginResetModel();
    m_client = client;
    m_zuul = zuul;
    m_repository = repository;
    m_rows.clear();
    m_rowOfTag.clear();
    m_loaded = 0;
    endResetModel();
    emit loadingChanged(0, 0);
}

void TagTableModel::setTags(const QStringList& tags)
{
    beginResetModel();
    m_rows.clear();
    m_rowOfTag.clear();
    m_queue.clear();
    m_loaded = 0;
    m_rows.reserve(tags.size());
    endResetModel();
    m_pendingTags = tags;
    m_pendingTags.removeDuplicates();
    // The first rows go in on the next turn too: the answer's parsing already took this one.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation]() {
        if (generation == m_generation) {
            appendPending();
        }
    });
}

void TagTableModel::appendPending()
{
    // Thousands of tags go in a few hundred at a time, one batch per event-loop turn: a sorted view
    // files each batch in without ever holding the window for long.
    const auto count = std::min<qsizetype>(kRowsPerBatch, m_pendingTags.size());
    if (count > 0) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(count) - 1);
        for (qsizetype i = 0; i < count; ++i) {
            Row row;
            row.tag = m_pendingTags[i];
            row.zuul = ZuulTag::parse(row.tag);
            row.zuulText = zuulText(row);
            m_rowOfTag.insert(row.tag, static_cast<int>(m_rows.size()));
            m_rows << row;
        }
        m_pendingTags.remove(0, count);
        endInsertRows();
    }
    emit loadingChanged(m_loaded, static_cast<int>(m_rows.size()));
    if (m_pendingTags.isEmpty()) {
        emit tagsReady();
        return;
    }
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation]() {
        if (generation == m_generation) {
            appendPending();
        }
    });
}

bool TagTableModel::lessThan(int left, int right, int column) const
{
    const auto& a = m_rows[left];
    const auto& b = m_rows[right];
    switch (column) {
    case DigestColumn:
        return a.digest.toString() < b.digest.toString();
    case SizeColumn:
        return a.size < b.size;
    case CreatedColumn:
        return a.created < b.created;
    case PlatformsColumn:
        return a.platforms < b.platforms;
    case ZuulColumn:
        return a.zuulText < b.zuulText;
    }
    return a.tag < b.tag;
}

QStringList TagTableModel::tags() const
{
    QStringList result;
    result.reserve(m_rows.size());
    for (const auto& row : m_rows) {
        result << row.tag;
    }
    return result;
}

void TagTableModel::loadAll()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        request(row);
    }
}

void TagTableModel::request(int row) const
{
    // Called from data(): remembers the wish and loads on the next turn, outside painting.
    auto* self = const_cast<TagTableModel*>(this);
    auto& entry = self->m_rows[row];
    if (entry.state != Row::State::Unloaded || !m_client) {
        return;
    }
    entry.state = Row::State::Queued;
    self->m_queue << row;
    if (!m_pumpScheduled) {
        self->m_pumpScheduled = true;
        QTimer::singleShot(0, self, &TagTableModel::pump);
    }
}

void TagTableModel::pump()
{
    m_pumpScheduled = false;
    m_running.removeIf([](const QPointer<ImageInspector>& inspector) { return inspector.isNull(); });
    while (!m_queue.isEmpty() && m_running.size() < kParallelLoads && m_client) {
        const int row = m_queue.takeFirst();
        if (row >= m_rows.size() || m_rows[row].state != Row::State::Queued) {
            continue;
        }
        m_rows[row].state = Row::State::Loading;
        const auto tag = m_rows[row].tag;
        auto* inspector = new ImageInspector(m_client, m_repository, tag, std::nullopt, this);
        m_running << inspector;
        const int generation = m_generation;
        connect(inspector, &Job::finished, this, [this, inspector, tag, generation]() {
            inspector->deleteLater();
            m_running.removeAll(inspector);
            if (generation == m_generation) {
                loaded(tag, inspector);
                pump();
            }
        });
    }
}

void TagTableModel::loaded(const QString& tag, ImageInspector* inspector)
{
    const int index = rowOfTag(tag);
    if (index < 0) {
        return;
    }
    auto& row = m_rows[index];
    if (inspector->error()) {
        row.state = Row::State::Failed;
        row.error = inspector->error().message();
        rowChanged(index);
        return;
    }
    row.state = Row::State::Loaded;
    ++m_loaded;
    row.digest = inspector->topDigest();
    row.size = inspector->image() ? inspector->image()->imageSize() : -1;
    row.created = inspector->config() ? inspector->config()->created() : QDateTime();
    QStringList platforms;
    if (inspector->top()->isIndex()) {
        for (const auto& platform : inspector->platforms()) {
            if (platform.os != QLatin1String("unknown")) {
                platforms << platform.toString();
            }
        }
    } else if (const auto platform = inspector->imagePlatform()) {
        platforms << platform->toString();
    }
    row.platforms = platforms.join(QLatin1String(", "));
    rowChanged(index);
    emit loadingChanged(m_loaded, static_cast<int>(m_rows.size()));
}

void TagTableModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString TagTableModel::zuulText(const Row& row) const
{
    switch (row.zuul.kind()) {
    case ZuulTag::Kind::Intermediate:
        return tr("build %1").arg(row.zuul.build().left(8));
    case ZuulTag::Kind::Change:
        return tr("change %1").arg(row.zuul.change());
    case ZuulTag::Kind::Pipeline:
        return tr("%1 pipeline").arg(row.zuul.pipeline());
    case ZuulTag::Kind::None:
        break;
    }
    return {};
}

void TagTableModel::requestZuul(int row) const
{
    auto* self = const_cast<TagTableModel*>(this);
    auto& entry = self->m_rows[row];
    if (!m_zuul || entry.zuulRequested || !entry.zuul.isIntermediate()) {
        return;
    }
    entry.zuulRequested = true;
    const auto tag = entry.tag;
    const int generation = m_generation;
    m_zuul->build(entry.zuul.build(), self,
                  [self, tag, generation](const ZuulBuild& build, const RegistryError& error) {
                      const int index = self->rowOfTag(tag);
                      if (generation != self->m_generation || index < 0) {
                          return;
                      }
                      auto& target = self->m_rows[index];
                      if (error) {
                          target.zuulDetail = error.message();
                      } else {
                          target.zuulText = build.change > 0 ? tr("%1 · change %2").arg(build.jobName).arg(build.change)
                                                             : tr("%1 · %2").arg(build.jobName, build.pipeline);
                          target.zuulDetail = tr("Build %1\nJob %2, project %3, pipeline %4\nResult %5, ended %6\n%7")
                                                  .arg(build.uuid, build.jobName, build.project, build.pipeline,
                                                       build.result.isEmpty() ? tr("running") : build.result,
                                                       Formatting::absoluteTime(build.endTime), build.logUrl);
                      }
                      self->rowChanged(index);
                  });
}

int TagTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TagTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const auto& row = m_rows[index.row()];
    const bool known = row.state == Row::State::Loaded;
    switch (role) {
    case TagRole:
        return row.tag;
    case DigestRole:
        return known ? row.digest.toString() : QString();
    case Qt::DisplayRole:
        if (index.column() != TagColumn) {
            request(index.row()); // only rows a view paints are loaded
        }
        if (index.column() == ZuulColumn) {
            requestZuul(index.row());
        }
        switch (index.column()) {
        case TagColumn:
            return Printable::escaped(row.tag);
        case DigestColumn:
            if (row.state == Row::State::Failed) {
                return tr("error");
            }
            return known ? Formatting::shortDigest(row.digest.toString()) : QStringLiteral("…");
        case SizeColumn:
            return known ? Formatting::size(row.size) : QString();
        case CreatedColumn:
            return known ? Formatting::relativeTime(row.created) : QString();
        case PlatformsColumn:
            return Printable::escaped(row.platforms);
        case ZuulColumn:
            return Printable::escaped(row.zuulText);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DigestColumn:
            return row.state == Row::State::Failed ? Printable::escaped(row.error) : row.digest.toString();
        case SizeColumn:
            return known ? Formatting::exactSize(row.size) : QVariant();
        case CreatedColumn:
            return Formatting::absoluteTime(row.created);
        case ZuulColumn: {
            auto text = Printable::escaped(row.zuulDetail.isEmpty() ? row.zuul.build() : row.zuulDetail);
            if (m_zuul && row.zuul.isIntermediate()) {
                text += QLatin1Char('\n') + tr("Double-click: the change's builds and images on the Changes page");
            }
            return text;
        }
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ZuulColumn && m_zuul && row.zuul.isIntermediate()) {
            return QGuiApplication::palette().color(QPalette::Link); // it leads to the Changes page
        }
        return {};
    case Qt::FontRole:
        if (index.column() == DigestColumn) {
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    return {};
}

QVariant TagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case DigestColumn:
        return tr("Digest");
    case SizeColumn:
        return tr("Size");
    case CreatedColumn:
        return tr("Created");
    case PlatformsColumn:
        return tr("Platforms");
    case ZuulColumn:
        return tr("Zuul");
    }
    return {};
}

Qt::ItemFlags TagTableModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
}

QStringList TagTableModel::mimeTypes() const
{
    return {QStringLiteral("text/plain")};
}

QMimeData* TagTableModel::mimeData(const QModelIndexList& indexes) const
{
    // A dragged tag is its full reference, which any reference field (and the diff page) accepts.
    QStringList references;
    for (const auto& index : indexes) {
        if (index.column() == TagColumn && m_client) {
            references << QStringLiteral("%1/%2:%3")
                              .arg(m_client->address().hostPort(), m_repository, m_rows[index.row()].tag);
        }
    }
    auto* mime = new QMimeData;
    mime->setText(references.join(QLatin1Char('\n')));
    return mime;
}
