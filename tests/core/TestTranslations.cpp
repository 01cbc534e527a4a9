// The translations are complete and match the sources: no unfinished entry in German or French, every source
// string of the code present in them (checked by running lupdate on the sources now), every plural in English,
// and each translation keeps its source's placeholders, mnemonic and markup.
#include "TestProcess.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // one, or the plural forms
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            continue;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!current.numerus) {
                current.translations << xml.readElementText();
            }
        } else if (xml.name() == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    found.removeDuplicates();
    return sorted(found);
}

int mnemonics(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&|[a-z]+;|#\\d+;)\\w"));
    return static_cast<int>(text.count(pattern));
}

QStringList tags(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("</?(b|i|a|br|p|code|span|tt|ul|li)\\b"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found << it.next().captured(1);
    }
    found.removeDuplicates();
    return sorted(found);
}

const QString kTranslations = QStringLiteral(REGISTRYDESK_SOURCE_DIR "/translations/");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void everySourceStringIsThere();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("English plurals") << QStringLiteral("en");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QString error;
    const auto messages = readTs(kTranslations + QStringLiteral("registrydesk_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message& message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source.left(60);
        if (!message.finished) {
            problems << QStringLiteral("unfinished: ") + where;
            continue;
        }
        if (message.numerus != (message.translations.size() == 2) || message.translations.contains(QString())) {
            problems << QStringLiteral("missing plural form or empty: ") + where;
            continue;
        }
        for (const QString& translation : message.translations) {
            if (placeholders(translation) != placeholders(message.source)) {
                problems << QStringLiteral("placeholders differ: ") + where + QStringLiteral(" → ") + translation;
            }
            if (mnemonics(translation) != mnemonics(message.source)) {
                problems << QStringLiteral("mnemonic differs: ") + where + QStringLiteral(" → ") + translation;
            }
            if (tags(translation) != tags(message.source)) {
                problems << QStringLiteral("markup differs: ") + where + QStringLiteral(" → ") + translation;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::everySourceStringIsThere()
{
    // lupdate over the sources as they are now, into a fresh file, then every string must be in the committed ones.
    QStringList sources;
    for (const auto* folder : {"/src", "/ui"}) {
        QDirIterator it(QStringLiteral(REGISTRYDESK_SOURCE_DIR) + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            sources << it.next();
        }
    }
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
    const auto result = TestProcess::run(QStringLiteral(REGISTRYDESK_LUPDATE),
                                         QStringList{QStringLiteral("-locations"), QStringLiteral("none")}
                                             << sources << QStringLiteral("-ts") << fresh);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QString error;
    const auto wanted = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(wanted.size() > 1000);
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")}) {
        QSet<QString> present;
        for (const Message& message :
             readTs(kTranslations + QStringLiteral("registrydesk_%1.ts").arg(language), &error)) {
            present.insert(message.context + QLatin1Char('\n') + message.source);
        }
        QStringList missing;
        for (const Message& message : wanted) {
            // English carries the plural forms only.
            if ((language != QLatin1String("en") || message.numerus) &&
                !present.contains(message.context + QLatin1Char('\n') + message.source)) {
                missing << message.context + QStringLiteral(": ") + message.source.left(80);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 lacks (run the update_translations target):\n%2")
                                                   .arg(language, missing.join(QLatin1Char('\n')))));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
