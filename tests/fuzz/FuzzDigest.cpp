// Digests arrive from manifests, headers and users; only a strictly valid one may reach a URL or a path.
#include "FuzzSupport.h"
#include "registry/Digest.h"

#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto text = QString::fromUtf8(fuzz::bytes(data, size));
    const auto digest = Digest::parse(text);
    if (!digest) {
        return 0;
    }
    static const QRegularExpression strict(QStringLiteral("^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$"));
    const auto printed = digest->toString();
    FUZZ_CHECK(strict.match(printed).hasMatch(), printed);
    FUZZ_CHECK(printed == text, text + QStringLiteral(" accepted as ") + printed);
    FUZZ_CHECK(Digest::parse(printed) == digest, printed);
    FUZZ_CHECK(!digest->shortForm().isEmpty(), printed);
    return 0;
}
