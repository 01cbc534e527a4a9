#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class CopyDialog;
}
struct Connection;

// Where to copy a tag: any connection, any repository and tag, one platform or all of an index.
class CopyDialog : public QDialog
{
    Q_OBJECT
public:
    CopyDialog(const QString& sourceReference, const QList<Connection>& targets, const QString& preferredTarget,
               const QString& repository, const QString& tag, QWidget* parent = nullptr);
    ~CopyDialog() override;

    QString targetId() const;
    QString repository() const;
    QString tag() const;
    bool allPlatforms() const;
    void accept() override;

private:
    std::unique_ptr<Ui::CopyDialog> m_ui;
};
