#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PromoteDialog;
}

// The new tag for a manifest-only promote (retag), prefilled from Zuul's tag conventions.
class PromoteDialog : public QDialog
{
    Q_OBJECT
public:
    PromoteDialog(const QString& sourceReference, const QString& tag, QWidget* parent = nullptr);
    ~PromoteDialog() override;

    QString newTag() const;
    bool removeSource() const;
    void accept() override;

private:
    std::unique_ptr<Ui::PromoteDialog> m_ui;
    QString m_tag;
};
