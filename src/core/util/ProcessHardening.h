#pragma once

// What the app and the CLI do to themselves before anything else, because passwords and tokens live in their
// memory: no core file (a crash must not write secrets to disk). Returns false when the limit cannot be set.
namespace ProcessHardening {

bool apply();
bool coreDumpsDisabled();

} // namespace ProcessHardening
