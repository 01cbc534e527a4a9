// HtpasswdFile and Bcrypt, checked against Apache's htpasswd both ways.
#include "TestProcess.h"
#include "admin/Bcrypt.h"
#include "admin/HtpasswdFile.h"
#include "admin/PasswordGenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

QByteArray read(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
}

} // namespace

class TestHtpasswdFile : public QObject
{
    Q_OBJECT
private slots:
    void ourHashesPassApacheVerify();
    void apacheHashesPassOurVerify();
    void costIsHonouredAndBounded();
    void keepsEveryLineByteForByte();
    void keepsMixedLineEndings();
    void refusesToVerifyRuinousCosts();
    void flagsWhatTheRegistryRefuses();
    void refusesFilesThatAreNotText();
    void refusesToSaveAFileTheRegistryRefuses();
    void commentingOutTheLineMakesItSaveable();
    void addsReplacesAndRemoves();
    void duplicateAddLeavesFileUntouched();
    void refusesToOverwriteAChangedFile();
    void keepsModeOnSave();
    void unwritableLocationIsReported();
    void generatesStrongPasswords();

private:
    QTemporaryDir m_dir;
};

void TestHtpasswdFile::ourHashesPassApacheVerify()
{
    const auto path = m_dir.filePath(QStringLiteral("ours"));
    auto file = HtpasswdFile::load(path, nullptr);
    QVERIFY(file);
    QString error;
    QVERIFY2(file->setHash(QStringLiteral("zuul"), Bcrypt::hash("s3cret pw", 5), false, &error), qPrintable(error));
    QVERIFY2(file->save(&error), qPrintable(error));
    auto result = TestProcess::run(QStringLiteral("htpasswd"), {QStringLiteral("-vi"), path, QStringLiteral("zuul")},
                                   10000, "s3cret pw");
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    result = TestProcess::run(QStringLiteral("htpasswd"), {QStringLiteral("-vi"), path, QStringLiteral("zuul")}, 10000,
                              "wrong");
    QVERIFY(!result.ok());
}

void TestHtpasswdFile::apacheHashesPassOurVerify()
{
    const auto result =
        TestProcess::run(QStringLiteral("htpasswd"),
                         {QStringLiteral("-niB"), QStringLiteral("-C"), QStringLiteral("6"), QStringLiteral("apache")},
                         10000, "their pw");
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const auto file = HtpasswdFile::parse(result.out);
    QCOMPARE(file.users(), QStringList{QStringLiteral("apache")});
    QVERIFY(file.problems().isEmpty());
    QVERIFY(file.verify(QStringLiteral("apache"), "their pw"));
    QVERIFY(!file.verify(QStringLiteral("apache"), "their pw "));
    QCOMPARE(Bcrypt::cost(file.hashOf(QStringLiteral("apache"))), 6);
    // $2a$ and $2b$ hashes (other tools) verify too.
    auto hash = file.hashOf(QStringLiteral("apache"));
    hash[2] = 'b';
    QVERIFY(Bcrypt::verify("their pw", hash));
}

void TestHtpasswdFile::costIsHonouredAndBounded()
{
    QCOMPARE(Bcrypt::cost(Bcrypt::hash("x", 4)), 4);
    QVERIFY(Bcrypt::hash("x", 3).isEmpty());
    QVERIFY(Bcrypt::hash("x", 18).isEmpty());
    QVERIFY(Bcrypt::hash(QByteArray("a\0b", 3), 4).isEmpty());
    QVERIFY(Bcrypt::hash("x", 4) != Bcrypt::hash("x", 4)); // salted
}

void TestHtpasswdFile::keepsEveryLineByteForByte()
{
    const QByteArray content = "# intermediate registry users\n\n"
                               "zuul:" +
                               Bcrypt::hash("a", 4) +
                               "\n"
                               "  # indented comment  \n"
                               "legacy:$apr1$abc$def\n"
                               "weird line without separator\n"
                               "other:" +
                               Bcrypt::hash("b", 4); // no final newline
    const auto path = m_dir.filePath(QStringLiteral("keep"));
    write(path, content);
    auto file = HtpasswdFile::load(path, nullptr);
    QVERIFY(file);
    QCOMPARE(file->serialize(), content);
    QString error;
    // The line without a separator would make save refuse (see refusesToSaveAFileTheRegistryRefuses).
    QVERIFY2(file->save(&error, HtpasswdFile::SaveFlag::KeepInvalid), qPrintable(error));
    QCOMPARE(read(path), content);
    // A change touches one line; everything else stays as it was.
    QVERIFY(file->setHash(QStringLiteral("zuul"), Bcrypt::hash("new", 4), true, &error));
    QVERIFY2(file->save(&error, HtpasswdFile::SaveFlag::KeepInvalid), qPrintable(error));
    const auto after = read(path).split('\n');
    const auto before = content.split('\n');
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (i != 2) {
            QCOMPARE(after[i], before[i]);
        }
    }
    QVERIFY(HtpasswdFile::load(path, nullptr)->verify(QStringLiteral("zuul"), "new"));
}

// Found by fuzzing: a file mixing CRLF and LF lines, or ending in a bare CR, did not write back as read.
void TestHtpasswdFile::keepsMixedLineEndings()
{
    const QByteArray a = "a:" + Bcrypt::hash("1", 4);
    const QByteArray b = "b:" + Bcrypt::hash("2", 4);
    const QByteArray content = a + "\r\n# lf line\n" + b + "\r";
    auto file = HtpasswdFile::parse(content);
    QCOMPARE(file.serialize(), content);
    QCOMPARE(file.users(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QString error;
    QVERIFY(file.setHash(QStringLiteral("c"), Bcrypt::hash("3", 4), false, &error));
    const auto withC = file.serialize();
    QVERIFY2(withC.startsWith(a + "\r\n# lf line\n" + b + "\r\r\nc:$2y$04$"), withC.constData());
    QVERIFY(!withC.endsWith('\n')); // the file had no final newline, and still has none
    QVERIFY(file.remove(QStringLiteral("c"), &error));
    QCOMPARE(file.serialize(), content); // and without c, b is the unterminated last line again
}

// A hostile or mistaken file with a cost-31 hash would keep a core busy for a day per check.
void TestHtpasswdFile::refusesToVerifyRuinousCosts()
{
    QByteArray hash = Bcrypt::hash("pw", 4);
    hash.replace(4, 2, "31");
    QCOMPARE(Bcrypt::cost(hash), 31);
    QVERIFY(!Bcrypt::isBcrypt(Bcrypt::hash("pw", 4) + "\n")); // anchored at the very end
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!Bcrypt::verify("pw", hash));
    QVERIFY(timer.elapsed() < 1000);
    const auto file = HtpasswdFile::parse("slow:" + hash + "\n");
    QCOMPARE(file.problems().size(), 1);
    QVERIFY2(file.problems().first().contains(QLatin1String("cost 31")), qPrintable(file.problems().first()));
    QVERIFY(!file.verify(QStringLiteral("slow"), "pw"));
}

void TestHtpasswdFile::flagsWhatTheRegistryRefuses()
{
    const auto file = HtpasswdFile::parse("ok:" + Bcrypt::hash("a", 4) +
                                          "\nmd5:$apr1$x$y\nsha:{SHA}abc=\n"
                                          "broken\nok:" +
                                          Bcrypt::hash("b", 4) + "\n:" + Bcrypt::hash("c", 4) + "\n");
    const auto problems = file.problems();
    QCOMPARE(problems.size(), 5);
    QVERIFY(problems[0].contains(QLatin1String("line 2")) && problems[0].contains(QLatin1String("MD5")));
    QVERIFY(problems[1].contains(QLatin1String("SHA-1")));
    QVERIFY(problems[2].contains(QLatin1String("refuses the whole file")));
    QVERIFY(problems[3].contains(QLatin1String("more than once")));
    QVERIFY(problems[4].contains(QLatin1String("empty user")));
}

// NUL bytes or invalid UTF-8: not an htpasswd file, and never listed byte by byte to a terminal.
void TestHtpasswdFile::refusesFilesThatAreNotText()
{
    const auto path = m_dir.filePath(QStringLiteral("binary"));
    const QByteArray valid = "j\xc3\xbcrgen:" + Bcrypt::hash("a", 4) + "\n";
    const QList<std::pair<QByteArray, QString>> cases{
        {valid + QByteArray("x\0\x1b[2J\n", 7), QStringLiteral("line 2 holds a NUL byte")},
        {valid + "j\xfcrgen:" + Bcrypt::hash("b", 4) + "\n", QStringLiteral("line 2 is not UTF-8")},
        {QByteArray("\xc3", 1), QStringLiteral("line 1 is not UTF-8")}};
    for (const auto& [content, reason] : cases) {
        write(path, content);
        QString error;
        QVERIFY(!HtpasswdFile::load(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("not a text file")) && error.contains(reason),
                 qPrintable(error));
    }
    write(path, valid);
    const auto file = HtpasswdFile::load(path, nullptr);
    QVERIFY(file);
    QCOMPARE(file->users(), QStringList{QStringLiteral("jürgen")});
}

// registry:2 reads no entry of a file with a line without ':', so saving such a file is refused, naming the line;
// KeepInvalid writes it all the same.
void TestHtpasswdFile::refusesToSaveAFileTheRegistryRefuses()
{
    const auto path = m_dir.filePath(QStringLiteral("refused"));
    const QByteArray content = "zuul:" + Bcrypt::hash("a", 4) + "\nregistry\x1b[31m\n";
    write(path, content);
    auto file = HtpasswdFile::load(path, nullptr);
    QVERIFY(file);
    QVERIFY2(file->refusal().contains(QStringLiteral(R"(line 2 ("registry\u001b[31m"))")), qPrintable(file->refusal()));
    QVERIFY(!file->refusal().contains(QChar(0x1b)));
    QString error;
    QVERIFY(file->setHash(QStringLiteral("new"), Bcrypt::hash("n", 4), false, &error));
    QVERIFY(!file->save(&error));
    QVERIFY2(error.contains(path) && error.contains(file->refusal()), qPrintable(error));
    QCOMPARE(read(path), content);
    QVERIFY2(file->save(&error, HtpasswdFile::SaveFlag::KeepInvalid), qPrintable(error));
    QVERIFY(HtpasswdFile::load(path, nullptr)->contains(QStringLiteral("new")));
    QVERIFY(HtpasswdFile::parse("# a comment\n\nzuul:" + Bcrypt::hash("a", 4) + "\n").refusal().isEmpty());
}

void TestHtpasswdFile::commentingOutTheLineMakesItSaveable()
{
    const auto path = m_dir.filePath(QStringLiteral("commented"));
    const QByteArray zuul = "zuul:" + Bcrypt::hash("a", 4) + "\n";
    write(path, zuul + "registry\n");
    auto file = HtpasswdFile::load(path, nullptr);
    QVERIFY(file);
    file->commentOutInvalidLines();
    QVERIFY(file->refusal().isEmpty());
    QVERIFY(file->problems().isEmpty());
    QVERIFY(file->isModified());
    // Someone else adds a user meanwhile: merging keeps theirs and comments the line out again.
    const QByteArray others = "others:" + Bcrypt::hash("o", 4) + "\n";
    write(path, zuul + "registry\n" + others);
    QString error;
    QVERIFY(!file->save(&error));
    QVERIFY2(file->merge(&error), qPrintable(error));
    QVERIFY2(file->save(&error), qPrintable(error));
    QCOMPARE(read(path), zuul + "# registry\n" + others);
}

void TestHtpasswdFile::addsReplacesAndRemoves()
{
    auto file = HtpasswdFile::parse("# users\na:" + Bcrypt::hash("1", 4) + "\n");
    QString error;
    QVERIFY(file.setHash(QStringLiteral("b"), Bcrypt::hash("2", 4), false, &error));
    QCOMPARE(file.users(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(file.remove(QStringLiteral("a"), &error));
    QVERIFY(!file.remove(QStringLiteral("a"), &error));
    QVERIFY(error.contains(QLatin1String("no user a")));
    QVERIFY(!file.setHash(QStringLiteral("bad:name"), Bcrypt::hash("3", 4), false, &error));
    QVERIFY(error.contains(QLatin1String("not a valid user name")));
    QVERIFY(!file.setHash(QStringLiteral("c"), "$apr1$x$y", false, &error));
    QCOMPARE(file.serialize().left(8), QByteArray("# users\n"));
}

void TestHtpasswdFile::duplicateAddLeavesFileUntouched()
{
    const auto path = m_dir.filePath(QStringLiteral("dup"));
    const QByteArray content = "zuul:" + Bcrypt::hash("a", 4) + "\n";
    write(path, content);
    auto file = HtpasswdFile::load(path, nullptr);
    QString error;
    QVERIFY(!file->setHash(QStringLiteral("zuul"), Bcrypt::hash("b", 4), false, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(read(path), content);
}

void TestHtpasswdFile::refusesToOverwriteAChangedFile()
{
    const auto path = m_dir.filePath(QStringLiteral("race"));
    write(path, "zuul:" + Bcrypt::hash("a", 4) + "\n");
    auto file = HtpasswdFile::load(path, nullptr);
    const QByteArray theirs = "zuul:" + Bcrypt::hash("a", 4) + "\nothers:" + Bcrypt::hash("o", 4) + "\n";
    write(path, theirs); // someone else saved meanwhile
    QString error;
    QVERIFY(file->setHash(QStringLiteral("mine"), Bcrypt::hash("m", 4), false, &error));
    QVERIFY(file->changedOnDisk());
    QVERIFY(!file->save(&error));
    QVERIFY2(error.contains(QLatin1String("changed on disk")), qPrintable(error));
    QCOMPARE(read(path), theirs);

    // Merging keeps their line and adds ours.
    QVERIFY2(file->merge(&error), qPrintable(error));
    QVERIFY2(file->save(&error), qPrintable(error));
    const auto merged = HtpasswdFile::load(path, nullptr);
    QCOMPARE(merged->users(), (QStringList{QStringLiteral("zuul"), QStringLiteral("others"), QStringLiteral("mine")}));
    QVERIFY(merged->verify(QStringLiteral("others"), "o"));
}

void TestHtpasswdFile::keepsModeOnSave()
{
    const auto path = m_dir.filePath(QStringLiteral("mode"));
    write(path, "zuul:" + Bcrypt::hash("a", 4) + "\n");
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    auto file = HtpasswdFile::load(path, nullptr);
    QString error;
    QVERIFY(file->setHash(QStringLiteral("b"), Bcrypt::hash("b", 4), false, &error));
    QVERIFY2(file->save(&error), qPrintable(error));
    struct stat st
    {
    };
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 0777, 0640u);
}

void TestHtpasswdFile::unwritableLocationIsReported()
{
    const auto blocker = m_dir.filePath(QStringLiteral("a-file"));
    write(blocker, "x");
    auto file = HtpasswdFile::parse({}, blocker + QStringLiteral("/htpasswd")); // its directory is a file
    QString error;
    QVERIFY(file.setHash(QStringLiteral("zuul"), Bcrypt::hash("a", 4), false, &error));
    QVERIFY(!file.save(&error));
    QVERIFY2(error.contains(QLatin1String("cannot")), qPrintable(error));
    QCOMPARE(read(blocker), QByteArray("x"));
}

void TestHtpasswdFile::generatesStrongPasswords()
{
    const auto a = PasswordGenerator::generate();
    const auto b = PasswordGenerator::generate();
    QCOMPARE(a.size(), PasswordGenerator::kDefaultLength);
    QVERIFY(a != b);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9]+$")).match(a).hasMatch());
    QCOMPARE(PasswordGenerator::generate(4).size(), 16); // never shorter than 16
}

QTEST_GUILESS_MAIN(TestHtpasswdFile)
#include "TestHtpasswdFile.moc"
