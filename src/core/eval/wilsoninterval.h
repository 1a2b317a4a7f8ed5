#pragma once

namespace Cb::Core {

// A closed interval on [0, 1].
struct Interval
{
    double low = 0.0;
    double high = 1.0;
};

// How ties (and "both bad" votes) enter a win rate.
//   HalfWin — a tie is half a win and half a loss: n counts every vote. The default: it keeps
//             every judgement in the denominator and matches Bradley–Terry's tie handling.
//   Exclude — ties are dropped: the rate is wins / (wins + losses), "when there was a
//             preference, how often was it A". Larger CIs, no dilution towards 0.5.
enum class TiePolicy
{
    HalfWin,
    Exclude
};

// Two-sided 95 % normal quantile.
inline constexpr double Z95 = 1.959963984540054;

// Wilson score interval for `successes` out of `n` (successes may be fractional, for half-win
// ties). n <= 0 gives the uninformative [0, 1]. Pure; any thread.
//   centre = (p + z²/2n) / (1 + z²/n)
//   half   = z / (1 + z²/n) · sqrt(p(1-p)/n + z²/4n²)
Interval wilsonInterval(double successes, double n, double z = Z95);

// z for a two-sided confidence level, e.g. 0.95 → 1.95996, 0.90 → 1.64485. Levels outside
// (0, 1) are clamped to [0.5, 0.999999].
double zForConfidence(double confidence);

// A win rate with its interval. `n` is the denominator actually used (after the tie policy).
struct WinRate
{
    double successes = 0.0;
    double n = 0.0;
    double rate = 0.0; // 0 when n == 0 (check defined())
    Interval ci;

    bool defined() const { return n > 0; }
};

WinRate winRate(int wins, int losses, int ties, TiePolicy policy = TiePolicy::HalfWin,
                double z = Z95);

} // namespace Cb::Core
