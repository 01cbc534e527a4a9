// Manifests and image configs as registries serve them, under every media type and none. The first byte
// picks the Content-Type the bytes arrive with.
#include "FuzzSupport.h"
#include "registry/Digest.h"
#include "registry/ImageConfig.h"
#include "registry/Manifest.h"
#include "registry/MediaType.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    static const QStringList contentTypes = {
        MediaType::DockerManifest,
        MediaType::DockerManifestList,
        MediaType::OciManifest,
        MediaType::OciIndex,
        MediaType::DockerSchema1,
        MediaType::DockerSchema1Signed,
        QString(),
        QStringLiteral("application/json"),
        MediaType::OciManifest + QStringLiteral("; charset=utf-8"),
        QStringLiteral("text/html"),
    };
    const auto contentType = contentTypes[data[0] % contentTypes.size()];
    const auto body = fuzz::bytes(data + 1, size - 1);

    QString error;
    if (const auto manifest = Manifest::parse(body, contentType, &error)) {
        FUZZ_CHECK(manifest->raw() == body, contentType);
        FUZZ_CHECK(manifest->digest() == Digest::ofBytes(body), manifest->digest().toString());
        FUZZ_CHECK(MediaType::isManifest(manifest->mediaType()), manifest->mediaType());
        FUZZ_CHECK(manifest->layers().size() <= Manifest::kMaxDescriptors, contentType);
        FUZZ_CHECK(manifest->manifests().size() <= Manifest::kMaxDescriptors, contentType);
        for (const auto& descriptor : manifest->layers() + manifest->manifests()) {
            FUZZ_CHECK(descriptor.digest.isValid(), manifest->mediaType());
            FUZZ_CHECK(descriptor.size >= -1, manifest->mediaType());
        }
        if (manifest->isIndex()) {
            FUZZ_CHECK(manifest->layers().isEmpty(), manifest->mediaType());
            (void)manifest->findPlatform(Platform{QStringLiteral("linux"), QStringLiteral("amd64"), {}, {}});
        } else if (!manifest->isSchema1()) {
            FUZZ_CHECK(manifest->config().digest.isValid(), manifest->mediaType());
        }
        const auto total = manifest->imageSize();
        FUZZ_CHECK(total >= -1, QString::number(total));
    } else {
        FUZZ_CHECK(!error.isEmpty(), contentType);
    }

    if (const auto config = ImageConfig::parse(body, &error)) {
        (void)config->env();
        (void)config->entrypoint();
    } else {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("config"));
    }

    if (body.size() < 256) {
        if (const auto platform = Platform::parse(QString::fromUtf8(body))) {
            const auto again = Platform::parse(platform->toString());
            FUZZ_CHECK(again && *again == *platform, platform->toString());
        }
    }
    return 0;
}
