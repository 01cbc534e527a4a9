#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

class RegistryProcess;

// Builds OCI image layouts on disk without any image tool: gzip'd tar layers made with libarchive (deterministic:
// fixed mtime, uid/gid 0, no gzip timestamp), config, OCI manifest, index.json and oci-layout. Building the same
// image twice gives the same digests. Large pseudo-random files are streamed, so memory stays small.
//
//     TestImage image;
//     image.addLayer({{u"etc/hello.txt"_s, "hello\n"}, TestImage::Entry::directory(u"var/empty"_s)});
//     image.setLabel(u"org.zuul-ci.change"_s, u"1234"_s);
//     const QString ref = image.writeLayout(dir, u"latest"_s); // "oci:<dir>:latest"
//
// Results (digests, bytes) are kept in a state shared by copies of one image, so images passed by value to
// writeIndexLayout() report their digests afterwards; any setter starts a fresh state.
class TestImage
{
public:
    struct Entry
    {
        enum class Type
        {
            File,
            Directory,
            Symlink,
            Hardlink,
            RandomFile // size bytes from a deterministic, incompressible generator seeded with seed
        };

        Entry() = default;
        Entry(const QString& path, const QByteArray& content, int mode = 0644); // a regular file

        static Entry file(const QString& path, const QByteArray& content, int mode = 0644);
        static Entry directory(const QString& path, int mode = 0755);
        static Entry symlink(const QString& path, const QString& target);
        static Entry hardlink(const QString& path, const QString& target);
        static Entry randomFile(const QString& path, qint64 size, quint64 seed = 1, int mode = 0644);

        Type type = Type::File;
        QString path; // relative, no leading '/'
        QByteArray content;
        QString target; // symlink or hardlink target
        int mode = 0644;
        qint64 size = 0;
        quint64 seed = 0;
        qint64 uid = 0;
        qint64 gid = 0;
        qint64 mtime = 1704067200; // seconds since the epoch (2024-01-01, like created)

        Entry owned(qint64 owner, qint64 group) const; // a copy with another uid/gid
        Entry touched(qint64 seconds) const;           // a copy with another mtime
    };

    struct Blob
    {
        QString mediaType;
        QString digest; // sha256:<hex> of the stored (compressed) bytes
        qint64 size = 0;
        QString diffId; // layers: sha256 of the uncompressed tar
    };

    static constexpr QLatin1String ociManifestType{"application/vnd.oci.image.manifest.v1+json"};
    static constexpr QLatin1String ociIndexType{"application/vnd.oci.image.index.v1+json"};
    static constexpr QLatin1String ociConfigType{"application/vnd.oci.image.config.v1+json"};
    static constexpr QLatin1String ociLayerGzipType{"application/vnd.oci.image.layer.v1.tar+gzip"};

    TestImage();

    void addLayer(const QList<Entry>& entries);
    void setPlatform(const QString& os, const QString& architecture, const QString& variant = {}); // linux/amd64
    void setLabel(const QString& key, const QString& value);
    void addEnv(const QString& variable); // "KEY=value"
    void setCmd(const QStringList& command);
    void setCreated(const QDateTime& created);                    // default 2024-01-01T00:00:00Z
    void setAnnotation(const QString& key, const QString& value); // manifest annotations

    // Writes blobs and adds (or replaces) the tag in <dir>/index.json. Returns "oci:<dir>:<tag>", empty on error.
    QString writeLayout(const QString& dir, const QString& tag, QString* error = nullptr);
    // An OCI image index of images (each with its platform) under one tag. Returns "oci:<dir>:<tag>".
    static QString writeIndexLayout(const QString& dir, const QString& tag, const QList<TestImage>& images,
                                    QString* indexDigest = nullptr, QString* error = nullptr);

    // Valid after writeLayout() or writeIndexLayout().
    QString manifestDigest() const;
    QByteArray manifestBytes() const;
    qint64 manifestSize() const;
    QString configDigest() const;
    QByteArray configBytes() const;
    QList<Blob> layers() const;

    QString os() const { return m_os; }
    QString architecture() const { return m_architecture; }
    QString variant() const { return m_variant; }

    // `skopeo copy --all` of an oci: layout to docker://<dockerRef> ("127.0.0.1:PORT/repo:tag"), trusting and
    // authenticating as registry's default user; digestOut gets what skopeo pushed (converted with
    // extraArguments such as {"--format", "v2s2"}).
    static bool pushWithSkopeo(const QString& layoutRef, const QString& dockerRef, const RegistryProcess& registry,
                               QString* digestOut, QString* error, const QStringList& extraArguments = {});
    static QString digestOf(const QByteArray& data); // "sha256:<hex>"
    static QByteArray readBlob(const QString& layoutDir, const QString& digest);

private:
    struct Built
    {
        QByteArray config;
        QByteArray manifest;
        QList<Blob> layers;
    };

    bool writeBlobs(const QString& dir, QString* error) const;
    void changed(); // detaches from results of earlier builds

    QList<QList<Entry>> m_layers;
    QString m_os = QStringLiteral("linux");
    QString m_architecture = QStringLiteral("amd64");
    QString m_variant;
    QMap<QString, QString> m_labels;
    QMap<QString, QString> m_annotations;
    QStringList m_env;
    QStringList m_cmd;
    QDateTime m_created;
    std::shared_ptr<Built> m_built;
};
