#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class SummaryPage;
}

// Step 8: every check's outcome; Finish adds the connection.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    SummaryPage();
    ~SummaryPage() override;

    void initializePage() override;

private:
    std::unique_ptr<Ui::SummaryPage> m_ui;
};
