#include "SummaryPage.h"

#include "ui_SummaryPage.h"

#include "SetupWizard.h"

SummaryPage::SummaryPage()
    : m_ui(std::make_unique<Ui::SummaryPage>())
{
    m_ui->setupUi(this);
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    const auto& state = static_cast<SetupWizard*>(wizard())->state();
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(state.hostPort().toHtmlEscaped());
    for (const auto& [step, line] : state.checks) {
        const bool ok = line.startsWith(QStringLiteral("✔"));
        html += QStringLiteral("<li style='color:%1'>%2</li>")
                    .arg(ok ? QStringLiteral("#2e7d32") : QStringLiteral("#c02020"), line.toHtmlEscaped());
    }
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("Finish adds the connection “Intermediate registry (%1)” to the sidebar%2.")
                         .arg(state.hostPort().toHtmlEscaped(),
                              state.trust == SetupState::Trust::Insecure ? tr(", marked insecure") : QString()));
    m_ui->summaryView->setHtml(html);
}
