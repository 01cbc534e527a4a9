#pragma once

#include "FileTree.h"
#include "registry/ImageConfig.h"
#include "registry/Manifest.h"

#include <QJsonObject>
#include <QJsonValue>

#include <memory>

// One side of a comparison: an image manifest (one platform), its configuration and the index of each layer.
struct DiffImage
{
    QString reference;
    Digest digest; // of the image manifest
    std::optional<Platform> platform;
    QList<Descriptor> layers;
    std::optional<ImageConfig> config;
    QList<std::shared_ptr<const LayerIndex>> indexes; // one per layer, in order
};

struct ImageDiffOptions
{
    bool ignoreTimestamps = false; // the reproducibility view: mtimes and "created" do not count
    bool ignoreOwnership = false;  // uid/gid do not count
};

// What differs between two images: configuration fields, layers (shared by digest or by diff_id, or only in
// one), and every path of the two final filesystems with what changed and which layer did it.
class ImageDiff
{
public:
    enum class Status
    {
        Unchanged,
        Added,
        Removed,
        Modified
    };
    enum Change
    {
        TypeChanged = 1,
        ContentChanged = 2,
        ModeChanged = 4,
        OwnerChanged = 8,
        LinkTargetChanged = 16,
        MtimeChanged = 32
    };

    struct ConfigChange
    {
        QString field; // "cmd", "env.PATH", "labels.org.zuul-ci.change", "history[3]"
        QJsonValue a;  // Undefined when absent on that side
        QJsonValue b;

        // A value as one line of text: strings as they are, lists as compact JSON, empty when absent.
        static QString text(const QJsonValue& value);
    };
    struct LayerRow // aligned side by side; both set when the layer is shared
    {
        int a = -1;
        int b = -1;
        bool sameDigest = false; // shared by digest, not only by diff_id
    };
    struct FileChange
    {
        QString path;
        Status status = Status::Unchanged;
        std::optional<LayerEntry> a;
        std::optional<LayerEntry> b;
        int changes = 0;
        Digest layer; // the layer that last touched the path (for a removal: the one that removed it, if any)
        qint64 sizeDelta() const;
    };

    static ImageDiff compare(const DiffImage& a, const DiffImage& b, const ImageDiffOptions& options = {});

    const DiffImage& imageA() const { return m_a; }
    const DiffImage& imageB() const { return m_b; }
    const ImageDiffOptions& options() const { return m_options; }
    const QList<ConfigChange>& configChanges() const { return m_config; }
    const QList<LayerRow>& layerRows() const { return m_layerRows; }
    const QList<FileChange>& files() const { return m_files; } // every path of both, sorted, unchanged included
    const FileTree& treeA() const { return *m_treeA; }
    const FileTree& treeB() const { return *m_treeB; }
    int count(Status status) const;
    qint64 sizeDelta() const { return m_treeB->totalSize() - m_treeA->totalSize(); }

    struct DirectorySize
    {
        QString path; // "usr/lib"; "/" for files at the top
        qint64 sizeA = 0;
        qint64 sizeB = 0;
    };
    // Bytes of regular files per directory, cut at kChartDepth levels, largest (in either image) first;
    // worked out with the comparison, off the event-loop thread.
    static constexpr int kChartDepth = 2;
    const QList<DirectorySize>& directorySizes() const { return m_directorySizes; }

    // CLI.md's diff --json: config, layers {shared, onlyA, onlyB}, files (changed ones only).
    QJsonObject toJson() const;
    // The changed files as CSV (RFC 4180): path, status, changes, type/size/mode/uid/gid/sha256 of each side, layer.
    QByteArray toCsv() const;
    static QString statusName(Status status);
    static QStringList changeNames(int changes);
    static QJsonObject entryJson(const LayerEntry& entry);

private:
    void compareConfigs();
    void alignLayers();
    void compareFiles();
    void sumDirectories();

    DiffImage m_a;
    DiffImage m_b;
    ImageDiffOptions m_options;
    QList<ConfigChange> m_config;
    QList<LayerRow> m_layerRows;
    QList<FileChange> m_files;
    QList<DirectorySize> m_directorySizes;
    std::shared_ptr<FileTree> m_treeA;
    std::shared_ptr<FileTree> m_treeB;
};
