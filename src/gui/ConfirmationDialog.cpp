#include "ConfirmationDialog.h"

#include "ui_ConfirmationDialog.h"

#include <QPushButton>

ConfirmationDialog::ConfirmationDialog(const QString& title, const QString& textHtml, const QStringList& columns,
                                       const QList<QStringList>& rows, const QString& actionText, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmationDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->confirmationText->setText(textHtml);
    m_ui->confirmationList->setColumnCount(static_cast<int>(columns.size()));
    m_ui->confirmationList->setHeaderLabels(columns);
    m_ui->confirmationList->setVisible(!rows.isEmpty());
    for (const auto& row : rows) {
        new QTreeWidgetItem(m_ui->confirmationList, row);
    }
    for (int column = 0; column < columns.size(); ++column) {
        m_ui->confirmationList->resizeColumnToContents(column);
    }
    auto* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(actionText);
    ok->setObjectName(QStringLiteral("confirmButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true); // Enter must not destroy
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConfirmationDialog::~ConfirmationDialog() = default;
