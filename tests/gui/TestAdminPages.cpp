// The Users and Certificates pages, offscreen, driven by objectName; results checked with the real
// htpasswd and openssl tools and a real registry.
#include "CertificatesPage.h"
#include "MessageBar.h"
#include "RegistryProcess.h"
#include "TestProcess.h"
#include "UsersPage.h"
#include "admin/Bcrypt.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestAdminPages : public QObject
{
    Q_OBJECT
private slots:
    void usersPageAddsSavesAndReloads();
    void usersPageLiveLoginCheck();
    void usersPageOffersToCommentOutALineTheRegistryRefuses();
    void usersPageRefusesFilesThatAreNotText();
    void certificatesPageCreatesCaAndServer();

private:
    QTemporaryDir m_dir;
};

void TestAdminPages::usersPageAddsSavesAndReloads()
{
    UsersPage page;
    page.show();
    const auto path = m_dir.filePath(QStringLiteral("htpasswd"));
    page.findChild<QLineEdit*>(QStringLiteral("htpasswdPathEdit"))->setText(path);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("openButton")), Qt::LeftButton);
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("userEdit")), QStringLiteral("zuul"));
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("gui-password"));
    page.findChild<QSpinBox*>(QStringLiteral("costSpin"))->setValue(5);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("usersTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10000);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("zuul"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("bcrypt"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("5"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("stateLabel"))->text(), QStringLiteral("Unsaved changes"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    const auto verified = TestProcess::run(
        QStringLiteral("htpasswd"), {QStringLiteral("-vi"), path, QStringLiteral("zuul")}, 10000, "gui-password");
    QVERIFY2(verified.ok(), qPrintable(verified.describe()));

    // Adding the same user again is refused with a message, and the file stays as it was.
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    auto* message = page.findChild<MessageBar*>(QStringLiteral("usersMessageBar"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("already exists")), qPrintable(message->text()));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("reloadButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("stateLabel"))->text(), QStringLiteral("Saved"));
}

void TestAdminPages::usersPageLiveLoginCheck()
{
    RegistryProcess registry;
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    UsersPage page;
    page.setCertsDir(registry.certsDir());
    page.show();
    page.openFile(registry.htpasswdFile());
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("userEdit")), QStringLiteral("guest"));
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("guest-pw"));
    page.findChild<QSpinBox*>(QStringLiteral("costSpin"))->setValue(5);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page.isBusy() && page.findChild<QTableWidget*>(QStringLiteral("usersTable"))->rowCount() == 2, 10000);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    page.findChild<QLineEdit*>(QStringLiteral("checkRegistryEdit"))->setText(registry.hostPort());
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("checkButton")), Qt::LeftButton);
    auto* result = page.findChild<QLabel*>(QStringLiteral("checkResultLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("can log in")), 10000);

    page.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("not-it"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("checkButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("refused the credentials")), 10000);
}

// registry:2 refuses the whole file for a line without ':': the page says so, naming the line (escaped), refuses to
// save, and offers to comment the line out, after which saving works.
void TestAdminPages::usersPageOffersToCommentOutALineTheRegistryRefuses()
{
    const auto path = m_dir.filePath(QStringLiteral("broken-htpasswd"));
    const QByteArray zuul = "zuul:" + Bcrypt::hash("a", 4) + "\n";
    const QByteArray content = zuul + "registry\x1b[31m\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
    }
    UsersPage page;
    page.show();
    page.openFile(path);
    auto* message = page.findChild<MessageBar*>(QStringLiteral("usersMessageBar"));
    auto* action = message->findChild<QPushButton*>(QStringLiteral("messageAction"));
    const auto names = [&message]() {
        return message->isVisible() && message->level() == MessageBar::Level::Error &&
               message->text().contains(QLatin1String(R"(line 2 ("registry\u001b[31m"))")) &&
               !message->text().contains(QChar(0x1b));
    };
    QVERIFY2(names(), qPrintable(message->text()));
    QVERIFY(action->isVisible());
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("usersTable"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral(R"(registry\u001b[31m)"));

    // Saving is refused with the same reason; the file stays as it was.
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(names() && message->text().contains(QLatin1String("left as it was")), qPrintable(message->text()));
    QVERIFY(action->isVisible());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    file.close();

    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1); // the line is a comment now
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(message->level() == MessageBar::Level::Info && message->text().startsWith(QLatin1String("Saved")),
             qPrintable(message->text()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), zuul + "# registry\x1b[31m\n");
}

void TestAdminPages::usersPageRefusesFilesThatAreNotText()
{
    const auto path = m_dir.filePath(QStringLiteral("binary-htpasswd"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray("zuul:\0\x1b[2J\n", 11)) == 11);
    }
    UsersPage page;
    page.show();
    page.openFile(path);
    auto* message = page.findChild<MessageBar*>(QStringLiteral("usersMessageBar"));
    QVERIFY2(message->isVisible() &&
                 message->text().contains(QLatin1String("not a text file (line 1 holds a NUL byte)")),
             qPrintable(message->text()));
    QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("usersTable"))->rowCount(), 0);
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

void TestAdminPages::certificatesPageCreatesCaAndServer()
{
    CertificatesPage page;
    page.show();
    const auto dir = m_dir.filePath(QStringLiteral("pki"));
    QDir().mkpath(dir);
    page.setDirectory(dir);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("createCaButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && QFile::exists(dir + QStringLiteral("/ca.key")), 20000);
    page.findChild<QPlainTextEdit*>(QStringLiteral("sanList"))
        ->setPlainText(QStringLiteral("DNS:registry.example.org\nIP:127.0.0.1"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("createServerButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && QFile::exists(dir + QStringLiteral("/domain.key")), 20000);
    const auto verified = TestProcess::run(QStringLiteral("openssl"),
                                           {QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                            dir + QStringLiteral("/ca.crt"), dir + QStringLiteral("/domain.crt")});
    QVERIFY2(verified.ok(), qPrintable(verified.describe()));
    auto* details = page.findChild<QPlainTextEdit*>(QStringLiteral("certificateDetailsView"));
    QVERIFY(details->toPlainText().contains(QLatin1String("DNS:registry.example.org, IP:127.0.0.1")));
    QVERIFY(details->toPlainText().contains(QLatin1String("CA signature are in order")));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("expiryBadge"))->text(), QStringLiteral("valid"));

    // A bad name is refused with a message and nothing is overwritten.
    const auto before = QFileInfo(dir + QStringLiteral("/domain.crt")).lastModified();
    page.findChild<QPlainTextEdit*>(QStringLiteral("sanList"))->setPlainText(QStringLiteral("DNS:bad_name!"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("createServerButton")), Qt::LeftButton);
    auto* message = page.findChild<QLabel*>(QStringLiteral("certificatesMessageBar"));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && message->text().contains(QLatin1String("not a DNS name")), 20000);
    QCOMPARE(QFileInfo(dir + QStringLiteral("/domain.crt")).lastModified(), before);

    // Importing: a key of another certificate is refused, the matching one accepted.
    const auto other = m_dir.filePath(QStringLiteral("other"));
    QDir().mkpath(other);
    page.setDirectory(other);
    page.importServer(dir + QStringLiteral("/domain.crt"), dir + QStringLiteral("/ca.key"), QString());
    QVERIFY2(message->text().contains(QLatin1String("another certificate")), qPrintable(message->text()));
    QVERIFY(!QFile::exists(other + QStringLiteral("/domain.crt")));
    page.importServer(dir + QStringLiteral("/domain.crt"), dir + QStringLiteral("/domain.key"), QString());
    QVERIFY2(message->text().contains(QLatin1String("Imported")), qPrintable(message->text()));
    QVERIFY(QFile::exists(other + QStringLiteral("/domain.crt")));
}

QTEST_MAIN(TestAdminPages)
#include "TestAdminPages.moc"
