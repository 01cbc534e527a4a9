#include "Printable.h"

#include <functional>
#include <utility>

namespace {

// The code point at i and how many QChars it takes; a lone surrogate stands for itself.
std::pair<char32_t, qsizetype> codePointAt(const QString& text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        return {QChar::surrogateToUcs4(c, text.at(i + 1)), 2};
    }
    return {c.unicode(), 1};
}

qsizetype firstHostile(const QString& text, qsizetype from)
{
    while (from < text.size()) {
        const auto [c, length] = codePointAt(text, from);
        if (Printable::isHostile(c)) {
            return from;
        }
        from += length;
    }
    return text.size();
}

QString escape(char32_t c)
{
    switch (c) {
    case U'\t':
        return QStringLiteral("\\t");
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    default:
        return c > 0xffff ? QStringLiteral("\\U%1").arg(static_cast<uint>(c), 8, 16, QLatin1Char('0'))
                          : QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
    }
}

QString replaceHostile(const QString& text, const std::function<QString(char32_t)>& replacement)
{
    qsizetype hostile = firstHostile(text, 0);
    if (hostile == text.size()) {
        return text;
    }
    QString result;
    result.reserve(text.size() + 16);
    qsizetype done = 0;
    while (hostile < text.size()) {
        const auto [c, length] = codePointAt(text, hostile);
        result += QStringView(text).sliced(done, hostile - done);
        result += replacement(c);
        done = hostile + length;
        hostile = firstHostile(text, done);
    }
    result += QStringView(text).sliced(done);
    return result;
}

} // namespace

bool Printable::isHostile(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_Surrogate ||
           category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

QString Printable::escaped(const QString& text)
{
    return replaceHostile(text, escape);
}

QString Printable::stripped(const QString& text)
{
    return replaceHostile(text, [](char32_t) { return QString(); });
}
