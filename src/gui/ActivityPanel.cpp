#include "ActivityPanel.h"

#include "ui_ActivityPanel.h"

#include "Formatting.h"
#include "job/Job.h"
#include "registry/RegistryClient.h"
#include "registry/RegistryJob.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QProgressBar>
#include <QTimer>

namespace {
constexpr int kProgressIntervalMs = 200;

enum Column
{
    OperationColumn,
    ProgressColumn,
    RateColumn,
    ResultColumn
};
} // namespace

ActivityPanel::ActivityPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ActivityPanel>())
    , m_showProgress(new QTimer(this))
{
    m_ui->setupUi(this);
    m_showProgress->setSingleShot(true);
    m_showProgress->setInterval(kProgressIntervalMs);
    connect(m_showProgress, &QTimer::timeout, this, &ActivityPanel::showProgress);
    const auto fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->traceView->setFont(fixed);
    m_ui->logView->setFont(fixed);
    m_ui->activityList->setColumnWidth(OperationColumn, 360);
    m_ui->activityList->setColumnWidth(ProgressColumn, 160);
    m_ui->activitySplitter->setSizes({620, 480});
    connect(m_ui->activityList, &QTreeWidget::itemSelectionChanged, this, &ActivityPanel::selectionChanged);
    connect(m_ui->cancelJobButton, &QPushButton::clicked, this, [this]() {
        for (auto* item : m_ui->activityList->selectedItems()) {
            const auto& entry = m_entries[item];
            if (!entry.finished && entry.job && entry.cancel) {
                entry.cancel();
            }
        }
    });
    connect(m_ui->clearFinishedButton, &QPushButton::clicked, this, &ActivityPanel::clearFinished);
}

ActivityPanel::~ActivityPanel() = default;

QTreeWidgetItem* ActivityPanel::addRow(QObject* job, const QString& title, std::function<void()> cancel)
{
    auto* item = new QTreeWidgetItem({title, QString(), QString(), tr("running")});
    item->setToolTip(OperationColumn, title);
    m_ui->activityList->insertTopLevelItem(0, item);
    auto* bar = new QProgressBar;
    bar->setRange(0, 0); // busy until the job reports a total
    bar->setTextVisible(true);
    m_ui->activityList->setItemWidget(item, ProgressColumn, bar);
    Entry entry;
    entry.job = job;
    entry.cancel = std::move(cancel);
    entry.title = title;
    entry.bar = bar;
    entry.clock.start();
    m_entries.insert(item, entry);
    log(tr("started: %1").arg(title));
    return item;
}

void ActivityPanel::followClient(QTreeWidgetItem* item, RegistryClient* client)
{
    if (!client) {
        return;
    }
    auto* job = m_entries[item].job.data();
    connect(client, &RegistryClient::trace, job, [this, item](const QString& line) { appendTrace(item, line); });
}

void ActivityPanel::track(Job* job, const QList<RegistryClient*>& clients)
{
    auto* item = addRow(job, job->title(), [job]() { job->cancel(); });
    m_entries[item].jobId = job->id();
    m_entries[item].bytes = job->progressUnit() == Job::ProgressUnit::Bytes;
    auto* registryJob = qobject_cast<RegistryJob*>(job);
    for (auto* client : clients.isEmpty() && registryJob ? QList<RegistryClient*>{registryJob->client()} : clients) {
        followClient(item, client);
    }
    connect(job, &Job::progress, this, [this, item](qint64 done, qint64 total) { onProgress(item, done, total); });
    connect(job, &Job::transferEvent, this, [this, item](const TransferEvent& event) {
        QString line = QStringLiteral("● %1 %2").arg(TransferEvent::kindName(event.kind), event.subject);
        if (!event.from.isEmpty() || !event.to.isEmpty()) {
            line += QStringLiteral(" (%1 → %2)").arg(event.from, event.to);
        }
        if (event.bytes > 0) {
            line += QLatin1Char(' ') + Formatting::size(event.bytes);
        }
        if (!event.detail.isEmpty()) {
            line += QStringLiteral(": ") + event.detail;
        }
        if (!event.ok) {
            line += QStringLiteral(" — ") + event.error;
        }
        appendTrace(item, line);
        emit transferEvent(event);
    });
    connect(job, &Job::step, this,
            [this, item](const QString& step) { appendTrace(item, QStringLiteral("● ") + step); });
    connect(job, &Job::finished, this, [this, item, job]() { onFinished(item, job->error()); });
}

// Progress is shown five times a second, all bars in one paint. QProgressBar::setValue repaints at once whenever
// its text changes, and twenty copies report progress hundreds of times a second.
void ActivityPanel::onProgress(QTreeWidgetItem* item, qint64 done, qint64 total)
{
    auto& entry = m_entries[item];
    entry.done = done;
    entry.total = total;
    entry.shown = false;
    if (!m_showProgress->isActive()) {
        m_showProgress->start();
    }
}

void ActivityPanel::showProgress()
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        auto& entry = it.value();
        if (entry.shown || entry.finished) {
            continue;
        }
        entry.shown = true;
        entry.bar->setUpdatesEnabled(false); // no paint per setter; enabling them again asks for one
        if (entry.total > 0) {
            // QProgressBar counts in int: scale to per mille so multi-GB transfers fit.
            entry.bar->setRange(0, 1000);
            entry.bar->setValue(static_cast<int>(std::min<qint64>(1000, entry.done * 1000 / entry.total)));
            entry.bar->setFormat(
                entry.bytes ? QStringLiteral("%1 / %2").arg(Formatting::size(entry.done), Formatting::size(entry.total))
                            : QStringLiteral("%1 / %2").arg(entry.done).arg(entry.total));
        }
        entry.bar->setUpdatesEnabled(true);
        const auto elapsed = entry.clock.elapsed();
        if (elapsed > 500 && entry.done > 0) {
            it.key()->setText(RateColumn, entry.bytes ? tr("%1/s").arg(Formatting::size(entry.done * 1000 / elapsed))
                                                      : tr("%1/s").arg(entry.done * 1000 / elapsed));
        }
    }
}

void ActivityPanel::onFinished(QTreeWidgetItem* item, const RegistryError& error)
{
    auto& entry = m_entries[item];
    if (entry.finished) {
        return;
    }
    entry.finished = true;
    entry.bar->setRange(0, 1);
    entry.bar->setValue(1);
    const auto moved = entry.done > 0 ? entry.done : entry.total;
    entry.bar->setFormat(moved <= 0 ? QString() : entry.bytes ? Formatting::size(moved) : QString::number(moved));
    const auto seconds = QString::number(entry.clock.elapsed() / 1000.0, 'f', 1);
    if (!error) {
        item->setText(ResultColumn, tr("done in %1 s").arg(seconds));
        log(tr("done: %1 (%2 s)").arg(entry.title, seconds));
    } else if (error.kind() == RegistryError::Kind::Cancelled) {
        item->setText(ResultColumn, tr("cancelled"));
        log(tr("cancelled: %1").arg(entry.title));
    } else {
        item->setText(ResultColumn, error.message());
        item->setToolTip(ResultColumn, error.message());
        item->setForeground(ResultColumn, QColor(0xc0, 0x20, 0x20));
        log(tr("failed: %1: %2").arg(entry.title, error.message()));
    }
    if (m_ui->activityList->currentItem() == item) {
        selectionChanged();
    }
    emit jobFinished(entry.title, error);
}

void ActivityPanel::appendTrace(QTreeWidgetItem* item, const QString& line)
{
    auto it = m_entries.find(item);
    if (it == m_entries.end() || it->finished) {
        return;
    }
    if (it->trace.size() >= kMaxTraceLines) {
        it->trace.removeFirst();
    }
    it->trace << line;
    if (m_ui->activityList->currentItem() == item) {
        m_ui->traceView->appendPlainText(line);
    }
}

void ActivityPanel::selectionChanged()
{
    auto* item = m_ui->activityList->currentItem();
    const auto it = m_entries.constFind(item);
    m_ui->cancelJobButton->setEnabled(it != m_entries.cend() && !it->finished);
    m_ui->traceView->setPlainText(it != m_entries.cend() ? it->trace.join(QLatin1Char('\n')) : QString());
}

void ActivityPanel::clearFinished()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->finished) {
            delete it.key();
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
    selectionChanged();
}

void ActivityPanel::selectJob(quint64 jobId)
{
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->jobId == jobId) {
            m_ui->activityList->setCurrentItem(it.key());
            m_ui->activityList->scrollToItem(it.key());
            return;
        }
    }
}

void ActivityPanel::log(const QString& line)
{
    m_ui->logView->appendPlainText(
        QStringLiteral("%1  %2").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), line));
}
