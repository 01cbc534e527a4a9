#pragma once

#include "ZuulApi.h"
#include "registry/Reference.h"

#include <QJsonObject>

#include <optional>

// An artifact of a build, its URL resolved against the build's log_url. A container_image artifact with a
// docker:// URL (push-to-intermediate-registry's) is an image: where it is now, and the repository and tag it
// is to be published as.
struct ZuulArtifact
{
    Q_DECLARE_TR_FUNCTIONS(ZuulArtifact)

public:
    QString name;
    QString url; // resolved
    QJsonObject metadata;
    std::optional<Reference> image; // the image in the intermediate registry
    QString repository;             // metadata.repository: where it is to be published
    QString tag;                    // metadata.tag
    QString problem;                // a container_image artifact whose URL names no image

    bool isImage() const { return image.has_value(); }
    static QList<ZuulArtifact> of(const ZuulBuild& build);
    static ZuulArtifact fromJson(const QJsonObject& object, const QString& logUrl);
};
