#pragma once

#include <QString>

// Passwords for registry users: from the system's cryptographic random source, letters and digits
// only (they survive YAML, shells and URLs unquoted); 24 characters carry about 143 bits.
namespace PasswordGenerator {
constexpr int kDefaultLength = 24;
QString generate(int length = kDefaultLength);
} // namespace PasswordGenerator
