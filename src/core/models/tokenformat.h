#pragma once

#include <QString>

namespace Cb::Core {

// How token figures read in the window and on the command line: "12,345", "≈12,345" for estimates,
// and "200K" / "1.05M" for context windows. Grouped with the C locale so tests and screenshots read
// the same whatever the user's locale.
QString tokenText(qint64 tokens, bool exact = true);
QString compactTokens(qint64 tokens);

} // namespace Cb::Core
