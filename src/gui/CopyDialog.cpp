#include "CopyDialog.h"

#include "ui_CopyDialog.h"

#include "credentials/Connection.h"
#include "registry/Reference.h"

#include <QPushButton>

CopyDialog::CopyDialog(const QString& sourceReference, const QList<Connection>& targets, const QString& preferredTarget,
                       const QString& repository, const QStringList& tags, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CopyDialog>())
{
    m_ui->setupUi(this);
    if (tags.size() == 1) {
        m_ui->copySource->setText(
            tr("Copy %1 with all its blobs; the copy has the same digest.").arg(sourceReference + u':' + tags.first()));
        m_ui->targetTagEdit->setText(tags.first());
    } else {
        m_ui->copySource->setText(tr("Copy %n tag(s) of %1 with all their blobs, at once; each copy keeps its tag and "
                                     "digest.",
                                     nullptr, static_cast<int>(tags.size()))
                                      .arg(sourceReference));
        m_ui->targetTagEdit->setEnabled(false);
        m_ui->targetTagEdit->setPlaceholderText(tr("each keeps its own tag"));
    }
    for (const auto& connection : targets) {
        m_ui->targetConnectionCombo->addItem(
            QStringLiteral("%1 — %2").arg(connection.displayName(), Connection::roleName(connection.role)),
            connection.id);
    }
    const int preferred = m_ui->targetConnectionCombo->findData(preferredTarget);
    m_ui->targetConnectionCombo->setCurrentIndex(std::max(0, preferred));
    m_ui->targetRepositoryEdit->setText(repository);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Copy"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("copyConfirmButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CopyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CopyDialog::~CopyDialog() = default;

QString CopyDialog::targetId() const
{
    return m_ui->targetConnectionCombo->currentData().toString();
}

QString CopyDialog::repository() const
{
    return m_ui->targetRepositoryEdit->text().trimmed();
}

QString CopyDialog::tag() const
{
    return m_ui->targetTagEdit->isEnabled() ? m_ui->targetTagEdit->text().trimmed() : QString();
}

bool CopyDialog::allPlatforms() const
{
    return m_ui->allPlatformsCheck->isChecked();
}

void CopyDialog::accept()
{
    QString problem;
    if (targetId().isEmpty()) {
        problem = tr("Add a second registry connection to copy to.");
    } else if (!Reference::isValidRepositoryPath(repository())) {
        problem = tr("“%1” is not a valid repository name (lower case, digits and . _ - / only).").arg(repository());
    } else if (m_ui->targetTagEdit->isEnabled() && !Reference::isValidTag(tag())) {
        problem = tr("“%1” is not a valid tag (up to 128 letters, digits, . _ -).").arg(tag());
    }
    if (!problem.isEmpty()) {
        m_ui->copyMessage->setText(problem);
        m_ui->copyMessage->setStyleSheet(QStringLiteral("color:#c02020"));
        m_ui->copyMessage->show();
        return;
    }
    QDialog::accept();
}
