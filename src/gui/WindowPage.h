#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

class ActivityPanel;
class RegistryConnections;

// How the window was asked to start (command line, tests); pages read what concerns them.
struct WindowSettings
{
    QString registry; // open this registry (a connection for this session unless saved)
    QString authFile; // credentials of that registry
    QString certsDir; // its trust
    bool tlsVerify = true;
    QString sandboxDir;      // show the sandbox's three registries
    QString image;           // REPOSITORY[:TAG] to open on the Browse page
    bool setup = false;      // open the setup wizard
    bool rehearse = false;   // rehearse the gating flow on the Flows page at start
    QString page;            // one of MainWindow::pageNames()
    QStringList diff;        // two full references to compare on the Diff page at start
    QString htpasswdFile;    // opened on the Users page
    QString pkiDir;          // shown on the Certificates page
    QString settingsFile;    // empty: the platform's usual settings location
    QString keychainService; // empty: "RegistryDesk"; tests use their own
    QString indexCacheDir;   // empty: the user's cache directory
};

// Everything a page may take from the window, handed over once before the window shows.
struct PageContext
{
    RegistryConnections* connections = nullptr;
    ActivityPanel* activity = nullptr;
    const WindowSettings* settings = nullptr;
    // The window's settings store, for what a page keeps between sessions (never a secret).
    std::function<std::unique_ptr<QSettings>()> openSettings;
};

// A page of the main window (Browse, Flows, Diff, …). MainWindow registers every page in one list, in tab
// order; the tab's title, its Ctrl+<position> shortcut, --page and the page the window reopens on all follow
// that list and this interface. A page class also declares `static constexpr QLatin1String kName`, its
// name for --page and the settings ("browse"), from which its objectName ("browsePage") is made.
class WindowPage : public QWidget
{
public:
    using QWidget::QWidget;

    // The tab's label, translated, with its mnemonic ("&Browse").
    virtual QString pageTitle() const = 0;
    // Takes what the page needs from the window; called once, right after the page is created.
    virtual void setContext(const PageContext& context) = 0;
};
