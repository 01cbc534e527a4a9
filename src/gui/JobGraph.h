#pragma once

#include <QWidget>

// The job graph of the Container Images document, each job with the registry traffic it causes:
//   producers and consumers: <site>-buildset-registry ← build-image ← test-image
//   only producers:          build-image alone, running its own buildset registry
// The traffic is taken from a rehearsal's steps (failed ones in red).
class JobGraph : public QWidget
{
    Q_OBJECT
public:
    enum class Shape
    {
        ProducersAndConsumers,
        OnlyProducers
    };
    struct Traffic
    {
        int step = 0;
        QString text; // "Intermediate registry → Buildset registry: Images from previous changes"
        bool ok = true;
    };
    struct Job
    {
        QString name;
        QString role; // what the document says it does
        QList<Traffic> traffic;
    };

    explicit JobGraph(QWidget* parent = nullptr);

    void setShape(Shape shape);
    Shape shape() const { return m_shape; }
    void setSite(const QString& site);
    // A rehearsal step's traffic; it is attached to the job that causes it in the current shape.
    void addStep(int step, const QString& text, bool ok);
    void clearTraffic();
    QList<Job> jobs() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_site = QStringLiteral("yoursite");
    Shape m_shape = Shape::ProducersAndConsumers;
    QList<Traffic> m_steps;
};
