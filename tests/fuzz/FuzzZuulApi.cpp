// Zuul's REST answers (one build, a list of builds, a buildset) and the artifacts and tags inside them.
#include "FuzzSupport.h"
#include "zuul/ZuulApi.h"
#include "zuul/ZuulArtifact.h"
#include "zuul/ZuulTag.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    QList<QJsonObject> objects;
    if (document.isObject()) {
        objects << document.object();
    } else {
        for (const auto& item : document.array()) {
            objects << item.toObject();
        }
    }
    QList<ZuulBuild> builds;
    for (const auto& object : objects) {
        const auto buildset = ZuulBuildset::fromJson(object);
        for (const auto& inside : buildset.builds) {
            FUZZ_CHECK(inside.buildsetUuid == buildset.uuid, inside.uuid);
        }
        const auto build = ZuulBuild::fromJson(object);
        builds << build;
        for (const auto& artifact : ZuulArtifact::of(build)) {
            if (artifact.isImage()) {
                FUZZ_CHECK(artifact.url.startsWith(QLatin1String("docker://")) && artifact.problem.isEmpty(),
                           artifact.url);
            }
        }
        if (build.isFinished()) {
            FUZZ_CHECK(build.endTime.timeSpec() == Qt::UTC, build.uuid);
        }
        for (const auto& artifact : build.artifacts) {
            const auto metadata = artifact.toObject().value(QLatin1String("metadata")).toObject();
            const auto tag = ZuulTag::parse(metadata.value(QLatin1String("tag")).toString());
            if (tag.kind() == ZuulTag::Kind::Intermediate) {
                FUZZ_CHECK(tag.build().size() == 32, tag.build());
            }
        }
    }
    int grouped = 0;
    for (const auto& buildset : ZuulBuildset::group(builds)) {
        grouped += int(buildset.builds.size());
    }
    FUZZ_CHECK(grouped == builds.size(), QString::number(grouped));
    return 0;
}
