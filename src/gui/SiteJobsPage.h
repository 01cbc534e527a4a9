#pragma once

#include "SiteConfig.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class SiteJobsPage;
}
class SetupWizard;

// Step 7: the config-project files for the site (secret, four jobs, five playbooks), previewed file by
// file and written into a chosen folder such as a checkout of the config-project.
class SiteJobsPage : public QWizardPage
{
    Q_OBJECT
public:
    SiteJobsPage();
    ~SiteJobsPage() override;

    int nextId() const override;

private:
    SetupWizard* setup() const;
    bool preview();
    void write();

    std::unique_ptr<Ui::SiteJobsPage> m_ui;
    QList<SiteConfig::File> m_files;
};
