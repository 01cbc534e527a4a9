// The window speaks the language it is given (German, French), English plural forms included, and
// View ▸ Language stores the choice for the next start.
#include "MainWindow.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
    void menuStoresTheChoice();

private:
    void removeTranslators();
    QTemporaryDir m_dir;
};

void TestLanguage::removeTranslators()
{
    for (auto* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestLanguage::windowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("tabs");
    QTest::addColumn<QString>("compare");
    QTest::addColumn<QString>("plural");
    QTest::newRow("German") << u"de"_s
                            << QStringList{u"D&urchsuchen"_s, u"Ab&läufe"_s,  u"Ver&gleich"_s, u"&Benutzer"_s,
                                           u"&Zertifikate"_s, u"&Speicher"_s, u"C&hanges"_s}
                            << u"&Vergleichen"_s << u"2 Tags bereinigen"_s;
    QTest::newRow("French") << u"fr"_s << QStringList{} << u"&Comparer"_s << QString();
    QTest::newRow("English") << u"en"_s << QStringList{u"&Browse"_s,       u"&Flows"_s,   u"&Diff"_s,   u"&Users"_s,
                                                       u"&Certificates"_s, u"&Storage"_s, u"C&hanges"_s}
                             << u"&Compare"_s << u"Prune 2 tags"_s;
}

void TestLanguage::windowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, tabs);
    QFETCH(QString, compare);
    QFETCH(QString, plural);
    removeTranslators();
    QCOMPARE(Translations::install(qApp, language), language);
    MainWindow::Settings settings;
    settings.settingsFile = m_dir.filePath(u"settings.ini"_s);
    MainWindow window(settings);
    auto* pages = window.findChild<QTabWidget*>(u"pages"_s);
    QStringList shown;
    for (int i = 0; i < pages->count(); ++i) {
        shown << pages->tabText(i);
    }
    if (!tabs.isEmpty()) {
        QCOMPARE(shown, tabs);
    }
    QCOMPARE(window.findChild<QPushButton*>(u"compareButton"_s)->text(), compare);
    if (!plural.isEmpty()) {
        QCOMPARE(QCoreApplication::translate("PruneDialog", "Prune %n tag(s)", nullptr, 2), plural);
    }
    removeTranslators();
}

void TestLanguage::menuStoresTheChoice()
{
    MainWindow::Settings settings;
    settings.settingsFile = m_dir.filePath(u"menu.ini"_s);
    {
        MainWindow window(settings);
        auto* system = window.findChild<QAction*>(u"language-system"_s);
        QVERIFY(system && system->isChecked());
        window.findChild<QAction*>(u"language-fr"_s)->trigger();
    }
    QCOMPARE(QSettings(settings.settingsFile, QSettings::IniFormat).value(MainWindow::kLanguageKey).toString(),
             u"fr"_s);
    MainWindow again(settings);
    QVERIFY(again.findChild<QAction*>(u"language-fr"_s)->isChecked());
}

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
