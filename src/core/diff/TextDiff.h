#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Line differences between two texts (Myers' O(ND) algorithm after trimming the common head and tail), shown in
// the unified format people know from diff -u. Past kMaxEdits the texts are treated as entirely different, which
// keeps time and memory bounded for unrelated files.
class TextDiff
{
public:
    enum class Kind
    {
        Same,
        Removed,
        Added
    };
    struct Line
    {
        Kind kind = Kind::Same;
        QString text;
        int lineA = -1; // 0-based, -1 for added lines
        int lineB = -1; // 0-based, -1 for removed lines
    };

    static constexpr int kMaxEdits = 4000;

    // NUL bytes in the first 8 KiB, or text that is not valid UTF-8.
    static bool looksBinary(const QByteArray& content);
    static QStringList lines(const QByteArray& content);
    static QList<Line> compare(const QStringList& a, const QStringList& b);
    // "@@ -l,s +l,s @@" hunks with `context` unchanged lines around each change; empty when equal.
    static QString unified(const QList<Line>& lines, int context = 3);
};
