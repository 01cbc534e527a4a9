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
    parser.addOption({QStringLiteral("tag"), QStringLiteral("Tag of the image in the layout (added to it)."),
                      QStringLiteral("tag"), QStringLiteral("v1")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the layers' data: other seeds, other blobs."),
                      QStringLiteral("n"), QStringLiteral("100")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("bench-layout"))) {
        parser.showHelp(2);
    }
    TestImage image;
    int index = 0;
    const auto seed = parser.value(QStringLiteral("seed")).toULongLong();
    for (const auto& size : parser.value(QStringLiteral("layers")).split(QLatin1Char(','))) {
        image.addLayer({TestImage::Entry::randomFile(QStringLiteral("data/layer%1.bin").arg(index),
                                                     size.toLongLong() << 20, seed + static_cast<quint64>(index))});
        ++index;
    }
    QString error;
    const auto layout =
        image.writeLayout(parser.value(QStringLiteral("bench-layout")), parser.value(QStringLiteral("tag")), &error);
    if (layout.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << layout << Qt::endl;
    return 0;
}
