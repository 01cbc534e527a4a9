// registrydesk-bench-window: the window's side of scripts/bench transfer. Opens the main window offscreen on two
// registries, selects every tag of one repository on the Browse page, copies them all at once with Copy to…, and
// prints the seconds from the dialog's confirmation to the last copy done, then the process's peak RSS in KiB; on
// stderr, how much of that time the window's own thread was busy.
// Passwords come from files ("user:password"), never from the arguments. Exits 1 when a copy fails or time runs out.
#include "ActivityPanel.h"
#include "ConnectionsPanel.h"
#include "MainWindow.h"
#include "PeakRss.h"
#include "RepositoryTreeModel.h"
#include "TagTableModel.h"
#include "credentials/RegistryConnections.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDialog>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 300'000;
constexpr int kCheckMs = 10;

// Runs the event loop until ready() or the deadline, blocked between events as the window's own loop is.
// (processEvents with a time limit never waits for events: looping on it would spin, and take a core from the
// copies being measured.)
bool waitFor(const std::function<bool()>& ready, const QDeadlineTimer& deadline)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&]() {
        if (ready() || deadline.hasExpired()) {
            loop.quit();
        }
    });
    check.start(kCheckMs);
    if (!ready()) {
        loop.exec();
    }
    return ready();
}

int fail(const char* what)
{
    std::fprintf(stderr, "registrydesk-bench-window: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption source(u"source"_s, u"Source registry HOST:PORT."_s, u"address"_s);
    const QCommandLineOption sourceCa(u"source-ca"_s, u"Source's CA certificate."_s, u"file"_s);
    const QCommandLineOption sourceLogin(u"source-credentials"_s, u"File holding user:password."_s, u"file"_s);
    const QCommandLineOption destination(u"destination"_s, u"Destination registry HOST:PORT."_s, u"address"_s);
    const QCommandLineOption destinationCa(u"destination-ca"_s, u"Destination's CA certificate."_s, u"file"_s);
    const QCommandLineOption destinationLogin(u"destination-credentials"_s, u"File holding user:password."_s,
                                              u"file"_s);
    const QCommandLineOption repository(u"repository"_s, u"Repository whose tags are all copied."_s, u"name"_s);
    const QCommandLineOption count(u"count"_s, u"How many tags it has."_s, u"n"_s);
    parser.addOptions({source, sourceCa, sourceLogin, destination, destinationCa, destinationLogin, repository, count});
    parser.process(app);
    const int tags = parser.value(count).toInt();
    if (tags <= 0 || parser.value(repository).isEmpty()) {
        return fail("--repository and --count are needed");
    }

    QTemporaryDir dir;
    MainWindow::Settings settings;
    settings.settingsFile = dir.filePath(u"settings.ini"_s);
    settings.keychainService = u"RegistryDeskBench-%1"_s.arg(QCoreApplication::applicationPid());
    MainWindow window(settings);
    window.resize(1280, 800);
    window.show();

    QString sourceId;
    for (const auto& [address, ca, login, role] :
         {std::tuple{parser.value(source), parser.value(sourceCa), parser.value(sourceLogin),
                     Connection::Role::Intermediate},
          std::tuple{parser.value(destination), parser.value(destinationCa), parser.value(destinationLogin),
                     Connection::Role::Buildset}}) {
        QFile file(login);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail("cannot read a credentials file");
        }
        const auto userPassword = QString::fromUtf8(file.readAll().trimmed());
        const auto colon = userPassword.indexOf(u':');
        Connection connection;
        connection.id = Connection::newId();
        connection.name = address;
        connection.address = address;
        connection.username = userPassword.left(colon);
        connection.caFile = ca;
        connection.certsDir = dir.filePath(u"no-certs.d"_s);
        connection.persistent = false;
        connection.role = role;
        window.connections()->put(connection);
        window.connections()->keepForSession(connection.id, userPassword.mid(colon + 1));
        if (sourceId.isEmpty()) {
            sourceId = connection.id;
        }
    }

    const QDeadlineTimer deadline(kTimeoutMs);
    window.findChild<ConnectionsPanel*>()->setCurrentId(sourceId);
    auto* tree = window.findChild<QTreeView*>(u"repositoryTree"_s);
    auto* table = window.findChild<QTableView*>(u"tagTable"_s);
    const auto selectRepository = [&]() {
        const auto matches = tree->model()->match(tree->model()->index(0, 0), RepositoryTreeModel::RepositoryRole,
                                                  parser.value(repository), 1, Qt::MatchExactly | Qt::MatchRecursive);
        if (!matches.isEmpty()) {
            tree->setCurrentIndex(matches.first());
        }
        return !matches.isEmpty();
    };
    if (!waitFor(selectRepository, deadline) ||
        !waitFor([&]() { return table->model()->rowCount() == tags; }, deadline)) {
        return fail("the repository and its tags did not show");
    }
    // The page reads the manifest and configuration of each tag it shows: every tag's is read (as sorting by
    // size does) before the copies start, so they are measured alone.
    auto* tagModel = window.findChild<TagTableModel*>();
    tagModel->loadAll();
    if (!waitFor([&]() { return tagModel->loadedCount() == tags; }, deadline)) {
        return fail("the tags' details did not load");
    }
    table->selectAll();
    window.findChild<QToolButton*>(u"copyToButton"_s)->click();
    QDialog* dialog = nullptr;
    if (!waitFor([&]() { return (dialog = window.findChild<QDialog*>(u"CopyDialog"_s)) != nullptr; }, deadline)) {
        return fail("the copy dialog did not open");
    }

    int done = 0;
    int failed = 0;
    QElapsedTimer clock;
    qint64 elapsedNs = 0;
    double cpuBeforeMs = 0;
    double busyMs = 0;
    const auto threadCpuMs = []() {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
    };
    // The clock stops when the last copy reports, not when the waiting loop next looks.
    QObject::connect(window.findChild<ActivityPanel*>(), &ActivityPanel::jobFinished, &app,
                     [&](const QString& title, const RegistryError& error) {
                         if (title.startsWith(u"copy "_s, Qt::CaseInsensitive)) {
                             ++(error ? failed : done);
                         }
                         if (done + failed == tags && elapsedNs == 0) {
                             elapsedNs = clock.nsecsElapsed();
                             busyMs = threadCpuMs() - cpuBeforeMs;
                         }
                     });
    cpuBeforeMs = threadCpuMs();
    clock.start();
    dialog->findChild<QPushButton*>(u"copyConfirmButton"_s)->click();
    if (!waitFor([&]() { return done + failed == tags; }, deadline)) {
        return fail("the copies did not finish in time");
    }
    const auto seconds = static_cast<double>(elapsedNs) / 1e9;
    if (failed > 0) {
        return fail("a copy failed");
    }
    std::printf("%.3f %lld\n", seconds, peakRssKb());
    std::fprintf(stderr, "the window's thread was busy %.0f ms of those %.0f ms\n", busyMs, seconds * 1000);
    return 0;
}
