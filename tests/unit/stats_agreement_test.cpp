// Agreement coefficients against published worked examples.
#include "core/eval/agreement.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

constexpr double Tol = 5e-4;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
// twelve units, values 1–5, missing data. Published: nominal .743, ordinal .815, interval .849.
QList<QList<int>> krippendorffExample()
{
    constexpr int x = 0; // missing
    const int table[4][12] = {{1, 2, 3, 3, 2, 1, 4, 1, 2, x, x, x},
                              {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, x, 3},
                              {x, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, x},
                              {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, x}};
    QList<QList<int>> units(12);
    for (int unit = 0; unit < 12; ++unit)
        for (const auto& observer : table)
            if (observer[unit] != x)
                units[unit].append(observer[unit]);
    return units;
}

} // namespace

TEST(Agreement_krippendorff, matchesThePublishedWorkedExampleForEachMetric)
{
    const QList<QList<int>> units = krippendorffExample();
    EXPECT_NEAR(*Agreement::krippendorffAlpha(units, Agreement::Metric::Nominal), 0.743, Tol);
    EXPECT_NEAR(*Agreement::krippendorffAlpha(units, Agreement::Metric::Ordinal), 0.815, Tol);
    EXPECT_NEAR(*Agreement::krippendorffAlpha(units, Agreement::Metric::Interval), 0.849, Tol);
}

TEST(Agreement_krippendorff, undefinedWithoutPairableOrVaryingValues)
{
    EXPECT_FALSE(Agreement::krippendorffAlpha({{1}, {2}, {3}}, Agreement::Metric::Ordinal)); // nobody twice
    EXPECT_FALSE(Agreement::krippendorffAlpha({{2, 2}, {2, 2, 2}}, Agreement::Metric::Ordinal)); // no variation
    // Perfect agreement with variation is 1; systematic disagreement is below 0.
    EXPECT_DOUBLE_EQ(*Agreement::krippendorffAlpha({{1, 1}, {3, 3}, {2, 2}}, Agreement::Metric::Ordinal), 1.0);
    EXPECT_LT(*Agreement::krippendorffAlpha({{1, 3}, {3, 1}}, Agreement::Metric::Nominal), 0.0);
}

// Fleiss (1971) as worked on Wikipedia's "Fleiss' kappa": 10 subjects, 14 raters, 5 categories.
// P̄ = 0.378, P̄e = 0.213, κ = 0.210.
TEST(Agreement_fleiss, matchesTheWorkedExample)
{
    const QList<QList<int>> counts{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0},
                                   {2, 2, 8, 1, 1},  {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2},
                                   {6, 5, 2, 1, 0},  {0, 2, 2, 3, 7}};
    EXPECT_NEAR(*Agreement::fleissKappa(counts), 0.210, Tol);
}

TEST(Agreement_fleiss, itemsRatedOnceAreLeftOutAndOneCategoryIsUndefined)
{
    // By hand: items {2,0} and {1,1} (two raters each): P = (1 + 0)/2 = 0.5; shares 3/4, 1/4:
    // Pe = 0.625; κ = (0.5 − 0.625)/(1 − 0.625) = −1/3. The single rating {0,1} changes nothing.
    EXPECT_NEAR(*Agreement::fleissKappa({{2, 0}, {1, 1}, {0, 1}}), -1.0 / 3.0, 1e-12);
    EXPECT_FALSE(Agreement::fleissKappa({{3, 0}, {2, 0}}));
    EXPECT_FALSE(Agreement::fleissKappa({{1, 0}}));
}

// Cohen (1960) as worked on Wikipedia's "Cohen's kappa": 50 proposals, yes/yes 20, yes/no 5,
// no/yes 10, no/no 15: p_o = 0.7, p_e = 0.5, κ = 0.4.
TEST(Agreement_cohen, matchesTheWorkedExample)
{
    QList<std::pair<int, int>> pairs;
    for (int i = 0; i < 20; ++i)
        pairs.append({1, 1});
    for (int i = 0; i < 5; ++i)
        pairs.append({1, 0});
    for (int i = 0; i < 10; ++i)
        pairs.append({0, 1});
    for (int i = 0; i < 15; ++i)
        pairs.append({0, 0});
    EXPECT_NEAR(*Agreement::cohenKappa(pairs), 0.4, 1e-12);
    EXPECT_FALSE(Agreement::cohenKappa({}));
    EXPECT_FALSE(Agreement::cohenKappa({{1, 1}, {1, 1}}));
}
