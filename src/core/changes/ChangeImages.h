#pragma once

#include "job/Job.h"
#include "zuul/ZuulApi.h"
#include "zuul/ZuulArtifact.h"

#include <functional>

class RegistryClient;

// Finds the client of the connection set up for a registry: done(nullptr) when there is none. The CLI
// reaches any registry with the user's credentials; the window only those it has connections for.
using ClientLookup =
    std::function<void(const RegistryAddress&, QObject* context, std::function<void(RegistryClient*)>)>;

// One image artifact of a build, checked in the registry its URL names.
struct ZuulImage
{
    Q_DECLARE_TR_FUNCTIONS(ZuulImage)

public:
    enum class State
    {
        Unchecked,
        Present,
        Missing,
        NoConnection,
        Failed
    };
    ZuulBuild build;
    ZuulArtifact artifact;
    State state = State::Unchecked;
    Digest digest;
    QString mediaType;
    qint64 size = -1;  // config and layers of linux/amd64 (or an index's first image)
    int platforms = 0; // an index's platforms; 0 for a single image
    QString problem;   // why it is missing or could not be checked

    QString stateText() const; // "present", "missing", ...
};

struct ZuulImageQuery
{
    int change = 0;
    QString patchset;
    QString pipeline;
    QString project;
    QString jobName;
    QString buildset; // one buildset's builds instead of a change's
    int maxBuilds = 500;
};

// The images a change's (or one buildset's) builds left in the intermediate registry: the builds from Zuul
// (every page), their container_image artifacts, and each image checked, a few at once, where its URL
// points, with that registry's connection — digest, size and platforms, or missing.
class ZuulImagesJob : public Job
{
    Q_OBJECT
public:
    ZuulImagesJob(ZuulApi* api, const ZuulImageQuery& query, ClientLookup lookup, QObject* parent = nullptr);
    QString title() const override;

    const QList<ZuulBuild>& builds() const { return m_builds; } // newest first
    const QList<ZuulImage>& images() const { return m_images; } // in the order of builds()
    bool truncated() const { return m_truncated; }              // more builds than maxBuilds

signals:
    void buildsRead();
    void imageChecked(int index);

protected:
    void run() override;

private:
    void readBuilds(QList<ZuulBuild> builds);
    void checkNext();
    void check(int index, RegistryClient* client);
    void checked(int index);

    ZuulApi* m_api;
    ZuulImageQuery m_query;
    ClientLookup m_lookup;
    QList<ZuulBuild> m_builds;
    QList<ZuulImage> m_images;
    bool m_truncated = false;
    int m_next = 0;
    int m_running = 0;
    int m_done = 0;
};
