#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// RegistryDesk's translations (built into the binaries under :/i18n) and Qt's own (from the system), for the
// language asked for or, when none is, the system's. English has a translation too: its plural forms.
class Translations
{
public:
    static QStringList languages(); // "en", "de", "fr": the languages RegistryDesk speaks
    // Installs the translators into the application; returns the language chosen. `language` empty: the system's
    // (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), falling back to English.
    static QString install(QCoreApplication* application, const QString& language = {});
};
