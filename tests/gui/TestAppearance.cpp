// The drawn views follow the palette: with a dark palette the sequence diagram, the job graph and the size chart
// are dark with light text, with a light one the other way round; and the diagram's exported image keeps its
// sharpness at twice the size.
#include "JobGraph.h"
#include "SequenceDiagram.h"
#include "SizeChart.h"
#include "diff/ImageDiff.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1b));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x32));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x2a, 0x2d, 0x32));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    return dark;
}

struct Tones
{
    double background = 0; // mean lightness, 0..1
    int lightPixels = 0;   // lightness > 0.8
    int darkPixels = 0;    // lightness < 0.2
};

Tones tonesOf(const QImage& image)
{
    Tones tones;
    double sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const double lightness = QColor(image.pixel(x, y)).lightnessF();
            sum += lightness;
            tones.lightPixels += lightness > 0.8 ? 1 : 0;
            tones.darkPixels += lightness < 0.2 ? 1 : 0;
        }
    }
    tones.background = sum / (image.width() * image.height());
    return tones;
}

QImage grab(QWidget& widget)
{
    widget.resize(widget.sizeHint().expandedTo(QSize(600, 300)));
    widget.ensurePolished();
    return widget.grab().toImage();
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }
    void followsThePalette_data();
    void followsThePalette();
    void exportsSharpImages();
};

void TestAppearance::followsThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << true;
    QTest::newRow("light") << false;
}

void TestAppearance::followsThePalette()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());

    SequenceDiagram diagram;
    diagram.setParticipants({u"Intermediate registry"_s, u"Buildset registry"_s, u"Image build job"_s});
    diagram.addArrow({0, 1, u"Images from previous changes"_s, {}, {}, true, {}, 0});
    diagram.addArrow({2, 1, u"Push the built image"_s, {}, {}, true, {}, 0});
    JobGraph graph;
    SizeChart chart;
    chart.setSizes({{u"usr/lib"_s, 5'000'000, 7'000'000}, {u"etc"_s, 40'000, 30'000}});
    for (QWidget* widget :
         {static_cast<QWidget*>(&diagram), static_cast<QWidget*>(&graph), static_cast<QWidget*>(&chart)}) {
        const Tones tones = tonesOf(grab(*widget));
        const QByteArray name = widget->metaObject()->className();
        if (dark) {
            QVERIFY2(tones.background < 0.35, name + " is not dark: " + QByteArray::number(tones.background));
            QVERIFY2(tones.lightPixels > 50, name + " has no light text on the dark background");
        } else {
            QVERIFY2(tones.background > 0.65, name + " is not light: " + QByteArray::number(tones.background));
            QVERIFY2(tones.darkPixels > 50, name + " has no dark text on the light background");
        }
    }
}

void TestAppearance::exportsSharpImages()
{
    SequenceDiagram diagram;
    diagram.setParticipants({u"A"_s, u"B"_s});
    diagram.addArrow({0, 1, u"copy"_s, {}, {}, true, {}, 0});
    const QImage single = diagram.toImage(1.0);
    const QImage twice = diagram.toImage(2.0);
    QCOMPARE(twice.width(), single.width() * 2);
    QCOMPARE(twice.height(), single.height() * 2);
}

QTEST_MAIN(TestAppearance)
#include "TestAppearance.moc"
