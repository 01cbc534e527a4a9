#include "ConnectionDialog.h"

#include "ui_ConnectionDialog.h"

#include <QFileDialog>
#include <QPushButton>

ConnectionDialog::ConnectionDialog(const Connection& connection, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_connection(connection)
{
    m_ui->setupUi(this);
    for (const auto role : Connection::roles()) {
        m_ui->roleCombo->addItem(Connection::roleName(role), Connection::roleKey(role));
    }
    m_ui->nameEdit->setText(connection.name);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(Connection::roleKey(connection.role)));
    m_ui->addressEdit->setText(connection.address);
    m_ui->usernameEdit->setText(connection.username);
    m_ui->caFileEdit->setText(connection.caFile);
    m_ui->certsDirEdit->setText(connection.certsDir);
    m_ui->skipTlsCheck->setChecked(!connection.tlsVerify);
    m_ui->zuulUrlEdit->setText(connection.zuulUrl.toString());
    m_ui->zuulTenantEdit->setText(connection.zuulTenant);
    m_ui->skipTlsCheck->setStyleSheet(QStringLiteral("QCheckBox:checked{color:#c02020;font-weight:bold}"));
    connect(m_ui->caFileButton, &QPushButton::clicked, this, [this]() {
        const auto file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_ui->caFileEdit->text(),
                                                       tr("PEM certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty()) {
            m_ui->caFileEdit->setText(file);
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    setWindowTitle(connection.address.isEmpty() ? tr("New registry connection")
                                                : tr("Edit %1").arg(connection.displayName()));
}

ConnectionDialog::~ConnectionDialog() = default;

Connection ConnectionDialog::connection() const
{
    Connection result = m_connection;
    if (result.id.isEmpty()) {
        result.id = Connection::newId();
    }
    result.name = m_ui->nameEdit->text().trimmed();
    result.role = Connection::roleFromKey(m_ui->roleCombo->currentData().toString()).value_or(Connection::Role::Other);
    result.address = m_ui->addressEdit->text().trimmed();
    result.username = m_ui->usernameEdit->text().trimmed();
    result.caFile = m_ui->caFileEdit->text().trimmed();
    result.certsDir = m_ui->certsDirEdit->text().trimmed();
    result.tlsVerify = !m_ui->skipTlsCheck->isChecked();
    result.zuulUrl = QUrl(m_ui->zuulUrlEdit->text().trimmed());
    result.zuulTenant = m_ui->zuulTenantEdit->text().trimmed();
    if (result.name.isEmpty()) {
        result.name = result.address;
    }
    return result;
}

QString ConnectionDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void ConnectionDialog::accept()
{
    const auto problem = connection().problem();
    if (!problem.isEmpty()) {
        m_ui->dialogMessage->setText(problem);
        m_ui->dialogMessage->setStyleSheet(QStringLiteral("color:#c02020"));
        m_ui->dialogMessage->show();
        return;
    }
    if (!password().isEmpty() && m_ui->usernameEdit->text().trimmed().isEmpty()) {
        m_ui->dialogMessage->setText(tr("A password needs its username."));
        m_ui->dialogMessage->setStyleSheet(QStringLiteral("color:#c02020"));
        m_ui->dialogMessage->show();
        return;
    }
    QDialog::accept();
}
