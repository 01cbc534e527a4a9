// The Diff page offscreen against registry:2: a tag dropped on a side, a comparison whose tree counts are known
// exactly, filters, the content diff of a changed file, export, "Diff with…" from Browse, and Cancel.
#include "ConnectionsPanel.h"
#include "DiffPage.h"
#include "DiffTreeModel.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RegistryProcess.h"
#include "RepositoryTreeModel.h"
#include "SizeChart.h"
#include "StallMonitor.h"
#include "TagTableModel.h"
#include "TestImage.h"
#include "credentials/RegistryConnections.h"
#include "diff/IndexCache.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Entry = TestImage::Entry;

namespace {
constexpr int kTimeout = 60000;

// Every path shown by the tree's (filtered) model with its status text.
void collect(const QAbstractItemModel* model, const QModelIndex& parent, QMap<QString, QString>* out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        out->insert(index.data(DiffTreeModel::PathRole).toString(),
                    model->index(row, DiffTreeModel::StatusColumn, parent).data().toString());
        collect(model, index, out);
    }
}
} // namespace

class TestDiffPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void comparesDroppedImages();
    void diffWithFromBrowse();
    void cancelStopsTheComparison();
    void largeDiffKeepsWindowResponsive();

private:
    MainWindow::Settings settings() const;
    QString addConnection(MainWindow& window);
    void drop(QWidget* target, const QString& text);
    QMap<QString, QString> shown(MainWindow& window);

    QTemporaryDir m_dir;
    RegistryProcess m_registry;
};

void TestDiffPage::initTestCase()
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY2(m_registry.start(&error), qPrintable(error));
    const QList<Entry> base{Entry(u"etc/conf"_s, "value=1\nother=x\n"), Entry(u"usr/bin/app"_s, "app\n", 0755),
                            Entry(u"docs/readme"_s, "read me\n")};
    TestImage a;
    a.addLayer(base);
    TestImage b;
    b.addLayer(base);
    b.addLayer({Entry(u"etc/conf"_s, "value=2\nother=x\n"), Entry(u".wh.docs"_s, {}), Entry(u"lib/x.so"_s, "x")});
    b.addEnv(u"RELEASE=2"_s);
    TestImage big;
    big.addLayer({Entry::randomFile(u"big.bin"_s, 96 << 20, 7)});
    // 60,000 files in 300 directories; B changes 2,100, adds 2,000 and removes 20 directories.
    QList<Entry> many;
    QList<Entry> changes;
    for (int directory = 0; directory < 300; ++directory) {
        const QString name = u"%1"_s.arg(directory, 3, 10, QLatin1Char('0'));
        for (int file = 0; file < 200; ++file) {
            const QString path = u"data/d%1/f%2.txt"_s.arg(name).arg(file, 3, 10, QLatin1Char('0'));
            many.append(Entry(path, QByteArray::number(directory * 1000 + file)));
            if (file % 30 == 0) {
                changes.append(Entry(path, "changed"));
            }
        }
        if (directory % 15 == 0) {
            changes.prepend(Entry(u"data/.wh.d"_s + name, {}));
        }
        if (directory < 10) {
            for (int file = 0; file < 200; ++file) {
                changes.append(Entry(u"new/d%1/f%2.txt"_s.arg(directory).arg(file), "new"));
            }
        }
    }
    TestImage large;
    large.addLayer(many);
    TestImage larger;
    larger.addLayer(many);
    larger.addLayer(changes);
    for (const auto& [image, tag] :
         {std::pair{&a, u"prod"_s}, std::pair{&b, u"change_7_latest"_s}, std::pair{&big, u"big"_s},
          std::pair{&large, u"many-a"_s}, std::pair{&larger, u"many-b"_s}}) {
        const QString layout = image->writeLayout(m_dir.filePath(tag), tag, &error);
        QVERIFY2(TestImage::pushWithSkopeo(layout, m_registry.hostPort() + u"/site/app:"_s + tag, m_registry, nullptr,
                                           &error),
                 qPrintable(error));
        qInfo("%s pushed after %lld ms", qPrintable(tag), clock.elapsed());
    }
}

MainWindow::Settings TestDiffPage::settings() const
{
    MainWindow::Settings s;
    s.settingsFile = m_dir.filePath(u"settings.ini"_s);
    s.indexCacheDir = m_dir.filePath(u"index-cache"_s);
    s.page = u"diff"_s;
    return s;
}

QString TestDiffPage::addConnection(MainWindow& window)
{
    Connection connection;
    connection.id = Connection::newId();
    connection.name = u"Intermediate"_s;
    connection.role = Connection::Role::Intermediate;
    connection.address = m_registry.hostPort();
    connection.username = m_registry.username();
    connection.caFile = m_registry.caFile();
    connection.persistent = false;
    window.connections()->put(connection);
    window.connections()->keepForSession(connection.id, m_registry.password());
    return connection.id;
}

void TestDiffPage::drop(QWidget* target, const QString& text)
{
    QMimeData mime;
    mime.setText(text);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
}

QMap<QString, QString> TestDiffPage::shown(MainWindow& window)
{
    QMap<QString, QString> paths;
    collect(window.findChild<QTreeView*>(u"fileTree"_s)->model(), {}, &paths);
    return paths;
}

void TestDiffPage::comparesDroppedImages()
{
    MainWindow window(settings());
    window.show();
    addConnection(window);
    auto* referenceA = window.findChild<QLineEdit*>(u"referenceA"_s);
    auto* referenceB = window.findChild<QLineEdit*>(u"referenceB"_s);
    // Dropped as Browse drags them: the full reference; the page finds the connection of that host.
    drop(referenceA, m_registry.hostPort() + u"/site/app:prod"_s);
    QCOMPARE(referenceA->text(), u"site/app:prod"_s);
    QTest::keyClicks(referenceB, u"site/app:change_7_latest"_s);
    auto* compare = window.findChild<QPushButton*>(u"compareButton"_s);
    compare->click();
    QVERIFY(!compare->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(compare->isEnabled(), kTimeout);
    auto* page = window.findChild<DiffPage*>();
    QVERIFY(page->result());

    const QString summary = window.findChild<QLabel*>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"2 added"_s) && summary.contains(u"2 removed"_s) && summary.contains(u"1 modified"_s),
             qPrintable(summary));
    // The tree (only changes): exactly these, directories shown above what changed in them.
    const QMap<QString, QString> expected{{u"docs"_s, u"removed"_s}, {u"docs/readme"_s, u"removed"_s},
                                          {u"etc"_s, QString()},     {u"etc/conf"_s, u"modified"_s},
                                          {u"lib"_s, u"added"_s},    {u"lib/x.so"_s, u"added"_s}};
    QTRY_COMPARE(shown(window), expected);
    // Everything, then a path filter.
    window.findChild<QCheckBox*>(u"onlyChangesCheck"_s)->setChecked(false);
    QTRY_COMPARE(shown(window).size(), 9); // + usr, usr/bin, usr/bin/app
    QCOMPARE(shown(window).value(u"usr/bin/app"_s), QString());
    QTest::keyClicks(window.findChild<QLineEdit*>(u"pathFilter"_s), u"conf"_s);
    QTRY_COMPARE(shown(window).keys(), (QStringList{u"etc"_s, u"etc/conf"_s}));
    // Sorting by size, largest first: a header click.
    window.findChild<QLineEdit*>(u"pathFilter"_s)->clear();
    auto* header = window.findChild<QTreeView*>(u"fileTree"_s)->header();
    const QPoint sizeB(header->sectionViewportPosition(DiffTreeModel::SizeBColumn) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, sizeB);
    QCOMPARE(header->sortIndicatorSection(), int(DiffTreeModel::SizeBColumn));
    if (header->sortIndicatorOrder() == Qt::AscendingOrder) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, sizeB); // a second click turns it round
    }
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    const auto* model = window.findChild<QTreeView*>(u"fileTree"_s)->model();
    const auto topLevel = [model]() {
        QStringList paths;
        for (int row = 0; row < model->rowCount(); ++row) {
            paths << model->index(row, 0).data(DiffTreeModel::PathRole).toString();
        }
        return paths;
    };
    // B holds 16 bytes in etc, 4 in usr, 1 in lib and none in docs.
    QTRY_COMPARE(topLevel(), (QStringList{u"etc"_s, u"usr"_s, u"lib"_s, u"docs"_s}));
    QTest::keyClicks(window.findChild<QLineEdit*>(u"pathFilter"_s), u"conf"_s);
    QTRY_COMPARE(shown(window).keys(), (QStringList{u"etc"_s, u"etc/conf"_s}));

    // The content diff of the changed file, fetched from both layers.
    auto* tree = window.findChild<QTreeView*>(u"fileTree"_s);
    const auto matches = tree->model()->match(tree->model()->index(0, 0), DiffTreeModel::PathRole, u"etc/conf"_s, 1,
                                              Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(matches.size(), 1);
    tree->setCurrentIndex(matches.first());
    auto* content = window.findChild<QPushButton*>(u"contentButton"_s);
    QVERIFY(content->isEnabled());
    content->click();
    auto* view = window.findChild<QPlainTextEdit*>(u"contentView"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view->toPlainText(), u"@@ -1,2 +1,2 @@\n-value=1\n+value=2\n other=x\n"_s, kTimeout);

    // Configuration, layers, sizes.
    auto* config = window.findChild<QTableWidget*>(u"configTable"_s);
    QStringList fields;
    for (int row = 0; row < config->rowCount(); ++row) {
        fields << config->item(row, 0)->text();
    }
    QVERIFY2(fields.contains(u"env.RELEASE"_s), qPrintable(fields.join(u", "_s)));
    auto* layers = window.findChild<QTableWidget*>(u"layersTable"_s);
    QCOMPARE(layers->rowCount(), 2);
    QCOMPARE(layers->item(0, 2)->text(), u"same"_s);
    QCOMPARE(layers->item(1, 2)->text(), u"only B"_s);
    QVERIFY(!window.findChild<SizeChart*>(u"sizeChart"_s)->sizes().isEmpty());

    // Export: the changed files as CSV.
    const QString csv = m_dir.filePath(u"files.csv"_s);
    QVERIFY(page->exportFiles(csv, false));
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll().count("\r\n"), 1 + 5);
    // Saving one side of a file.
    const QString saved = m_dir.filePath(u"conf-b"_s);
    page->saveFile(DiffPage::B, saved);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(saved), kTimeout);
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    QCOMPARE(savedFile.readAll(), QByteArray("value=2\nother=x\n"));
}

void TestDiffPage::diffWithFromBrowse()
{
    MainWindow::Settings browse = settings();
    browse.page = u"browse"_s;
    MainWindow window(browse);
    window.show();
    const QString id = addConnection(window);
    window.findChild<ConnectionsPanel*>()->setCurrentId(id);
    auto* tree = window.findChild<QTreeView*>(u"repositoryTree"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!tree->model()
                                  ->match(tree->model()->index(0, 0), RepositoryTreeModel::RepositoryRole,
                                          u"site/app"_s, 1, Qt::MatchExactly | Qt::MatchRecursive)
                                  .isEmpty(),
                             kTimeout);
    tree->setCurrentIndex(tree->model()
                              ->match(tree->model()->index(0, 0), RepositoryTreeModel::RepositoryRole, u"site/app"_s, 1,
                                      Qt::MatchExactly | Qt::MatchRecursive)
                              .first());
    auto* table = window.findChild<QTableView*>(u"tagTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, kTimeout);
    table->clearSelection();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString tag = table->model()->index(row, 0).data(TagTableModel::TagRole).toString();
        if (tag == u"prod"_s || tag == u"change_7_latest"_s) {
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    auto* diffButton = window.findChild<QToolButton*>(u"diffButton"_s);
    QTRY_VERIFY(diffButton->isEnabled());
    diffButton->click();
    auto* page = window.findChild<DiffPage*>();
    QVERIFY(page->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(page->result() != nullptr, kTimeout);
    // Both tags of the one repository; which is A follows the table's order, so count both ways.
    const auto& diff = *page->result();
    QCOMPARE(diff.count(ImageDiff::Status::Modified), 1);
    QCOMPARE(diff.count(ImageDiff::Status::Added) + diff.count(ImageDiff::Status::Removed), 4);
    // Read from the cache the first test filled: nothing downloaded twice.
    IndexCache cache(settings().indexCacheDir);
    QCOMPARE(cache.count(), 2);
}

void TestDiffPage::cancelStopsTheComparison()
{
    MainWindow window(settings());
    window.show();
    addConnection(window);
    window.findChild<QLineEdit*>(u"referenceA"_s)->setText(u"site/app:big"_s);
    window.findChild<QLineEdit*>(u"referenceB"_s)->setText(u"site/app:prod"_s);
    auto* compare = window.findChild<QPushButton*>(u"compareButton"_s);
    auto* cancel = window.findChild<QPushButton*>(u"cancelButton"_s);
    // Cancel as soon as the big layer is under way.
    auto* progress = window.findChild<QProgressBar*>(u"diffProgress"_s);
    int progressAtCancel = -1;
    connect(progress, &QProgressBar::valueChanged, cancel, [&](int value) {
        if (value > 0 && progressAtCancel < 0) {
            progressAtCancel = value;
            cancel->click();
        }
    });
    compare->click();
    QTRY_VERIFY_WITH_TIMEOUT(progressAtCancel > 0, kTimeout);
    QVERIFY(progressAtCancel < progress->maximum());
    QTRY_VERIFY_WITH_TIMEOUT(compare->isEnabled(), kTimeout);
    QCOMPARE(window.findChild<QLabel*>(u"summaryLabel"_s)->text(), u"Cancelled."_s);
    QVERIFY(!window.findChild<DiffPage*>()->result());
    QCOMPARE(IndexCache(settings().indexCacheDir).count(), 2); // the big layer was never indexed
}

void TestDiffPage::largeDiffKeepsWindowResponsive()
{
    MainWindow window(settings());
    window.resize(1280, 800);
    window.show();
    addConnection(window);
    window.findChild<QLineEdit*>(u"referenceA"_s)->setText(u"site/app:many-a"_s);
    window.findChild<QLineEdit*>(u"referenceB"_s)->setText(u"site/app:many-b"_s);
    auto* page = window.findChild<DiffPage*>();
    StallMonitor monitor;
    monitor.start();
    monitor.phase(u"compare and show 62,000 paths"_s);
    auto* compare = window.findChild<QPushButton*>(u"compareButton"_s);
    compare->click();
    QSignalSpy treeShown(page, &DiffPage::treeShown);
    QTRY_VERIFY_WITH_TIMEOUT(compare->isEnabled(), kTimeout);
    QVERIFY2(page->result(), qPrintable(window.findChild<MessageBar*>(u"diffMessageBar"_s)->text()));
    QTRY_VERIFY_WITH_TIMEOUT(treeShown.size() == 1, kTimeout);
    QTest::qWait(100); // the tree lays itself out
    const auto& diff = *page->result();
    // The layer that whites a directory out brings back its 7 changed files: those count as modified.
    QCOMPARE(diff.count(ImageDiff::Status::Added), 2000 + 10 + 1); // files, their directories, new/
    QCOMPARE(diff.count(ImageDiff::Status::Removed), 20 * (200 - 7));
    QCOMPARE(diff.count(ImageDiff::Status::Modified), 300 * 7);

    monitor.phase(u"show unchanged files too"_s);
    window.findChild<QCheckBox*>(u"onlyChangesCheck"_s)->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(treeShown.size(), 2, kTimeout);
    QTest::qWait(100);
    monitor.phase(u"filter paths"_s);
    QTest::keyClicks(window.findChild<QLineEdit*>(u"pathFilter"_s), u"d01"_s);
    QTRY_COMPARE_WITH_TIMEOUT(treeShown.size(), 3, kTimeout);
    QTest::qWait(100);
    monitor.phase(u"sort by size"_s);
    auto* header = window.findChild<QTreeView*>(u"fileTree"_s)->header();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(DiffTreeModel::SizeAColumn) + 5, header->height() / 2));
    QTRY_COMPARE_WITH_TIMEOUT(treeShown.size(), 4, kTimeout);
    QTest::qWait(100);
    QVERIFY2(monitor.worst() <= 100,
             qPrintable(u"the window stalled %1 ms (%2)"_s.arg(monitor.worst()).arg(monitor.where())));
    qInfo("longest stall of the event loop: %lld ms (%s)", monitor.worst(), qPrintable(monitor.where()));
}

QTEST_MAIN(TestDiffPage)
#include "TestDiffPage.moc"
