#pragma once

#include <QByteArray>
#include <QString>

// The manifest and blob media types of the docker and OCI image specifications.
namespace MediaType {

inline const QString DockerManifest = QStringLiteral("application/vnd.docker.distribution.manifest.v2+json");
inline const QString DockerManifestList = QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
inline const QString OciManifest = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
inline const QString OciIndex = QStringLiteral("application/vnd.oci.image.index.v1+json");
inline const QString DockerSchema1 = QStringLiteral("application/vnd.docker.distribution.manifest.v1+json");
inline const QString DockerSchema1Signed = QStringLiteral("application/vnd.docker.distribution.manifest.v1+prettyjws");

inline const QString DockerConfig = QStringLiteral("application/vnd.docker.container.image.v1+json");
inline const QString OciConfig = QStringLiteral("application/vnd.oci.image.config.v1+json");
inline const QString DockerLayer = QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.gzip");
inline const QString OciLayer = QStringLiteral("application/vnd.oci.image.layer.v1.tar");
inline const QString OciLayerGzip = QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip");
inline const QString OciLayerZstd = QStringLiteral("application/vnd.oci.image.layer.v1.tar+zstd");

// All four current manifest types, always sent together (registry:2 rewrites tags to schema1 or
// answers 404 when one is missing), plus schema1 so that old images can still be read.
QByteArray manifestAcceptHeader();

bool isIndex(const QString& mediaType);         // docker list or OCI index
bool isImageManifest(const QString& mediaType); // docker v2 or OCI manifest
bool isSchema1(const QString& mediaType);
bool isManifest(const QString& mediaType); // any of the above

// "application/vnd.oci.image.manifest.v1+json; charset=utf-8" -> the bare type, lower case.
QString essence(const QString& contentType);

} // namespace MediaType
