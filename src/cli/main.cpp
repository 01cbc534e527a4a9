#include "Cli.h"
#include "util/ProcessHardening.h"
#include "util/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    ProcessHardening::apply(); // before any secret is read
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("registrydesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RegistryDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGISTRYDESK_VERSION));

    Translations::install(&app); // the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
    Cli cli;
    return cli.run(QCoreApplication::arguments());
}
