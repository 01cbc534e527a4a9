// The main window against two real registries, offscreen, driven by objectName: connections with the
// password in gnome-keyring, browsing, details, copy, promote, untag, delete, prune preview, and the
// messages for a wrong password, an untrusted certificate and an unreachable host.
#include "ActivityPanel.h"
#include "ConnectionDialog.h"
#include "ConnectionsPanel.h"
#include "FaultServer.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RegistryProcess.h"
#include "RepositoryTreeModel.h"
#include "Skopeo.h"
#include "TagTableModel.h"
#include "TestImage.h"
#include "TestProcess.h"
#include "TestServer.h"
#include "WindowConnection.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryConnections.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeout = 30000;

// Everything the program logs during the run (qDebug … qCritical), to look for secrets at the end.
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_messages << message;
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}
const QString kBuild = u"0123456789abcdef0123456789abcdef"_s;

QString messageText(MainWindow& window)
{
    return window.findChild<MessageBar*>(u"browseMessageBar"_s)->text();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addsConnectionWithPasswordInKeychain();
    void browsesToATagAndShowsLayersAndConfig();
    void copiesPromotesUntagsAndDeletes();
    void prunePreviewListsOnlyOldZuulTags();
    void opensARepositoryByNameAndRemembersIt();
    void browsesZuulRegistryByName();
    void zuulColumnShowsTheBuildFromZuul();
    void importsDockerLogins();
    void wrongPasswordShowsMessage();
    void untrustedCertificateShowsMessage();
    void unreachableHostShowsMessage();
    void insecureIsLoud();
    void settingsHoldNoSecret();
    void cleanupTestCase();

private:
    MainWindow::Settings settings() const;
    Connection connectionTo(const RegistryProcess& registry, const QString& name) const;
    QString addViaDialog(MainWindow& window, const QString& name, const RegistryProcess& registry);
    QString addViaDialog(MainWindow& window, const QString& name, const QString& hostPort, const QString& username,
                         const QString& password, const QString& caFile);
    static bool selectRepository(MainWindow& window, const QString& repository);
    static bool selectTag(MainWindow& window, const QString& tag);
    static QStringList shownTags(MainWindow& window);
    bool push(const RegistryProcess& registry, const QString& repositoryAndTag);

    QTemporaryDir m_dir;
    std::unique_ptr<RegistryProcess> m_source;
    std::unique_ptr<RegistryProcess> m_target;
    QString m_layout;
    QString m_digest;
    QString m_service = u"RegistryDeskTest-%1"_s.arg(QCoreApplication::applicationPid());
    QStringList m_traces; // the activity panel's HTTP traces of the copy/promote/untag/delete run
};

MainWindow::Settings TestMainWindow::settings() const
{
    MainWindow::Settings s;
    s.settingsFile = m_dir.filePath(u"settings.ini"_s);
    s.keychainService = m_service;
    return s;
}

Connection TestMainWindow::connectionTo(const RegistryProcess& registry, const QString& name) const
{
    return windowConnectionTo(registry, name, m_dir.filePath(u"no-certs.d"_s));
}

bool TestMainWindow::push(const RegistryProcess& registry, const QString& repositoryAndTag)
{
    QString error;
    const bool ok =
        TestImage::pushWithSkopeo(m_layout, registry.hostPort() + u'/' + repositoryAndTag, registry, &m_digest, &error);
    if (!ok) {
        qWarning() << error;
    }
    return ok;
}

void TestMainWindow::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QString error;
    m_source = std::make_unique<RegistryProcess>();
    m_target = std::make_unique<RegistryProcess>();
    QVERIFY2(m_source->start(&error), qPrintable(error));
    QVERIFY2(m_target->start(&error), qPrintable(error));
    TestImage image;
    image.addLayer({TestImage::Entry(u"hello"_s, "world\n")});
    image.setLabel(u"org.zuul-ci.change_url"_s, u"https://review.example.org/c/1234"_s);
    m_layout = image.writeLayout(m_dir.filePath(u"img"_s), u"v1"_s, &error);
    QVERIFY2(!m_layout.isEmpty(), qPrintable(error));
    for (const auto& reference :
         {u"zuul/app:v1"_s, u"zuul/app:%1_latest"_s.arg(kBuild), u"zuul/web:v1"_s, u"other/tool:v1"_s}) {
        QVERIFY(push(*m_source, reference));
    }
}

QString TestMainWindow::addViaDialog(MainWindow& window, const QString& name, const RegistryProcess& registry)
{
    return addViaDialog(window, name, registry.hostPort(), registry.username(), registry.password(), registry.caFile());
}

QString TestMainWindow::addViaDialog(MainWindow& window, const QString& name, const QString& hostPort,
                                     const QString& username, const QString& password, const QString& caFile)
{
    window.findChild<QToolButton*>(u"addConnectionButton"_s)->click();
    ConnectionDialog* dialog = nullptr;
    [&]() { QTRY_VERIFY((dialog = window.findChild<ConnectionDialog*>()) != nullptr); }();
    if (!dialog) {
        return {};
    }
    const auto set = [dialog](const char* field, const QString& text) {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    set("nameEdit", name);
    set("addressEdit", hostPort);
    set("usernameEdit", username);
    set("passwordEdit", password);
    set("caFileEdit", caFile);
    set("certsDirEdit", m_dir.filePath(u"no-certs.d"_s));
    dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
    return window.findChild<ConnectionsPanel*>()->currentId();
}

bool TestMainWindow::selectRepository(MainWindow& window, const QString& repository)
{
    auto* tree = window.findChild<QTreeView*>(u"repositoryTree"_s);
    const auto matches = tree->model()->match(tree->model()->index(0, 0), RepositoryTreeModel::RepositoryRole,
                                              repository, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (matches.isEmpty()) {
        return false;
    }
    tree->setCurrentIndex(matches.first());
    return true;
}

QStringList TestMainWindow::shownTags(MainWindow& window)
{
    auto* table = window.findChild<QTableView*>(u"tagTable"_s);
    QStringList tags;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        tags << table->model()->index(row, 0).data(TagTableModel::TagRole).toString();
    }
    return tags;
}

bool TestMainWindow::selectTag(MainWindow& window, const QString& tag)
{
    auto* table = window.findChild<QTableView*>(u"tagTable"_s);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(TagTableModel::TagRole).toString() == tag) {
            table->clearSelection();
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

void TestMainWindow::addsConnectionWithPasswordInKeychain()
{
    {
        MainWindow window(settings());
        window.show();
        // Empty state first: it guides to adding or importing.
        QVERIFY(window.findChild<QWidget*>(u"connectionsEmptyState"_s)->isVisible());
        const auto id = addViaDialog(window, u"Intermediate"_s, *m_source);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(window.connections()->status(id).state, RegistryConnections::Status::State::Ready,
                                  kTimeout);
        QCOMPARE(window.connections()->status(id).credentialsSource, u"OS keychain"_s);
        auto* tree = window.findChild<QTreeView*>(u"repositoryTree"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 2, kTimeout); // other/, zuul/
        QVERIFY(selectRepository(window, u"zuul/web"_s));
    }
    // The secret is in the keychain under our namespaced key...
    CredentialStore store;
    store.setServiceName(m_service);
    std::optional<QPair<QString, QString>> login;
    bool answered = false;
    store.readLogin(*RegistryAddress::parse(m_source->hostPort()), this,
                    [&](std::optional<QPair<QString, QString>> value, const CredentialStore::Result&) {
                        login = value;
                        answered = true;
                    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kTimeout);
    QVERIFY(login);
    QCOMPARE(login->second, m_source->password());
    // ...and a new window finds the connection in the settings and logs in with it.
    MainWindow again(settings());
    again.show();
    QCOMPARE(again.connections()->connections().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(selectRepository(again, u"zuul/app"_s), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(shownTags(again).contains(u"v1"_s), kTimeout);
}

void TestMainWindow::browsesToATagAndShowsLayersAndConfig()
{
    MainWindow window(settings());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(selectRepository(window, u"zuul/app"_s), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(shownTags(window).size(), 2, kTimeout);
    auto* table = window.findChild<QTableView*>(u"tagTable"_s);
    // Rows fill in lazily: digest, size and the Zuul build of the intermediate tag.
    QTRY_VERIFY_WITH_TIMEOUT(
        table->model()->index(0, TagTableModel::DigestColumn).data(TagTableModel::DigestRole) == m_digest, kTimeout);
    const int zuulRow = shownTags(window).indexOf(u"%1_latest"_s.arg(kBuild));
    QCOMPARE(table->model()->index(zuulRow, TagTableModel::ZuulColumn).data().toString(), u"build 01234567"_s);
    QVERIFY(selectTag(window, u"v1"_s));
    auto* layers = window.findChild<QTreeWidget*>(u"layersTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(layers->topLevelItemCount(), 1, kTimeout);
    auto* config = window.findChild<QTextBrowser*>(u"configView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(config->toHtml().contains(u"https://review.example.org/c/1234"_s), kTimeout);
    QVERIFY(config->toHtml().contains(u"<a href"_s)); // the change URL is a link
    auto* summary = window.findChild<QTextBrowser*>(u"summaryView"_s);
    QVERIFY(summary->toPlainText().contains(m_digest));
    auto* raw = window.findChild<QPlainTextEdit*>(u"rawView"_s);
    QVERIFY(raw->toPlainText().contains(u"\"schemaVersion\": 2"_s));
    window.findChild<QPushButton*>(u"copyDigestButton"_s)->click();
    QCOMPARE(QApplication::clipboard()->text(), u"%1/zuul/app@%2"_s.arg(m_source->hostPort(), m_digest));
}

void TestMainWindow::copiesPromotesUntagsAndDeletes()
{
    MainWindow window(settings());
    window.show();
    auto target = connectionTo(*m_target, u"Buildset"_s);
    target.role = Connection::Role::Buildset;
    window.connections()->put(target);
    window.connections()->keepForSession(target.id, m_target->password());
    auto* panel = window.findChild<ConnectionsPanel*>();
    panel->setCurrentId(window.connections()->connections().first().id);
    QTRY_VERIFY_WITH_TIMEOUT(selectRepository(window, u"zuul/app"_s), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(selectTag(window, u"v1"_s), kTimeout);

    // Copy to the second registry.
    window.findChild<QToolButton*>(u"copyToButton"_s)->click();
    QWidget* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(u"CopyDialog"_s)) != nullptr);
    auto* combo = dialog->findChild<QComboBox*>(u"targetConnectionCombo"_s);
    QCOMPARE(combo->currentData().toString(), target.id); // intermediate -> buildset by default
    dialog->findChild<QLineEdit*>(u"targetTagEdit"_s)->setText(u"copied"_s);
    dialog->findChild<QPushButton*>(u"copyConfirmButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(messageText(window).startsWith(u"Copied"_s), kTimeout);
    const auto inspected = Skopeo::inspectRaw(m_target->hostPort() + u"/"_s + u"zuul/app:copied"_s, *m_target);
    QVERIFY2(inspected.ok(), qPrintable(inspected.describe()));
    QCOMPARE(u"sha256:"_s +
                 QString::fromLatin1(QCryptographicHash::hash(inspected.out, QCryptographicHash::Sha256).toHex()),
             m_digest);

    // The activity panel lists the copy with its redacted HTTP trace.
    auto* jobs = window.findChild<QTreeWidget*>(u"activityList"_s);
    const auto copies = jobs->findItems(u"Copy"_s, Qt::MatchStartsWith);
    QCOMPARE(copies.size(), 1);
    QVERIFY(copies.first()->text(3).startsWith(u"done"_s));
    jobs->setCurrentItem(copies.first());
    const auto trace = window.findChild<QPlainTextEdit*>(u"traceView"_s)->toPlainText();
    QVERIFY2(trace.contains(u"PUT"_s) && trace.contains(u"manifest-put"_s), qPrintable(trace));
    QVERIFY(!trace.contains(m_target->password()) && !trace.contains(m_source->password()));
    const auto basic = (m_source->username() + u':' + m_source->password()).toUtf8().toBase64();
    QVERIFY(trace.contains(u"Authorization: Basic <redacted>"_s)); // the header is shown, its value never
    QVERIFY(!trace.contains(QString::fromLatin1(basic)));

    // Promote v1 to v2 (manifest only).
    QTRY_VERIFY_WITH_TIMEOUT(selectTag(window, u"v1"_s), kTimeout); // the tag list reloads after the copy
    window.findChild<QToolButton*>(u"promoteButton"_s)->click();
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(u"PromoteDialog"_s)) != nullptr);
    dialog->findChild<QLineEdit*>(u"newTagEdit"_s)->setText(u"v2"_s);
    dialog->findChild<QPushButton*>(u"promoteConfirmButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(shownTags(window).contains(u"v2"_s), kTimeout);

    // Untag v2: v1 (same digest) stays.
    QVERIFY(selectTag(window, u"v2"_s));
    auto* table = window.findChild<QTableView*>(u"tagTable"_s);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete); // Del untags, after confirmation
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(u"untagConfirmation"_s)) != nullptr);
    dialog->findChild<QPushButton*>(u"confirmButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!shownTags(window).contains(u"v2"_s) && shownTags(window).contains(u"v1"_s), kTimeout);

    // Delete other/tool:v1 by digest: the dialog lists every tag that goes with it.
    QVERIFY(selectRepository(window, u"other/tool"_s));
    QTRY_VERIFY_WITH_TIMEOUT(selectTag(window, u"v1"_s), kTimeout);
    window.findChild<QToolButton*>(u"deleteButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<QDialog*>(u"deleteConfirmation"_s)) != nullptr, kTimeout);
    auto* list = dialog->findChild<QTreeWidget*>(u"confirmationList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"v1"_s);
    dialog->findChild<QPushButton*>(u"confirmButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(messageText(window).startsWith(u"Deleted"_s), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(shownTags(window).isEmpty(), kTimeout);
    QVERIFY(!Skopeo::inspectRaw(m_source->hostPort() + u"/"_s + u"other/tool:v1"_s, *m_source).ok());
    QVERIFY(Skopeo::inspectRaw(m_source->hostPort() + u"/"_s + u"zuul/web:v1"_s, *m_source).ok());
    // Keep what the activity panel shows of each job's HTTP exchange, for the secrets check at the end.
    auto* activity = window.findChild<QTreeWidget*>(u"activityList"_s);
    auto* traceView = window.findChild<QPlainTextEdit*>(u"traceView"_s);
    for (int i = 0; i < activity->topLevelItemCount(); ++i) {
        activity->setCurrentItem(activity->topLevelItem(i));
        m_traces << traceView->toPlainText();
    }
    window.connections()->remove(target.id);
}

void TestMainWindow::prunePreviewListsOnlyOldZuulTags()
{
    MainWindow window(settings());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(selectRepository(window, u"zuul/app"_s), kTimeout);
    window.findChild<QToolButton*>(u"pruneButton"_s)->click();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(u"pruneDialog"_s)) != nullptr);
    auto* prune = dialog->findChild<QPushButton*>(u"pruneConfirmButton"_s);
    QVERIFY(!prune->isEnabled()); // nothing is pruned before its list is on screen
    dialog->findChild<QSpinBox*>(u"olderThanSpin"_s)->setValue(0);
    dialog->findChild<QPushButton*>(u"previewButton"_s)->click();
    auto* candidates = dialog->findChild<QTreeWidget*>(u"candidatesTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(candidates->topLevelItemCount(), 1, kTimeout);
    QCOMPARE(candidates->topLevelItem(0)->text(1), u"%1_latest"_s.arg(kBuild));
    QVERIFY(prune->isEnabled());
    dialog->reject();
    QVERIFY(Skopeo::inspectRaw(m_source->hostPort() + u"/"_s + u"zuul/app:%1_latest"_s.arg(kBuild), *m_source).ok());
}

void TestMainWindow::opensARepositoryByNameAndRemembersIt()
{
    MainWindow window(settings());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(selectRepository(window, u"zuul/app"_s), kTimeout);
    auto* edit = window.findChild<QLineEdit*>(u"openRepositoryEdit"_s);
    QTest::keyClicks(edit, u"Not A Name"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(messageText(window).contains(u"is not a repository name"_s));
    edit->clear();
    QTest::keyClicks(edit, u"zuul/web"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(shownTags(window), QStringList{u"v1"_s}, kTimeout);
    const auto id = window.findChild<ConnectionsPanel*>()->currentId();
    QCOMPARE(window.connections()->connection(id)->openedRepositories, QStringList{u"zuul/web"_s});
}

// zuul-registry (FaultServer's profile of it) has no catalog: the window says so, points to opening a repository
// by name, and then lists that repository's tags.
void TestMainWindow::browsesZuulRegistryByName()
{
    FaultedRegistry zuul;
    QString error;
    QVERIFY2(zuul.start(m_dir.filePath(u"zuul-registry"_s), FaultServer::Profile::ZuulRegistry, &error),
             qPrintable(error));
    const auto certs = m_dir.filePath(u"zuul-certs"_s);
    QVERIFY(QDir().mkpath(certs));
    QVERIFY(QFile::copy(zuul.caCert(), certs + u"/ca.crt"_s));
    const auto pushed =
        TestProcess::run(u"skopeo"_s, {u"--insecure-policy"_s, u"copy"_s, u"--dest-cert-dir"_s, certs,
                                       u"--dest-creds"_s, zuul.backend->username() + u':' + zuul.backend->password(),
                                       m_layout, u"docker://"_s + zuul.front->hostPort() + u"/zuul/app:latest"_s});
    QVERIFY2(pushed.ok(), pushed.err.constData());

    MainWindow window(settings());
    window.show();
    const auto id = addViaDialog(window, u"buildset (zuul-registry)"_s, zuul.front->hostPort(),
                                 zuul.backend->username(), zuul.backend->password(), zuul.caCert());
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(messageText(window).contains(u"open repositories by name"_s), kTimeout);
    auto* edit = window.findChild<QLineEdit*>(u"openRepositoryEdit"_s);
    QTest::keyClicks(edit, u"zuul/app"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(shownTags(window), QStringList{u"latest"_s}, kTimeout);
    QVERIFY(selectTag(window, u"latest"_s));

    // Green, and the tooltip says what it is and cannot do.
    QTRY_COMPARE_WITH_TIMEOUT(window.connections()->status(id).state, RegistryConnections::Status::State::Ready,
                              kTimeout);
    auto* list = window.findChild<QListWidget*>(u"connectionList"_s);
    QListWidgetItem* item = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == id) {
            item = list->item(row);
        }
    }
    QVERIFY(item);
    QTRY_VERIFY2_WITH_TIMEOUT(
        item->toolTip().contains(u"bearer auth, API version not stated, no catalog, cannot delete"_s),
        qPrintable(item->toolTip()), kTimeout);
    // What it cannot do is not offered: disabled, the reason as the tooltip; Del does nothing either.
    for (const auto& name : {u"untagButton"_s, u"deleteButton"_s, u"pruneButton"_s}) {
        auto* button = window.findChild<QToolButton*>(name);
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(!button->isEnabled(), kTimeout);
        QVERIFY2(button->toolTip().contains(u"zuul-registry prune"_s) &&
                     button->toolTip().contains(zuul.front->hostPort()),
                 qPrintable(button->toolTip()));
    }
    zuul.front->clearRequests();
    QTest::keyClick(window.findChild<QTableView*>(u"tagTable"_s), Qt::Key_Delete);
    QTest::qWait(200);
    QVERIFY(!window.findChild<QDialog*>(u"untagConfirmation"_s));
    window.connections()->remove(id); // the registry goes away with this test; so does its connection
}

void TestMainWindow::zuulColumnShowsTheBuildFromZuul()
{
    // Zuul itself cannot run here; a stand-in answers its build API as zuul-web does.
    TestServer zuul;
    zuul.setHandler([](const TestRequest& request) {
        if (request.path() == u"/api/tenant/example/build/%1"_s.arg(kBuild)) {
            return TestResponse::json(200, QJsonObject{{u"uuid"_s, kBuild},
                                                       {u"job_name"_s, u"site-build-image"_s},
                                                       {u"result"_s, u"SUCCESS"_s},
                                                       {u"pipeline"_s, u"check"_s},
                                                       {u"change"_s, 4711},
                                                       {u"end_time"_s, u"2026-11-20T10:00:00"_s}});
        }
        return TestResponse::json(404, QByteArray("{}"));
    });
    QString error;
    QVERIFY2(zuul.start(&error), qPrintable(error));
    MainWindow window(settings());
    window.show();
    auto connection = window.connections()->connections().first();
    connection.zuulUrl = zuul.baseUrl();
    connection.zuulTenant = u"example"_s;
    window.connections()->put(connection);
    window.findChild<ConnectionsPanel*>()->setCurrentId(connection.id);
    QTRY_VERIFY_WITH_TIMEOUT(selectRepository(window, u"zuul/app"_s), kTimeout);
    auto* table = window.findChild<QTableView*>(u"tagTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(shownTags(window).contains(u"%1_latest"_s.arg(kBuild)), kTimeout);
    const int row = shownTags(window).indexOf(u"%1_latest"_s.arg(kBuild));
    table->scrollTo(table->model()->index(row, TagTableModel::ZuulColumn));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(row, TagTableModel::ZuulColumn).data().toString(),
                              u"site-build-image · change 4711"_s, kTimeout);
    QVERIFY(
        table->model()->index(row, TagTableModel::ZuulColumn).data(Qt::ToolTipRole).toString().contains(u"SUCCESS"_s));
    connection.zuulUrl.clear();
    connection.zuulTenant.clear();
    window.connections()->put(connection);
}

void TestMainWindow::importsDockerLogins()
{
    MainWindow window(settings());
    window.show();
    const auto path = m_dir.filePath(u"docker-config.json"_s);
    QVERIFY(m_target->writeAuthFile(path, m_target->username(), m_target->password()));
    const auto before = window.connections()->connections().size();
    window.findChild<ConnectionsPanel*>()->importAuthFile(path);
    QCOMPARE(window.connections()->connections().size(), before + 1);
    const auto imported = window.connections()->connections().last();
    QCOMPARE(imported.address, m_target->hostPort());
    QCOMPARE(imported.username, m_target->username());
    // Its credentials stay in the auth file; a login with them works once the CA is trusted.
    auto trusted = imported;
    trusted.caFile = m_target->caFile();
    window.connections()->put(trusted);
    window.connections()->check(trusted.id);
    QTRY_COMPARE_WITH_TIMEOUT(window.connections()->status(trusted.id).state, RegistryConnections::Status::State::Ready,
                              kTimeout);
    QCOMPARE(window.connections()->status(trusted.id).credentialsSource, u"docker/podman auth file"_s);
    // Importing again adds nothing.
    window.findChild<ConnectionsPanel*>()->importAuthFile(path);
    QCOMPARE(window.connections()->connections().size(), before + 1);
    window.connections()->remove(trusted.id);
}

void TestMainWindow::wrongPasswordShowsMessage()
{
    MainWindow window(settings());
    window.show();
    auto connection = connectionTo(*m_source, u"Wrong"_s);
    window.connections()->put(connection);
    window.connections()->keepForSession(connection.id, u"bad-password"_s);
    window.findChild<ConnectionsPanel*>()->setCurrentId(connection.id);
    QTRY_VERIFY_WITH_TIMEOUT(messageText(window).contains(u"refused the credentials for user zuul"_s), kTimeout);
    QVERIFY(!messageText(window).contains(u"bad-password"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window.connections()->status(connection.id).state,
                              RegistryConnections::Status::State::Failed, kTimeout);
    window.connections()->remove(connection.id);
}

void TestMainWindow::untrustedCertificateShowsMessage()
{
    MainWindow window(settings());
    window.show();
    auto connection = connectionTo(*m_source, u"Untrusted"_s);
    connection.caFile.clear();
    window.connections()->put(connection);
    window.findChild<ConnectionsPanel*>()->setCurrentId(connection.id);
    QTRY_VERIFY_WITH_TIMEOUT(messageText(window).contains(u"cannot verify the TLS certificate"_s), kTimeout);
    QVERIFY(messageText(window).contains(u"CA file"_s)); // and says what to do
    window.connections()->remove(connection.id);
}

void TestMainWindow::unreachableHostShowsMessage()
{
    quint16 port = 0;
    {
        QTcpServer server; // a port that was free a moment ago and now has no listener
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    MainWindow window(settings());
    window.show();
    Connection connection;
    connection.id = Connection::newId();
    connection.address = u"127.0.0.1:%1"_s.arg(port);
    connection.persistent = false;
    window.connections()->put(connection);
    window.findChild<ConnectionsPanel*>()->setCurrentId(connection.id);
    QTRY_VERIFY_WITH_TIMEOUT(messageText(window).contains(u"Is the registry running"_s), kTimeout);
    QVERIFY2(messageText(window).contains(connection.address), qPrintable(messageText(window)));
    window.connections()->remove(connection.id);
}

void TestMainWindow::insecureIsLoud()
{
    MainWindow window(settings());
    window.show();
    auto connection = connectionTo(*m_source, u"Insecure"_s);
    connection.caFile.clear();
    connection.tlsVerify = false;
    window.connections()->put(connection);
    window.connections()->keepForSession(connection.id, m_source->password());
    window.findChild<ConnectionsPanel*>()->setCurrentId(connection.id);
    QVERIFY(window.findChild<QLabel*>(u"insecureBanner"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(selectRepository(window, u"zuul/app"_s), kTimeout);
    auto* list = window.findChild<QListWidget*>(u"connectionList"_s);
    QVERIFY(list->currentItem()->text().contains(u"insecure"_s));
    window.connections()->remove(connection.id);
}

// After the whole GUI run: no password in the settings, in any file the run left in its directories, in what it
// logged, or in the HTTP traces the activity panel showed (which were there and did carry Authorization lines).
void TestMainWindow::settingsHoldNoSecret()
{
    {
        MainWindow window(settings());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(selectRepository(window, u"zuul/app"_s), kTimeout);
    } // closing saves window state and connections
    QFile file(settings().settingsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto content = file.readAll();
    QVERIFY(content.contains(m_source->hostPort().toUtf8())); // the connection is there...
    QVERIFY(content.contains("window\\geometry") || content.contains("[window]"));

    QList<QByteArray> secrets;
    for (const auto* registry : {m_source.get(), m_target.get()}) {
        const auto password = registry->password().toUtf8();
        secrets << password << password.toBase64() << (registry->username().toUtf8() + ':' + password).toBase64();
    }
    QVERIFY(!m_traces.isEmpty());
    QVERIFY(m_traces.join(u'\n').contains(u"GET "_s));
    const auto everything = (g_messages + m_traces).join(u'\n').toUtf8();
    QStringList files{settings().settingsFile};
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto path = it.next();
        if (!path.endsWith(u"/docker-config.json"_s)) { // importsDockerLogins' input, a docker login by design
            files << path;
        }
    }
    QVERIFY(files.size() > 1);
    for (const auto& secret : std::as_const(secrets)) {
        QVERIFY2(!content.contains(secret), "a password in the settings"); // ...its password is not
        QVERIFY2(!everything.contains(secret), "a password in the log or the HTTP trace");
        for (const auto& path : std::as_const(files)) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(path + u" holds a password"_s));
        }
    }
}

void TestMainWindow::cleanupTestCase()
{
    CredentialStore store;
    store.setServiceName(m_service);
    bool done = false;
    store.removeSecret(CredentialStore::registryKey(*RegistryAddress::parse(m_source->hostPort())), this,
                       [&](const CredentialStore::Result&) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
