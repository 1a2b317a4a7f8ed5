#include "core/eval/pairwisetable.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

constexpr double Tol = 5e-5;
const QString A = QStringLiteral("alpha");
const QString B = QStringLiteral("beta");
const QString C = QStringLiteral("gamma");

Vote vote(const QString& a, const QString& b, Vote::Outcome o,
          Vote::Position p = Vote::Position::Unknown)
{
    return Vote{a, b, o, p};
}

} // namespace

TEST(PairwiseTable_mixedOrientation, aggregatesBothDirectionsOfAPair)
{
    using O = Vote::Outcome;
    // alpha vs beta recorded both ways: alpha wins 3 (2 as A, 1 as B), beta wins 1, 1 tie,
    // 1 both-bad → wins 3, losses 1, ties 2 (both-bad included), 6 votes.
    // HalfWin: (3 + 1) / 6 = 0.6667
    const QList<Vote> votes{vote(A, B, O::AWins), vote(A, B, O::AWins), vote(B, A, O::BWins),
                            vote(B, A, O::AWins), vote(A, B, O::Tie),   vote(B, A, O::BothBad),
                            vote(C, A, O::AWins), vote(A, A, O::AWins)};
    const QList<PairStats> rows = PairwiseTable::build(votes);
    ASSERT_EQ(rows.size(), 2); // the self-vote is ignored
    const PairStats& ab = rows.at(0);
    EXPECT_EQ(ab.first, A);
    EXPECT_EQ(ab.second, B);
    EXPECT_EQ(ab.wins, 3);
    EXPECT_EQ(ab.losses, 1);
    EXPECT_EQ(ab.ties, 2);
    EXPECT_EQ(ab.bothBad, 1);
    EXPECT_EQ(ab.votes, 6);
    EXPECT_NEAR(ab.rate.rate, 4.0 / 6.0, 1e-12);
    // gamma beat alpha once: row is (alpha, gamma) with alpha at 0 wins, 1 loss.
    const PairStats& ag = rows.at(1);
    EXPECT_EQ(ag.first, A);
    EXPECT_EQ(ag.second, C);
    EXPECT_EQ(ag.wins, 0);
    EXPECT_EQ(ag.losses, 1);
    EXPECT_DOUBLE_EQ(ag.rate.rate, 0.0);
}

TEST(PairwiseTable_excludeTies, usesDecisiveVotesOnly)
{
    using O = Vote::Outcome;
    // 7 alpha wins, 3 beta wins, 5 ties; excluding ties: 7/10 → [0.3968, 0.8922]
    QList<Vote> votes;
    for (int i = 0; i < 7; ++i)
        votes << vote(A, B, O::AWins);
    for (int i = 0; i < 3; ++i)
        votes << vote(A, B, O::BWins);
    for (int i = 0; i < 5; ++i)
        votes << vote(A, B, O::Tie);
    const PairStats s = PairwiseTable::build(votes, TiePolicy::Exclude).at(0);
    EXPECT_DOUBLE_EQ(s.rate.n, 10.0);
    EXPECT_DOUBLE_EQ(s.rate.rate, 0.7);
    EXPECT_NEAR(s.rate.ci.low, 0.3968, Tol);
    EXPECT_NEAR(s.rate.ci.high, 0.8922, Tol);
    // HalfWin: (7 + 2.5) / 15 = 0.6333
    EXPECT_NEAR(PairwiseTable::build(votes).at(0).rate.rate, 9.5 / 15.0, 1e-12);
}

TEST(PairwiseTable_noVotes, isEmpty)
{
    EXPECT_TRUE(PairwiseTable::build({}).isEmpty());
    const PositionBias bias = PairwiseTable::positionBias({});
    EXPECT_FALSE(bias.leftRate.defined());
}

TEST(PositionBias_leftWinsSevenOfTen, reportsRateAndInterval)
{
    using O = Vote::Outcome;
    using P = Vote::Position;
    // Left column won 7 of 10 decisive votes, whichever model sat there:
    //  4× A left & A wins, 3× A right & B wins  → 7 left wins
    //  2× A left & B wins, 1× A right & A wins  → 3 right wins
    //  2 ties (known position) and 1 vote with unknown position are left out.
    QList<Vote> votes;
    for (int i = 0; i < 4; ++i)
        votes << vote(A, B, O::AWins, P::Left);
    for (int i = 0; i < 3; ++i)
        votes << vote(A, B, O::BWins, P::Right);
    for (int i = 0; i < 2; ++i)
        votes << vote(A, B, O::BWins, P::Left);
    votes << vote(A, B, O::AWins, P::Right) << vote(A, B, O::Tie, P::Left)
          << vote(A, B, O::BothBad, P::Right) << vote(A, B, O::AWins, P::Unknown);
    const PositionBias bias = PairwiseTable::positionBias(votes);
    EXPECT_EQ(bias.leftWins, 7);
    EXPECT_EQ(bias.rightWins, 3);
    EXPECT_EQ(bias.ties, 2);
    EXPECT_DOUBLE_EQ(bias.leftRate.rate, 0.7);
    EXPECT_NEAR(bias.leftRate.ci.low, 0.3968, Tol);
    EXPECT_NEAR(bias.leftRate.ci.high, 0.8922, Tol);
}

TEST(PairwiseTable_positionBiasPerPair, countsEachPairsDecisiveSidedVotesApart)
{
    using O = Vote::Outcome;
    using P = Vote::Position;
    // A–B: left won 3 of 4 decisive; A–C: right won both; a ranking vote has no side.
    QList<Vote> votes{vote(A, B, O::AWins, P::Left),  vote(B, A, O::AWins, P::Left),
                      vote(A, B, O::BWins, P::Left),  vote(A, B, O::BWins, P::Right),
                      vote(A, B, O::Tie, P::Left),    vote(A, C, O::AWins, P::Right),
                      vote(C, A, O::AWins, P::Right)};
    Vote ranked = vote(A, C, O::AWins);
    ranked.fromRanking = true;
    votes << ranked;
    const QList<PairStats> rows = PairwiseTable::build(votes);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].second, B);
    EXPECT_EQ(rows[0].leftWins, 3);
    EXPECT_EQ(rows[0].rightWins, 1);
    EXPECT_DOUBLE_EQ(rows[0].leftRate.rate, 0.75);
    // Wilson(3, 4) = [0.3006, 0.9544], as in the reliability tests.
    EXPECT_NEAR(rows[0].leftRate.ci.low, 0.3006, Tol);
    EXPECT_NEAR(rows[0].leftRate.ci.high, 0.9544, Tol);
    EXPECT_EQ(rows[1].second, C);
    EXPECT_EQ(rows[1].leftWins, 0);
    EXPECT_EQ(rows[1].rightWins, 2);
    EXPECT_EQ(rows[1].votes, 3);
}
