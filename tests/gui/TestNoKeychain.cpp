// Without any OS keychain (this test runs with no session bus), a password entered for a connection is
// never written anywhere: the window says so and offers to keep it for this session only.
#include "ConnectionDialog.h"
#include "ConnectionsPanel.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RegistryProcess.h"
#include "credentials/RegistryConnections.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void passwordIsKeptForTheSessionOnlyWhenAsked();
};

void TestNoKeychain::passwordIsKeptForTheSessionOnlyWhenAsked()
{
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s),
             "run through ctest, which points the session bus nowhere");
    QTemporaryDir dir;
    RegistryProcess registry;
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    MainWindow::Settings settings;
    settings.settingsFile = dir.filePath(u"settings.ini"_s);
    {
        MainWindow window(settings);
        window.show();
        window.findChild<QToolButton*>(u"addConnectionButton"_s)->click();
        ConnectionDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConnectionDialog*>()) != nullptr);
        dialog->findChild<QLineEdit*>(u"addressEdit"_s)->setText(registry.hostPort());
        dialog->findChild<QLineEdit*>(u"usernameEdit"_s)->setText(registry.username());
        dialog->findChild<QLineEdit*>(u"passwordEdit"_s)->setText(registry.password());
        dialog->findChild<QLineEdit*>(u"caFileEdit"_s)->setText(registry.caFile());
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        const auto id = window.findChild<ConnectionsPanel*>()->currentId();

        auto* bar = window.findChild<MessageBar*>(u"connectionsMessageBar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 30000);
        QVERIFY2(bar->text().contains(u"No OS keychain"_s), qPrintable(bar->text()));
        QCOMPARE(bar->level(), MessageBar::Level::Warning);
        auto* keep = bar->findChild<QPushButton*>(u"messageAction"_s);
        QVERIFY(keep->isVisible());
        keep->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.connections()->status(id).state, RegistryConnections::Status::State::Ready,
                                  30000);
        QCOMPARE(window.connections()->status(id).credentialsSource, u"this session only"_s);
    }
    QFile file(settings.settingsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto content = file.readAll();
    QVERIFY(content.contains(registry.hostPort().toUtf8()));
    QVERIFY(!content.contains(registry.password().toUtf8()));
}

QTEST_MAIN(TestNoKeychain)
#include "TestNoKeychain.moc"
