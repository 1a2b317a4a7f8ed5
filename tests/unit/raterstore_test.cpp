#include "core/history/database.h"
#include "core/history/evaluationquery.h"
#include "core/history/historystore.h"
#include "core/history/raterstore.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {

RunRecord pairRun()
{
    RunRecord run;
    run.packTitle = QStringLiteral("Panel");
    for (const char* model : {"o3", "o3-pro"}) {
        CallRecord c;
        c.provider = QStringLiteral("openai");
        c.model = QString::fromLatin1(model);
        run.calls.append(c);
    }
    return run;
}

} // namespace

TEST(RaterStore_votes, carryTheirRaterCommentAndKind)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore store(**db);
    RaterStore raters(**db);
    RunRecord run = pairRun();
    ASSERT_TRUE(store.insertRun(run));

    auto ana = raters.add(QStringLiteral("  Ana  "));
    ASSERT_TRUE(ana);
    auto judge = raters.judgeFor(QStringLiteral("anthropic:claude-opus-4"));
    ASSERT_TRUE(judge);
    EXPECT_EQ(*raters.judgeFor(QStringLiteral("anthropic:claude-opus-4")), *judge); // one row per judge
    EXPECT_FALSE(raters.add(QStringLiteral("   ")));

    const auto vote = [&](int left, int right, const char* outcome) {
        VoteRecord v;
        v.runId = run.id;
        v.leftCallId = run.calls[left].id;
        v.rightCallId = run.calls[right].id;
        v.outcome = QString::fromLatin1(outcome);
        return v;
    };
    VoteRecord mine = vote(0, 1, "left");
    VoteRecord hers = vote(1, 0, "tie");
    hers.raterId = *ana;
    hers.comment = QStringLiteral("both fine");
    VoteRecord judged = vote(0, 1, "right");
    judged.raterId = *judge;
    for (VoteRecord* v : {&mine, &hers, &judged})
        ASSERT_TRUE(store.addVote(*v));
    ASSERT_TRUE(raters.rename(*ana, QStringLiteral("Ana K.")));
    EXPECT_FALSE(raters.rename(9999, QStringLiteral("nobody")));

    auto loaded = store.loadRun(run.id);
    ASSERT_TRUE(loaded);
    ASSERT_EQ(loaded->votes.size(), 3);
    EXPECT_EQ(loaded->votes[0].raterId, 0);
    EXPECT_TRUE(loaded->votes[0].raterName.isEmpty());
    EXPECT_EQ(loaded->votes[1].raterName, QStringLiteral("Ana K."));
    EXPECT_EQ(loaded->votes[1].raterKind, QStringLiteral("human"));
    EXPECT_EQ(loaded->votes[1].comment, QStringLiteral("both fine"));
    EXPECT_EQ(loaded->votes[2].raterKind, QStringLiteral("judge"));

    auto data = EvaluationQuery(**db).load({});
    ASSERT_TRUE(data);
    ASSERT_EQ(data->votes.size(), 3);
    EXPECT_FALSE(data->votes[0].judge);
    EXPECT_EQ(data->votes[1].rater, QStringLiteral("Ana K."));
    EXPECT_EQ(data->votes[1].leftCallId, run.calls[1].id);
    EXPECT_TRUE(data->votes[2].judge);

    auto all = raters.all();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(1).kind, QStringLiteral("judge"));
}
