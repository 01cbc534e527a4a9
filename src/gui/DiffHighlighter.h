#pragma once

#include <QSyntaxHighlighter>

// Colours a unified diff: removed lines red, added green, hunk headers dimmed.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit DiffHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;
};
