#include "core/compare/evaluationsummary.h"
#include "core/history/database.h"
#include "core/history/evaluationquery.h"
#include "core/history/historystore.h"
#include "support/tempworkspace.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {

RunRecord run(const QString& pack, const QDateTime& when)
{
    RunRecord r;
    r.packTitle = pack;
    r.templateName = QStringLiteral("report-generator");
    r.createdAt = when;
    for (int repeat = 0; repeat < 2; ++repeat) {
        for (const char* model : {"o3", "o3-pro"}) {
            CallRecord c;
            c.provider = QStringLiteral("openai");
            c.model = QString::fromLatin1(model);
            c.repeatIndex = repeat;
            c.status = CallStatus::Done;
            c.costUsd = model == QByteArray("o3") ? 0.10 : 0.90;
            c.totalMs = model == QByteArray("o3") ? 20000 : 100000;
            r.calls.append(c);
        }
    }
    return r;
}

} // namespace

TEST(EvaluationQuery_load, joinsVotesWithModelsAndFiltersByPackAndDate)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore store(**db);
    RunRecord a = run(QStringLiteral("Launch"), QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    RunRecord b = run(QStringLiteral("Hiring"), QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC));
    ASSERT_TRUE(store.insertRun(a));
    ASSERT_TRUE(store.insertRun(b));
    // Run a: o3-pro (right) wins twice; o3 (left) once. Run b: a tie.
    for (auto [l, r, outcome] : {std::tuple{0, 1, "right"}, std::tuple{2, 3, "right"}, std::tuple{0, 3, "left"}}) {
        VoteRecord v{0, a.id, a.calls[l].id, a.calls[r].id, QString::fromLatin1(outcome), true, {}};
        ASSERT_TRUE(store.addVote(v));
    }
    VoteRecord tie{0, b.id, b.calls[1].id, b.calls[0].id, QStringLiteral("tie"), true, {}};
    ASSERT_TRUE(store.addVote(tie));
    ASSERT_TRUE(store.setJudgement(a.calls[0].id, QStringLiteral("pass"), {}));
    ASSERT_TRUE(store.setJudgement(a.calls[2].id, QStringLiteral("fail"), QStringLiteral("too short")));

    EvaluationQuery query(store.database());
    auto all = query.load();
    ASSERT_TRUE(all) << all.error().message.toStdString();
    ASSERT_EQ(all->votes.size(), 4);
    EXPECT_EQ(all->votes[0].leftModel, QStringLiteral("openai:o3"));
    EXPECT_EQ(all->votes[0].rightModel, QStringLiteral("openai:o3-pro"));
    EXPECT_EQ(all->votes[3].leftModel, QStringLiteral("openai:o3-pro"));
    EXPECT_EQ(all->calls.size(), 8);
    EXPECT_EQ(all->packTitles, (QStringList{QStringLiteral("Hiring"), QStringLiteral("Launch")}));
    EXPECT_EQ(all->templateNames, QStringList{QStringLiteral("report-generator")});

    auto launch = query.load({QStringLiteral("Launch"), {}, {}, {}});
    ASSERT_TRUE(launch);
    EXPECT_EQ(launch->votes.size(), 3);
    EXPECT_EQ(launch->calls.size(), 4);
    auto april = query.load({{}, {}, QDateTime(QDate(2026, 3, 15), QTime(0, 0), Qt::UTC), {}});
    ASSERT_TRUE(april);
    EXPECT_EQ(april->votes.size(), 1);
    auto none = query.load({{}, QStringLiteral("other-template"), {}, {}});
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->votes.isEmpty());

    // Summary over run a: o3 vs o3-pro, o3 won 1 of 3 → rate 1/3 (half-win ties: none).
    const EvaluationSummary s = EvaluationSummary::build(*launch);
    ASSERT_EQ(s.pairs.size(), 1);
    EXPECT_EQ(s.pairs[0].first, QStringLiteral("openai:o3"));
    EXPECT_EQ(s.pairs[0].wins, 1);
    EXPECT_EQ(s.pairs[0].losses, 2);
    EXPECT_NEAR(s.pairs[0].rate.rate, 1.0 / 3.0, 1e-12);
    EXPECT_EQ(s.bias.leftWins, 1);
    EXPECT_EQ(s.bias.rightWins, 2);
    ASSERT_EQ(s.reliability.size(), 2);
    EXPECT_EQ(s.reliability[0].model, QStringLiteral("openai:o3"));
    EXPECT_EQ(s.reliability[0].kOfK(), QStringLiteral("1/2"));
    EXPECT_EQ(s.reliability[0].fails, 1);
    ASSERT_EQ(s.economics.size(), 2);
    EXPECT_NEAR(s.economics[1].meanCostUsd, 0.90, 1e-12);
    EXPECT_NEAR(s.economics[1].meanSeconds, 100.0, 1e-12);
    EXPECT_NEAR(s.economics[0].passRate, 0.5, 1e-12);
    EXPECT_EQ(s.models(), (QStringList{QStringLiteral("openai:o3"), QStringLiteral("openai:o3-pro")}));
}

TEST(EvaluationSummary_toVote, mapsStoredOutcomesWithLeftAsA)
{
    const Vote right = EvaluationSummary::toVote(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("right"));
    EXPECT_EQ(right.outcome, Vote::Outcome::BWins);
    EXPECT_EQ(right.aPosition, Vote::Position::Left);
    EXPECT_EQ(EvaluationSummary::toVote({}, {}, QStringLiteral("both_bad")).outcome, Vote::Outcome::BothBad);
    EXPECT_EQ(EvaluationSummary::toVote({}, {}, QStringLiteral("tie")).outcome, Vote::Outcome::Tie);
    EXPECT_EQ(EvaluationSummary::toVote({}, {}, QStringLiteral("left")).outcome, Vote::Outcome::AWins);
}

TEST(EvaluationQuery_load, toDateIncludesTheWholeLastDay)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore store(**db);
    // Local times, as the Stats dialog's date edits are: 1 March early, 1 March late, 2 March.
    for (const QDateTime& when : {QDateTime(QDate(2026, 3, 1), QTime(0, 5)), QDateTime(QDate(2026, 3, 1), QTime(23, 50)),
                                  QDateTime(QDate(2026, 3, 2), QTime(0, 10))}) {
        RunRecord r = run(QStringLiteral("Launch"), when);
        ASSERT_TRUE(store.insertRun(r));
    }
    EvaluationQuery query(store.database());
    EvaluationFilter march1;
    march1.setDays(QDate(2026, 3, 1), QDate(2026, 3, 1));
    auto one = query.load(march1);
    ASSERT_TRUE(one) << one.error().message.toStdString();
    EXPECT_EQ(one->calls.size(), 8); // both runs of 1 March, 4 calls each; not 2 March

    EvaluationFilter upTo2;
    upTo2.setDays({}, QDate(2026, 3, 2));
    auto open = query.load(upTo2);
    ASSERT_TRUE(open);
    EXPECT_EQ(open->calls.size(), 12);
    EXPECT_FALSE(upTo2.from.isValid());

    EvaluationFilter before;
    before.setDays({}, QDate(2026, 2, 28));
    auto none = query.load(before);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->calls.isEmpty());
}

// Tokens as billed, per model: the provider's own usage objects (output includes reasoning), the
// same whether the calls come from a run in memory or from the history.
TEST(EvaluationSummary_tokens, meansPerModelFromRecordedUsage_sameFromHistory)
{
    RunRecord r = run(QStringLiteral("A"), QDateTime::currentDateTimeUtc());
    for (CallRecord& c : r.calls) {
        const qint64 input = c.model == QLatin1String("o3") ? 1000 + 200 * c.repeatIndex : 5000;
        c.usage = {{QStringLiteral("input_tokens"), input},
                   {QStringLiteral("output_tokens"), 300},
                   {QStringLiteral("output_tokens_details"), QJsonObject{{QStringLiteral("reasoning_tokens"), 120}}}};
    }
    r.calls[3].usage = {}; // o3-pro's second answer reported nothing: not counted as zero
    const auto check = [](const EvaluationSummary& s) {
        ASSERT_EQ(s.economics.size(), 2);
        for (const ModelEconomics& e : s.economics) {
            const bool o3 = e.model.endsWith(QLatin1String(":o3"));
            EXPECT_EQ(e.tokened, o3 ? 2 : 1) << e.model.toStdString();
            EXPECT_DOUBLE_EQ(e.meanInputTokens, o3 ? 1100.0 : 5000.0);
            EXPECT_DOUBLE_EQ(e.meanOutputTokens, 300.0);
            EXPECT_DOUBLE_EQ(e.meanReasoningTokens, 120.0);
        }
    };
    check(EvaluationSummary::build(EvaluationSummary::dataOf(r)));

    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore history(**db);
    ASSERT_TRUE(history.insertRun(r));
    for (const CallRecord& c : r.calls)
        ASSERT_TRUE(history.updateCall(c));
    EvaluationQuery query(**db);
    auto data = query.load();
    ASSERT_TRUE(data) << data.error().message.toStdString();
    check(EvaluationSummary::build(*data));
}
