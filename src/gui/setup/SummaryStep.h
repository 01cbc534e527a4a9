#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class SummaryStep;
}

// Step 8: every check's outcome; Finish adds the connection.
class SummaryStep : public QWizardPage
{
    Q_OBJECT
public:
    SummaryStep();
    ~SummaryStep() override;

    void initializePage() override;

private:
    std::unique_ptr<Ui::SummaryStep> m_ui;
};
