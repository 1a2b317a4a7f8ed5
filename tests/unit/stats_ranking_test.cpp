#include "core/compare/evaluationsummary.h"
#include "core/eval/bradleyterry.h"
#include "core/eval/rankingvotes.h"
#include "core/history/database.h"
#include "core/history/evaluationquery.h"
#include "core/history/historystore.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

const QString kO3 = QStringLiteral("openai:o3");
const QString kPro = QStringLiteral("openai:o3-pro");
const QString kOpus = QStringLiteral("anthropic:claude-opus-4");

RunRecord threeModelRun()
{
    RunRecord r;
    r.packTitle = QStringLiteral("Launch");
    for (const auto& [provider, model] : {std::pair{"openai", "o3"}, std::pair{"openai", "o3-pro"},
                                          std::pair{"anthropic", "claude-opus-4"}}) {
        CallRecord c;
        c.provider = QString::fromLatin1(provider);
        c.model = QString::fromLatin1(model);
        c.status = CallStatus::Done;
        r.calls.append(c);
    }
    return r;
}

// A history with one stored o3 / o3-pro / claude-opus-4 run.
class HistoryStore_addRanking : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_ws.filePath(QStringLiteral("h.sqlite")));
        ASSERT_TRUE(opened);
        db = std::move(*opened);
        store = std::make_unique<HistoryStore>(*db);
        run = threeModelRun();
        ASSERT_TRUE(store->insertRun(run));
    }

    Cb::Test::TempWorkspace m_ws;
    std::unique_ptr<Database> db;
    std::unique_ptr<HistoryStore> store;
    RunRecord run;
};

} // namespace

TEST(RankingVotes_implied, oneVotePerModelPairByMeanRank)
{
    // o3 ×2 ranked 1 and 4 (mean 2.5), o3-pro ×2 ranked 2 and 2 (mean 2), opus 3.
    const QList<Vote> votes =
        RankingVotes::implied({{kO3, 1}, {kPro, 2}, {kPro, 2}, {kOpus, 3}, {kO3, 4}});
    ASSERT_EQ(votes.size(), 3); // opus–o3, opus–o3-pro, o3–o3-pro; never o3–o3
    // Models sorted: anthropic:claude-opus-4 < openai:o3 < openai:o3-pro.
    EXPECT_EQ(votes[0].modelA, kOpus);
    EXPECT_EQ(votes[0].modelB, kO3);
    EXPECT_EQ(votes[0].outcome, Vote::Outcome::BWins); // 3 vs 2.5
    EXPECT_EQ(votes[1].modelB, kPro);
    EXPECT_EQ(votes[1].outcome, Vote::Outcome::BWins); // 3 vs 2
    EXPECT_EQ(votes[2].modelA, kO3);
    EXPECT_EQ(votes[2].outcome, Vote::Outcome::BWins); // 2.5 vs 2
    for (const Vote& v : votes) {
        EXPECT_TRUE(v.fromRanking);
        EXPECT_EQ(v.aPosition, Vote::Position::Unknown);
    }
}

TEST(RankingVotes_implied, equalMeanRanksAreTies)
{
    const QList<Vote> votes = RankingVotes::implied({{kO3, 1}, {kPro, 1}, {kOpus, 3}});
    ASSERT_EQ(votes.size(), 3);
    EXPECT_EQ(votes[2].modelA, kO3);
    EXPECT_EQ(votes[2].modelB, kPro);
    EXPECT_EQ(votes[2].outcome, Vote::Outcome::Tie);
}

TEST_F(HistoryStore_addRanking, storedRankingComesBackWithTheRunAndFeedsTheStats)
{
    // Shown as C, A, B; ranked opus first, o3 and o3-pro tied second.
    RankingRecord ranking{
        0, run.id, {{run.calls[2].id, 1}, {run.calls[0].id, 2}, {run.calls[1].id, 2}}, true, {}};
    auto id = store->addRanking(ranking);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    EXPECT_GT(ranking.id, 0);
    // A pairwise vote on the same run: o3 (left) beats o3-pro.
    VoteRecord vote{0, run.id, run.calls[0].id, run.calls[1].id, QStringLiteral("left"), true, {}};
    ASSERT_TRUE(store->addVote(vote));

    auto loaded = store->loadRun(run.id);
    ASSERT_TRUE(loaded);
    ASSERT_EQ(loaded->rankings.size(), 1);
    const RankingRecord& back = loaded->rankings.first();
    EXPECT_EQ(back.id, ranking.id);
    EXPECT_TRUE(back.blind);
    EXPECT_TRUE(back.createdAt.isValid());
    ASSERT_EQ(back.entries.size(), 3);
    EXPECT_EQ(back.entries[0].callId, run.calls[2].id); // shown order kept
    EXPECT_EQ(back.entries[0].rank, 1);
    EXPECT_EQ(back.entries[2].rank, 2);

    auto data = EvaluationQuery(store->database()).load();
    ASSERT_TRUE(data) << data.error().message.toStdString();
    ASSERT_EQ(data->rankings.size(), 1);
    EXPECT_EQ(data->rankings[0].outputs[0].model, kOpus);
    const EvaluationSummary s = EvaluationSummary::build(*data);
    EXPECT_EQ(s.rankings, 1);
    ASSERT_EQ(s.votes.size(), 4); // 1 pairwise + 3 implied, not more
    ASSERT_EQ(s.pairs.size(), 3);
    // opus vs o3: the ranking's single vote, opus (first) wins.
    EXPECT_EQ(s.pairs[0].first, kOpus);
    EXPECT_EQ(s.pairs[0].second, kO3);
    EXPECT_EQ(s.pairs[0].wins, 1);
    EXPECT_EQ(s.pairs[0].votes, 1);
    EXPECT_EQ(s.pairs[0].fromRankings, 1);
    // o3 vs o3-pro: one pairwise win for o3 plus the ranking's tie → 1.5 of 2 under half-win ties.
    EXPECT_EQ(s.pairs[2].first, kO3);
    EXPECT_EQ(s.pairs[2].votes, 2);
    EXPECT_EQ(s.pairs[2].fromRankings, 1);
    EXPECT_EQ(s.pairs[2].wins, 1);
    EXPECT_EQ(s.pairs[2].ties, 1);
    EXPECT_NEAR(s.pairs[2].rate.rate, 0.75, 1e-12);
    // A ranking has no left and right: position bias only sees the pairwise vote.
    EXPECT_EQ(s.bias.leftWins, 1);
    EXPECT_EQ(s.bias.rightWins, 0);
    EXPECT_EQ(s.bias.ties, 0);

    // The same numbers from the run alone (what exported report charts use).
    const EvaluationSummary fromRun = EvaluationSummary::build(EvaluationSummary::dataOf(*loaded));
    EXPECT_EQ(fromRun.votes.size(), 4);
    EXPECT_EQ(fromRun.pairs.size(), 3);

    // Bradley–Terry sees opus strongest: it won both its comparisons.
    const BradleyTerry::Fit fit = BradleyTerry::fit(s.votes);
    ASSERT_EQ(fit.entries.size(), 3);
    EXPECT_EQ(fit.entries[0].model, kOpus);
}

TEST_F(HistoryStore_addRanking, unknownCallIsRejectedAndNothingIsKept)
{
    RankingRecord bad{0, run.id, {{run.calls[0].id, 1}, {999999, 2}}, true, {}};
    EXPECT_FALSE(store->addRanking(bad));
    auto loaded = store->loadRun(run.id);
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(loaded->rankings.isEmpty());
}
