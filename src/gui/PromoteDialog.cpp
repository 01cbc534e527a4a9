#include "PromoteDialog.h"

#include "ui_PromoteDialog.h"

#include "registry/Reference.h"
#include "zuul/ZuulTag.h"

#include <QPushButton>

PromoteDialog::PromoteDialog(const QString& sourceReference, const QString& tag, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PromoteDialog>())
    , m_tag(tag)
{
    m_ui->setupUi(this);
    m_ui->promoteText->setText(tr("Put the manifest of %1 under a new tag. Only the manifest moves, "
                                  "no layer: the same digest gets a second name.")
                                   .arg(sourceReference));
    const auto zuul = ZuulTag::parse(tag);
    m_ui->newTagEdit->setText(zuul.kind() == ZuulTag::Kind::None ? QString() : zuul.baseTag());
    // promote-image removes the temporary change tag once the final tag is in place.
    m_ui->removeSourceCheck->setChecked(zuul.isTemporary());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Promote"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("promoteConfirmButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PromoteDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PromoteDialog::~PromoteDialog() = default;

QString PromoteDialog::newTag() const
{
    return m_ui->newTagEdit->text().trimmed();
}

bool PromoteDialog::removeSource() const
{
    return m_ui->removeSourceCheck->isChecked();
}

void PromoteDialog::accept()
{
    QString problem;
    if (!Reference::isValidTag(newTag())) {
        problem = tr("“%1” is not a valid tag (up to 128 letters, digits, . _ -).").arg(newTag());
    } else if (newTag() == m_tag) {
        problem = tr("The new tag must differ from %1.").arg(m_tag);
    }
    if (!problem.isEmpty()) {
        m_ui->promoteMessage->setText(problem);
        m_ui->promoteMessage->setStyleSheet(QStringLiteral("color:#c02020"));
        m_ui->promoteMessage->show();
        return;
    }
    QDialog::accept();
}
