// The Flows page rehearses the gating flow on three real registry:2 instances offscreen and draws the
// Container Images document's two sequence diagrams from the run: the arrows must be the rehearsal's
// events, the exported SVG must name every participant and arrow, and a failing step is drawn in red.
#include "ActivityPanel.h"
#include "JobGraph.h"
#include "MainWindow.h"
#include "RegistryProcess.h"
#include "SequenceDiagram.h"
#include "TestImage.h"
#include "credentials/RegistryConnections.h"
#include "lab/FlowRehearsal.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeout = 120000;

QStringList svgTexts(const QByteArray& svg)
{
    QStringList texts;
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"text"_s) {
            texts << reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        }
    }
    return texts;
}
} // namespace

class TestFlowsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rehearsalDrawsTheDocumentsDiagrams();
    void failingStepIsDrawnInRed();
    void liveActivityShowsRegistryEvents();

private:
    QString add(MainWindow& window, const RegistryProcess& registry, Connection::Role role, const QString& name);
    void rehearse(MainWindow& window, const QString& publicationId);

    QTemporaryDir m_dir;
    std::unique_ptr<RegistryProcess> m_intermediate;
    std::unique_ptr<RegistryProcess> m_buildset;
    std::unique_ptr<RegistryProcess> m_publication;
    std::unique_ptr<RegistryProcess> m_noDeletes;
};

void TestFlowsPage::initTestCase()
{
    QString error;
    m_intermediate = std::make_unique<RegistryProcess>();
    m_buildset = std::make_unique<RegistryProcess>();
    m_publication = std::make_unique<RegistryProcess>();
    RegistryProcess::Options options;
    options.deleteEnabled = false;
    m_noDeletes = std::make_unique<RegistryProcess>(options);
    for (auto* registry : {m_intermediate.get(), m_buildset.get(), m_publication.get(), m_noDeletes.get()}) {
        QVERIFY2(registry->start(&error), qPrintable(error));
    }
}

QString TestFlowsPage::add(MainWindow& window, const RegistryProcess& registry, Connection::Role role,
                           const QString& name)
{
    Connection connection;
    connection.id = Connection::newId();
    connection.name = name;
    connection.role = role;
    connection.address = registry.hostPort();
    connection.username = registry.username();
    connection.caFile = registry.caFile();
    connection.persistent = false;
    window.connections()->put(connection);
    window.connections()->keepForSession(connection.id, registry.password());
    return connection.id;
}

void TestFlowsPage::rehearse(MainWindow& window, const QString& publicationId)
{
    auto* combo = window.findChild<QComboBox*>(u"publicationCombo"_s);
    combo->setCurrentIndex(combo->findData(publicationId));
    auto* button = window.findChild<QPushButton*>(u"rehearseButton"_s);
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(!button->isEnabled(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kTimeout);
}

void TestFlowsPage::rehearsalDrawsTheDocumentsDiagrams()
{
    MainWindow::Settings settings;
    settings.settingsFile = m_dir.filePath(u"settings.ini"_s);
    settings.page = u"flows"_s;
    MainWindow window(settings);
    window.show();
    add(window, *m_intermediate, Connection::Role::Intermediate, u"Intermediate"_s);
    add(window, *m_buildset, Connection::Role::Buildset, u"Buildset"_s);
    const auto publication = add(window, *m_publication, Connection::Role::Publication, u"Publication"_s);
    rehearse(window, publication);

    auto* steps = window.findChild<QTreeWidget*>(u"stepsTable"_s);
    QCOMPARE(steps->topLevelItemCount(), 8);
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        QVERIFY2(steps->topLevelItem(i)->text(2).startsWith(u"✔"_s), qPrintable(steps->topLevelItem(i)->text(2)));
    }
    // Buildset image transfer: the rehearsal's five steps between the document's four participants.
    auto* transfer = window.findChild<SequenceDiagram*>(u"transferDiagram"_s);
    const QStringList transferParticipants{u"Intermediate registry"_s, u"Buildset registry"_s, u"Image build job"_s,
                                           u"Deployment test job"_s};
    QCOMPARE(transfer->participants(), transferParticipants);
    const QList<QPair<int, int>> expectedTransfer{{2, 0}, {0, 1}, {2, 1}, {1, 0}, {1, 3}};
    QCOMPARE(transfer->arrows().size(), expectedTransfer.size());
    for (int i = 0; i < expectedTransfer.size(); ++i) {
        QCOMPARE(qMakePair(transfer->arrows()[i].from, transfer->arrows()[i].to), expectedTransfer[i]);
        QVERIFY(transfer->arrows()[i].ok);
        QVERIFY(transfer->arrows()[i].jobId != 0); // a click selects the rehearsal in the activity panel
    }
    QCOMPARE(transfer->arrows()[1].label, u"Images from previous changes"_s);
    QCOMPARE(transfer->arrows()[4].label, u"Current and previous images"_s);
    // Publish and promote: upload, then promote reads only the manifest and puts it under the final tag.
    auto* publish = window.findChild<SequenceDiagram*>(u"publishDiagram"_s);
    QCOMPARE(publish->arrows().size(), 3);
    QCOMPARE(publish->arrows()[0].label, u"Current image with temporary tag"_s);
    QCOMPARE(qMakePair(publish->arrows()[1].from, publish->arrows()[1].to), qMakePair(0, 2));
    QVERIFY(publish->arrows()[1].note.contains(u"Only the manifest is transferred"_s));
    QCOMPARE(publish->arrows()[2].label, u"Current image manifest with final tag"_s);

    // The exported SVG names every participant and every arrow.
    for (auto* diagram : {transfer, publish}) {
        const auto texts = svgTexts(diagram->toSvg(u"diagram"_s));
        for (const auto& participant : diagram->participants()) {
            QVERIFY2(texts.contains(participant), qPrintable(participant + u" missing in "_s + texts.join(u'|')));
        }
        for (const auto& arrow : diagram->arrows()) {
            QVERIFY2(texts.contains(arrow.label), qPrintable(arrow.label + u" missing in "_s + texts.join(u'|')));
        }
        QVERIFY(!diagram->toImage().isNull());
    }
    // The job graph attaches each step's traffic to the job that causes it.
    auto* graph = window.findChild<JobGraph*>(u"jobGraph"_s);
    auto graphJobs = graph->jobs();
    QCOMPARE(graphJobs.size(), 3);
    QCOMPARE(graphJobs[0].name, u"yoursite-buildset-registry"_s);
    QCOMPARE(graphJobs[0].traffic.size(), 2);
    QVERIFY(graphJobs[0].traffic[0].text.contains(u"Images from previous changes"_s));
    QCOMPARE(graphJobs[1].traffic.size(), 1);
    QCOMPARE(graphJobs[1].traffic[0].step, 3);
    QCOMPARE(graphJobs[2].traffic[0].step, 5);
    window.findChild<QComboBox*>(u"jobGraphShape"_s)->setCurrentIndex(1);
    graphJobs = graph->jobs();
    QCOMPARE(graphJobs.size(), 1);
    QCOMPARE(graphJobs[0].name, u"yoursite-build-docker-image"_s);
    QCOMPARE(graphJobs[0].traffic.size(), 3);

    // Replay draws the same run again, arrow by arrow.
    const auto drawn = transfer->arrows().size() + publish->arrows().size();
    window.findChild<QPushButton*>(u"replayButton"_s)->click();
    QVERIFY(transfer->arrows().isEmpty() && publish->arrows().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(transfer->arrows().size() + publish->arrows().size(), drawn, 10000);
    QCOMPARE(transfer->arrows()[1].label, u"Images from previous changes"_s);
    QVERIFY(publish->arrows()[1].note.contains(u"Only the manifest is transferred"_s));

    // Clicking an arrow selects its job in the activity panel.
    auto* jobs = window.findChild<QTreeWidget*>(u"activityList"_s);
    jobs->setCurrentItem(nullptr);
    emit transfer->arrowClicked(transfer->arrows()[0].jobId);
    QVERIFY(jobs->currentItem());
    QVERIFY(jobs->currentItem()->text(0).startsWith(u"Rehearse"_s));
}

void TestFlowsPage::failingStepIsDrawnInRed()
{
    MainWindow::Settings settings;
    settings.settingsFile = m_dir.filePath(u"settings2.ini"_s);
    settings.page = u"flows"_s;
    MainWindow window(settings);
    window.show();
    add(window, *m_intermediate, Connection::Role::Intermediate, u"Intermediate"_s);
    add(window, *m_buildset, Connection::Role::Buildset, u"Buildset"_s);
    const auto refusing = add(window, *m_noDeletes, Connection::Role::Publication, u"No deletes"_s);
    rehearse(window, refusing);
    auto* publish = window.findChild<SequenceDiagram*>(u"publishDiagram"_s);
    QVERIFY(!publish->arrows().isEmpty());
    const auto& last = publish->arrows().last();
    QCOMPARE(last.label, u"Current image manifest with final tag"_s);
    QVERIFY(!last.ok);
    QVERIFY2(last.error.contains(u"delete"_s), qPrintable(last.error));
    auto* steps = window.findChild<QTreeWidget*>(u"stepsTable"_s);
    QVERIFY(steps->topLevelItem(6)->text(2).startsWith(u"✘"_s));
    QCOMPARE(steps->topLevelItem(7)->text(2), u"waiting"_s);

    // A wrong password on the intermediate registry: the very first arrow is red, nothing after it.
    const auto wrong = add(window, *m_intermediate, Connection::Role::Other, u"Wrong password"_s);
    window.connections()->keepForSession(wrong, u"not-the-password"_s);
    auto* intermediate = window.findChild<QComboBox*>(u"intermediateCombo"_s);
    intermediate->setCurrentIndex(intermediate->findData(wrong));
    auto* buildset = window.findChild<QComboBox*>(u"buildsetCombo"_s); // the failed run's tags stay there
    buildset->setCurrentIndex(buildset->findData(u"temporary"_s));
    QVERIFY(buildset->currentIndex() >= 0);
    rehearse(window, add(window, *m_publication, Connection::Role::Other, u"Publication"_s));
    auto* transfer = window.findChild<SequenceDiagram*>(u"transferDiagram"_s);
    QCOMPARE(transfer->arrows().size(), 1);
    QVERIFY(!transfer->arrows().first().ok);
    QVERIFY2(transfer->arrows().first().error.contains(u"refused the credentials"_s),
             qPrintable(transfer->arrows().first().error));
    QVERIFY(steps->topLevelItem(0)->text(2).startsWith(u"✘"_s));
}

void TestFlowsPage::liveActivityShowsRegistryEvents()
{
    MainWindow::Settings settings;
    settings.settingsFile = m_dir.filePath(u"settings.ini"_s);
    settings.page = u"flows"_s;
    MainWindow window(settings);
    window.show();
    window.findChild<QSpinBox*>(u"eventsPort"_s)->setValue(0); // any free port
    auto* listen = window.findChild<QPushButton*>(u"eventsListenButton"_s);
    listen->click();
    QVERIFY(listen->isChecked());
    auto* copy = window.findChild<QPushButton*>(u"copyEventsConfigButton"_s);
    QVERIFY(copy->isEnabled());
    copy->click();
    // The block to paste into config.yml: the endpoint and this session's token.
    const auto snippet = QApplication::clipboard()->text();
    static const QRegularExpression urlRe(u"url: (http://127\\.0\\.0\\.1:(\\d+)/events)"_s);
    static const QRegularExpression tokenRe(u"Bearer ([A-Za-z0-9]+)"_s);
    const auto url = urlRe.match(snippet);
    const auto token = tokenRe.match(snippet);
    QVERIFY2(url.hasMatch() && token.hasMatch(), qPrintable(snippet));
    RegistryProcess::Options options;
    options.notificationsUrl = url.captured(1);
    options.notificationsToken = token.captured(1);
    RegistryProcess registry(options);
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    TestImage image;
    image.addLayer({TestImage::Entry(u"live"_s, "live\n")});
    const auto layout = image.writeLayout(m_dir.filePath(u"live"_s), u"x"_s, &error);
    const auto build = u"0123456789abcdef0123456789abcdef"_s;
    QVERIFY2(TestImage::pushWithSkopeo(layout, registry.hostPort() + u"/zuul/app:"_s + build + u"_latest"_s, registry,
                                       nullptr, &error),
             qPrintable(error));
    auto* table = window.findChild<QTreeWidget*>(u"registryEventsTable"_s);
    const auto pushedManifest = [table]() {
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            auto* item = table->topLevelItem(row);
            if (item->text(1) == u"push"_s && item->text(2).startsWith(u"zuul/app:"_s)) {
                return item;
            }
        }
        return static_cast<QTreeWidgetItem*>(nullptr);
    };
    QTRY_VERIFY_WITH_TIMEOUT(pushedManifest(), 2000);
    QCOMPARE(pushedManifest()->text(4), u"build 01234567"_s);
    QCOMPARE(pushedManifest()->text(5).section(u'@', 0, 0), registry.username());
    // The live diagram draws them between the client and the registry it addressed.
    auto* diagram = window.findChild<SequenceDiagram*>(u"liveDiagram"_s);
    QVERIFY2(diagram->participants().contains(registry.hostPort()), qPrintable(diagram->participants().join(u", "_s)));
    QVERIFY(!diagram->arrows().isEmpty());
    // A POST without the token is refused and counted, not shown.
    const int rows = table->topLevelItemCount();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(url.captured(2).toUInt()));
    QVERIFY(socket.waitForConnected(3000));
    socket.write("POST /events HTTP/1.1\r\nHost: x\r\nContent-Length: 13\r\n\r\n{\"events\":[]}");
    auto* status = window.findChild<QLabel*>(u"eventsStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"1 refused"_s), 5000);
    QCOMPARE(table->topLevelItemCount(), rows);
    listen->click();
    QVERIFY(!listen->isChecked());
    QVERIFY(!copy->isEnabled());
}

QTEST_MAIN(TestFlowsPage)
#include "TestFlowsPage.moc"
