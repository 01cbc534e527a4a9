#pragma once

#include "GcPlan.h"
#include "StorageRoot.h"
#include "job/Job.h"

#include <atomic>
#include <memory>

// Reads a registry:2 storage root off the event loop (StorageRoot::scan on the thread pool) and plans its
// garbage collection (GcPlan). Progress counts repositories, blob-store folders and manifests read. A folder
// that is no storage root fails the job with an Io error that says what to give instead.
class StorageScanJob : public Job
{
    Q_OBJECT
public:
    explicit StorageScanJob(QString directory, QObject* parent = nullptr);
    ~StorageScanJob() override;
    QString title() const override;

    // Valid once the job has finished without an error.
    std::shared_ptr<const StorageScan> scan() const { return m_scan; }
    std::shared_ptr<const GcPlan> plan() const { return m_plan; }

protected:
    void run() override;
    void onCancel() override;

private:
    QString m_directory;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<const StorageScan> m_scan;
    std::shared_ptr<const GcPlan> m_plan;
};
