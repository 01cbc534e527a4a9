#pragma once

#include "credentials/Connection.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

// Adds or edits one registry connection. The password field goes to the keychain, never to the
// settings; left empty on an existing connection it keeps the stored secret.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const Connection& connection, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    Connection connection() const;
    QString password() const;

    void accept() override;

private:
    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    Connection m_connection;
};
