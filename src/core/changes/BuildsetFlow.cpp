#include "BuildsetFlow.h"

#include "zuul/ZuulArtifact.h"

#include <QHash>

#include <algorithm>

QString BuildsetFlow::intermediateRegistry()
{
    return tr("Intermediate registry");
}

BuildsetFlow BuildsetFlow::of(const ZuulBuildset& buildset, const QList<ZuulBuild>& others)
{
    BuildsetFlow flow;
    flow.participants << intermediateRegistry();
    const auto participantOf = [&flow](const ZuulBuild& build, bool later) {
        const auto name = later ? tr("%1: %2").arg(build.pipeline, build.jobName) : build.jobName;
        if (!flow.participants.contains(name)) {
            flow.participants << name;
        }
        return name;
    };
    // The buildset's own jobs, in the order they started: the ones that pushed images.
    auto builds = buildset.builds;
    std::sort(builds.begin(), builds.end(),
              [](const ZuulBuild& a, const ZuulBuild& b) { return a.startTime < b.startTime; });
    QHash<QString, QDateTime> pushed; // image URL -> when it reached the intermediate registry
    for (const auto& build : std::as_const(builds)) {
        const auto job = participantOf(build, false);
        for (const auto& artifact : ZuulArtifact::of(build)) {
            if (!artifact.isImage()) {
                continue;
            }
            auto event = TransferEvent::make(
                TransferEvent::Kind::ManifestPut, job, intermediateRegistry(), artifact.image->repository(),
                artifact.image->repository() + QLatin1Char(':') + artifact.image->tag(),
                tr("build %1 (%2) pushed %3 at %4")
                    .arg(build.uuid.left(8), build.result, artifact.name, build.endTime.toString(Qt::ISODate)));
            event.time = build.endTime.isValid() ? build.endTime : build.startTime;
            event.ok = build.result == QLatin1String("SUCCESS");
            if (!event.ok) {
                event.error = tr("the build ended %1").arg(build.result.isEmpty() ? tr("running") : build.result);
            }
            flow.events << event;
            pushed.insert(artifact.url, event.time);
        }
    }
    // Later builds that list one of those images.
    for (const auto& build : others) {
        if (build.buildsetUuid == buildset.uuid) {
            continue;
        }
        for (const auto& artifact : ZuulArtifact::of(build)) {
            const auto when = pushed.value(artifact.url);
            if (!artifact.isImage() || !when.isValid() || !build.startTime.isValid() || build.startTime < when) {
                continue;
            }
            auto event = TransferEvent::make(TransferEvent::Kind::ManifestFetched, intermediateRegistry(),
                                             participantOf(build, true), artifact.image->repository(),
                                             artifact.image->repository() + QLatin1Char(':') + artifact.image->tag(),
                                             tr("build %1 of %2, change %3 patchset %4, took it at %5")
                                                 .arg(build.uuid.left(8), build.pipeline)
                                                 .arg(build.change)
                                                 .arg(build.patchset, build.startTime.toString(Qt::ISODate)));
            event.time = build.startTime;
            flow.events << event;
        }
    }
    std::stable_sort(flow.events.begin(), flow.events.end(),
                     [](const TransferEvent& a, const TransferEvent& b) { return a.time < b.time; });
    return flow;
}
