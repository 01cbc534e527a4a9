#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Translations::install(QCoreApplication* application, const QString& language)
{
    QString chosen = language;
    if (!languages().contains(chosen)) {
        chosen = QStringLiteral("en");
        for (const QString& wanted : QLocale::system().uiLanguages()) {
            const QString code = wanted.section(QLatin1Char('-'), 0, 0).toLower();
            if (languages().contains(code)) {
                chosen = code;
                break;
            }
        }
    }
    auto* own = new QTranslator(application);
    if (own->load(QStringLiteral("registrydesk_") + chosen, QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
    // Qt's own strings (standard buttons, "Usage:" of --help) where the system has them.
    auto* qt = new QTranslator(application);
    if (chosen != QLatin1String("en") &&
        qt->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    return chosen;
}
