#include "core/eval/wilsoninterval.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {
constexpr double Tol = 5e-5;
}

TEST(Wilson_sevenOfTen, matchesHandComputation)
{
    // p = 0.7, z = 1.96, z² = 3.8415, z²/n = 0.38415, denominator 1.38415
    // centre = (0.7 + 3.8415/20) / 1.38415 = 0.89208 / 1.38415 = 0.64449
    // half   = 1.96 / 1.38415 · sqrt(0.7·0.3/10 + 3.8415/400) = 1.41602 · 0.17494 = 0.24772
    // → [0.3968, 0.8922]
    const Interval ci = wilsonInterval(7, 10);
    EXPECT_NEAR(ci.low, 0.3968, Tol);
    EXPECT_NEAR(ci.high, 0.8922, Tol);
}

TEST(Wilson_allWins, upperBoundIsOneLowerIsNOverNPlusZSquared)
{
    // p = 1: centre - half = n / (n + z²) = 10 / 13.8415 = 0.72247
    const Interval ci = wilsonInterval(10, 10);
    EXPECT_NEAR(ci.low, 0.72247, Tol);
    EXPECT_DOUBLE_EQ(ci.high, 1.0);
    // and symmetric for no wins: upper = z² / (n + z²) = 3.8415 / 13.8415 = 0.27753
    const Interval none = wilsonInterval(0, 10);
    EXPECT_DOUBLE_EQ(none.low, 0.0);
    EXPECT_NEAR(none.high, 0.27753, Tol);
}

TEST(Wilson_noObservations, isWholeUnitInterval)
{
    const Interval ci = wilsonInterval(0, 0);
    EXPECT_DOUBLE_EQ(ci.low, 0.0);
    EXPECT_DOUBLE_EQ(ci.high, 1.0);
    const WinRate r = winRate(0, 0, 0);
    EXPECT_FALSE(r.defined());
    EXPECT_DOUBLE_EQ(r.rate, 0.0);
}

TEST(Wilson_customZ, narrowsAt90Percent)
{
    // z(0.90) = 1.644854 (normal table); 7/10 then gives [0.4417, 0.8731].
    const double z90 = zForConfidence(0.90);
    EXPECT_NEAR(z90, 1.644854, 1e-6);
    EXPECT_NEAR(zForConfidence(0.95), Z95, 1e-9);
    EXPECT_NEAR(zForConfidence(0.99), 2.575829, 1e-6);
    const Interval ci = wilsonInterval(7, 10, z90);
    EXPECT_NEAR(ci.low, 0.4417, Tol);
    EXPECT_NEAR(ci.high, 0.8731, Tol);
}

TEST(WinRate_tiePolicies, halfWinKeepsTiesExcludeDropsThem)
{
    // 4 wins, 2 losses, 4 ties.
    // HalfWin: 4 + 4/2 = 6 of 10 → 0.6, Wilson [0.3127, 0.8318]
    const WinRate half = winRate(4, 2, 4, TiePolicy::HalfWin);
    EXPECT_DOUBLE_EQ(half.successes, 6.0);
    EXPECT_DOUBLE_EQ(half.n, 10.0);
    EXPECT_DOUBLE_EQ(half.rate, 0.6);
    EXPECT_NEAR(half.ci.low, 0.3127, Tol);
    EXPECT_NEAR(half.ci.high, 0.8318, Tol);
    // Exclude: 4 of 6 → 0.6667, Wilson [0.3000, 0.9032]
    const WinRate excl = winRate(4, 2, 4, TiePolicy::Exclude);
    EXPECT_DOUBLE_EQ(excl.n, 6.0);
    EXPECT_NEAR(excl.rate, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(excl.ci.low, 0.3000, Tol);
    EXPECT_NEAR(excl.ci.high, 0.9032, Tol);
}

TEST(WinRate_allTies, isHalfOrUndefined)
{
    // HalfWin: 2.5 of 5 → 0.5, interval symmetric around 0.5: [0.1704, 0.8296]
    const WinRate half = winRate(0, 0, 5, TiePolicy::HalfWin);
    EXPECT_DOUBLE_EQ(half.rate, 0.5);
    EXPECT_NEAR(half.ci.low, 0.1704, Tol);
    EXPECT_NEAR(half.ci.low + half.ci.high, 1.0, 1e-12);
    const WinRate excl = winRate(0, 0, 5, TiePolicy::Exclude);
    EXPECT_FALSE(excl.defined());
    EXPECT_DOUBLE_EQ(excl.ci.high, 1.0);
}
