// TextDiff against GNU diff -u on the same files: the hunks must be the same, line for line.
#include "diff/TextDiff.h"

#include "TestProcess.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray joined(const QStringList& lines)
{
    return lines.isEmpty() ? QByteArray() : lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT
private slots:
    void matchesGnuDiff_data();
    void matchesGnuDiff();
    void equalTextsHaveNoHunks();
    void detectsBinary();
    void unrelatedTextsStayBounded();
};

void TestTextDiff::matchesGnuDiff_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QStringList config;
    for (int i = 0; i < 60; ++i) {
        config << QStringLiteral("option_%1 = %2").arg(i).arg(i * 7);
    }
    QStringList edited = config;
    edited[3] = QStringLiteral("option_3 = changed");
    edited.insert(20, QStringLiteral("new_option = yes"));
    edited.removeAt(40);
    edited.append(QStringLiteral("tail = 1"));
    QTest::newRow("config edits") << config << edited;
    QTest::newRow("added to empty") << QStringList{} << QStringList{QStringLiteral("one"), QStringLiteral("two")};
    QTest::newRow("emptied") << QStringList{QStringLiteral("one"), QStringLiteral("two")} << QStringList{};
    QTest::newRow("first line") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                << QStringList{QStringLiteral("x"), QStringLiteral("b"), QStringLiteral("c")};
    // Pseudo-random edits to a longer text (fixed seed: the same case every run).
    QRandomGenerator random(4711);
    QStringList text;
    for (int i = 0; i < 400; ++i) {
        text << QStringLiteral("line %1 %2").arg(i).arg(random.bounded(5));
    }
    QStringList mutated = text;
    for (int edit = 0; edit < 40; ++edit) {
        const int at = static_cast<int>(random.bounded(static_cast<quint32>(mutated.size())));
        switch (random.bounded(3)) {
        case 0:
            mutated.removeAt(at);
            break;
        case 1:
            mutated.insert(at, QStringLiteral("inserted %1").arg(edit));
            break;
        default:
            mutated[at] = QStringLiteral("replaced %1").arg(edit);
        }
    }
    QTest::newRow("random edits") << text << mutated;
}

void TestTextDiff::matchesGnuDiff()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QTemporaryDir dir;
    for (const auto& [name, lines] : {std::pair{QStringLiteral("a"), a}, std::pair{QStringLiteral("b"), b}}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(joined(lines));
    }
    const auto gnu = TestProcess::run(QStringLiteral("diff"), {QStringLiteral("-u"), dir.filePath(QStringLiteral("a")),
                                                               dir.filePath(QStringLiteral("b"))});
    QCOMPARE(gnu.exitCode, 1); // they differ
    // Drop the "---" and "+++" file header lines.
    const QString expected = QString::fromUtf8(gnu.out).section(QLatin1Char('\n'), 2);
    const QString ours = TextDiff::unified(TextDiff::compare(a, b));
    // Where several minimal scripts exist GNU diff may pick another; the hunk headers and the edit count must
    // agree, and applying ours to A must give B.
    QCOMPARE(ours.count(QLatin1String("\n@@")) + 1, expected.count(QLatin1String("\n@@")) + 1);
    const auto edits = [](const QString& text) {
        int count = 0;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            count += (line.startsWith(QLatin1Char('+')) || line.startsWith(QLatin1Char('-'))) ? 1 : 0;
        }
        return count;
    };
    QCOMPARE(edits(ours), edits(expected));
    QStringList rebuilt;
    QStringList original;
    for (const auto& line : TextDiff::compare(a, b)) {
        if (line.kind != TextDiff::Kind::Removed) {
            rebuilt << line.text;
        }
        if (line.kind != TextDiff::Kind::Added) {
            original << line.text;
        }
    }
    QCOMPARE(rebuilt, b);
    QCOMPARE(original, a);
    if (qstrcmp(QTest::currentDataTag(), "random edits") != 0) {
        QCOMPARE(ours, expected); // one minimal script only: identical output
    }
}

void TestTextDiff::equalTextsHaveNoHunks()
{
    const QStringList text{QStringLiteral("same"), QStringLiteral("lines")};
    QVERIFY(TextDiff::unified(TextDiff::compare(text, text)).isEmpty());
}

void TestTextDiff::detectsBinary()
{
    QVERIFY(TextDiff::looksBinary(QByteArray("ELF\0\0\1", 6)));
    QVERIFY(TextDiff::looksBinary(QByteArray("caf\xe9 latin-1")));
    QVERIFY(!TextDiff::looksBinary(QByteArray("café UTF-8\n")));
    QCOMPARE(TextDiff::lines("a\nb\n"), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestTextDiff::unrelatedTextsStayBounded()
{
    QStringList a;
    QStringList b;
    for (int i = 0; i < 20000; ++i) {
        a << QStringLiteral("a%1").arg(i);
        b << QStringLiteral("b%1").arg(i);
    }
    const auto lines = TextDiff::compare(a, b);
    QCOMPARE(lines.size(), 40000);
    QCOMPARE(lines.first().kind, TextDiff::Kind::Removed);
    QCOMPARE(lines.last().kind, TextDiff::Kind::Added);
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "TestTextDiff.moc"
