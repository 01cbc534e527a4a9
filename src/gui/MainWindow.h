#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class RegistryConnections;

// Connections on the left, what you do with them in the middle, what is happening at the bottom
// (UX.md). Window state and connections persist in the settings; secrets never do.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Settings
    {
        QString registry; // open this registry (a connection for this session unless saved)
        QString authFile; // credentials of that registry
        QString certsDir; // its trust
        bool tlsVerify = true;
        QString sandboxDir;      // show the sandbox's three registries
        QString image;           // REPOSITORY[:TAG] to open on the Browse page
        bool setup = false;      // open the setup wizard
        bool rehearse = false;   // rehearse the gating flow on the Flows page at start
        QString page;            // one of pageNames()
        QStringList diff;        // two full references to compare on the Diff page at start
        QString htpasswdFile;    // opened on the Users page
        QString pkiDir;          // shown on the Certificates page
        QString settingsFile;    // empty: the platform's usual settings location
        QString keychainService; // empty: "RegistryDesk"; tests use their own
        QString indexCacheDir;   // empty: the user's cache directory
    };

    explicit MainWindow(const Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    RegistryConnections* connections() const { return m_connections; }
    // Settings key of View ▸ Language: "en", "de", "fr", or empty for the system's language.
    static constexpr QLatin1String kLanguageKey{"ui/language"};
    static QStringList pageNames(); // as --page takes them, in tab order

public slots:
    void openSetupWizard();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addSessionConnections();
    void addLanguageMenu();
    void saveState();
    std::unique_ptr<class QSettings> openSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings m_settings;
    RegistryConnections* m_connections;
    bool m_stateSaved = false;
};
