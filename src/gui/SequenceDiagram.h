#pragma once

#include "job/TransferEvent.h"

#include <QWidget>

// A sequence diagram drawn from what really happened: participants with lifelines, one arrow per event
// in time order with what moved (bytes, time, result), activation bars, notes, failures in red with
// their error. Hover shows an arrow's details, a click names its job; zoomable; exports to SVG and PNG;
// colours come from the palette so light and dark themes both read.
class SequenceDiagram : public QWidget
{
    Q_OBJECT
public:
    struct Arrow
    {
        int from = 0;
        int to = 0;
        QString label;
        QString detail;
        QString note; // drawn beside the arrow, e.g. "only the manifest is transferred"
        bool ok = true;
        QString error;
        quint64 jobId = 0;
    };

    explicit SequenceDiagram(QWidget* parent = nullptr);

    void setParticipants(const QStringList& participants);
    QStringList participants() const { return m_participants; }
    void addParticipant(const QString& participant); // keeps the arrows
    // A second line under each participant, e.g. the connection playing that role.
    void setCaptions(const QStringList& captions);
    // Adds the event as an arrow when both its parties are participants; returns whether it did.
    bool addEvent(const TransferEvent& event, const QString& note = {});
    void addArrow(const Arrow& arrow);
    void clear();
    const QList<Arrow>& arrows() const { return m_arrows; }

    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    QByteArray toSvg(const QString& title) const;
    QImage toImage(double scale = 2.0) const;

    QSize sizeHint() const override;

signals:
    void arrowClicked(quint64 jobId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QSize baseSize() const;
    void render(QPainter& painter) const;
    double centerOf(int participant) const;
    QRectF arrowRect(int index) const;
    int arrowAt(const QPoint& position) const;

    QStringList m_participants;
    QStringList m_captions;
    QList<Arrow> m_arrows;
    double m_zoom = 1.0;
};
