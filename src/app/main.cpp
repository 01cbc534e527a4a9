#include "MainWindow.h"
#include "util/ProcessHardening.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QSettings>

int main(int argc, char* argv[])
{
    ProcessHardening::apply(); // before any secret is read
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RegistryDesk"));
    QApplication::setOrganizationName(QStringLiteral("RegistryDesk"));
    QApplication::setApplicationVersion(QStringLiteral(REGISTRYDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/registrydesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.registrydesk.RegistryDesk"));

    // The language: the one chosen in View ▸ Language, else the system's.
    Translations::install(&app, QSettings().value(MainWindow::kLanguageKey).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desk for Zuul container-image registries."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("registry"), QApplication::translate("main", "Open this registry (host:port)."),
                      QApplication::translate("main", "registry")});
    parser.addOption({QStringLiteral("authfile"), QApplication::translate("main", "Credentials file (auth.json)."),
                      QApplication::translate("main", "file")});
    parser.addOption({QStringLiteral("certs-dir"),
                      QApplication::translate("main", "CA certificates in certs.d layout."),
                      QApplication::translate("main", "dir")});
    parser.addOption({QStringLiteral("tls-verify"), QApplication::translate("main", "false skips TLS verification."),
                      QApplication::translate("main", "bool"), QStringLiteral("true")});
    parser.addOption({QStringLiteral("sandbox"),
                      QApplication::translate("main", "Show the three registries of this sandbox directory."),
                      QApplication::translate("main", "dir")});
    parser.addOption({QStringLiteral("image"),
                      QApplication::translate("main", "Open this repository (and tag) on the Browse page."),
                      QApplication::translate("main", "repository[:tag]")});
    parser.addOption({QStringLiteral("rehearse"),
                      QApplication::translate("main", "Rehearse the gating flow on the Flows page (with --sandbox).")});
    parser.addOption({QStringLiteral("setup"), QApplication::translate("main", "Open the registry setup wizard.")});
    parser.addOption({QStringLiteral("page"),
                      QApplication::translate("main", "Open on this page: %1.")
                          .arg(MainWindow::pageNames().join(QLatin1String(", "))),
                      QApplication::translate("main", "page")});
    parser.addOption(
        {QStringLiteral("diff"),
         QApplication::translate("main", "Compare two images on the Diff page (give it twice: A, then B)."),
         QApplication::translate("main", "host:port/repository:tag")});
    parser.addOption({QStringLiteral("htpasswd"),
                      QApplication::translate("main", "Open this htpasswd file on the Users page."),
                      QApplication::translate("main", "file")});
    parser.addOption({QStringLiteral("pki-dir"),
                      QApplication::translate("main", "Show this certificate directory on the Certificates page."),
                      QApplication::translate("main", "dir")});
    parser.process(app);

    MainWindow::Settings settings;
    settings.registry = parser.value(QStringLiteral("registry"));
    settings.authFile = parser.value(QStringLiteral("authfile"));
    settings.certsDir = parser.value(QStringLiteral("certs-dir"));
    settings.tlsVerify = parser.value(QStringLiteral("tls-verify")).toLower() != QLatin1String("false");
    settings.sandboxDir = parser.value(QStringLiteral("sandbox"));
    settings.image = parser.value(QStringLiteral("image"));
    settings.page = parser.value(QStringLiteral("page"));
    settings.setup = parser.isSet(QStringLiteral("setup"));
    settings.rehearse = parser.isSet(QStringLiteral("rehearse"));
    settings.htpasswdFile = parser.value(QStringLiteral("htpasswd"));
    settings.pkiDir = parser.value(QStringLiteral("pki-dir"));
    settings.diff = parser.values(QStringLiteral("diff"));
    MainWindow window(settings);
    window.show();
    return QApplication::exec();
}
