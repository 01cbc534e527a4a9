// registrydesk-bench-registry: writes a registry:2 filesystem storage root as large as an intermediate registry
// gets (thousands of repositories, tens of thousands of Zuul build tags), straight into the layout registry:2
// reads, so scripts/bench storage does not spend minutes pushing it. Each repository holds two images that share
// one base layer with every other repository; its tags point at them.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

class Writer
{
public:
    explicit Writer(const QString& root)
        : m_v2(root + QStringLiteral("/docker/registry/v2"))
    {
    }

    // The blob once for the whole registry; returns its digest.
    QString blob(const QByteArray& bytes)
    {
        const auto hex = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const auto dir = m_v2 + QStringLiteral("/blobs/sha256/") + hex.left(2) + QLatin1Char('/') + hex;
        if (!QFile::exists(dir + QStringLiteral("/data"))) {
            write(dir + QStringLiteral("/data"), bytes);
        }
        return QStringLiteral("sha256:") + hex;
    }

    void link(const QString& path, const QString& digest) { write(path + QStringLiteral("/link"), digest.toLatin1()); }

    QString repository(const QString& name) const { return m_v2 + QStringLiteral("/repositories/") + name; }

    bool ok() const { return m_ok; }

private:
    void write(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        m_ok = m_ok && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    QString m_v2;
    bool m_ok = true;
};

QByteArray pseudoRandom(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        seed = seed * 1664525u + 1013904223u;
        bytes[i] = static_cast<char>(seed >> 24);
    }
    return bytes;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a large registry:2 storage root for the storage bench."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("root"), QStringLiteral("The storage root to write (empty or new)."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("repositories"), QStringLiteral("How many repositories."), QStringLiteral("n"),
                      QStringLiteral("3000")});
    parser.addOption({QStringLiteral("tags"), QStringLiteral("How many tags in all."), QStringLiteral("n"),
                      QStringLiteral("20000")});
    parser.process(app);
    const int repositories = parser.value(QStringLiteral("repositories")).toInt();
    const int tags = parser.value(QStringLiteral("tags")).toInt();
    if (!parser.isSet(QStringLiteral("root")) || repositories < 1 || tags < repositories) {
        parser.showHelp(2);
    }
    Writer writer(parser.value(QStringLiteral("root")));
    const auto base = pseudoRandom(64 * 1024, 1);
    const auto baseDigest = writer.blob(base);
    const auto now = QDateTime::currentDateTimeUtc();
    int tagged = 0;
    for (int r = 0; r < repositories; ++r) {
        const auto name = QStringLiteral("bench/r%1").arg(r, 4, 10, QLatin1Char('0'));
        const auto repository = writer.repository(name);
        QStringList manifests;
        for (int i = 0; i < 2; ++i) {
            const auto layer = pseudoRandom(2048 + r % 512, static_cast<quint32>(r * 2 + i + 7));
            const auto layerDigest = writer.blob(layer);
            const QJsonObject config{
                {QStringLiteral("architecture"), QStringLiteral("amd64")},
                {QStringLiteral("os"), QStringLiteral("linux")},
                {QStringLiteral("created"), now.addSecs(-3600LL * (r % 2000 + 24 * i)).toString(Qt::ISODate)},
                {QStringLiteral("rootfs"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                             {QStringLiteral("diff_ids"), QJsonArray{baseDigest, layerDigest}}}}};
            const auto configBytes = QJsonDocument(config).toJson(QJsonDocument::Compact);
            const auto configDigest = writer.blob(configBytes);
            const auto descriptor = [](const QString& type, const QString& digest, qint64 size) {
                return QJsonObject{{QStringLiteral("mediaType"), type},
                                   {QStringLiteral("digest"), digest},
                                   {QStringLiteral("size"), size}};
            };
            const QJsonObject manifest{
                {QStringLiteral("schemaVersion"), 2},
                {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
                {QStringLiteral("config"), descriptor(QStringLiteral("application/vnd.oci.image.config.v1+json"),
                                                      configDigest, configBytes.size())},
                {QStringLiteral("layers"),
                 QJsonArray{
                     descriptor(QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip"), baseDigest, base.size()),
                     descriptor(QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip"), layerDigest,
                                layer.size())}}};
            const auto manifestDigest = writer.blob(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
            for (const auto& digest : {baseDigest, layerDigest, configDigest}) {
                writer.link(repository + QStringLiteral("/_layers/sha256/") + digest.mid(7), digest);
            }
            writer.link(repository + QStringLiteral("/_manifests/revisions/sha256/") + manifestDigest.mid(7),
                        manifestDigest);
            manifests << manifestDigest;
        }
        const int count = tags / repositories + (r < tags % repositories ? 1 : 0);
        for (int t = 0; t < count; ++t, ++tagged) {
            // Zuul build tags, as the intermediate registry holds them; the newest image also as latest.
            const auto tag =
                t == 0 ? QStringLiteral("latest")
                       : QString::fromLatin1(
                             QCryptographicHash::hash(QByteArray::number(tagged), QCryptographicHash::Md5).toHex()) +
                             QStringLiteral("_latest");
            const auto& digest = manifests.at(t == 0 ? 0 : t % 2);
            const auto dir = repository + QStringLiteral("/_manifests/tags/") + tag;
            writer.link(dir + QStringLiteral("/current"), digest);
            writer.link(dir + QStringLiteral("/index/sha256/") + digest.mid(7), digest);
        }
    }
    if (!writer.ok()) {
        QTextStream(stderr) << "cannot write the storage root" << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << tagged << " tags in " << repositories << " repositories" << Qt::endl;
    return 0;
}
