#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ConnectionsPanel;
}
class ConnectionDialog;
class RegistryConnections;
struct Connection;

// The sidebar: every registry connection with its health, and adding, editing, removing, checking
// and importing them. Passwords entered here go to the OS keychain.
class ConnectionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPanel(QWidget* parent = nullptr);
    ~ConnectionsPanel() override;

    void setConnections(RegistryConnections* connections);
    QString currentId() const;
    void setCurrentId(const QString& id);

public slots:
    void addConnection();
    void editConnection();
    void removeConnection();
    void importAuthFile(const QString& path = {});

signals:
    void currentChanged(const QString& id);
    void setupRequested();

private:
    void rebuild();
    void updateStatus(const QString& id);
    void openDialog(const Connection& connection);
    void saved(ConnectionDialog* dialog);

    std::unique_ptr<Ui::ConnectionsPanel> m_ui;
    RegistryConnections* m_connections = nullptr;
};
