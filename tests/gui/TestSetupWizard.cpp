// The setup wizard walked offscreen against a real registry:2 (TLS + htpasswd): endpoint check, an
// untrusted certificate that blocks Next until the presented CA is pinned, a wrong password that keeps
// the wizard on its page with the registry's message, a user added to the registry's htpasswd file,
// the keychain (gnome-keyring), the Zuul secret with a key from a stand-in Zuul, the site's files, and
// the connection it leaves behind. Run a second time without any session bus for the keychain's absence.
#include "ConnectionsPanel.h"
#include "MainWindow.h"
#include "RegistryProcess.h"
#include "TestPki.h"
#include "TestProcess.h"
#include "TestServer.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryConnections.h"
#include "setup/SetupWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeout = 30000;

bool keychainAbsent()
{
    return qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s);
}

template<typename T>
T* field(QWizard* wizard, const QString& name)
{
    auto* widget = wizard->currentPage()->findChild<T*>(name);
    if (!widget) {
        qWarning() << "no" << name << "on" << wizard->currentPage()->objectName();
    }
    return widget;
}
} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void walksTheWholeWizard();
    void createsANewRegistryBundle();
    void withoutKeychainOffersSessionOnly();

private:
    MainWindow::Settings settings() const;
    SetupWizard* open(MainWindow& window);
    // Endpoint and trust (pinning the presented CA) of the test registry.
    void passEndpointAndTrust(SetupWizard* wizard);
    static bool next(SetupWizard* wizard);

    QTemporaryDir m_dir;
    std::unique_ptr<RegistryProcess> m_registry;
    TestServer m_zuul;
    QString m_key;
    QString m_service = u"RegistryDeskWizardTest-%1"_s.arg(QCoreApplication::applicationPid());
};

MainWindow::Settings TestSetupWizard::settings() const
{
    MainWindow::Settings s;
    s.settingsFile = m_dir.filePath(u"settings.ini"_s);
    s.keychainService = m_service;
    return s;
}

void TestSetupWizard::initTestCase()
{
    QString error;
    m_registry = std::make_unique<RegistryProcess>();
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    m_key = m_dir.filePath(u"project.key"_s);
    const auto pem = TestPki::rsaKeyPair(m_key, 2048, &error);
    QVERIFY2(!pem.isEmpty(), qPrintable(error));
    m_zuul.setHandler([pem](const TestRequest& request) {
        if (request.path() == u"/api/info"_s) {
            return TestResponse::json(200, QByteArray(R"({"info":{"tenant":null}})"));
        }
        if (request.path() == u"/api/tenant/example/key/org/config.pub"_s) {
            return TestResponse::text(200, pem);
        }
        return TestResponse::json(404, QByteArray("{}"));
    });
    QVERIFY2(m_zuul.start(&error), qPrintable(error));
}

SetupWizard* TestSetupWizard::open(MainWindow& window)
{
    window.openSetupWizard();
    return window.findChild<SetupWizard*>();
}

bool TestSetupWizard::next(SetupWizard* wizard)
{
    auto* button = wizard->button(QWizard::NextButton);
    if (!button->isEnabled()) {
        return false;
    }
    const int before = wizard->currentId();
    button->click();
    return wizard->currentId() != before;
}

void TestSetupWizard::passEndpointAndTrust(SetupWizard* wizard)
{
    QCOMPARE(wizard->currentId(), int(SetupWizard::EndpointId));
    field<QLineEdit>(wizard, u"hostEdit"_s)->setText(u"127.0.0.1"_s);
    field<QSpinBox>(wizard, u"portSpin"_s)->setValue(m_registry->port());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // not before the check
    field<QPushButton>(wizard, u"checkEndpointButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kTimeout);
    QVERIFY(field<QLabel>(wizard, u"endpointStatus"_s)->text().contains(u"answers the registry API /v2/"_s));
    QVERIFY(next(wizard));

    // The test CA is not in the system store: the system's trust fails and Next stays disabled.
    QCOMPARE(wizard->currentId(), int(SetupWizard::TrustId));
    auto* status = field<QLabel>(wizard, u"trustStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"does not verify"_s), kTimeout);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(field<QTreeWidget>(wizard, u"chainTable"_s)->topLevelItemCount(), 2); // leaf, then the CA
    field<QRadioButton>(wizard, u"trustPinnedRadio"_s)->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"✔"_s), kTimeout);
    QVERIFY(next(wizard));
}

void TestSetupWizard::walksTheWholeWizard()
{
    if (keychainAbsent()) {
        QSKIP("needs the keychain");
    }
    const auto configProject = m_dir.filePath(u"config-project"_s);
    QString connectionId;
    {
        MainWindow window(settings());
        window.show();
        auto* wizard = open(window);
        QVERIFY(wizard);
        passEndpointAndTrust(wizard);
        if (QTest::currentTestFailed()) {
            return;
        }

        // A wrong password: the registry's answer, and no way on.
        QCOMPARE(wizard->currentId(), int(SetupWizard::CredentialsId));
        field<QLineEdit>(wizard, u"usernameEdit"_s)->setText(m_registry->username());
        field<QLineEdit>(wizard, u"passwordEdit"_s)->setText(u"not-the-password"_s);
        field<QPushButton>(wizard, u"testLoginButton"_s)->click();
        auto* login = field<QLabel>(wizard, u"loginStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(login->text().startsWith(u"✘"_s), kTimeout);
        QVERIFY2(login->text().contains(u"refused the credentials for user zuul"_s), qPrintable(login->text()));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        // A new user, added to the registry's htpasswd file by the wizard, then logged in.
        field<QLineEdit>(wizard, u"usernameEdit"_s)->setText(u"wizard-user"_s);
        field<QPushButton>(wizard, u"generatePasswordButton"_s)->click();
        const auto password = field<QLineEdit>(wizard, u"passwordEdit"_s)->text();
        QCOMPARE(password.size(), 24);
        field<QCheckBox>(wizard, u"htpasswdCheck"_s)->setChecked(true);
        field<QLineEdit>(wizard, u"htpasswdPathEdit"_s)->setText(m_registry->htpasswdFile());
        field<QPushButton>(wizard, u"testLoginButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(login->text().startsWith(u"✔"_s), kTimeout);
        QFile htpasswd(m_registry->htpasswdFile());
        QVERIFY(htpasswd.open(QIODevice::ReadOnly));
        QVERIFY(htpasswd.readAll().contains("\nwizard-user:$2y$"));
        QVERIFY(next(wizard));

        // The keychain says where the secret went, never what it is.
        QCOMPARE(wizard->currentId(), int(SetupWizard::KeychainId));
        auto* keychain = field<QLabel>(wizard, u"keychainStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(keychain->text().startsWith(u"✔"_s), kTimeout);
        QVERIFY(keychain->text().contains(m_service));
        QVERIFY(keychain->text().contains(u"registry/127.0.0.1:%1"_s.arg(m_registry->port())));
        QVERIFY(!keychain->text().contains(password));
        QVERIFY(next(wizard));

        // The Zuul secret, with the key from Zuul's REST API.
        QCOMPARE(wizard->currentId(), int(SetupWizard::ZuulSecretId));
        field<QLineEdit>(wizard, u"zuulUrlEdit"_s)->setText(m_zuul.baseUrl().toString());
        field<QLineEdit>(wizard, u"tenantEdit"_s)->setText(u"example"_s);
        field<QLineEdit>(wizard, u"projectEdit"_s)->setText(u"org/config"_s);
        field<QLineEdit>(wizard, u"siteEdit"_s)->setText(u"acme"_s);
        field<QPushButton>(wizard, u"fetchKeyButton"_s)->click();
        auto* preview = field<QPlainTextEdit>(wizard, u"secretPreview"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->toPlainText().isEmpty(), kTimeout);
        QVERIFY(preview->toPlainText().startsWith(u"- secret:\n    name: acme-intermediate-registry\n"_s));
        QVERIFY(
            preview->toPlainText().contains(u"      username: wizard-user\n      password: !encrypted/pkcs1-oaep\n"_s));
        QVERIFY(!preview->toPlainText().contains(password));
        QVERIFY(field<QLabel>(wizard, u"keyStatus"_s)->text().contains(u"SHA-256 fingerprint"_s));
        QVERIFY(next(wizard));

        // The site's files, written into the config-project folder.
        QCOMPARE(wizard->currentId(), int(SetupWizard::SiteJobsId));
        field<QLineEdit>(wizard, u"siteDirEdit"_s)->setText(configProject);
        field<QPushButton>(wizard, u"writeSiteButton"_s)->click(); // disabled before a preview
        QVERIFY(!QFile::exists(configProject));
        field<QPushButton>(wizard, u"previewSiteButton"_s)->click();
        QCOMPARE(field<QListWidget>(wizard, u"siteFileList"_s)->count(), 6);
        field<QPushButton>(wizard, u"writeSiteButton"_s)->click();
        QVERIFY2(field<QLabel>(wizard, u"siteStatus"_s)->text().startsWith(u"✔"_s),
                 qPrintable(field<QLabel>(wizard, u"siteStatus"_s)->text()));
        QVERIFY(QFile::exists(configProject + u"/zuul.d/acme-container-images.yaml"_s));
        QVERIFY(QFile::exists(configProject + u"/playbooks/buildset-registry/pre.yaml"_s));
        QVERIFY(next(wizard));

        // Summary, then Finish: the connection appears and works.
        QCOMPARE(wizard->currentId(), int(SetupWizard::SummaryId));
        const auto summary = field<QTextBrowser>(wizard, u"summaryView"_s)->toPlainText();
        QCOMPARE(summary.count(u"✔"_s), 6); // endpoint, trust, login, keychain, secret, site jobs
        QCOMPARE(summary.count(u"✘"_s), 0); // the refused password was retried successfully
        wizard->button(QWizard::FinishButton)->click();
        connectionId = window.findChild<ConnectionsPanel*>()->currentId();
        const auto connection = window.connections()->connection(connectionId);
        QVERIFY(connection);
        QCOMPARE(connection->address, u"127.0.0.1:%1"_s.arg(m_registry->port()));
        QCOMPARE(connection->username, u"wizard-user"_s);
        QCOMPARE(connection->role, Connection::Role::Intermediate);
        QVERIFY(connection->tlsVerify);
        QVERIFY(QFile::exists(connection->caFile)); // the pinned CA
        QCOMPARE(connection->zuulTenant, u"example"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.connections()->status(connectionId).state,
                                  RegistryConnections::Status::State::Ready, kTimeout);
        QCOMPARE(window.connections()->status(connectionId).credentialsSource, u"OS keychain"_s);
        QFile site(configProject + u"/zuul.d/acme-container-images.yaml"_s);
        QVERIFY(site.open(QIODevice::ReadOnly));
        QVERIFY(!site.readAll().contains(password.toUtf8()));
        QFile settingsFile(settings().settingsFile);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains(password.toUtf8()));
    }
    CredentialStore store;
    store.setServiceName(m_service);
    bool removed = false;
    store.removeSecret(CredentialStore::registryKey(*RegistryAddress::parse(m_registry->hostPort())), this,
                       [&](const CredentialStore::Result&) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, kTimeout);
}

void TestSetupWizard::createsANewRegistryBundle()
{
    if (keychainAbsent()) {
        QSKIP("needs the keychain");
    }
    MainWindow window(settings());
    window.show();
    auto* wizard = open(window);
    field<QRadioButton>(wizard, u"newRadio"_s)->setChecked(true);
    field<QLineEdit>(wizard, u"hostEdit"_s)->setText(u"registry.example.test"_s);
    QVERIFY(next(wizard)); // nothing to check yet: it does not exist
    QCOMPARE(wizard->currentId(), int(SetupWizard::CredentialsId));
    QCOMPARE(field<QLineEdit>(wizard, u"passwordEdit"_s)->text().size(), 24); // generated
    QVERIFY(next(wizard));
    QCOMPARE(wizard->currentId(), int(SetupWizard::NewRegistryId));
    const auto bundle = m_dir.filePath(u"bundle"_s);
    field<QLineEdit>(wizard, u"bundleDirEdit"_s)->setText(bundle);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    field<QPushButton>(wizard, u"createBundleButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kTimeout);
    for (const auto& file : {u"docker-compose.yaml"_s, u"certs/domain.crt"_s, u"auth/htpasswd"_s, u"ca/ca.crt"_s}) {
        QVERIFY2(QFile::exists(bundle + u'/' + file), qPrintable(file));
    }
    QCOMPARE(QFileInfo(bundle + u"/certs/domain.key"_s).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions());
    // Tried out here: the bundle's registry runs and the user logs in, TLS verified for the real host name.
    field<QPushButton>(wizard, u"trialButton"_s)->click();
    auto* trial = field<QLabel>(wizard, u"trialStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(trial->text().startsWith(u"✔"_s) || trial->text().startsWith(u"✘"_s), kTimeout);
    QVERIFY2(trial->text().contains(u"logs in over TLS verified for registry.example.test"_s),
             qPrintable(trial->text()));
    QVERIFY(next(wizard));
    QCOMPARE(wizard->currentId(), int(SetupWizard::KeychainId));
    wizard->reject();
}

void TestSetupWizard::withoutKeychainOffersSessionOnly()
{
    if (!keychainAbsent()) {
        QSKIP("runs without a session bus (its own ctest entry)");
    }
    MainWindow window(settings());
    window.show();
    auto* wizard = open(window);
    passEndpointAndTrust(wizard);
    if (QTest::currentTestFailed()) {
        return;
    }
    field<QLineEdit>(wizard, u"usernameEdit"_s)->setText(m_registry->username());
    field<QLineEdit>(wizard, u"passwordEdit"_s)->setText(m_registry->password());
    field<QPushButton>(wizard, u"testLoginButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kTimeout);
    QVERIFY(next(wizard));
    auto* status = field<QLabel>(wizard, u"keychainStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"✘"_s), kTimeout);
    auto* sessionOnly = field<QCheckBox>(wizard, u"sessionOnlyCheck"_s);
    QVERIFY(sessionOnly->isVisible());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    sessionOnly->setChecked(true);
    QVERIFY(next(wizard));
    QVERIFY(next(wizard)); // no Zuul secret
    QVERIFY(next(wizard)); // no site files
    wizard->button(QWizard::FinishButton)->click();
    const auto id = window.findChild<ConnectionsPanel*>()->currentId();
    QTRY_COMPARE_WITH_TIMEOUT(window.connections()->status(id).state, RegistryConnections::Status::State::Ready,
                              kTimeout);
    QCOMPARE(window.connections()->status(id).credentialsSource, u"this session only"_s);
}

QTEST_MAIN(TestSetupWizard)
#include "TestSetupWizard.moc"
