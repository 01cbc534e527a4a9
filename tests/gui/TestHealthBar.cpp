// The window's health bar: a known certificate that expires in 10 days is named there after start.
#include "MainWindow.h"
#include "MessageBar.h"
#include "TestProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHealthBar : public QObject
{
    Q_OBJECT
private slots:
    void certificateExpiringInTenDays();
};

void TestHealthBar::certificateExpiringInTenDays()
{
    QTemporaryDir dir;
    const auto pki = dir.filePath(u"pki"_s);
    const auto made = TestProcess::run(QStringLiteral(REGISTRYDESK_CLI),
                                       {u"cert"_s, u"ca"_s, u"--out-dir"_s, pki, u"--days"_s, u"10"_s}, 60000, {},
                                       TestProcess::isolatedEnvironment(dir.filePath(u"home"_s)));
    QVERIFY2(made.ok(), qPrintable(made.describe()));
    MainWindow::Settings settings;
    settings.settingsFile = dir.filePath(u"settings.ini"_s);
    settings.pkiDir = pki;
    MainWindow window(settings);
    window.show();
    auto* bar = window.findChild<MessageBar*>(u"healthBar"_s);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
    QVERIFY2(bar->text().contains(u"expires in"_s), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(u"ca.crt"_s));
    QCOMPARE(bar->level(), MessageBar::Level::Warning);

    // With a longer certificate the bar goes when checked again.
    QVERIFY(QFile::remove(pki + u"/ca.crt"_s) && QFile::remove(pki + u"/ca.key"_s));
    const auto again = TestProcess::run(QStringLiteral(REGISTRYDESK_CLI), {u"cert"_s, u"ca"_s, u"--out-dir"_s, pki},
                                        60000, {}, TestProcess::isolatedEnvironment(dir.filePath(u"home"_s)));
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    window.checkHealth();
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 20000);
}

QTEST_MAIN(TestHealthBar)
#include "TestHealthBar.moc"
