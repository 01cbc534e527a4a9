// Printable: what files and registries hand us is shown with every character that could drive a terminal or
// disguise a one-line view written as an escape, and everything else left as it was.
#include "util/Printable.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPrintable : public QObject
{
    Q_OBJECT
private slots:
    void escapes_data();
    void escapes();
    void leavesOrdinaryTextAlone();
    void stripsForShortQuotes();
};

void TestPrintable::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("OSC title") << u"\x1b]0;pwned\x07"_s << uR"(\u001b]0;pwned\u0007)"_s;
    QTest::newRow("SGR colour") << u"\x1b[31mred"_s << uR"(\u001b[31mred)"_s;
    QTest::newRow("tab, newline, return") << u"a\tb\nc\rd"_s << uR"(a\tb\nc\rd)"_s;
    QTest::newRow("NUL and DEL") << QString(QChar(0)) + u"x\x7f"_s << uR"(\u0000x\u007f)"_s;
    QTest::newRow("C1 CSI") << u"\u009b2J"_s << uR"(\u009b2J)"_s;
    QTest::newRow("bidi override") << u"abc\u202edcba"_s << uR"(abc\u202edcba)"_s;
    QTest::newRow("zero-width space") << u"ad\u200bmin"_s << uR"(ad\u200bmin)"_s;
    QTest::newRow("line separator") << u"one\u2028two"_s << uR"(one\u2028two)"_s;
    QTest::newRow("language tag, beyond 16 bits") << u"x\U000e0001"_s << uR"(x\U000e0001)"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << uR"(\ud800)"_s;
}

void TestPrintable::escapes()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(Printable::escaped(text), shown);
    for (const QChar c : Printable::escaped(text)) {
        QVERIFY(c.unicode() >= 0x20 && c.unicode() < 0x7f);
    }
}

void TestPrintable::leavesOrdinaryTextAlone()
{
    for (const auto& text : {u"registry.example.org:5000/zuul/app:latest"_s, u"Grüße, 日本, emoji 🐳, accent é"_s,
                             u"back\\slash"_s, QString()}) {
        QCOMPARE(Printable::escaped(text), text);
        QCOMPARE(Printable::stripped(text), text);
    }
    const auto text = u"nothing to escape"_s;
    QCOMPARE(Printable::escaped(text).constData(), text.constData()); // no copy
}

void TestPrintable::stripsForShortQuotes()
{
    QCOMPARE(Printable::stripped(u"\x1b]0;owned\x07\x1b[2Jdenied\u202e"_s), u"]0;owned[2Jdenied"_s);
    QCOMPARE(Printable::stripped(u"🐳\U000e0001 ok"_s), u"🐳 ok"_s);
}

QTEST_GUILESS_MAIN(TestPrintable)
#include "TestPrintable.moc"
