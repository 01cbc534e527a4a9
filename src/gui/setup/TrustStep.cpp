#include "TrustStep.h"

#include "ui_TrustStep.h"

#include "Formatting.h"
#include "SetupWizard.h"
#include "admin/TlsProbe.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>

TrustStep::TrustStep()
    : m_ui(std::make_unique<Ui::TrustStep>())
{
    m_ui->setupUi(this);
    m_ui->trustInsecureRadio->setStyleSheet(QStringLiteral("QRadioButton:checked{color:#c02020;font-weight:bold}"));
    for (auto* radio :
         {m_ui->trustSystemRadio, m_ui->trustPinnedRadio, m_ui->trustFileRadio, m_ui->trustInsecureRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on) {
                modeChanged();
            }
        });
    }
    connect(m_ui->verifyTrustButton, &QPushButton::clicked, this, &TrustStep::verify);
    connect(m_ui->trustCaFileEdit, &QLineEdit::textChanged, this, [this]() {
        if (m_ui->trustFileRadio->isChecked()) {
            modeChanged();
        }
    });
    connect(m_ui->trustCaFileButton, &QPushButton::clicked, this, [this]() {
        const auto file = QFileDialog::getOpenFileName(this, tr("CA certificate"), {},
                                                       tr("PEM certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty()) {
            m_ui->trustCaFileEdit->setText(file);
            m_ui->trustFileRadio->setChecked(true);
        }
    });
}

TrustStep::~TrustStep() = default;

SetupWizard* TrustStep::setup() const
{
    return static_cast<SetupWizard*>(wizard());
}

QByteArray TrustStep::presentedCa() const
{
    // registry:2 serves its leaf then the CA (domain.crt); pin the CA, never the leaf.
    const auto& chain = setup()->state().chain;
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        if (it->isCa) {
            return it->pem;
        }
    }
    return {};
}

void TrustStep::initializePage()
{
    const auto& chain = setup()->state().chain;
    m_ui->chainTable->clear();
    const auto fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const auto& certificate : chain) {
        auto* item = new QTreeWidgetItem(m_ui->chainTable, {certificate.subject, certificate.issuer,
                                                            Formatting::absoluteTime(certificate.notAfter),
                                                            certificate.sha256Fingerprint});
        item->setFont(3, fixed);
        item->setToolTip(3, certificate.sha256Fingerprint);
        if (!certificate.subjectAltNames.isEmpty()) {
            item->setToolTip(0, certificate.subjectAltNames.join(QLatin1String(", ")));
        }
    }
    for (int column = 0; column < 3; ++column) {
        m_ui->chainTable->resizeColumnToContents(column);
    }
    m_ui->trustPinnedRadio->setEnabled(!presentedCa().isEmpty());
    modeChanged();
}

void TrustStep::modeChanged()
{
    m_verified = false;
    m_caPem.clear();
    m_ui->trustStatus->clear();
    if (m_ui->trustInsecureRadio->isChecked()) {
        m_ui->trustStatus->setText(tr("<b style='color:#c02020'>TLS verification will be OFF for this registry.</b> "
                                      "The connection is marked insecure everywhere it is used."));
    } else {
        verify();
    }
    emit completeChanged();
}

void TrustStep::verify()
{
    if (m_ui->trustInsecureRadio->isChecked()) {
        return;
    }
    const auto& state = setup()->state();
    if (m_ui->trustPinnedRadio->isChecked()) {
        m_caPem = presentedCa();
    } else if (m_ui->trustFileRadio->isChecked()) {
        QFile file(m_ui->trustCaFileEdit->text());
        if (!file.open(QIODevice::ReadOnly)) {
            m_ui->trustStatus->setText(QStringLiteral("✘ ") + tr("Cannot read %1").arg(file.fileName()));
            return;
        }
        m_caPem = file.readAll();
    }
    m_verifying = true;
    m_ui->trustStatus->setText(tr("Verifying…"));
    auto* probe = new TlsProbe(state.host, static_cast<quint16>(state.port), m_caPem, this);
    connect(probe, &TlsProbe::finished, this, [this, probe]() {
        probe->deleteLater();
        m_verifying = false;
        const auto& result = probe->result();
        m_verified = result.verified;
        auto line = result.verified
                        ? tr("The certificate of %1 verifies").arg(setup()->state().hostPort())
                        : tr("The certificate does not verify: %1").arg(result.problems.join(QLatin1String("; ")));
        if (!result.expiryWarnings.isEmpty()) {
            line += QLatin1Char('\n') + result.expiryWarnings.join(QLatin1Char('\n'));
        }
        m_ui->trustStatus->setText((result.verified ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + line);
        emit completeChanged();
    });
}

bool TrustStep::isComplete() const
{
    return m_ui->trustInsecureRadio->isChecked() || (m_verified && !m_verifying);
}

bool TrustStep::validatePage()
{
    auto& state = setup()->state();
    if (m_ui->trustInsecureRadio->isChecked()) {
        state.trust = SetupState::Trust::Insecure;
        state.record(SetupWizard::TrustId, false, tr("TLS verification is OFF: the registry is marked insecure"));
        return true;
    }
    state.trust = m_ui->trustPinnedRadio->isChecked() ? SetupState::Trust::Pinned
                  : m_ui->trustFileRadio->isChecked() ? SetupState::Trust::File
                                                      : SetupState::Trust::System;
    state.caPem = m_caPem;
    state.caFile = state.trust == SetupState::Trust::File ? m_ui->trustCaFileEdit->text() : QString();
    const QString how = state.trust == SetupState::Trust::Pinned ? tr("with its own CA pinned")
                        : state.trust == SetupState::Trust::File ? tr("with the CA file %1").arg(state.caFile)
                                                                 : tr("with the system's CAs");
    state.record(SetupWizard::TrustId, true, tr("TLS verified %1").arg(how));
    return true;
}

int TrustStep::nextId() const
{
    return SetupWizard::CredentialsId;
}
