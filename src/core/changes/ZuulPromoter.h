#pragma once

#include "ChangeImages.h"

// zuul-jobs' intermediate-registry promote: each image artifact copied, every platform, from the intermediate
// registry to <publication>/<repository>:<tag>, and the published digest checked against the source's.
// A dry run resolves the sources and writes nothing.
class ZuulPromoter : public Job
{
    Q_OBJECT
public:
    struct Copy
    {
        ZuulArtifact artifact;
        Reference from;
        Reference to;
        Digest digest;     // the source's; after the copy also the destination's
        bool done = false; // copied and checked
    };

    ZuulPromoter(const QList<ZuulArtifact>& images, RegistryClient* publication, ClientLookup sources, bool dryRun,
                 QObject* parent = nullptr);
    QString title() const override;
    const QList<Copy>& copies() const { return m_copies; }
    bool isDryRun() const { return m_dryRun; }

    // Where an artifact is published: its metadata's repository (a registry host at its start is dropped:
    // the publication registry is the one given) and tag; nullopt with *error when they are not usable.
    static std::optional<Reference> destinationFor(const ZuulArtifact& artifact, const RegistryAddress& publication,
                                                   QString* error);

signals:
    void copied(int index);

protected:
    void run() override;

private:
    void next();
    void copy(int index, RegistryClient* source);
    void verify(int index);

    RegistryClient* m_publication;
    ClientLookup m_sources;
    bool m_dryRun;
    QList<Copy> m_copies;
    QString m_planProblem;
    int m_current = -1;
};
