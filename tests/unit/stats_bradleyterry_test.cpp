#include "core/eval/bradleyterry.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

using O = Vote::Outcome;

void add(QList<Vote>& votes, const char* a, const char* b, O outcome, int times)
{
    for (int i = 0; i < times; ++i)
        votes << Vote{QLatin1String(a), QLatin1String(b), outcome, Vote::Position::Unknown};
}

// A beats B 3–1, B beats C 3–1, A beats C 2–1 with one tie (A vs C: 2.5 – 1.5).
QList<Vote> threeModels()
{
    QList<Vote> v;
    add(v, "A", "B", O::AWins, 3);
    add(v, "A", "B", O::BWins, 1);
    add(v, "B", "C", O::AWins, 3);
    add(v, "C", "B", O::AWins, 1);
    add(v, "A", "C", O::AWins, 2);
    add(v, "C", "A", O::AWins, 1);
    add(v, "A", "C", O::Tie, 1);
    return v;
}

const BradleyTerry::Entry& entry(const BradleyTerry::Fit& fit, const char* model)
{
    for (const auto& e : fit.entries)
        if (e.model == QLatin1String(model))
            return e;
    static const BradleyTerry::Entry none;
    ADD_FAILURE() << "no entry for " << model;
    return none;
}

} // namespace

TEST(BradleyTerry_twoModels, strengthRatioIsWinRatio)
{
    // With two models and no prior the MLE solves p_A / (p_A + p_B) = 3/4: shares 0.75, 0.25.
    QList<Vote> v;
    add(v, "A", "B", O::AWins, 3);
    add(v, "A", "B", O::BWins, 1);
    const auto fit = BradleyTerry::fit(v, {0.0, 1e-12, 10000});
    ASSERT_TRUE(fit.converged);
    EXPECT_NEAR(entry(fit, "A").strength, 0.75, 1e-9);
    EXPECT_NEAR(entry(fit, "B").strength, 0.25, 1e-9);
}

TEST(BradleyTerry_threeModels, matchesIndependentMaximumLikelihood)
{
    // Expected shares from a separate one-off script that maximised the BT log-likelihood by
    // gradient ascent in log space (not by MM): prior 0 → A 0.518353, B 0.303705, C 0.177942;
    // prior 0.5 (virtual opponent of strength 1) → A 0.501916, B 0.308485, C 0.189599.
    const auto mle = BradleyTerry::fit(threeModels(), {0.0, 1e-12, 100000});
    ASSERT_TRUE(mle.converged);
    EXPECT_NEAR(entry(mle, "A").strength, 0.518353, 2e-6);
    EXPECT_NEAR(entry(mle, "B").strength, 0.303705, 2e-6);
    EXPECT_NEAR(entry(mle, "C").strength, 0.177942, 2e-6);
    EXPECT_EQ(mle.entries.at(0).model, QStringLiteral("A"));
    EXPECT_EQ(mle.entries.at(0).rank, 1);
    EXPECT_EQ(mle.entries.at(2).rank, 3);
    EXPECT_DOUBLE_EQ(entry(mle, "A").wins, 5.5);
    EXPECT_EQ(entry(mle, "A").comparisons, 8);

    // The MLE also satisfies the score equations W_i = Σ_j n_ij p_i / (p_i + p_j).
    const double a = entry(mle, "A").strength, b = entry(mle, "B").strength,
                 c = entry(mle, "C").strength;
    EXPECT_NEAR(4 * a / (a + b) + 4 * a / (a + c), 5.5, 1e-8);
    EXPECT_NEAR(4 * c / (c + a) + 4 * c / (c + b), 2.5, 1e-8);

    const auto withPrior = BradleyTerry::fit(threeModels());
    EXPECT_NEAR(entry(withPrior, "A").strength, 0.501916, 2e-6);
    EXPECT_NEAR(entry(withPrior, "B").strength, 0.308485, 2e-6);
    EXPECT_NEAR(entry(withPrior, "C").strength, 0.189599, 2e-6);
}

TEST(BradleyTerry_zeroWinModel, getsSmallPositiveStrengthFromPrior)
{
    QList<Vote> v = threeModels();
    add(v, "D", "A", O::BWins, 3);
    add(v, "B", "D", O::AWins, 2);
    const auto fit = BradleyTerry::fit(v);
    ASSERT_TRUE(fit.converged);
    const auto& d = entry(fit, "D");
    EXPECT_GT(d.strength, 0.0);
    EXPECT_LT(d.strength, entry(fit, "C").strength);
    EXPECT_EQ(d.rank, 4);
    EXPECT_DOUBLE_EQ(d.wins, 0.0);
    double sum = 0;
    for (const auto& e : fit.entries)
        sum += e.strength;
    EXPECT_NEAR(sum, 1.0, 1e-12);
    // Without the prior the MLE pushes it to zero.
    EXPECT_NEAR(entry(BradleyTerry::fit(v, {0.0, 1e-12, 100000}), "D").strength, 0.0, 1e-6);
}

TEST(BradleyTerry_allTies, givesEqualStrengthsAndSharedRank)
{
    QList<Vote> v;
    add(v, "A", "B", O::Tie, 4);
    add(v, "B", "C", O::BothBad, 4);
    const auto fit = BradleyTerry::fit(v);
    for (const auto& e : fit.entries) {
        EXPECT_NEAR(e.strength, 1.0 / 3.0, 1e-8) << qPrintable(e.model);
        EXPECT_EQ(e.rank, 1);
    }
}

TEST(BradleyTerry_noVotes, isEmptyFit)
{
    const auto fit = BradleyTerry::fitWithBootstrap({}, {}, 100, 1);
    EXPECT_TRUE(fit.entries.isEmpty());
    EXPECT_TRUE(fit.converged);
}

TEST(BradleyTerry_bootstrap, isReproducibleAndBracketsTheFit)
{
    const auto first = BradleyTerry::fitWithBootstrap(threeModels(), {}, 300, 20250610);
    const auto again = BradleyTerry::fitWithBootstrap(threeModels(), {}, 300, 20250610);
    const auto other = BradleyTerry::fitWithBootstrap(threeModels(), {}, 300, 7);
    ASSERT_EQ(first.entries.size(), 3);
    bool anyDifferent = false;
    for (qsizetype i = 0; i < first.entries.size(); ++i) {
        const auto& e = first.entries.at(i);
        EXPECT_DOUBLE_EQ(e.ci.low, again.entries.at(i).ci.low);
        EXPECT_DOUBLE_EQ(e.ci.high, again.entries.at(i).ci.high);
        anyDifferent = anyDifferent || e.ci.low != other.entries.at(i).ci.low;
        EXPECT_LE(e.ci.low, e.strength) << qPrintable(e.model);
        EXPECT_GE(e.ci.high, e.strength) << qPrintable(e.model);
        // 12 votes leave wide intervals, but never outside (0, 1).
        EXPECT_GT(e.ci.low, 0.0);
        EXPECT_LT(e.ci.high, 1.0);
        EXPECT_GT(e.ci.high - e.ci.low, 0.05);
    }
    EXPECT_TRUE(anyDifferent); // the seed matters
}

TEST(BradleyTerry_groups, modelsThatNeverMetAreSaidToBeInSeparateGroups)
{
    const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c"), d = QStringLiteral("d");
    QList<Vote> votes;
    for (int i = 0; i < 3; ++i)
        votes << Vote{a, b, Vote::Outcome::AWins, Vote::Position::Left}
              << Vote{c, d, Vote::Outcome::AWins, Vote::Position::Left};
    const BradleyTerry::Fit split = BradleyTerry::fit(votes);
    EXPECT_EQ(split.groups, 2);
    EXPECT_FALSE(split.connected());
    QHash<QString, int> group;
    for (const BradleyTerry::Entry& e : split.entries)
        group.insert(e.model, e.group);
    EXPECT_EQ(group.value(a), group.value(b));
    EXPECT_EQ(group.value(c), group.value(d));
    EXPECT_NE(group.value(a), group.value(c));
    EXPECT_EQ(split.entries.first().group, 1);

    votes << Vote{b, c, Vote::Outcome::Tie, Vote::Position::Left};
    const BradleyTerry::Fit joined = BradleyTerry::fit(votes);
    EXPECT_EQ(joined.groups, 1);
    EXPECT_TRUE(joined.connected());
}
