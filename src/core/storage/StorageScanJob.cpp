#include "StorageScanJob.h"

#include "job/Background.h"

namespace {

struct Outcome
{
    std::shared_ptr<const StorageScan> scan;
    std::shared_ptr<const GcPlan> plan;
    QString error;
};

} // namespace

StorageScanJob::StorageScanJob(QString directory, QObject* parent)
    : Job(parent)
    , m_directory(std::move(directory))
{
    setProgressUnit(ProgressUnit::Items);
}

StorageScanJob::~StorageScanJob()
{
    m_cancelled->store(true); // a worker still reading stops soon; it keeps only what it shares
}

QString StorageScanJob::title() const
{
    return tr("Read the storage root %1").arg(m_directory);
}

void StorageScanJob::run()
{
    const QPointer<QObject> self(this);
    Background::run(
        this,
        [directory = m_directory, cancelled = m_cancelled, self]() {
            Outcome outcome;
            const auto root = StorageRoot::open(directory, &outcome.error);
            if (!root) {
                return outcome;
            }
            const auto report = [self](qint64 done, qint64 total) {
                Background::post(self, [self, done, total]() {
                    auto* job = static_cast<StorageScanJob*>(self.data());
                    if (!job->isFinished()) {
                        emit job->progress(done, total);
                    }
                });
            };
            auto scan = root->scan(cancelled.get(), report);
            if (scan) {
                outcome.scan = std::make_shared<const StorageScan>(std::move(*scan));
                outcome.plan = GcPlan::compute(outcome.scan);
            }
            return outcome;
        },
        [this](Outcome outcome) {
            if (isFinished()) {
                return;
            }
            if (!outcome.error.isEmpty()) {
                finish({RegistryError::Kind::Io, outcome.error});
                return;
            }
            if (!outcome.scan) {
                finish(RegistryError::cancelled());
                return;
            }
            m_scan = std::move(outcome.scan);
            m_plan = std::move(outcome.plan);
            finish();
        });
}

void StorageScanJob::onCancel()
{
    m_cancelled->store(true);
}
