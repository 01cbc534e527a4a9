// WWW-Authenticate headers come from any registry, hostile ones included.
#include "FuzzSupport.h"
#include "registry/AuthChallenge.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto header = fuzz::bytes(data, size);
    const auto challenges = AuthChallenge::parseAll(header);
    for (const auto& challenge : challenges) {
        FUZZ_CHECK(!challenge.scheme().isEmpty(), QString::fromLatin1(header));
        FUZZ_CHECK(challenge.scheme() == challenge.scheme().toLower(), challenge.scheme());
        const auto scopes = challenge.scopes();
        for (const auto& scope : scopes) {
            if (scope.isValid()) {
                const auto again = AuthScope::parse(scope.toString());
                FUZZ_CHECK(again == scope, scope.toString() + QStringLiteral(" -> ") + again.toString());
            }
        }
        const auto normal = normalizeScopes(scopes);
        QList<AuthScope> reparsed;
        for (const auto& text : normal) {
            reparsed << AuthScope::parse(text);
        }
        FUZZ_CHECK(normalizeScopes(reparsed) == normal, normal.join(QLatin1Char(' ')));
    }
    // A scope on its own, as the scope parameter and the token cache see it.
    const auto scope = AuthScope::parse(QString::fromUtf8(header));
    if (scope.isValid()) {
        FUZZ_CHECK(AuthScope::parse(scope.toString()) == scope, scope.toString());
    }
    return 0;
}
