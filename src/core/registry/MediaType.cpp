#include "MediaType.h"

namespace MediaType {

QByteArray manifestAcceptHeader()
{
    return (DockerManifest + QLatin1String(", ") + DockerManifestList + QLatin1String(", ") + OciManifest +
            QLatin1String(", ") + OciIndex + QLatin1String(", ") + DockerSchema1Signed + QLatin1String(";q=0.5, ") +
            DockerSchema1 + QLatin1String(";q=0.5"))
        .toLatin1();
}

bool isIndex(const QString& mediaType)
{
    return mediaType == DockerManifestList || mediaType == OciIndex;
}

bool isImageManifest(const QString& mediaType)
{
    return mediaType == DockerManifest || mediaType == OciManifest;
}

bool isSchema1(const QString& mediaType)
{
    return mediaType == DockerSchema1 || mediaType == DockerSchema1Signed;
}

bool isManifest(const QString& mediaType)
{
    return isIndex(mediaType) || isImageManifest(mediaType) || isSchema1(mediaType);
}

QString essence(const QString& contentType)
{
    return contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

} // namespace MediaType
