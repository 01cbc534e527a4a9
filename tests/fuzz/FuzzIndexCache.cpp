// The layer-index cache's files: whatever is on disk (damaged, truncated, planted), reading it either
// refuses or gives an index that writes back to the same bytes.
#include "FuzzSupport.h"
#include "diff/LayerIndex.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto index = LayerIndex::deserialize(fuzz::bytes(data, size));
    if (!index) {
        return 0;
    }
    for (const auto& entry : index->entries) {
        const auto normal = LayerIndex::normalisePath(entry.path);
        FUZZ_CHECK(normal && *normal == entry.path, entry.path);
    }
    const auto again = LayerIndex::deserialize(index->serialize());
    FUZZ_CHECK(again && again->entries == index->entries, QStringLiteral("round trip"));
    return 0;
}
