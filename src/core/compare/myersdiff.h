#pragma once

#include <QList>

#include <optional>

namespace Cb::Core {

// Myers' shortest edit script over two sequences of integer symbols (token or line ids).
// Pure; any thread. Used by WordDiff; kept apart so each level (lines, words) shares it.
class MyersDiff
{
public:
    enum class Op : char
    {
        Equal,
        Remove,
        Insert
    };

    // One op per symbol, in order: Equal consumes one of each side, Remove one of `a`,
    // Insert one of `b`. Empty when the script needs more than maxEdits edits (memory is
    // O(maxEdits²) in the worst case, so the caller falls back to something coarser).
    static std::optional<QList<Op>> script(const QList<int>& a, const QList<int>& b, int maxEdits);
};

} // namespace Cb::Core
