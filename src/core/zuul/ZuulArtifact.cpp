#include "ZuulArtifact.h"

ZuulArtifact ZuulArtifact::fromJson(const QJsonObject& object, const QString& logUrl)
{
    ZuulArtifact artifact;
    artifact.name = object.value(QLatin1String("name")).toString();
    artifact.metadata = object.value(QLatin1String("metadata")).toObject();
    const QUrl url(object.value(QLatin1String("url")).toString());
    // Zuul resolves relative URLs against log_url when it stores them (urljoin); older records and other
    // reporters may not have, so it is done here the same way.
    QUrl base(logUrl);
    if (url.isRelative() && base.isValid() && !base.isRelative()) {
        if (!base.path().endsWith(QLatin1Char('/'))) {
            base.setPath(base.path() + QLatin1Char('/'));
        }
        artifact.url = base.resolved(url).toString();
    } else {
        artifact.url = object.value(QLatin1String("url")).toString();
    }
    if (artifact.metadata.value(QLatin1String("type")).toString() != QLatin1String("container_image")) {
        return artifact;
    }
    artifact.repository = artifact.metadata.value(QLatin1String("repository")).toString();
    artifact.tag = artifact.metadata.value(QLatin1String("tag")).toString();
    static const QLatin1String scheme("docker://");
    if (!artifact.url.startsWith(scheme)) {
        artifact.problem = tr("the image artifact %1 has no docker:// URL").arg(artifact.name);
        return artifact;
    }
    QString error;
    const auto rest = artifact.url.mid(scheme.size());
    // The URL always names its registry; a reference without one would silently mean Docker Hub.
    const auto firstPart = rest.section(QLatin1Char('/'), 0, 0);
    if (!rest.contains(QLatin1Char('/')) || !Reference::looksLikeRegistry(firstPart)) {
        artifact.problem = tr("the image artifact %1 names no registry").arg(artifact.name);
        return artifact;
    }
    artifact.image = Reference::parse(rest, &error);
    if (!artifact.image) {
        artifact.problem = tr("the image artifact %1: %2").arg(artifact.name, error);
    }
    return artifact;
}

QList<ZuulArtifact> ZuulArtifact::of(const ZuulBuild& build)
{
    QList<ZuulArtifact> artifacts;
    for (const auto& item : build.artifacts) {
        artifacts << fromJson(item.toObject(), build.logUrl);
    }
    return artifacts;
}
