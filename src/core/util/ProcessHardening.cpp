#include "ProcessHardening.h"

#include <sys/resource.h>

namespace ProcessHardening {

bool apply()
{
    // Soft and hard limit both: a later setrlimit in this process cannot turn core files back on.
    const rlimit none{0, 0};
    return ::setrlimit(RLIMIT_CORE, &none) == 0;
}

bool coreDumpsDisabled()
{
    rlimit current{};
    return ::getrlimit(RLIMIT_CORE, &current) == 0 && current.rlim_cur == 0 && current.rlim_max == 0;
}

} // namespace ProcessHardening
