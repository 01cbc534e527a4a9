#include "DiffHighlighter.h"

DiffHighlighter::DiffHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
}

void DiffHighlighter::highlightBlock(const QString& text)
{
    QTextCharFormat format;
    if (text.startsWith(QLatin1String("@@"))) {
        format.setForeground(QColor(0x6e, 0x77, 0x81));
    } else if (text.startsWith(QLatin1Char('+'))) {
        format.setForeground(QColor(0x2d, 0xa4, 0x4e));
    } else if (text.startsWith(QLatin1Char('-'))) {
        format.setForeground(QColor(0xe5, 0x53, 0x4b));
    } else {
        return;
    }
    setFormat(0, static_cast<int>(text.size()), format);
}
