#include "TextDiff.h"

#include <QStringDecoder>

#include <vector>

namespace {

using Script = QList<TextDiff::Line>;

// The edit script between a[0..n) and b[0..m); false when it would take more than kMaxEdits edits.
bool myers(const QStringList& a, const QStringList& b, qsizetype offsetA, qsizetype offsetB, Script* out)
{
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    const int maxD = std::min(n + m, TextDiff::kMaxEdits);
    // trace[d] holds, for k in [-d, d], the furthest x on diagonal k before step d (index k + d).
    std::vector<std::vector<int>> trace;
    std::vector<int> v(static_cast<size_t>(2 * maxD + 3), 0);
    const int off = maxD + 1;
    int finalD = -1;
    for (int d = 0; d <= maxD && finalD < 0; ++d) {
        trace.emplace_back(v.begin() + (off - d), v.begin() + (off + d + 1));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[static_cast<size_t>(off + k - 1)] < v[static_cast<size_t>(off + k + 1)]))
                        ? v[static_cast<size_t>(off + k + 1)]
                        : v[static_cast<size_t>(off + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[static_cast<size_t>(off + k)] = x;
            if (x >= n && y >= m) {
                finalD = d;
                break;
            }
        }
    }
    if (finalD < 0) {
        return false;
    }
    Script reversed;
    int x = n;
    int y = m;
    const auto same = [&](int xa, int yb) {
        reversed.append(
            {TextDiff::Kind::Same, a.at(xa), static_cast<int>(offsetA + xa), static_cast<int>(offsetB + yb)});
    };
    for (int d = finalD; d > 0; --d) {
        const std::vector<int>& before = trace[static_cast<size_t>(d)];
        const auto at = [&](int k) { return before[static_cast<size_t>(k + d)]; };
        const int k = x - y;
        const int previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int previousX = at(previousK);
        const int previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            same(--x, --y);
        }
        if (previousK == k + 1) {
            --y;
            reversed.append({TextDiff::Kind::Added, b.at(y), -1, static_cast<int>(offsetB + y)});
        } else {
            --x;
            reversed.append({TextDiff::Kind::Removed, a.at(x), static_cast<int>(offsetA + x), -1});
        }
    }
    while (x > 0 && y > 0) {
        same(--x, --y);
    }
    std::reverse(reversed.begin(), reversed.end());
    *out += reversed;
    return true;
}

} // namespace

bool TextDiff::looksBinary(const QByteArray& content)
{
    if (content.left(8192).contains('\0')) {
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(content);
    return decoder.hasError();
}

QStringList TextDiff::lines(const QByteArray& content)
{
    QStringList result = QString::fromUtf8(content).split(QLatin1Char('\n'));
    if (!result.isEmpty() && result.last().isEmpty()) {
        result.removeLast(); // the newline that ends the last line
    }
    return result;
}

QList<TextDiff::Line> TextDiff::compare(const QStringList& a, const QStringList& b)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head)) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail)) {
        ++tail;
    }
    Script script;
    for (qsizetype i = 0; i < head; ++i) {
        script.append({Kind::Same, a.at(i), static_cast<int>(i), static_cast<int>(i)});
    }
    const QStringList middleA = a.mid(head, a.size() - head - tail);
    const QStringList middleB = b.mid(head, b.size() - head - tail);
    if (!myers(middleA, middleB, head, head, &script)) {
        for (qsizetype i = 0; i < middleA.size(); ++i) {
            script.append({Kind::Removed, middleA.at(i), static_cast<int>(head + i), -1});
        }
        for (qsizetype i = 0; i < middleB.size(); ++i) {
            script.append({Kind::Added, middleB.at(i), -1, static_cast<int>(head + i)});
        }
    }
    for (qsizetype i = tail; i > 0; --i) {
        script.append({Kind::Same, a.at(a.size() - i), static_cast<int>(a.size() - i), static_cast<int>(b.size() - i)});
    }
    return script;
}

QString TextDiff::unified(const QList<Line>& lines, int context)
{
    QString out;
    const auto size = lines.size();
    // before[j]: how many lines of A and of B come before index j.
    std::vector<std::pair<int, int>> before(static_cast<size_t>(size + 1));
    for (qsizetype j = 0; j < size; ++j) {
        const Kind kind = lines.at(j).kind;
        before[static_cast<size_t>(j + 1)] = {before[static_cast<size_t>(j)].first + (kind != Kind::Added ? 1 : 0),
                                              before[static_cast<size_t>(j)].second + (kind != Kind::Removed ? 1 : 0)};
    }
    qsizetype i = 0;
    while (i < size) {
        while (i < size && lines.at(i).kind == Kind::Same) {
            ++i;
        }
        if (i == size) {
            break;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last change that is
        // closer than 2 * context to the next.
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype sameRun = 0;
        for (qsizetype j = i; j < size; ++j) {
            if (lines.at(j).kind == Kind::Same) {
                if (++sameRun > 2 * context) {
                    break;
                }
            } else {
                sameRun = 0;
                end = j;
            }
        }
        const qsizetype stop = std::min(size, end + 1 + context);
        int countA = 0;
        int countB = 0;
        QString body;
        for (qsizetype j = start; j < stop; ++j) {
            const Line& line = lines.at(j);
            countA += line.kind != Kind::Added ? 1 : 0;
            countB += line.kind != Kind::Removed ? 1 : 0;
            body += QLatin1Char(line.kind == Kind::Same ? ' ' : (line.kind == Kind::Removed ? '-' : '+')) + line.text +
                    QLatin1Char('\n');
        }
        // diff -u counts lines from 1; an empty range names the line before it.
        const auto range = [](int preceding, int count) {
            return QStringLiteral("%1,%2").arg(count == 0 ? preceding : preceding + 1).arg(count);
        };
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(range(before[static_cast<size_t>(start)].first, countA),
                        range(before[static_cast<size_t>(start)].second, countB)) +
               body;
        i = stop;
    }
    return out;
}
