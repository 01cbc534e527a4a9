#pragma once

#include "zuul/SiteConfig.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class SiteJobsStep;
}
class SetupWizard;

// Step 7: the config-project files for the site (secret, four jobs, five playbooks), previewed file by
// file and written into a chosen folder such as a checkout of the config-project.
class SiteJobsStep : public QWizardPage
{
    Q_OBJECT
public:
    SiteJobsStep();
    ~SiteJobsStep() override;

    int nextId() const override;

private:
    SetupWizard* setup() const;
    bool preview();
    void write();

    std::unique_ptr<Ui::SiteJobsStep> m_ui;
    QList<SiteConfig::File> m_files;
};
