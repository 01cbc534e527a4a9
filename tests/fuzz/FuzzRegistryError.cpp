// Error answers: registry error JSON, proxies' HTML, anything. The first two bytes are the HTTP status.
#include "FuzzSupport.h"
#include "job/RegistryError.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2) {
        return 0;
    }
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const auto body = fuzz::bytes(data + 2, size - 2);
    const auto error = RegistryError::fromResponse(status, body, QStringLiteral("registry.example:5000"),
                                                   QStringLiteral("manifest zuul/app:latest"));
    if (status >= 400) {
        FUZZ_CHECK(static_cast<bool>(error), QString::number(status));
        FUZZ_CHECK(!error.message().isEmpty(), QString::number(status));
        // One line a terminal shows as it is: no control characters (escape sequences), bounded length.
        for (const QChar c : error.message()) {
            FUZZ_CHECK(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                       error.message().left(200));
        }
        FUZZ_CHECK(error.message().size() < 4096, QString::number(error.message().size()));
        FUZZ_CHECK(!RegistryError::kindName(error.kind()).isEmpty(), error.message());
    }
    return 0;
}
