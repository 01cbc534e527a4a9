#include "JsonHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x4f, 0x9c));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    // Pretty-printed JSON keeps every string on one line, so a line-local scan is exact.
    const auto length = text.size();
    qsizetype i = 0;
    while (i < length) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < length && text.at(end) != QLatin1Char('"')) {
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            }
            end = std::min(end + 1, length);
            qsizetype next = end;
            while (next < length && text.at(next).isSpace()) {
                ++next;
            }
            const bool isKey = next < length && text.at(next) == QLatin1Char(':');
            setFormat(static_cast<int>(i), static_cast<int>(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < length && (text.at(end).isDigit() || QStringLiteral(".eE+-").contains(text.at(end)))) {
                ++end;
            }
            setFormat(static_cast<int>(i), static_cast<int>(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < length && text.at(end).isLetter()) {
                ++end;
            }
            setFormat(static_cast<int>(i), static_cast<int>(end - i), m_literal);
            i = end;
        } else {
            ++i;
        }
    }
}
