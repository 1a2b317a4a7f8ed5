#include "core/compare/myersdiff.h"

#include <algorithm>
#include <vector>

namespace Cb::Core {

std::optional<QList<MyersDiff::Op>> MyersDiff::script(const QList<int>& a, const QList<int>& b, int maxEdits)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int limit = std::min(maxEdits, n + m);
    const int offset = limit + 1;
    std::vector<int> v(size_t(2 * limit + 3), 0);
    // trace[d] holds V for diagonals -d..d after step d: the backtrack needs every step.
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= limit && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                        ? v[size_t(offset + k + 1)]
                        : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
    }
    if (found < 0)
        return std::nullopt;

    QList<Op> reversed;
    reversed.reserve(n + m);
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int>& prev = trace[size_t(d - 1)];
        auto at = [&](int k) { return prev[size_t(k + d - 1)]; };
        const int k = x - y;
        const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            reversed.append(Op::Equal);
            --x;
            --y;
        }
        reversed.append(x == prevX ? Op::Insert : Op::Remove);
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        reversed.append(Op::Equal);
        --x;
        --y;
    }
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

} // namespace Cb::Core
