#include "core/eval/reliability.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {
using V = Attempt::Verdict;
constexpr double Tol = 5e-5;
} // namespace

TEST(Reliability_threeOfFour, reportsKOfKAndRate)
{
    // 3 passes, 1 fail: "3/4", rate 0.75, Wilson(3, 4) = [0.3006, 0.9544]
    const auto s =
        Reliability::summarize(QStringLiteral("o3"), {V::Pass, V::Fail, V::Pass, V::Pass});
    EXPECT_EQ(s.kOfK(), QStringLiteral("3/4"));
    EXPECT_EQ(s.label(), QStringLiteral("3/4"));
    EXPECT_FALSE(s.allPassed());
    EXPECT_DOUBLE_EQ(s.passRate.rate, 0.75);
    EXPECT_NEAR(s.passRate.ci.low, 0.3006, Tol);
    EXPECT_NEAR(s.passRate.ci.high, 0.9544, Tol);
}

TEST(Reliability_unjudged, countsInAttemptsButNotInRate)
{
    const auto s = Reliability::summarize(QStringLiteral("m"), {V::Pass, V::Pass, V::Unjudged});
    EXPECT_EQ(s.kOfK(), QStringLiteral("2/3"));
    EXPECT_EQ(s.label(), QStringLiteral("2/3 (1 unjudged)"));
    EXPECT_EQ(s.judged(), 2);
    EXPECT_DOUBLE_EQ(s.passRate.rate, 1.0);
    EXPECT_FALSE(s.allPassed()); // not until the third is judged
}

TEST(Reliability_allPass, setsFlag)
{
    const auto s = Reliability::summarize(QStringLiteral("m"), {V::Pass, V::Pass, V::Pass});
    EXPECT_TRUE(s.allPassed());
    EXPECT_EQ(s.kOfK(), QStringLiteral("3/3"));
    EXPECT_EQ(s.runsAllPassed, 1);
}

TEST(Reliability_noAttempts, isZeroOfZeroAndNotAllPassed)
{
    const auto s = Reliability::summarize(QStringLiteral("m"), {});
    EXPECT_EQ(s.kOfK(), QStringLiteral("0/0"));
    EXPECT_FALSE(s.allPassed());
    EXPECT_FALSE(s.passRate.defined());
    EXPECT_EQ(s.runs, 0);
}

TEST(Reliability_perModel, aggregatesAcrossRuns)
{
    const QString r1 = QStringLiteral("run-1"), r2 = QStringLiteral("run-2");
    const QString o3 = QStringLiteral("o3"), gpt5 = QStringLiteral("gpt-5");
    // o3: run-1 3/3, run-2 2/3 → 5/6, 1 of 2 runs all-pass, Wilson(5, 6) = [0.4365, 0.9699]
    // gpt-5: run-1 1/2 with one unjudged → "1/2 (1 unjudged)"
    const QList<Attempt> attempts{{o3, r1, V::Pass},       {o3, r1, V::Pass},  {o3, r1, V::Pass},
                                  {o3, r2, V::Pass},       {o3, r2, V::Fail},  {o3, r2, V::Pass},
                                  {gpt5, r1, V::Unjudged}, {gpt5, r1, V::Pass}};
    const auto stats = Reliability::perModel(attempts);
    ASSERT_EQ(stats.size(), 2);
    EXPECT_EQ(stats[0].model, gpt5); // sorted by name
    EXPECT_EQ(stats[0].label(), QStringLiteral("1/2 (1 unjudged)"));
    EXPECT_EQ(stats[0].runsAllPassed, 0);
    const auto& s = stats[1];
    EXPECT_EQ(s.kOfK(), QStringLiteral("5/6"));
    EXPECT_EQ(s.runs, 2);
    EXPECT_EQ(s.runsAllPassed, 1);
    EXPECT_NEAR(s.passRate.ci.low, 0.4365, Tol);
    EXPECT_NEAR(s.passRate.ci.high, 0.9699, Tol);
}

TEST(Reliability_refused, isNeverAPassAndStaysOutOfThePassRate)
{
    const auto s = Reliability::summarize(QStringLiteral("m"), {V::Pass, V::Refused, V::Fail, V::Unjudged});
    EXPECT_EQ(s.kOfK(), QStringLiteral("1/4"));
    EXPECT_EQ(s.label(), QStringLiteral("1/4 (1 refused, 1 unjudged)"));
    EXPECT_EQ(s.refused, 1);
    EXPECT_EQ(s.judged(), 2);
    EXPECT_DOUBLE_EQ(s.passRate.rate, 0.5);
    EXPECT_FALSE(s.allPassed());
}

TEST(Reliability_passAtK, perKWithFailedCallsAndUnjudgedRunsApart)
{
    const QString m = QStringLiteral("o3");
    // k = 2: run a 2/2, run b 1/2, run c one unjudged, run d a failed call → pass^2: 1 of 2 runs.
    // k = 3: run e 3/3 → pass^3: 1 of 1 run. Wilson(1, 2) = [0.0945, 0.9055].
    const QList<Attempt> attempts{{m, QStringLiteral("a"), V::Pass},     {m, QStringLiteral("a"), V::Pass},
                                  {m, QStringLiteral("b"), V::Pass},     {m, QStringLiteral("b"), V::Fail},
                                  {m, QStringLiteral("c"), V::Pass},     {m, QStringLiteral("c"), V::Unjudged},
                                  {m, QStringLiteral("d"), V::CallFailed}, {m, QStringLiteral("d"), V::Pass},
                                  {m, QStringLiteral("e"), V::Pass},     {m, QStringLiteral("e"), V::Pass},
                                  {m, QStringLiteral("e"), V::Pass}};
    const auto stats = Reliability::perModel(attempts);
    ASSERT_EQ(stats.size(), 1);
    const ReliabilityStats& s = stats[0];
    ASSERT_EQ(s.passAtK.size(), 2);
    const PassAtK& two = s.passAtK[0];
    EXPECT_EQ(two.k, 2);
    EXPECT_EQ(two.runs, 2);
    EXPECT_EQ(two.allPassed, 1);
    EXPECT_EQ(two.withUnjudged, 1);
    EXPECT_EQ(two.withFailedCall, 1);
    EXPECT_NEAR(two.rate.ci.low, 0.0945, Tol);
    EXPECT_NEAR(two.rate.ci.high, 0.9055, Tol);
    EXPECT_EQ(two.label(), QStringLiteral("pass^2: 1 of 2 runs, 50% (9–91%); apart: 1 not fully judged, 1 with a "
                                          "failed call"));
    EXPECT_EQ(s.passAtK[1].k, 3);
    EXPECT_EQ(s.passAtK[1].allPassed, 1);
    EXPECT_EQ(s.passAtK[1].runs, 1);
    // The failed call is not a fail: pass rate 8 of 9 judged.
    EXPECT_EQ(s.failedCalls, 1);
    EXPECT_EQ(s.judged(), 9);
    EXPECT_EQ(s.label(), QStringLiteral("8/11 (1 call(s) failed, 1 unjudged)"));
}
