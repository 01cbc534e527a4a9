#pragma once

#include "diff/ImageDiff.h"

#include <QWidget>

// Horizontal bars of the bytes each directory holds in image A and in image B, largest first, with the change.
class SizeChart : public QWidget
{
    Q_OBJECT
public:
    explicit SizeChart(QWidget* parent = nullptr);

    void setSizes(const QList<ImageDiff::DirectorySize>& sizes, int maxRows = 25);
    const QList<ImageDiff::DirectorySize>& sizes() const { return m_sizes; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<ImageDiff::DirectorySize> m_sizes;
};
