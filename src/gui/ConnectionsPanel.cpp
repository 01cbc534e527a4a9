#include "ConnectionsPanel.h"

#include "ui_ConnectionsPanel.h"

#include "ConnectionDialog.h"
#include "credentials/AuthFile.h"
#include "credentials/RegistryConnections.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>

namespace {
QIcon statusIcon(RegistryConnections::Status::State state)
{
    QColor colour(0x9e, 0x9e, 0x9e);
    switch (state) {
    case RegistryConnections::Status::State::Checking:
        colour = QColor(0xf0, 0xa0, 0x00);
        break;
    case RegistryConnections::Status::State::Ready:
        colour = QColor(0x2e, 0xa0, 0x43);
        break;
    case RegistryConnections::Status::State::Failed:
        colour = QColor(0xd0, 0x30, 0x30);
        break;
    case RegistryConnections::Status::State::Unknown:
        break;
    }
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pixmap);
}
} // namespace

ConnectionsPanel::ConnectionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionsPanel>())
{
    m_ui->setupUi(this);
    auto font = m_ui->connectionsTitle->font();
    font.setBold(true);
    m_ui->connectionsTitle->setFont(font);
    connect(m_ui->addConnectionButton, &QToolButton::clicked, this, &ConnectionsPanel::addConnection);
    connect(m_ui->emptyAddButton, &QPushButton::clicked, this, &ConnectionsPanel::addConnection);
    connect(m_ui->emptySetupButton, &QPushButton::clicked, this, &ConnectionsPanel::setupRequested);
    connect(m_ui->editConnectionButton, &QToolButton::clicked, this, &ConnectionsPanel::editConnection);
    connect(m_ui->removeConnectionButton, &QToolButton::clicked, this, &ConnectionsPanel::removeConnection);
    connect(m_ui->importConnectionsButton, &QToolButton::clicked, this, [this]() { importAuthFile(); });
    connect(m_ui->emptyImportButton, &QPushButton::clicked, this, [this]() { importAuthFile(); });
    connect(m_ui->checkConnectionButton, &QToolButton::clicked, this, [this]() {
        if (m_connections && !currentId().isEmpty()) {
            m_connections->check(currentId());
        }
    });
    connect(m_ui->connectionList, &QListWidget::currentItemChanged, this,
            [this]() { emit currentChanged(currentId()); });
    connect(m_ui->connectionList, &QListWidget::itemDoubleClicked, this, &ConnectionsPanel::editConnection);
}

ConnectionsPanel::~ConnectionsPanel() = default;

void ConnectionsPanel::setConnections(RegistryConnections* connections)
{
    m_connections = connections;
    connect(connections, &RegistryConnections::connectionsChanged, this, &ConnectionsPanel::rebuild);
    connect(connections, &RegistryConnections::statusChanged, this, &ConnectionsPanel::updateStatus);
    rebuild();
}

QString ConnectionsPanel::currentId() const
{
    const auto* item = m_ui->connectionList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionsPanel::setCurrentId(const QString& id)
{
    for (int row = 0; row < m_ui->connectionList->count(); ++row) {
        if (m_ui->connectionList->item(row)->data(Qt::UserRole).toString() == id) {
            m_ui->connectionList->setCurrentRow(row);
            return;
        }
    }
}

void ConnectionsPanel::rebuild()
{
    const auto current = currentId();
    const bool empty = m_connections->connections().isEmpty();
    {
        // Rebuilding is not a change of selection: the pages keep what they show.
        const QSignalBlocker blocker(m_ui->connectionList);
        m_ui->connectionList->clear();
        for (const auto& connection : m_connections->connections()) {
            auto* item = new QListWidgetItem(connection.displayName(), m_ui->connectionList);
            item->setData(Qt::UserRole, connection.id);
            updateStatus(connection.id);
        }
        setCurrentId(current);
        if (m_ui->connectionList->currentRow() < 0 && !empty) {
            m_ui->connectionList->setCurrentRow(0);
        }
    }
    m_ui->connectionsEmptyState->setVisible(empty);
    m_ui->connectionList->setVisible(!empty);
    m_ui->editConnectionButton->setEnabled(!empty);
    m_ui->removeConnectionButton->setEnabled(!empty);
    m_ui->checkConnectionButton->setEnabled(!empty);
    if (currentId() != current) {
        emit currentChanged(currentId());
    }
}

void ConnectionsPanel::updateStatus(const QString& id)
{
    const auto connection = m_connections->connection(id);
    if (!connection) {
        return;
    }
    for (int row = 0; row < m_ui->connectionList->count(); ++row) {
        auto* item = m_ui->connectionList->item(row);
        if (item->data(Qt::UserRole).toString() != id) {
            continue;
        }
        const auto status = m_connections->status(id);
        item->setIcon(statusIcon(status.state));
        QStringList lines{connection->displayName(), Connection::roleName(connection->role), connection->address};
        if (!connection->tlsVerify) {
            lines << tr("TLS verification is OFF");
        }
        switch (status.state) {
        case RegistryConnections::Status::State::Ready:
            lines << tr("Reachable, login works (%1)").arg(status.description);
            if (!status.rateLimitRemaining.isEmpty()) {
                lines << tr("Pulls left: %1").arg(status.rateLimitRemaining);
            }
            break;
        case RegistryConnections::Status::State::Failed:
            lines << status.error.message();
            break;
        case RegistryConnections::Status::State::Checking:
            lines << tr("Checking…");
            break;
        case RegistryConnections::Status::State::Unknown:
            break;
        }
        if (!status.credentialsSource.isEmpty()) {
            lines << tr("Credentials: %1").arg(status.credentialsSource);
        }
        lines += status.trustProblems;
        item->setToolTip(lines.join(QLatin1Char('\n')));
        item->setText(connection->tlsVerify ? connection->displayName()
                                            : tr("%1 (insecure)").arg(connection->displayName()));
        item->setData(Qt::StatusTipRole, status.error.message());
    }
}

void ConnectionsPanel::addConnection()
{
    Connection connection;
    connection.role = m_connections->connections().isEmpty() ? Connection::Role::Intermediate : Connection::Role::Other;
    openDialog(connection);
}

void ConnectionsPanel::editConnection()
{
    if (const auto connection = m_connections->connection(currentId())) {
        openDialog(*connection);
    }
}

void ConnectionsPanel::openDialog(const Connection& connection)
{
    auto* dialog = new ConnectionDialog(connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { saved(dialog); });
    dialog->open();
}

void ConnectionsPanel::saved(ConnectionDialog* dialog)
{
    const auto connection = dialog->connection();
    const auto password = dialog->password();
    m_connections->put(connection);
    setCurrentId(connection.id);
    if (password.isEmpty()) {
        m_connections->check(connection.id);
        return;
    }
    const auto id = connection.id;
    m_connections->storePassword(id, password, this, [this, id, password](const CredentialStore::Result& result) {
        if (result.ok()) {
            m_ui->connectionsMessageBar->clear();
            m_connections->check(id);
            return;
        }
        if (result.status == CredentialStore::Status::NoBackend) {
            m_ui->connectionsMessageBar->show(
                MessageBar::Level::Warning,
                tr("No OS keychain is available (%1), so the password was not stored.").arg(result.message),
                tr("Keep for this session only"), [this, id, password]() {
                    m_connections->keepForSession(id, password);
                    m_connections->check(id);
                });
            return;
        }
        m_ui->connectionsMessageBar->show(MessageBar::Level::Error,
                                          tr("The keychain refused the password: %1").arg(result.message));
    });
}

void ConnectionsPanel::removeConnection()
{
    const auto connection = m_connections->connection(currentId());
    if (!connection) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove connection"),
                                tr("Remove the connection “%1” (%2)? Its password stays in the keychain.")
                                    .arg(connection->displayName(), connection->address),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConnectionConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const auto id = connection->id;
    connect(box, &QMessageBox::finished, this, [this, box, id]() {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            m_connections->remove(id);
        }
    });
    box->open();
}

void ConnectionsPanel::importAuthFile(const QString& path)
{
    auto file = path;
    if (file.isEmpty()) {
        const auto defaults = AuthFile::defaultPaths();
        file = QFileDialog::getOpenFileName(this, tr("Import docker/podman logins"),
                                            defaults.isEmpty() ? QDir::homePath() : defaults.first(),
                                            tr("Auth files (*.json);;All files (*)"));
        if (file.isEmpty()) {
            return;
        }
    }
    QString error;
    const int added = m_connections->importAuthFile(file, &error);
    if (added < 0) {
        m_ui->connectionsMessageBar->show(MessageBar::Level::Error, error);
    } else if (added == 0) {
        m_ui->connectionsMessageBar->show(MessageBar::Level::Info,
                                          tr("%1 has no registry that is not already here.").arg(file));
    } else {
        m_ui->connectionsMessageBar->show(
            MessageBar::Level::Info,
            tr("Imported %n registry(ies); their credentials stay in %1 and its helpers.", nullptr, added).arg(file));
    }
}
