// A token service's answer: only a token made of token characters is ever put into an Authorization header,
// and its lifetime stays within 60 s … 24 h of now.
#include "FuzzSupport.h"
#include "registry/TokenCache.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    const auto token = BearerToken::parse(fuzz::bytes(data, size), now);
    if (!token) {
        return 0;
    }
    FUZZ_CHECK(!token->token.isEmpty() && token->token.size() <= 16384, QString::number(token->token.size()));
    for (const QChar c : token->token) {
        FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7f, token->token);
    }
    FUZZ_CHECK(token->expiry.isValid(), token->token);
    FUZZ_CHECK(token->expiry <= now.addSecs(24 * 3600), token->expiry.toString(Qt::ISODate));

    TokenCache cache;
    cache.insert(QStringLiteral("https://auth.example/token"), QStringLiteral("registry"),
                 {QStringLiteral("repository:a:pull")}, token->token, token->expiry);
    const auto found = cache.find(QStringLiteral("https://auth.example/token"), QStringLiteral("registry"),
                                  {QStringLiteral("repository:a:pull")}, now);
    FUZZ_CHECK(found.isEmpty() || found == token->token, found);
    return 0;
}
