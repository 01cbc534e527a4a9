#include "SummaryStep.h"

#include "ui_SummaryStep.h"

#include "SetupWizard.h"

SummaryStep::SummaryStep()
    : m_ui(std::make_unique<Ui::SummaryStep>())
{
    m_ui->setupUi(this);
}

SummaryStep::~SummaryStep() = default;

void SummaryStep::initializePage()
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
