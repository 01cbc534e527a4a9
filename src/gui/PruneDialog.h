#pragma once

#include "transfer/Pruner.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PruneDialog;
}

// Prune settings, then the preview: the exact list a dry run selects. "Prune" stays disabled until
// a preview for the current settings is on screen, and the real run uses the preview's clock.
class PruneDialog : public QDialog
{
    Q_OBJECT
public:
    PruneDialog(const QString& registryName, const QString& currentRepository, bool hasZuul, QWidget* parent = nullptr);
    ~PruneDialog() override;

    PruneOptions options() const; // of the shown preview
    void setPreview(const QList<PruneCandidate>& candidates, int examined, int kept, qint64 reclaimableBytes,
                    const QString& error);

signals:
    void previewRequested(const PruneOptions& options);

private:
    PruneOptions currentOptions() const;
    void invalidate();

    std::unique_ptr<Ui::PruneDialog> m_ui;
    QString m_repository;
    PruneOptions m_previewed;
    bool m_hasPreview = false;
};
