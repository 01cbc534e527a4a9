// The Storage page, offscreen, on the sandbox's real registries: its figures are the CLI's, it filters and
// sorts, previews a prune's reclaimable bytes, and never stalls the event loop meanwhile.
#include "AgeHistogram.h"
#include "Formatting.h"
#include "JobWait.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "StallMonitor.h"
#include "StoragePage.h"
#include "TestImage.h"
#include "TestProcess.h"
#include "lab/Sandbox.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestStoragePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void surveysFiltersAndSorts();
    void previewsWhatPruneFrees();
    void plansGarbageCollectionAndDeletesSafely();

private:
    MainWindow::Settings settings() const;
    QJsonObject cli(const QStringList& arguments);
    StoragePage* open(MainWindow& window);

    QTemporaryDir m_dir;
    QString m_sandboxDir;
    QString m_intermediate;
};

void TestStoragePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandboxDir = m_dir.filePath(u"sandbox"_s);
    const auto error = finishedJob(Sandbox(m_sandboxDir).up(), 120000);
    QVERIFY2(!error, qPrintable(error.message()));
    m_intermediate = Sandbox(m_sandboxDir).members().first().hostPort();
}

void TestStoragePage::cleanupTestCase()
{
    finishedJob(Sandbox(m_sandboxDir).down());
}

MainWindow::Settings TestStoragePage::settings() const
{
    MainWindow::Settings s;
    s.settingsFile = m_dir.filePath(u"settings.ini"_s);
    s.sandboxDir = m_sandboxDir;
    return s;
}

QJsonObject TestStoragePage::cli(const QStringList& arguments)
{
    const Sandbox sandbox(m_sandboxDir);
    const auto result = TestProcess::run(
        QStringLiteral(REGISTRYDESK_CLI),
        QStringList{u"--json"_s, u"--authfile"_s, sandbox.authFile(), u"--certs-dir"_s, sandbox.certsDir()} + arguments,
        60000, {}, TestProcess::isolatedEnvironment(m_dir.filePath(u"cli-home"_s)));
    if (!result.ok()) {
        qWarning() << result.describe();
    }
    return QJsonDocument::fromJson(result.out).object();
}

StoragePage* TestStoragePage::open(MainWindow& window)
{
    auto* pages = window.findChild<QTabWidget*>(u"pages"_s);
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window)) {
        return nullptr;
    }
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier); // the sixth page, as the list registers it
    auto* page = window.findChild<StoragePage*>(u"storagePage"_s);
    if (pages->currentWidget() != page) {
        return nullptr;
    }
    auto* combo = page->findChild<QComboBox*>(u"storageConnection"_s);
    combo->setCurrentIndex(combo->findData(u"sandbox-intermediate"_s));
    return combo->currentIndex() >= 0 ? page : nullptr;
}

void TestStoragePage::surveysFiltersAndSorts()
{
    MainWindow window(settings());
    window.show();
    auto* page = open(window);
    QVERIFY(page);
    StallMonitor monitor;
    monitor.start();
    page->findChild<QPushButton*>(u"surveyButton"_s)->click();
    auto* table = page->findChild<QTreeView*>(u"repositoryTable"_s);
    auto* model = table->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 60000);
    QVERIFY2(monitor.worst() < 100, qPrintable(u"the event loop stalled for %1 ms"_s.arg(monitor.worst())));

    // The same figures as registrydesk-cli storage.
    const auto json = cli({u"storage"_s, m_intermediate});
    const auto repositories = json.value(u"repositories"_s).toArray();
    QVERIFY(!repositories.isEmpty());
    QCOMPARE(model->rowCount(), repositories.size());
    for (const auto& value : repositories) {
        const auto expected = value.toObject();
        const auto rows = model->match(model->index(0, StoragePage::RepositoryColumn), Qt::UserRole,
                                       expected.value(u"name"_s).toString(), 1, Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        const int row = rows.first().row();
        QCOMPARE(model->index(row, StoragePage::TagsColumn).data(Qt::UserRole).toInt(),
                 expected.value(u"tags"_s).toInt());
        QCOMPARE(model->index(row, StoragePage::BytesColumn).data(Qt::UserRole).toLongLong(),
                 expected.value(u"bytes"_s).toInteger());
        QCOMPARE(model->index(row, StoragePage::ExclusiveColumn).data(Qt::UserRole).toLongLong(),
                 expected.value(u"exclusiveBytes"_s).toInteger());
        QVERIFY(!model->index(row, StoragePage::ExclusiveColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(page->findChild<QLabel*>(u"storageSummary"_s)
                ->text()
                .contains(Formatting::size(json.value(u"totalBytes"_s).toInteger())));
    // Every figure is explained.
    for (int column = StoragePage::TagsColumn; column < StoragePage::ColumnCount; ++column) {
        QVERIFY(!model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    // Largest first; the filter narrows to the repositories named.
    QVERIFY(model->index(0, StoragePage::BytesColumn).data(Qt::UserRole).toLongLong() >=
            model->index(1, StoragePage::BytesColumn).data(Qt::UserRole).toLongLong());
    QTest::keyClicks(page->findChild<QLineEdit*>(u"storageFilter"_s), u"web"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, StoragePage::RepositoryColumn).data(Qt::UserRole).toString(), u"zuul/web"_s);
    // Every tag is in the histogram, in one bucket or another.
    int counted = 0;
    for (const auto& bucket : page->findChild<AgeHistogram*>(u"ageHistogram"_s)->buckets()) {
        counted += bucket.count;
    }
    QCOMPARE(counted, json.value(u"tags"_s).toInt());
}

void TestStoragePage::previewsWhatPruneFrees()
{
    MainWindow window(settings());
    window.show();
    auto* page = open(window);
    QVERIFY(page);
    auto* age = page->findChild<QLineEdit*>(u"pruneAge"_s);
    age->clear();
    QTest::keyClicks(age, u"1s"_s);
    page->findChild<QPushButton*>(u"prunePreviewButton"_s)->click();
    auto* result = page->findChild<QLabel*>(u"pruneReclaimable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"garbage collection"_s), 60000);
    const auto json = cli({u"prune"_s, m_intermediate, u"--older-than"_s, u"1s"_s, u"--dry-run"_s});
    const auto reclaimable = json.value(u"reclaimableBytes"_s).toInteger();
    QVERIFY(reclaimable > 0); // the sandbox's build tags are old enough
    QVERIFY2(result->text().contains(Formatting::size(reclaimable)), qPrintable(result->text()));
    QVERIFY(result->text().startsWith(QString::number(json.value(u"deleted"_s).toArray().size())));
    QVERIFY(!cli({u"storage"_s, m_intermediate}).value(u"repositories"_s).toArray().isEmpty()); // nothing deleted

    age->clear();
    QTest::keyClicks(age, u"soon"_s);
    page->findChild<QPushButton*>(u"prunePreviewButton"_s)->click();
    QVERIFY(result->text().contains(u"36h"_s));
}

void TestStoragePage::plansGarbageCollectionAndDeletesSafely()
{
    // A tag that moved leaves its first image untagged, and no tag reaches it.
    const Sandbox sandbox(m_sandboxDir);
    for (const auto* content : {"first\n", "second\n"}) {
        TestImage image;
        image.addLayer({TestImage::Entry(u"content"_s, content)});
        QString error;
        const auto layout = image.writeLayout(m_dir.filePath(QString::fromLatin1(content).trimmed()), u"t"_s, &error);
        const auto pushed = TestProcess::run(u"skopeo"_s,
                                             {u"copy"_s, u"--dest-authfile"_s, sandbox.authFile(), u"--dest-cert-dir"_s,
                                              sandbox.certsDir() + u'/' + m_intermediate, layout,
                                              u"docker://"_s + m_intermediate + u"/gc/app:t"_s},
                                             60000);
        QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
    }
    MainWindow window(settings());
    window.show();
    auto* page = open(window);
    QVERIFY(page);
    const auto root = page->findChild<QLineEdit*>(u"storageRoot"_s)->text();
    QCOMPARE(root, m_sandboxDir + u"/intermediate/data"_s); // a sandbox registry's storage root is known
    page->findChild<QPushButton*>(u"gcPlanButton"_s)->click();
    auto* table = page->findChild<QTreeWidget*>(u"gcPlanTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->topLevelItemCount(), 5, 60000);
    const auto json = cli({u"gc"_s, u"plan"_s, root});
    const auto reclaimable = json.value(u"reclaimable"_s).toObject();
    const QList<std::pair<int, QString>> rows{{1, u"gc"_s}, {2, u"gcDeleteUntagged"_s}, {3, u"safe"_s}};
    for (const auto& [row, key] : rows) {
        const auto bytes = reclaimable.value(key).toInteger();
        QVERIFY2(table->topLevelItem(row)->toolTip(1) == u"%1 bytes"_s.arg(bytes),
                 qPrintable(key + u": "_s + table->topLevelItem(row)->toolTip(1) + u" vs "_s + QString::number(bytes)));
        QVERIFY(!table->topLevelItem(row)->toolTip(0).isEmpty());
    }
    // The sandbox's multi-arch zuul/web:1.0 is what --delete-untagged would break: named, in red.
    auto* breaks = page->findChild<QListWidget*>(u"gcBreaks"_s);
    QCOMPARE(breaks->count(), json.value(u"deleteUntaggedBreaks"_s).toArray().size());
    QVERIFY(breaks->count() >= 1);
    QVERIFY(breaks->item(0)->text().contains(u"zuul/web:1.0"_s));
    QCOMPARE(breaks->item(0)->foreground().color(), QColor(0xc0, 0x20, 0x20));

    auto* remove = page->findChild<QPushButton*>(u"deleteUntaggedButton"_s);
    QVERIFY(remove->isEnabled());
    QVERIFY(!remove->text().contains(u"Delete 0 "_s));
    QString confirmed;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&]() {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            confirmed = dialog->objectName();
            answer.stop();
            dialog->accept();
        }
    });
    answer.start();
    remove->click();
    QCOMPARE(confirmed, u"deleteUntaggedConfirmation"_s); // the exact list was on screen first
    auto* bar = page->findChild<MessageBar*>(u"storageMessageBar"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(bar->text().contains(u"deleted"_s), qPrintable(bar->text()), 60000);
    // The plan is read again from the storage root: nothing is left that no tag reaches.
    QTRY_VERIFY_WITH_TIMEOUT(remove->text().contains(u"Delete 0 "_s), 60000);
    QVERIFY(page->plan()->deletable().isEmpty());
    QVERIFY(!remove->isEnabled());
    QCOMPARE(table->topLevelItemCount(), 5);
    // Every platform of the multi-arch image is still there.
    for (const auto* platform : {"linux/amd64", "linux/arm64"}) {
        const auto inspected =
            cli({u"inspect"_s, u"--platform"_s, QString::fromLatin1(platform), m_intermediate + u"/zuul/web:1.0"_s});
        QVERIFY2(!inspected.value(u"layers"_s).toArray().isEmpty(), platform);
    }
}

QTEST_MAIN(TestStoragePage)
#include "TestStoragePage.moc"
