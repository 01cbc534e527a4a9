#pragma once

#include "WindowPage.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class RegistryConnections;
class BrowsePage;
class ChangesPage;
class DiffPage;
class FlowsPage;

// Connections on the left, what you do with them in the middle, what is happening at the bottom
// (UX.md). Window state and connections persist in the settings; secrets never do.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Settings = WindowSettings;

    explicit MainWindow(const Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    RegistryConnections* connections() const { return m_connections; }
    // Settings key of View ▸ Language: "en", "de", "fr", or empty for the system's language.
    static constexpr QLatin1String kLanguageKey{"ui/language"};
    static QStringList pageNames(); // as --page takes them, in tab order
    QList<WindowPage*> pages() const { return m_pages; }

public slots:
    void openSetupWizard();
    // Checks TLS certificates (live and known files), the htpasswd file and the storage limit; failures show in
    // the window's message bar. Runs once after start, and on demand.
    void checkHealth();

signals:
    // The window has painted itself for the first time; connection checks and health checks start after it.
    void firstPaint();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct PageType
    {
        QLatin1String name;
        WindowPage* (*create)();
    };
    static const QList<PageType>& pageTypes();
    template<typename P>
    static PageType page()
    {
        return {P::kName, []() -> WindowPage* { return new P; }};
    }
    template<typename P>
    P* pageOf() const
    {
        return findChild<P*>(QString(P::kName) + QLatin1String("Page"));
    }
    void addPages();
    void addSessionConnections();
    void addLanguageMenu();
    void saveState();
    void startChecks();
    std::unique_ptr<class QSettings> openSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings m_settings;
    RegistryConnections* m_connections;
    QList<WindowPage*> m_pages;
    QPointer<class HealthCheck> m_health;
    BrowsePage* m_browse = nullptr;
    FlowsPage* m_flows = nullptr;
    DiffPage* m_diff = nullptr;
    ChangesPage* m_changes = nullptr;
    bool m_stateSaved = false;
    bool m_painted = false;
    bool m_checksStarted = false;
};
