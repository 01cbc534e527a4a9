#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

// How old a registry's tags are, as vertical bars: a day, a week, a month, a quarter, older, and unknown.
// Each bar's tooltip gives its count and range; the intermediate registry's prune limit is usually read off it.
class AgeHistogram : public QWidget
{
    Q_OBJECT
public:
    struct Bucket
    {
        QString label;
        QString range; // for the tooltip
        int count = 0;
    };

    explicit AgeHistogram(QWidget* parent = nullptr);

    void setTimes(const QList<QDateTime>& times, const QDateTime& now = QDateTime::currentDateTimeUtc());
    const QList<Bucket>& buckets() const { return m_buckets; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect barRect(int index) const;

    QList<Bucket> m_buckets;
};
