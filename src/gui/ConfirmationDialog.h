#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConfirmationDialog;
}

// Confirms a destructive action with the exact list of what it destroys on screen (UX.md): untag,
// delete (every tag that goes with the digest) and prune (every tag selected by the preview).
class ConfirmationDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmationDialog(const QString& title, const QString& textHtml, const QStringList& columns,
                       const QList<QStringList>& rows, const QString& actionText, QWidget* parent = nullptr);
    ~ConfirmationDialog() override;

private:
    std::unique_ptr<Ui::ConfirmationDialog> m_ui;
};
