// The Changes page offscreen, on a stand-in Zuul API in front of real registry:2 instances: a change with two
// buildsets shown with its builds and images (present with digest, missing), pasted Zuul URLs, promote with the
// list of copies confirmed first, diff against the published tag, the way back to Browse and the build's log, and
// Browse's Zuul column leading here.
#include "ChangesPage.h"
#include "DiffPage.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RepositoryTreeModel.h"
#include "SequenceDiagram.h"
#include "TagTableModel.h"
#include "ZuulChangeFixture.h"
#include "credentials/RegistryConnections.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeout = 30000;

} // namespace

class TestChangesPage : public QObject
{
    Q_OBJECT
public slots:
    void openUrl(const QUrl& url) { m_opened << url; }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTheBuildsetsBuildsAndImagesOfAChange();
    void pastedZuulUrls();
    void promotesAfterListingEveryCopy();
    void diffsAgainstThePublishedTag();
    void opensTheImageInBrowseAndTheBuildLog();
    void browseZuulColumnLeadsHere();
    void badInputSaysSoAndKeepsTheList();
    void drawsARealBuildsetsFlow();
    void whiteLabelZuul();

private:
    MainWindow::Settings settings() const;
    void addConnections(MainWindow& window, const ZuulApiServer* zuul = nullptr);
    ChangesPage* lookUp(MainWindow& window, const QString& text);
    static QTreeWidgetItem* find(QTreeWidget* tree, const QString& text);

    QTemporaryDir m_dir;
    ZuulChangeFixture m_change;
    ZuulApiServer m_zuul{u"example"_s};
    QString m_service = u"RegistryDeskTest-%1"_s.arg(QCoreApplication::applicationPid());
    QString m_intermediateId;
    QList<QUrl> m_opened;
};

void TestChangesPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_change.setUp(m_dir, &error), qPrintable(error));
    m_change.addBuilds(m_zuul);
    QVERIFY2(m_zuul.start(&error), qPrintable(error));
    QDesktopServices::setUrlHandler(u"https"_s, this, "openUrl");
}

void TestChangesPage::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

MainWindow::Settings TestChangesPage::settings() const
{
    MainWindow::Settings s;
    s.settingsFile = m_dir.filePath(u"settings.ini"_s);
    s.keychainService = m_service;
    return s;
}

void TestChangesPage::addConnections(MainWindow& window, const ZuulApiServer* zuul)
{
    for (auto* registry : {&m_change.intermediate, &m_change.publication}) {
        Connection connection;
        connection.id = Connection::newId();
        connection.address = registry->hostPort();
        connection.username = registry->username();
        connection.caFile = registry->caFile();
        connection.certsDir = m_dir.filePath(u"no-certs.d"_s);
        connection.persistent = false;
        if (registry == &m_change.intermediate) {
            connection.name = u"Intermediate"_s;
            connection.role = Connection::Role::Intermediate;
            connection.zuulUrl = (zuul ? zuul : &m_zuul)->baseUrl();
            connection.zuulTenant = u"example"_s;
            m_intermediateId = connection.id;
        } else {
            connection.name = u"Publication"_s;
            connection.role = Connection::Role::Publication;
        }
        window.connections()->put(connection);
        window.connections()->keepForSession(connection.id, registry->password());
    }
}

ChangesPage* TestChangesPage::lookUp(MainWindow& window, const QString& text)
{
    auto* page = window.findChild<ChangesPage*>(u"changesPage"_s);
    QSignalSpy done(page, &ChangesPage::lookedUp);
    window.findChild<QLineEdit*>(u"changeEdit"_s)->setText(text);
    window.findChild<QPushButton*>(u"lookUpButton"_s)->click();
    if (!done.wait(kTimeout)) {
        return nullptr;
    }
    return page;
}

QTreeWidgetItem* TestChangesPage::find(QTreeWidget* tree, const QString& text)
{
    const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, ChangesPage::NameColumn);
    return items.isEmpty() ? nullptr : items.first();
}

void TestChangesPage::showsTheBuildsetsBuildsAndImagesOfAChange()
{
    MainWindow window(settings());
    addConnections(window);
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(u"pages"_s);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier); // the seventh page, as the list registers it
    QCOMPARE(tabs->currentWidget()->objectName(), u"changesPage"_s);
    auto* page = lookUp(window, QString::number(ZuulChangeFixture::kChange));
    QVERIFY(page);
    auto* tree = window.findChild<QTreeWidget*>(u"buildsetTree"_s);
    // Two buildsets, newest first: gate patchset 2 (two builds), check patchset 1 (one).
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(ChangesPage::NameColumn), u"gate · patchset 2"_s);
    QCOMPARE(tree->topLevelItem(0)->text(ChangesPage::ResultColumn), u"SUCCESS"_s);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->text(ChangesPage::NameColumn), u"check · patchset 1"_s);
    auto* build = tree->topLevelItem(0)->child(0);
    QCOMPARE(build->text(ChangesPage::NameColumn), u"app-build-image"_s);
    QCOMPARE(build->text(ChangesPage::WhenColumn), u"10 min 0 s"_s);
    QCOMPARE(build->childCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(ChangesPage::NameColumn), u"app-test"_s);
    QCOMPARE(tree->topLevelItem(0)->child(1)->childCount(), 0);
    // Each image checked in the intermediate registry: the digests skopeo pushed; the deleted one missing.
    auto* app = build->child(0);
    QCOMPARE(app->text(ChangesPage::NameColumn), u"org/app:latest"_s);
    QCOMPARE(app->text(ChangesPage::ResultColumn), u"present"_s);
    QCOMPARE(app->toolTip(ChangesPage::DigestColumn), m_change.appDigest);
    QVERIFY(!app->text(ChangesPage::SizeColumn).isEmpty());
    auto* multi = build->child(1);
    QCOMPARE(multi->toolTip(ChangesPage::DigestColumn), m_change.indexDigest);
    QVERIFY2(multi->text(ChangesPage::SizeColumn).contains(u"2 platform"_s),
             qPrintable(multi->text(ChangesPage::SizeColumn)));
    auto* missing = tree->topLevelItem(1)->child(0)->child(0);
    QCOMPARE(missing->text(ChangesPage::ResultColumn), u"missing"_s);
    QCOMPARE(missing->foreground(ChangesPage::ResultColumn).color(), QColor(0xc0, 0x20, 0x20));
    QVERIFY(missing->text(ChangesPage::DigestColumn).isEmpty());
    QCOMPARE(page->images().size(), 3);
    auto* summary = window.findChild<QLabel*>(u"changesSummary"_s);
    QVERIFY2(summary->text().contains(u"3 build"_s) && summary->text().contains(u"2 image"_s),
             qPrintable(summary->text()));
    // The activity panel counts the images checked, not bytes.
    QStringList formats;
    for (const auto* bar : window.findChildren<QProgressBar*>()) {
        formats << bar->format();
    }
    QVERIFY2(formats.contains(u"3"_s), qPrintable(formats.join(u" | "_s)));
    // A missing image cannot be opened or diffed; its build's log can.
    tree->setCurrentItem(missing);
    QVERIFY(!window.findChild<QPushButton*>(u"openInBrowseButton"_s)->isEnabled());
    QVERIFY(!window.findChild<QPushButton*>(u"diffPublishedButton"_s)->isEnabled());
    QVERIFY(window.findChild<QPushButton*>(u"openLogButton"_s)->isEnabled());
    tree->setCurrentItem(app);
    QVERIFY(window.findChild<QPushButton*>(u"openInBrowseButton"_s)->isEnabled());
    QVERIFY(window.findChild<QPushButton*>(u"promoteButton"_s)->isEnabled());
}

void TestChangesPage::pastedZuulUrls()
{
    MainWindow window(settings());
    addConnections(window);
    window.show();
    const auto zuul = m_zuul.baseUrl().toString();
    auto* page = lookUp(window, zuul + u"/t/example/buildset/"_s + m_change.gateBuildset);
    QVERIFY(page);
    auto* tree = window.findChild<QTreeWidget*>(u"buildsetTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(page->builds().size(), 2);
    // A build URL: its whole change, that build selected.
    QVERIFY(lookUp(window, zuul + u"/t/example/build/"_s + m_change.checkBuild));
    QCOMPARE(tree->topLevelItemCount(), 2);
    QVERIFY(tree->currentItem());
    QCOMPARE(tree->currentItem()->parent(), tree->topLevelItem(1));
    QCOMPARE(tree->currentItem()->text(ChangesPage::NameColumn), u"app-build-image"_s);
    // A Zuul no connection names.
    auto* bar = window.findChild<MessageBar*>(u"changesMessageBar"_s);
    window.findChild<QLineEdit*>(u"changeEdit"_s)
        ->setText(u"https://zuul.elsewhere.example/t/x/buildset/"_s + m_change.gateBuildset);
    window.findChild<QPushButton*>(u"lookUpButton"_s)->click();
    QVERIFY2(bar->text().contains(u"No connection uses the Zuul at https://zuul.elsewhere.example/"_s),
             qPrintable(bar->text()));
    QCOMPARE(tree->topLevelItemCount(), 2); // what was shown stays
}

void TestChangesPage::promotesAfterListingEveryCopy()
{
    MainWindow window(settings());
    addConnections(window);
    window.show();
    QVERIFY(lookUp(window, u"4711"_s));
    auto* tree = window.findChild<QTreeWidget*>(u"buildsetTree"_s);
    tree->setCurrentItem(tree->topLevelItem(0)->child(0)); // the gate image build
    QStringList listed;
    QString confirmed;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&]() {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            confirmed = dialog->objectName();
            for (auto* table : dialog->findChildren<QTreeWidget*>()) {
                for (int row = 0; row < table->topLevelItemCount(); ++row) {
                    listed << table->topLevelItem(row)->text(1);
                }
            }
            answer.stop();
            dialog->accept();
        }
    });
    answer.start();
    window.findChild<QPushButton*>(u"promoteButton"_s)->click();
    QCOMPARE(confirmed, u"promoteConfirmation"_s);
    const auto publication = m_change.publication.hostPort();
    QCOMPARE(listed, (QStringList{publication + u"/org/app:latest"_s, publication + u"/org/multi:latest"_s}));
    auto* bar = window.findChild<MessageBar*>(u"changesMessageBar"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(bar->text().contains(u"Promoted"_s), qPrintable(bar->text()), kTimeout);
    const auto app = Skopeo::inspectRaw(publication + u"/org/app:latest"_s, m_change.publication);
    QVERIFY2(app.ok(), qPrintable(app.describe()));
    QCOMPARE(TestImage::digestOf(app.out), m_change.appDigest);
    const auto index = Skopeo::inspectRaw(publication + u"/org/multi:latest"_s, m_change.publication);
    QCOMPARE(TestImage::digestOf(index.out), m_change.indexDigest);
}

void TestChangesPage::diffsAgainstThePublishedTag()
{
    MainWindow window(settings());
    addConnections(window);
    window.show();
    QVERIFY(lookUp(window, u"4711"_s));
    auto* tree = window.findChild<QTreeWidget*>(u"buildsetTree"_s);
    tree->setCurrentItem(tree->topLevelItem(0)->child(0)->child(0));
    auto* diff = window.findChild<DiffPage*>(u"diffPage"_s);
    QSignalSpy compared(diff, &DiffPage::compared);
    window.findChild<QPushButton*>(u"diffPublishedButton"_s)->click();
    QCOMPARE(window.findChild<QTabWidget*>(u"pages"_s)->currentWidget(), diff);
    QCOMPARE(window.findChild<QLineEdit*>(u"referenceA"_s)->text(), u"org/app:%1_latest"_s.arg(m_change.gateBuild));
    QCOMPARE(window.findChild<QLineEdit*>(u"referenceB"_s)->text(), u"org/app:latest"_s);
    QCOMPARE(window.findChild<QComboBox*>(u"connectionA"_s)->currentText(), u"Intermediate"_s);
    QCOMPARE(window.findChild<QComboBox*>(u"connectionB"_s)->currentText(), u"Publication"_s);
    QVERIFY(compared.wait(kTimeout));
}

void TestChangesPage::opensTheImageInBrowseAndTheBuildLog()
{
    MainWindow window(settings());
    addConnections(window);
    window.show();
    QVERIFY(lookUp(window, u"4711"_s));
    auto* tree = window.findChild<QTreeWidget*>(u"buildsetTree"_s);
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    m_opened.clear();
    window.findChild<QPushButton*>(u"openLogButton"_s)->click();
    QCOMPARE(m_opened, QList<QUrl>{QUrl(u"https://logs.example.org/11/4711/2/gate/app-build-image/%1/"_s.arg(
                           m_change.gateBuild.left(7)))});
    tree->setCurrentItem(tree->topLevelItem(0)->child(0)->child(0));
    window.findChild<QPushButton*>(u"openInBrowseButton"_s)->click();
    QCOMPARE(window.findChild<QTabWidget*>(u"pages"_s)->currentWidget()->objectName(), u"browsePage"_s);
    auto* table = window.findChild<QTableView*>(u"tagTable"_s);
    const auto tag = u"%1_latest"_s.arg(m_change.gateBuild);
    QTRY_VERIFY_WITH_TIMEOUT(table->selectionModel() && table->selectionModel()->selectedRows().size() == 1 &&
                                 table->selectionModel()->selectedRows().first().data(TagTableModel::TagRole) == tag,
                             kTimeout);
}

void TestChangesPage::browseZuulColumnLeadsHere()
{
    MainWindow window(settings());
    addConnections(window);
    window.show();
    window.findChild<QTabWidget*>(u"pages"_s)->setCurrentIndex(0);
    auto* repositories = window.findChild<QTreeView*>(u"repositoryTree"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!repositories->model()
                                  ->match(repositories->model()->index(0, 0), RepositoryTreeModel::RepositoryRole,
                                          u"org/app"_s, 1, Qt::MatchExactly | Qt::MatchRecursive)
                                  .isEmpty(),
                             kTimeout);
    repositories->setCurrentIndex(repositories->model()
                                      ->match(repositories->model()->index(0, 0), RepositoryTreeModel::RepositoryRole,
                                              u"org/app"_s, 1, Qt::MatchExactly | Qt::MatchRecursive)
                                      .first());
    auto* table = window.findChild<QTableView*>(u"tagTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kTimeout);
    const auto zuulCell = table->model()->index(0, TagTableModel::ZuulColumn);
    QVERIFY(zuulCell.data(Qt::ToolTipRole).toString().contains(u"Changes page"_s));
    auto* page = window.findChild<ChangesPage*>(u"changesPage"_s);
    QSignalSpy done(page, &ChangesPage::lookedUp);
    emit table->activated(zuulCell);
    QCOMPARE(window.findChild<QTabWidget*>(u"pages"_s)->currentWidget(), page);
    QVERIFY(done.wait(kTimeout));
    auto* tree = window.findChild<QTreeWidget*>(u"buildsetTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QVERIFY(tree->currentItem());
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole + 1).toString(), m_change.gateBuild);
}

void TestChangesPage::badInputSaysSoAndKeepsTheList()
{
    MainWindow window(settings());
    addConnections(window);
    window.show();
    QVERIFY(lookUp(window, u"4711"_s));
    auto* tree = window.findChild<QTreeWidget*>(u"buildsetTree"_s);
    auto* bar = window.findChild<MessageBar*>(u"changesMessageBar"_s);
    for (const auto& text : {u"latest"_s, u"https://zuul.example/t/x/jobs"_s, u"\x1b]0;owned\x07"_s}) {
        window.findChild<QLineEdit*>(u"changeEdit"_s)->setText(text);
        window.findChild<QPushButton*>(u"lookUpButton"_s)->click();
        QVERIFY2(bar->isVisible() && !bar->text().isEmpty(), qPrintable(text));
        QVERIFY(!bar->text().contains(u'\x1b'));
        QCOMPARE(tree->topLevelItemCount(), 2);
    }
    // A buildset Zuul does not know: one clear line.
    QVERIFY(lookUp(window, m_zuul.baseUrl().toString() + u"/t/example/buildset/"_s + ZuulApiServer::newUuid()));
    QVERIFY2(bar->text().contains(u"knows no buildset"_s), qPrintable(bar->text()));
}

void TestChangesPage::drawsARealBuildsetsFlow()
{
    // The change as before, and after its gate the promote pipeline's job that took the app image.
    ZuulApiServer zuul(u"example"_s);
    m_change.addBuilds(zuul);
    ZuulApiServer::Build promote;
    promote.uuid = ZuulApiServer::newUuid();
    promote.jobName = u"app-promote-image"_s;
    promote.pipeline = u"promote"_s;
    promote.change = ZuulChangeFixture::kChange;
    promote.patchset = 2;
    promote.buildset = ZuulApiServer::newUuid();
    promote.start = m_change.now.addSecs(-1000);
    promote.end = m_change.now.addSecs(-900);
    promote.artifacts = {
        ZuulApiServer::imageArtifact(m_change.intermediate.hostPort(), u"org/app"_s, m_change.gateBuild, u"latest"_s)};
    zuul.addBuild(promote);
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    MainWindow window(settings());
    addConnections(window, &zuul);
    window.show();
    QVERIFY(lookUp(window, u"4711"_s));
    auto* tree = window.findChild<QTreeWidget*>(u"buildsetTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 3);
    auto* gate = tree->topLevelItem(1);
    QCOMPARE(gate->text(ChangesPage::NameColumn), u"gate · patchset 2"_s);
    tree->setCurrentItem(gate->child(1)); // any row of the buildset will do
    auto* draw = window.findChild<QPushButton*>(u"drawFlowButton"_s);
    QVERIFY(draw->isEnabled());
    draw->click();
    QCOMPARE(window.findChild<QTabWidget*>(u"pages"_s)->currentWidget()->objectName(), u"flowsPage"_s);
    auto* diagram = window.findChild<SequenceDiagram*>(u"buildsetDiagram"_s);
    QVERIFY(diagram->isVisible());
    // The arrows match the builds: the gate image build's two pushes, then the promote job's pull.
    QCOMPARE(diagram->participants(), (QStringList{u"Intermediate registry"_s, u"app-build-image"_s, u"app-test"_s,
                                                   u"promote: app-promote-image"_s}));
    const auto& arrows = diagram->arrows();
    QCOMPARE(arrows.size(), 3);
    QCOMPARE(arrows[0].from, 1);
    QCOMPARE(arrows[0].to, 0);
    QCOMPARE(arrows[0].label, u"org/app:%1_latest"_s.arg(m_change.gateBuild));
    QCOMPARE(arrows[1].label, u"org/multi:%1_latest"_s.arg(m_change.gateBuild));
    QCOMPARE(arrows[2].from, 0);
    QCOMPARE(arrows[2].to, 3);
    QCOMPARE(arrows[2].label, u"org/app:%1_latest"_s.arg(m_change.gateBuild));
    QVERIFY(arrows[2].detail.contains(promote.uuid.left(8)));
    // Exported like the document's diagrams.
    const auto svg = diagram->toSvg(u"buildset"_s);
    QVERIFY(svg.contains("app-promote-image"));
    QVERIFY(window.findChild<QLabel*>(u"buildsetFlowTitle"_s)->text().contains(m_change.gateBuildset.left(8)));
}

void TestChangesPage::whiteLabelZuul()
{
    // A white-label Zuul (older shape): its proxy rewrites every /api/ path, so the page must find out first.
    ZuulApiServer zuul(u"example"_s, ZuulApiServer::Shape::Flat, true);
    m_change.addBuilds(zuul);
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    MainWindow window(settings());
    addConnections(window, &zuul);
    window.show();
    auto* page = lookUp(window, u"4711"_s);
    QVERIFY(page);
    auto* tree = window.findChild<QTreeWidget*>(u"buildsetTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(page->images().size(), 3);
    QStringList paths;
    for (const auto& request : zuul.requests()) {
        paths << request.path();
    }
    QCOMPARE(paths.value(0), u"/api/info"_s);
    QVERIFY2(paths.contains(u"/api/builds"_s), qPrintable(paths.join(u", "_s)));
    // A white-label build URL names no tenant.
    QVERIFY(lookUp(window, zuul.baseUrl().toString() + u"/build/"_s + m_change.gateBuild));
    QCOMPARE(tree->currentItem()->text(ChangesPage::NameColumn), u"app-build-image"_s);
}

QTEST_MAIN(TestChangesPage)
#include "TestChangesPage.moc"
