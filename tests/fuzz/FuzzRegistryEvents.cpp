// registry:2 notification envelopes as `events listen` receives them: whatever the body, an envelope is
// either refused with a reason or gives events with a known action and a repository, printable.
#include "FuzzSupport.h"
#include "events/RegistryEvent.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QString error;
    const auto events = RegistryEvent::parseEnvelope(fuzz::bytes(data, size), &error);
    FUZZ_CHECK(events.has_value() != !error.isEmpty(), error);
    if (!events) {
        return 0;
    }
    static const QStringList actions{QStringLiteral("push"), QStringLiteral("pull"), QStringLiteral("mount"),
                                     QStringLiteral("delete")};
    for (const auto& event : *events) {
        FUZZ_CHECK(actions.contains(event.action) && !event.repository.isEmpty(), event.action);
        const auto summary = event.summary();
        for (const auto character : summary) {
            FUZZ_CHECK(character.unicode() >= 0x20 && !(character.unicode() >= 0x7f && character.unicode() < 0xa0),
                       summary);
        }
        event.toJson();
    }
    return 0;
}
