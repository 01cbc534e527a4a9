// Pagination Link headers: the next page must stay a URL of the registry the list came from or be refused.
#include "FuzzSupport.h"
#include "registry/ListJob.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto header = fuzz::bytes(data, size);
    const QUrl base(QStringLiteral("https://registry.example:5000/v2/_catalog?n=1000"));
    const auto next = ListJob::nextLink(header, base);
    if (!next.isEmpty()) {
        FUZZ_CHECK(next.isValid(), QString::fromLatin1(header));
        FUZZ_CHECK(!next.isRelative(), next.toString());
    }
    return 0;
}
