// Image references and registry addresses as users type them and as tags, artifacts and auth.json keys carry
// them: parse, print, parse again must give the same thing.
#include "FuzzSupport.h"
#include "registry/Reference.h"
#include "registry/RegistryAddress.h"
#include "zuul/ZuulTag.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto text = QString::fromUtf8(fuzz::bytes(data, size));

    QString error;
    if (const auto reference = Reference::parse(text, &error)) {
        FUZZ_CHECK(reference->isValid(), text);
        const auto printed = reference->toString();
        const auto again = Reference::parse(printed);
        FUZZ_CHECK(again.has_value(), text + QStringLiteral(" printed as ") + printed);
        FUZZ_CHECK(again->toString() == printed, printed + QStringLiteral(" -> ") + again->toString());
        FUZZ_CHECK(Reference::isValidRepositoryPath(reference->repository()), reference->repository());
        if (!reference->tag().isEmpty()) {
            FUZZ_CHECK(Reference::isValidTag(reference->tag()), reference->tag());
            const auto zuul = ZuulTag::parse(reference->tag());
            FUZZ_CHECK(zuul.kind() == ZuulTag::Kind::None || !zuul.baseTag().isEmpty(), reference->tag());
        }
        FUZZ_CHECK(!reference->manifestReference().isEmpty(), printed);
    } else {
        FUZZ_CHECK(!error.isEmpty(), text);
    }

    if (const auto repository = Reference::parseRepository(text)) {
        FUZZ_CHECK(repository->tag().isEmpty() && !repository->hasDigest(), text);
    }

    if (const auto address = RegistryAddress::parse(text)) {
        FUZZ_CHECK(address->isValid(), text);
        FUZZ_CHECK(RegistryAddress::isValidHostPort(address->hostPort()), address->hostPort());
        const auto again = RegistryAddress::parse(address->hostPort());
        FUZZ_CHECK(again && again->hostPort() == address->hostPort(), address->hostPort());
        FUZZ_CHECK(address->baseUrl().isValid(), address->hostPort());
    }
    return 0;
}
