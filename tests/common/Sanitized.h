#pragma once

// Whether this test binary runs under AddressSanitizer. Memory bounds are held in the release suite only: the
// sanitizer's shadow memory and quarantine say nothing about the program's own.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif
