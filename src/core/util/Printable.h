#pragma once

#include <QString>

// Text that files and registries hand us (user names, tags, labels, paths, error bodies) may carry characters
// that drive a terminal (ESC, CSI), hide or reorder what is shown (bidi overrides, zero-width characters) or
// break a one-line view. The CLI and the window show such text through these, so nothing acts on it.
namespace Printable {
// C0 and C1 controls, DEL, format characters, line and paragraph separators, lone surrogates.
bool isHostile(char32_t c);
// Each hostile character as an escape: \t, \n, \r, \u001b; \U000e0001 beyond 16 bits. Text without one is
// returned as it is (no copy).
QString escaped(const QString& text);
// Without the hostile characters: for short peer messages quoted inside our own.
QString stripped(const QString& text);
} // namespace Printable
