#include "ZuulSecretStep.h"

#include "ui_ZuulSecretStep.h"

#include "SetupWizard.h"
#include "util/AtomicFile.h"
#include "zuul/SecretEncryptor.h"
#include "zuul/SiteConfig.h"
#include "zuul/ZuulApi.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>

ZuulSecretStep::ZuulSecretStep()
    : m_ui(std::make_unique<Ui::ZuulSecretStep>())
{
    m_ui->setupUi(this);
    m_ui->secretPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->fetchKeyButton, &QPushButton::clicked, this, &ZuulSecretStep::fetchKey);
    connect(m_ui->keyFileButton, &QPushButton::clicked, this, [this]() {
        const auto file = QFileDialog::getOpenFileName(this, tr("The project's public key"), {},
                                                       tr("PEM keys (*.pem *.pub);;All files (*)"));
        if (!file.isEmpty()) {
            m_ui->keyFileEdit->setText(file);
        }
    });
    connect(m_ui->copySecretButton, &QPushButton::clicked, this,
            [this]() { QGuiApplication::clipboard()->setText(m_ui->secretPreview->toPlainText()); });
    connect(m_ui->saveSecretButton, &QPushButton::clicked, this, [this]() {
        const auto file = QFileDialog::getSaveFileName(
            this, tr("Save the Zuul secret"),
            QStringLiteral("%1.yaml").arg(SiteConfig::secretName(m_ui->siteEdit->text().trimmed())),
            tr("YAML (*.yaml)"));
        QString error;
        if (!file.isEmpty() && !AtomicFile::replace(file, m_ui->secretPreview->toPlainText().toUtf8(),
                                                    QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                        QFileDevice::ReadGroup | QFileDevice::ReadOther,
                                                    &error)) {
            fail(error);
        }
    });
}

ZuulSecretStep::~ZuulSecretStep() = default;

SetupWizard* ZuulSecretStep::setup() const
{
    return static_cast<SetupWizard*>(wizard());
}

void ZuulSecretStep::initializePage()
{
    m_ui->siteEdit->setText(setup()->state().site);
}

void ZuulSecretStep::fail(const QString& message)
{
    m_ui->keyStatus->setText(QStringLiteral("✘ ") + message);
    m_ui->fetchKeyButton->setEnabled(true);
}

void ZuulSecretStep::fetchKey()
{
    if (!SiteConfig::isValidSiteName(m_ui->siteEdit->text().trimmed())) {
        fail(tr("The site name may hold lower-case letters, digits, '-' and '_'."));
        return;
    }
    if (!m_ui->keyFileEdit->text().isEmpty()) {
        QFile file(m_ui->keyFileEdit->text());
        if (!file.open(QIODevice::ReadOnly)) {
            fail(tr("Cannot read %1").arg(file.fileName()));
            return;
        }
        useKey(file.readAll(), file.fileName());
        return;
    }
    const QUrl base(m_ui->zuulUrlEdit->text().trimmed());
    const auto tenant = m_ui->tenantEdit->text().trimmed();
    const auto project = m_ui->projectEdit->text().trimmed();
    if (!base.isValid() || base.scheme().isEmpty() || tenant.isEmpty() || project.isEmpty()) {
        fail(tr("Give the Zuul URL, tenant and config-project, or a public key file."));
        return;
    }
    delete m_zuul;
    m_zuul = new ZuulApi(base, tenant, RegistryOptions(), this);
    m_ui->fetchKeyButton->setEnabled(false);
    m_ui->keyStatus->setText(tr("Asking %1…").arg(base.toDisplayString()));
    m_zuul->detectWhiteLabel(this, [this, project](bool, const RegistryError& error) {
        if (error) {
            fail(error.message());
            return;
        }
        m_zuul->projectKey(project, this, [this, project](const QByteArray& pem, const RegistryError& keyError) {
            if (keyError) {
                fail(keyError.message());
                return;
            }
            useKey(pem, tr("Zuul's key for %1").arg(project));
        });
    });
}

void ZuulSecretStep::useKey(const QByteArray& pem, const QString& origin)
{
    m_ui->fetchKeyButton->setEnabled(true);
    QString error;
    const auto encryptor = SecretEncryptor::fromPublicKeyPem(pem, &error);
    if (!encryptor) {
        fail(tr("%1: %2").arg(origin, error));
        return;
    }
    m_keyPem = pem;
    const auto& state = setup()->state();
    auto request = state.siteRequest();
    request.site = m_ui->siteEdit->text().trimmed();
    request.zuulPublicKeyPem = pem;
    const auto yaml = SiteConfig::intermediateSecret(request, &error);
    if (!yaml) {
        fail(error);
        return;
    }
    m_ui->secretPreview->setPlainText(QString::fromUtf8(*yaml));
    m_ui->copySecretButton->setEnabled(true);
    m_ui->saveSecretButton->setEnabled(true);
    m_ui->keyStatus->setText(QStringLiteral("✔ ") + tr("%1: RSA %2 bits, SHA-256 fingerprint %3. Compare it with the "
                                                       "key Zuul shows for the project before committing.")
                                                        .arg(origin)
                                                        .arg(encryptor->keyBits())
                                                        .arg(encryptor->fingerprint()));
}

bool ZuulSecretStep::validatePage()
{
    auto& state = setup()->state();
    const auto site = m_ui->siteEdit->text().trimmed();
    if (!SiteConfig::isValidSiteName(site)) {
        fail(tr("The site name may hold lower-case letters, digits, '-' and '_'."));
        return false;
    }
    state.site = site;
    state.zuulKeyPem = m_keyPem;
    if (m_zuul) {
        state.zuulUrl = m_zuul->base();
        state.zuulTenant = m_zuul->tenant();
    }
    if (!m_keyPem.isEmpty()) {
        state.record(SetupWizard::ZuulSecretId, true,
                     tr("Zuul secret %1 encrypted for the config-project").arg(SiteConfig::secretName(site)));
    }
    return true;
}

int ZuulSecretStep::nextId() const
{
    return SetupWizard::SiteJobsId;
}
