// registrydesk-samples: builds a few sample images (OCI layouts made by TestImage) and pushes them with
// skopeo into a registry, in the shapes a Zuul intermediate registry holds: plain tags, <build>_<tag>
// tags of unmerged changes, a change_<N>_<tag> temporary tag and a multi-arch index. Used by scripts/demo.
#include "Skopeo.h"
#include "TestImage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool push(const QString& layout, const QString& registry, const QString& target, const QStringList& trust,
          const QStringList& extra = {})
{
    const auto result =
        Skopeo::run(QStringList{QStringLiteral("copy"), QStringLiteral("--all"), QStringLiteral("-q")} + trust + extra +
                    QStringList{layout, QStringLiteral("docker://") + registry + QLatin1Char('/') + target});
    if (!result.ok()) {
        err() << "push of " << target << " failed: " << result.describe() << Qt::endl;
        return false;
    }
    err() << "pushed " << registry << '/' << target << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Pushes RegistryDesk's sample images into a registry."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("registry"), QStringLiteral("host:port"), QStringLiteral("registry")});
    parser.addOption({QStringLiteral("cert-dir"), QStringLiteral("Directory holding the registry's ca.crt."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("authfile"), QStringLiteral("auth.json with the registry's credentials."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("bench-layout"),
         QStringLiteral("Instead: write the benchmark image (layers of the given MiB sizes) as an OCI layout "
                        "to this directory."),
         QStringLiteral("dir")});
    parser.addOption({QStringLiteral("layers"), QStringLiteral("Layer sizes in MiB, comma-separated."),
                      QStringLiteral("sizes"), QStringLiteral("300,40,20,10")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("bench-layout"))) {
        // Pseudo-random files: layers as large compressed as uncompressed, like real binaries.
        TestImage image;
        int index = 0;
        for (const auto& size : parser.value(QStringLiteral("layers")).split(QLatin1Char(','))) {
            image.addLayer({TestImage::Entry::randomFile(QStringLiteral("data/layer%1.bin").arg(index),
                                                         size.toLongLong() << 20, static_cast<quint64>(100 + index))});
            ++index;
        }
        QString error;
        const auto layout =
            image.writeLayout(parser.value(QStringLiteral("bench-layout")), QStringLiteral("v1"), &error);
        if (layout.isEmpty()) {
            err() << error << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << layout << Qt::endl;
        return 0;
    }
    const auto registry = parser.value(QStringLiteral("registry"));
    if (registry.isEmpty()) {
        parser.showHelp(2);
    }
    const QStringList trust{QStringLiteral("--dest-cert-dir"), parser.value(QStringLiteral("cert-dir")),
                            QStringLiteral("--dest-authfile"), parser.value(QStringLiteral("authfile"))};
    QTemporaryDir work;
    QString error;

    auto appImage = [](int version) {
        TestImage image;
        image.addLayer({TestImage::Entry::directory(QStringLiteral("etc")),
                        TestImage::Entry(QStringLiteral("etc/os-release"), "NAME=\"Sample Linux\"\nVERSION_ID=1\n")});
        image.addLayer({TestImage::Entry(QStringLiteral("usr/bin/app"), "#!/bin/sh\necho sample app\n", 0755),
                        TestImage::Entry::symlink(QStringLiteral("usr/bin/app-latest"), QStringLiteral("app"))});
        image.addLayer({TestImage::Entry(QStringLiteral("srv/app/version"), QByteArray::number(version) + '\n'),
                        TestImage::Entry::randomFile(QStringLiteral("srv/app/data.bin"), 256 * 1024, version)});
        image.setLabel(QStringLiteral("org.zuul-ci.change"), QString::number(4700 + version));
        image.setLabel(QStringLiteral("org.zuul-ci.change_url"),
                       QStringLiteral("https://review.example.org/c/app/+/%1").arg(4700 + version));
        image.addEnv(QStringLiteral("APP_VERSION=%1").arg(version));
        image.setCmd({QStringLiteral("/usr/bin/app")});
        image.setCreated(QDateTime::currentDateTimeUtc().addDays(-version));
        return image;
    };

    bool ok = true;
    for (int version = 1; version <= 3; ++version) {
        auto image = appImage(version);
        const auto layout =
            image.writeLayout(work.filePath(QStringLiteral("app%1").arg(version)), QStringLiteral("latest"), &error);
        if (layout.isEmpty()) {
            err() << error << Qt::endl;
            return 1;
        }
        // Intermediate-registry tags: <32-hex build uuid>_<tag>, one per gated change.
        const auto build = QString::fromLatin1(
            QCryptographicHash::hash("sample build " + QByteArray::number(version), QCryptographicHash::Md5).toHex());
        ok = ok && push(layout, registry, QStringLiteral("zuul/app:%1_latest").arg(build), trust);
        if (version == 3) {
            ok = ok && push(layout, registry, QStringLiteral("zuul/app:latest"), trust);
            ok = ok && push(layout, registry, QStringLiteral("zuul/app:change_4703_latest"), trust);
        }
    }

    TestImage amd64;
    amd64.addLayer({TestImage::Entry(QStringLiteral("etc/arch"), "amd64\n")});
    TestImage arm64;
    arm64.setPlatform(QStringLiteral("linux"), QStringLiteral("arm64"), QStringLiteral("v8"));
    arm64.addLayer({TestImage::Entry(QStringLiteral("etc/arch"), "arm64\n")});
    const auto index = TestImage::writeIndexLayout(work.filePath(QStringLiteral("web")), QStringLiteral("1.0"),
                                                   {amd64, arm64}, nullptr, &error);
    ok = ok && !index.isEmpty() && push(index, registry, QStringLiteral("zuul/web:1.0"), trust);

    TestImage base;
    base.addLayer({TestImage::Entry(QStringLiteral("bin/sh"), "not really a shell\n", 0755)});
    const auto baseLayout = base.writeLayout(work.filePath(QStringLiteral("base")), QStringLiteral("3.19"), &error);
    ok = ok && !baseLayout.isEmpty() &&
         push(baseLayout, registry, QStringLiteral("library/base:3.19"), trust,
              {QStringLiteral("--format"), QStringLiteral("v2s2")});
    return ok ? 0 : 1;
}
