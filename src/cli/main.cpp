#include "Cli.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("registrydesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RegistryDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGISTRYDESK_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("registrydesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }
    Cli cli;
    return cli.run(QCoreApplication::arguments());
}
