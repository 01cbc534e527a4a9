#pragma once

#include <QSyntaxHighlighter>

// Colours keys, strings, numbers and literals of the pretty-printed JSON in the raw views; colours
// follow the palette so dark themes stay readable.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};
