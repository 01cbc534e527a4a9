// registrydesk-bench-image: writes the benchmark image (layers of pseudo-random files, as large compressed
// as uncompressed, like real binaries) as an OCI layout, for scripts/bench to push with skopeo.
#include "TestImage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes RegistryDesk's benchmark image as an OCI layout."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("bench-layout"), QStringLiteral("Directory of the OCI layout to write."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("layers"), QStringLiteral("Layer sizes in MiB, comma-separated."),
                      QStringLiteral("sizes"), QStringLiteral("300,40,20,10")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("bench-layout"))) {
        parser.showHelp(2);
    }
    TestImage image;
    int index = 0;
    for (const auto& size : parser.value(QStringLiteral("layers")).split(QLatin1Char(','))) {
        image.addLayer({TestImage::Entry::randomFile(QStringLiteral("data/layer%1.bin").arg(index),
                                                     size.toLongLong() << 20, static_cast<quint64>(100 + index))});
        ++index;
    }
    QString error;
    const auto layout = image.writeLayout(parser.value(QStringLiteral("bench-layout")), QStringLiteral("v1"), &error);
    if (layout.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << layout << Qt::endl;
    return 0;
}
