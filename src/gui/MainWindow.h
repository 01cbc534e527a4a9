#pragma once

#include "RegistryAddress.h"
#include "RegistryClient.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class QSortFilterProxyModel;
class QStringListModel;
class RegistryJob;

// The first window: connect to a registry, browse its repositories and tags, and see a tag's manifest.
// Everything goes through core's RegistryClient jobs; the window never blocks on the network.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Settings
    {
        QString registry;
        QString authFile;
        QString certsDir;
        bool tlsVerify = true;
        QString page;         // browse, users or certificates
        QString htpasswdFile; // opened on the Users page
        QString pkiDir;       // shown on the Certificates page
    };

    explicit MainWindow(const Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

public slots:
    void connectToRegistry();

private:
    void showMessage(const QString& text, bool isError);
    void clearMessage();
    void loadTags(const QString& repository);
    void showManifest(const QString& repository, const QString& tag);
    void trackJob(RegistryJob* job);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings m_settings;
    QPointer<RegistryClient> m_client;
    QStringListModel* m_repositories;
    QSortFilterProxyModel* m_filter;
    QList<QPointer<RegistryJob>> m_jobs;
    int m_generation = 0; // answers of an older connection are ignored
};
