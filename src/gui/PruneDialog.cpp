#include "PruneDialog.h"

#include "ui_PruneDialog.h"

#include "Formatting.h"
#include "util/Duration.h"

#include <QPushButton>

PruneDialog::PruneDialog(const QString& registryName, const QString& currentRepository, bool hasZuul, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PruneDialog>())
    , m_repository(currentRepository)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Prune %1").arg(registryName));
    m_ui->modeCombo->addItem(tr("Intermediate-registry tags (<build>_<tag>)"),
                             static_cast<int>(PruneOptions::Mode::Intermediate));
    m_ui->modeCombo->addItem(tr("Leaked temporary tags (change_<N>_<tag>, <pipeline>_<tag>)"),
                             static_cast<int>(PruneOptions::Mode::Temporary));
    if (!currentRepository.isEmpty()) {
        m_ui->scopeCombo->addItem(tr("Repository %1").arg(currentRepository), currentRepository);
    }
    m_ui->scopeCombo->addItem(tr("Every repository of the catalog"), QString());
    m_ui->finishedOnlyCheck->setEnabled(hasZuul);
    auto* prune = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    prune->setObjectName(QStringLiteral("pruneConfirmButton"));
    prune->setText(tr("Prune"));
    prune->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
    connect(m_ui->previewButton, &QPushButton::clicked, this, [this]() {
        m_ui->previewButton->setEnabled(false);
        m_ui->pruneSummary->setText(tr("Looking at every tag…"));
        auto options = currentOptions();
        options.now = QDateTime::currentDateTimeUtc();
        options.dryRun = true;
        m_previewed = options;
        emit previewRequested(options);
    });
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &PruneDialog::invalidate);
    connect(m_ui->scopeCombo, &QComboBox::currentIndexChanged, this, &PruneDialog::invalidate);
    connect(m_ui->olderThanSpin, &QSpinBox::valueChanged, this, &PruneDialog::invalidate);
    connect(m_ui->finishedOnlyCheck, &QCheckBox::toggled, this, &PruneDialog::invalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PruneDialog::~PruneDialog() = default;

PruneOptions PruneDialog::currentOptions() const
{
    PruneOptions options;
    options.mode = static_cast<PruneOptions::Mode>(m_ui->modeCombo->currentData().toInt());
    options.olderThanSeconds = qint64(m_ui->olderThanSpin->value()) * 86400;
    options.repository = m_ui->scopeCombo->currentData().toString();
    options.finishedChangesOnly = m_ui->finishedOnlyCheck->isEnabled() && m_ui->finishedOnlyCheck->isChecked();
    return options;
}

PruneOptions PruneDialog::options() const
{
    auto options = m_previewed;
    options.dryRun = false;
    return options;
}

void PruneDialog::invalidate()
{
    m_hasPreview = false;
    m_ui->candidatesTable->clear();
    m_ui->pruneSummary->setText(tr("Preview to see exactly which tags would go."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void PruneDialog::setPreview(const QList<PruneCandidate>& candidates, int examined, int kept, qint64 reclaimableBytes,
                             const QString& error)
{
    m_ui->previewButton->setEnabled(true);
    m_ui->candidatesTable->clear();
    if (!error.isEmpty()) {
        m_ui->pruneSummary->setText(QStringLiteral("<span style='color:#c02020'>%1</span>").arg(error.toHtmlEscaped()));
        return;
    }
    for (const auto& candidate : candidates) {
        auto* item = new QTreeWidgetItem(m_ui->candidatesTable,
                                         {candidate.repository, candidate.tag, Duration::format(candidate.ageSeconds),
                                          candidate.basis, Formatting::shortDigest(candidate.digest.toString())});
        item->setToolTip(4, candidate.digest.toString());
        item->setToolTip(2, Formatting::absoluteTime(candidate.time));
        item->setToolTip(1, candidate.deletesManifest
                                ? tr("Goes with its manifest: nothing else in the repository uses it")
                                : tr("Only the tag goes: another tag or a kept index uses its manifest"));
    }
    m_ui->pruneSummary->setText(tr("%1 of %2 tags examined would be removed, %3 kept. Nothing else is touched. "
                                   "Garbage collection then frees %4.")
                                    .arg(candidates.size())
                                    .arg(examined)
                                    .arg(kept)
                                    .arg(Formatting::size(reclaimableBytes)));
    m_ui->pruneSummary->setToolTip(tr("What plain garbage collection frees after this prune: the manifests that go "
                                      "and the blobs only the pruned tags reach, each counted once. Blobs that "
                                      "untagged manifests still hold stay on disk."));
    m_hasPreview = !candidates.isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_hasPreview);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(tr("Prune %n tag(s)", nullptr, static_cast<int>(candidates.size())));
}
