#include "core/eval/wilsoninterval.h"

#include <algorithm>
#include <cmath>

namespace Cb::Core {

Interval wilsonInterval(double successes, double n, double z)
{
    if (!(n > 0))
        return {};
    const double p = std::clamp(successes / n, 0.0, 1.0);
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double zForConfidence(double confidence)
{
    const double c = std::clamp(confidence, 0.5, 0.999999);
    const double target = 1.0 - (1.0 - c) / 2.0;
    // Bisection on the normal CDF: 60 halvings of [0, 10] reach double precision, and erfc is
    // the only special function the standard library guarantees.
    double lo = 0.0;
    double hi = 10.0;
    for (int i = 0; i < 60; ++i) {
        const double mid = (lo + hi) / 2.0;
        const double cdf = 0.5 * std::erfc(-mid / std::sqrt(2.0));
        (cdf < target ? lo : hi) = mid;
    }
    return (lo + hi) / 2.0;
}

WinRate winRate(int wins, int losses, int ties, TiePolicy policy, double z)
{
    WinRate r;
    const bool half = policy == TiePolicy::HalfWin;
    r.successes = wins + (half ? 0.5 * ties : 0.0);
    r.n = wins + losses + (half ? ties : 0);
    r.rate = r.n > 0 ? r.successes / r.n : 0.0;
    r.ci = wilsonInterval(r.successes, r.n, z);
    return r;
}

} // namespace Cb::Core
