// The main window against a real registry, offscreen, driven by objectName.
#include "MainWindow.h"
#include "RegistryProcess.h"
#include "TestImage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void browsesToATagAndShowsItsManifest();
    void filterNarrowsRepositories();
    void wrongPasswordShowsMessage();
    void untrustedCertificateShowsMessage();
    void insecureIsLoud();

private:
    MainWindow::Settings settings() const;
    QTemporaryDir m_dir;
    std::unique_ptr<RegistryProcess> m_registry;
    QString m_digest;
};

MainWindow::Settings TestMainWindow::settings() const
{
    MainWindow::Settings s;
    s.registry = m_registry->hostPort();
    s.authFile = m_registry->authFile();
    s.certsDir = m_registry->certsDir();
    return s;
}

void TestMainWindow::initTestCase()
{
    QString error;
    m_registry = std::make_unique<RegistryProcess>();
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    TestImage image;
    image.addLayer({TestImage::Entry(QStringLiteral("hello"), "world\n")});
    const auto layout = image.writeLayout(m_dir.filePath(QStringLiteral("img")), QStringLiteral("v1"), &error);
    for (const auto* repo : {"zuul/app", "zuul/web", "other/tool"}) {
        QVERIFY2(TestImage::pushWithSkopeo(
                     layout, m_registry->hostPort() + QLatin1Char('/') + QLatin1String(repo) + QStringLiteral(":v1"),
                     *m_registry, &m_digest, &error),
                 qPrintable(error));
    }
}

void TestMainWindow::browsesToATagAndShowsItsManifest()
{
    MainWindow window(settings());
    window.show();
    auto* repositories = window.findChild<QListView*>(QStringLiteral("repositoryList"));
    auto* tags = window.findChild<QTableWidget*>(QStringLiteral("tagTable"));
    auto* details = window.findChild<QPlainTextEdit*>(QStringLiteral("detailsView"));
    QVERIFY(repositories && tags && details);
    QTRY_COMPARE_WITH_TIMEOUT(repositories->model()->rowCount(), 3, 20000);
    const auto index = repositories->model()->index(1, 0);
    QCOMPARE(index.data().toString(), QStringLiteral("zuul/app"));
    repositories->setCurrentIndex(index);
    QTRY_COMPARE_WITH_TIMEOUT(tags->rowCount(), 1, 20000);
    QCOMPARE(tags->item(0, 0)->text(), QStringLiteral("v1"));
    tags->setCurrentCell(0, 0);
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(m_digest), 20000);
    QVERIFY(details->toPlainText().contains(QLatin1String("Layers:")));
    QCOMPARE(tags->item(0, 1)->toolTip(), m_digest);
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("messageBar"))->isVisible());
}

void TestMainWindow::filterNarrowsRepositories()
{
    MainWindow window(settings());
    window.show();
    auto* repositories = window.findChild<QListView*>(QStringLiteral("repositoryList"));
    QTRY_COMPARE_WITH_TIMEOUT(repositories->model()->rowCount(), 3, 20000);
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("repositoryFilter"));
    QTest::keyClicks(filter, QStringLiteral("zuul/"));
    QCOMPARE(repositories->model()->rowCount(), 2);
}

void TestMainWindow::wrongPasswordShowsMessage()
{
    const auto path = m_dir.filePath(QStringLiteral("wrong.json"));
    QVERIFY(m_registry->writeAuthFile(path, m_registry->username(), QStringLiteral("bad-password")));
    auto s = settings();
    s.authFile = path;
    MainWindow window(s);
    window.show();
    auto* message = window.findChild<QLabel*>(QStringLiteral("messageBar"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
    QVERIFY2(message->text().contains(QLatin1String("refused the credentials for user zuul")),
             qPrintable(message->text()));
    QVERIFY(!message->text().contains(QLatin1String("bad-password")));
}

void TestMainWindow::untrustedCertificateShowsMessage()
{
    auto s = settings();
    s.certsDir = m_dir.filePath(QStringLiteral("empty-certs"));
    MainWindow window(s);
    window.show();
    auto* message = window.findChild<QLabel*>(QStringLiteral("messageBar"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
    QVERIFY2(message->text().contains(QLatin1String("cannot verify the TLS certificate")), qPrintable(message->text()));
}

void TestMainWindow::insecureIsLoud()
{
    auto s = settings();
    s.certsDir = m_dir.filePath(QStringLiteral("empty-certs"));
    s.tlsVerify = false;
    MainWindow window(s);
    window.show();
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("insecureBanner"))->isVisible());
    auto* repositories = window.findChild<QListView*>(QStringLiteral("repositoryList"));
    QTRY_COMPARE_WITH_TIMEOUT(repositories->model()->rowCount(), 3, 20000);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
