#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class CopyDialog;
}
struct Connection;

// Where to copy tags: any connection, any repository, one platform or all of an index. One tag may be given a
// new name; several keep their own.
class CopyDialog : public QDialog
{
    Q_OBJECT
public:
    CopyDialog(const QString& sourceReference, const QList<Connection>& targets, const QString& preferredTarget,
               const QString& repository, const QStringList& tags, QWidget* parent = nullptr);
    ~CopyDialog() override;

    QString targetId() const;
    QString repository() const;
    QString tag() const; // the new name of a single tag; empty when several keep theirs
    bool allPlatforms() const;
    void accept() override;

private:
    std::unique_ptr<Ui::CopyDialog> m_ui;
};
