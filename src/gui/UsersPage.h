#pragma once

#include "WindowPage.h"
#include "admin/HtpasswdFile.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class UsersPage;
}
class RegistryClient;

// The intermediate registry's htpasswd file: who can log in, with which hash, and what the registry
// will refuse. Passwords are hashed off the GUI thread; a live login check proves a change works on the
// running registry (which re-reads the file when it changes).
class UsersPage : public WindowPage
{
    Q_OBJECT
public:
    explicit UsersPage(QWidget* parent = nullptr);
    ~UsersPage() override;

    static constexpr QLatin1String kName{"users"};
    QString pageTitle() const override { return tr("&Users"); }
    void setContext(const PageContext& context) override;

    void setCertsDir(const QString& dir) { m_certsDir = dir; }
    void openFile(const QString& path);
    bool isBusy() const { return m_busy; }

private:
    void refresh();
    void showMessage(const QString& text, bool isError);
    void showRefusal(const QString& text);
    template<typename T>
    void inBackground(std::function<T()> work, std::function<void(T)> done);
    void addOrSet(bool add);
    void save();
    void checkLogin();
    void setBusy(bool busy);

    std::unique_ptr<Ui::UsersPage> m_ui;
    std::optional<HtpasswdFile> m_file;
    QString m_certsDir;
    QPointer<RegistryClient> m_client;
    bool m_busy = false;
};
