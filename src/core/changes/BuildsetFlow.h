#pragma once

#include "job/TransferEvent.h"
#include "zuul/ZuulApi.h"

#include <QCoreApplication>

// The document's image-transfer diagram for a real buildset, from what Zuul recorded: each build job that
// pushed an image (a container_image artifact) to the intermediate registry as <build>_<tag>, at its end
// time; then every later build that lists one of those images among its own artifacts (Zuul hands the
// artifacts of changes ahead to the jobs that depend on them, and the jobs that return them — an
// intermediate-registry promote, a consumer's build — record them) pulling it, at its start time.
struct BuildsetFlow
{
    Q_DECLARE_TR_FUNCTIONS(BuildsetFlow)

public:
    QStringList participants;    // the intermediate registry first, then each job in the order it appears
    QList<TransferEvent> events; // in time order

    static QString intermediateRegistry(); // the participant's name
    // buildset: the one drawn; others: builds of later buildsets (any order; earlier ones are ignored).
    static BuildsetFlow of(const ZuulBuildset& buildset, const QList<ZuulBuild>& others);
};
