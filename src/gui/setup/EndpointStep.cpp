#include "EndpointStep.h"

#include "ui_EndpointStep.h"

#include "SetupWizard.h"
#include "admin/TlsProbe.h"
#include "registry/PingJob.h"

EndpointStep::EndpointStep()
    : m_ui(std::make_unique<Ui::EndpointStep>())
{
    m_ui->setupUi(this);
    connect(m_ui->checkEndpointButton, &QPushButton::clicked, this, &EndpointStep::check);
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &EndpointStep::reset);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &EndpointStep::reset);
    connect(m_ui->newRadio, &QRadioButton::toggled, this, [this](bool isNew) {
        m_ui->checkEndpointButton->setEnabled(!isNew);
        reset();
    });
}

EndpointStep::~EndpointStep() = default;

SetupWizard* EndpointStep::setup() const
{
    return static_cast<SetupWizard*>(wizard());
}

void EndpointStep::reset()
{
    m_checked = false;
    m_ui->endpointStatus->clear();
    emit completeChanged();
}

bool EndpointStep::isComplete() const
{
    if (m_ui->newRadio->isChecked()) {
        return !m_ui->hostEdit->text().trimmed().isEmpty();
    }
    return m_checked && !m_checking;
}

bool EndpointStep::validatePage()
{
    auto& state = setup()->state();
    state.newRegistry = m_ui->newRadio->isChecked();
    state.host = m_ui->hostEdit->text().trimmed();
    state.port = m_ui->portSpin->value();
    QString error;
    if (!RegistryAddress::parse(state.hostPort(), &error)) {
        m_ui->endpointStatus->setText(error);
        return false;
    }
    return true;
}

int EndpointStep::nextId() const
{
    return m_ui->newRadio->isChecked() ? SetupWizard::CredentialsId : SetupWizard::TrustId;
}

void EndpointStep::check()
{
    auto& state = setup()->state();
    state.host = m_ui->hostEdit->text().trimmed();
    state.port = m_ui->portSpin->value();
    QString error;
    if (!RegistryAddress::parse(state.hostPort(), &error)) {
        m_ui->endpointStatus->setText(QStringLiteral("✘ ") + error);
        return;
    }
    m_checking = true;
    m_checked = false;
    emit completeChanged();
    m_ui->endpointStatus->setText(tr("Connecting to %1…").arg(state.hostPort()));
    auto* probe = new TlsProbe(state.host, static_cast<quint16>(state.port), {}, this);
    connect(probe, &TlsProbe::finished, this, [this, probe]() { probed(probe); });
}

void EndpointStep::probed(TlsProbe* probe)
{
    probe->deleteLater();
    auto& state = setup()->state();
    const auto& result = probe->result();
    if (!result.connected) {
        m_checking = false;
        m_ui->endpointStatus->setText(
            QStringLiteral("✘ ") +
            tr("No TLS connection to %1: %2").arg(state.hostPort(), result.problems.join(QLatin1String("; "))));
        emit completeChanged();
        return;
    }
    state.chain = result.chain;
    // Is it a registry? Asked without credentials and without judging the certificate yet: that is
    // the next page's decision, and nothing secret is sent.
    delete m_client;
    m_client = new RegistryClient(*state.address(), this);
    RegistryOptions options;
    options.tlsVerify = false;
    m_client->setOptions(options);
    auto* ping = m_client->ping();
    connect(ping, &RegistryJob::finished, this, [this, ping, protocol = result.protocol]() {
        ping->deleteLater();
        m_checking = false;
        const auto scheme = m_client->authScheme();
        auto& current = setup()->state();
        if (scheme.isEmpty() && ping->error()) {
            m_ui->endpointStatus->setText(QStringLiteral("✘ ") + ping->error().message());
        } else {
            m_checked = true;
            const auto line = tr("%1 answers the registry API /v2/ over %2 (%3 authentication)")
                                  .arg(current.hostPort(), protocol, scheme);
            m_ui->endpointStatus->setText(QStringLiteral("✔ ") + line);
            current.record(SetupWizard::EndpointId, true, line);
        }
        emit completeChanged();
    });
}
