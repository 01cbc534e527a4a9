#include "SiteJobsStep.h"

#include "ui_SiteJobsStep.h"

#include "SetupWizard.h"

#include <QFileDialog>
#include <QFontDatabase>

SiteJobsStep::SiteJobsStep()
    : m_ui(std::make_unique<Ui::SiteJobsStep>())
{
    m_ui->setupUi(this);
    m_ui->siteFilePreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->siteSplitter->setSizes({260, 440});
    connect(m_ui->previewSiteButton, &QPushButton::clicked, this, &SiteJobsStep::preview);
    connect(m_ui->writeSiteButton, &QPushButton::clicked, this, &SiteJobsStep::write);
    connect(m_ui->siteFileList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->siteFilePreview->setPlainText(row >= 0 && row < m_files.size() ? QString::fromUtf8(m_files[row].content)
                                                                             : QString());
    });
    connect(m_ui->siteDirButton, &QPushButton::clicked, this, [this]() {
        const auto dir = QFileDialog::getExistingDirectory(this, tr("The config-project checkout"));
        if (!dir.isEmpty()) {
            m_ui->siteDirEdit->setText(dir);
        }
    });
}

SiteJobsStep::~SiteJobsStep() = default;

SetupWizard* SiteJobsStep::setup() const
{
    return static_cast<SetupWizard*>(wizard());
}

bool SiteJobsStep::preview()
{
    const auto& state = setup()->state();
    auto request = state.siteRequest(); // without a key the password stays a marked placeholder
    request.publicationUsername = m_ui->publicationUserEdit->text().trimmed();
    request.publicationPassword = m_ui->publicationPasswordEdit->text();
    QString error;
    if (!request.publicationUsername.isEmpty() && request.publicationPassword.isEmpty()) {
        error = tr("The publication user needs its password.");
    }
    const auto files = error.isEmpty() ? SiteConfig::generate(request, &error) : std::nullopt;
    if (!files) {
        m_ui->siteStatus->setText(QStringLiteral("✘ ") + error);
        return false;
    }
    m_files = *files;
    m_ui->siteFileList->clear();
    for (const auto& file : std::as_const(m_files)) {
        m_ui->siteFileList->addItem(file.path);
    }
    m_ui->siteFileList->setCurrentRow(0);
    m_ui->writeSiteButton->setEnabled(true);
    m_ui->siteStatus->setText(state.zuulKeyPem.isEmpty()
                                  ? tr("Without the project's key the password is a marked placeholder "
                                       "(ENCRYPT-ME); go back one page to encrypt it.")
                                  : QString());
    return true;
}

void SiteJobsStep::write()
{
    if (!preview()) {
        return;
    }
    const auto dir = m_ui->siteDirEdit->text().trimmed();
    if (dir.isEmpty()) {
        m_ui->siteStatus->setText(QStringLiteral("✘ ") + tr("Choose the folder to write into."));
        return;
    }
    QString error;
    auto& state = setup()->state();
    if (!SiteConfig::write(m_files, dir, false, &error)) {
        m_ui->siteStatus->setText(QStringLiteral("✘ ") + error);
        state.record(SetupWizard::SiteJobsId, false, error);
        return;
    }
    const auto line = tr("Site jobs for %1 written to %2 (%n file(s))", nullptr, static_cast<int>(m_files.size()))
                          .arg(state.site, dir);
    m_ui->siteStatus->setText(QStringLiteral("✔ ") + line);
    state.record(SetupWizard::SiteJobsId, true, line);
}

int SiteJobsStep::nextId() const
{
    return SetupWizard::SummaryId;
}
