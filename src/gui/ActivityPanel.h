#pragma once

#include "job/RegistryError.h"
#include "job/TransferEvent.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QTimer;

#include <functional>
#include <memory>

namespace Ui {
class ActivityPanel;
}
class QProgressBar;
class QTreeWidgetItem;
class RegistryClient;
class Job;

// Every long operation of the window as a row: progress, rate, result, cancel, and for the selected
// one its events and redacted HTTP trace. The log keeps the details that inline messages leave out.
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(QWidget* parent = nullptr);
    ~ActivityPanel() override;

    // Shows a job as a row until it is cleared, with the HTTP trace of the clients it uses (a registry
    // job's own client when none are given). The job stays its creator's (see Job).
    void track(Job* job, const QList<RegistryClient*>& clients = {});
    void log(const QString& line);
    static constexpr int kMaxTraceLines = 2000;

public slots:
    void selectJob(quint64 jobId); // by Job::id()

signals:
    void transferEvent(const TransferEvent& event);
    void jobFinished(const QString& title, const RegistryError& error);

private:
    struct Entry
    {
        QPointer<QObject> job;
        std::function<void()> cancel;
        QString title;
        quint64 jobId = 0;
        QStringList trace;
        QElapsedTimer clock;
        qint64 done = 0;
        qint64 total = 0;
        QProgressBar* bar = nullptr;
        bool finished = false;
        bool bytes = true; // progress counts bytes, else things (tags, images)
        bool shown = true; // the bar shows done and total as they are
    };
    QTreeWidgetItem* addRow(QObject* job, const QString& title, std::function<void()> cancel);
    void followClient(QTreeWidgetItem* item, RegistryClient* client);
    void onProgress(QTreeWidgetItem* item, qint64 done, qint64 total);
    void showProgress();
    void onFinished(QTreeWidgetItem* item, const RegistryError& error);
    void appendTrace(QTreeWidgetItem* item, const QString& line);
    void selectionChanged();
    void clearFinished();

    std::unique_ptr<Ui::ActivityPanel> m_ui;
    QHash<QTreeWidgetItem*, Entry> m_entries;
    QTimer* m_showProgress;
};
