// Layer blobs from a hostile image: tar, gzip, zstd, bzip2, xz or anything else. Whatever the bytes, the
// index holds only normal relative paths, stays within its limits, and survives the cache's round trip.
#include "FuzzSupport.h"
#include "diff/LayerIndex.h"

namespace {

// The blob in small chunks, as a download delivers it.
class MemorySource : public LayerSource
{
public:
    explicit MemorySource(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    qint64 read(const char** data) override
    {
        const qint64 chunk = std::min<qint64>(4096, m_bytes.size() - m_offset);
        *data = m_bytes.constData() + m_offset;
        m_offset += chunk;
        return chunk;
    }
    RegistryError error() const override { return {}; }

private:
    QByteArray m_bytes;
    qint64 m_offset = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    LayerIndexLimits limits;
    limits.maxEntries = 10'000;
    limits.maxExpandedBytes = 64LL << 20;
    limits.ratioGrace = 1LL << 20;
    MemorySource source(fuzz::bytes(data, size));
    RegistryError error;
    const auto index = LayerIndex::read(source, limits, &error);
    if (!index) {
        FUZZ_CHECK(static_cast<bool>(error) && !error.message().isEmpty(), QStringLiteral("refused without reason"));
        return 0;
    }
    FUZZ_CHECK(index->entries.size() <= limits.maxEntries, QString::number(index->entries.size()));
    FUZZ_CHECK(index->expandedBytes <= limits.maxExpandedBytes, QString::number(index->expandedBytes));
    for (const auto& entry : index->entries) {
        const auto normal = LayerIndex::normalisePath(entry.path);
        FUZZ_CHECK(normal && *normal == entry.path, entry.path);
        FUZZ_CHECK(!entry.path.startsWith(QLatin1Char('/')), entry.path);
        FUZZ_CHECK(!entry.path.split(QLatin1Char('/')).contains(QStringLiteral("..")), entry.path);
        FUZZ_CHECK(entry.path.toUtf8().size() <= limits.maxPathBytes, entry.path.left(100));
        if (entry.type == LayerEntry::Type::Hardlink) {
            FUZZ_CHECK(LayerIndex::normalisePath(entry.linkTarget).has_value(), entry.linkTarget);
        }
        FUZZ_CHECK(entry.mode <= 07777, QString::number(entry.mode, 8));
        FUZZ_CHECK(entry.sha256.isEmpty() || entry.sha256.size() == 32, entry.path);
    }
    const auto again = LayerIndex::deserialize(index->serialize());
    FUZZ_CHECK(again.has_value(), QStringLiteral("an index does not read back"));
    FUZZ_CHECK(again->entries == index->entries, QStringLiteral("entries differ after the round trip"));
    FUZZ_CHECK(again->compression == index->compression, again->compression);
    return 0;
}
