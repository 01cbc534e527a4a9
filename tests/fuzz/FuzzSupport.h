#pragma once

// Shared by the fuzz targets: each defines LLVMFuzzerTestOneInput and checks properties that must hold for
// every input (round trips, limits, normal forms). A broken property aborts, which libFuzzer reports as a
// finding and the corpus replay in ctest reports as a failed test.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

[[noreturn]] inline void fail(const char* file, int line, const char* condition, const QString& detail)
{
    std::fprintf(stderr, "%s:%d: property broken: %s\n  %s\n", file, line, condition, qPrintable(detail));
    std::abort();
}

} // namespace fuzz

#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            fuzz::fail(__FILE__, __LINE__, #condition, detail);                                                        \
        }                                                                                                              \
    } while (false)
