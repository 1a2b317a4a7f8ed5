// `contextbench stats`, run as a process against a history database written into a temporary
// XDG_DATA_HOME: one o3 vs o3-pro run judged by the person at the keyboard, two panel members
// and a judge model.
#include "core/experiment/experimentstore.h"
#include "core/history/askstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/raterstore.h"
#include "exportfixture.h"
#include "support/clirun.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::CliRun;
using Cb::Test::TempWorkspace;

namespace {

class StatsCommand : public ::testing::Test
{
protected:
    // The fixture run: call A = openai:o3, call B = openai:o3-pro, and its three votes by "You":
    // B on the left wins, B on the right wins, a tie. Then Ann (o3 on the left, "left": o3 wins),
    // Bob (o3-pro on the left, "left": o3-pro wins) and a judge model voting o3 five times.
    void SetUp() override
    {
        const QString dir = m_ws.filePath(QStringLiteral("data/ContextBench/contextbench"));
        ASSERT_TRUE(QDir().mkpath(dir));
        auto db = Database::open(dir + QStringLiteral("/history.sqlite"));
        ASSERT_TRUE(db) << db.error().message.toStdString();
        HistoryStore store(**db);
        RunRecord run = Cb::Test::comparisonRun();
        ASSERT_EQ(run.calls.size(), 2);
        auto id = Cb::Test::insertRunWithVotes(store, run);
        ASSERT_TRUE(id) << id.error().message.toStdString();
        m_runId = *id;
        const qint64 o3 = run.calls[0].id;
        const qint64 o3pro = run.calls[1].id;
        for (int i = 0; i < run.calls.size(); ++i)
            ASSERT_TRUE(store.setJudgement(run.calls[i].id, QStringLiteral("pass"), QString()));
        RaterStore raters(**db);
        auto ann = raters.add(QStringLiteral("Ann"));
        auto bob = raters.add(QStringLiteral("Bob"));
        auto judge = raters.judgeFor(QStringLiteral("openai:gpt-4.1"));
        ASSERT_TRUE(ann && bob && judge);
        VoteRecord a{0, m_runId, o3, o3pro, QStringLiteral("left"), true, {}};
        a.raterId = *ann;
        ASSERT_TRUE(store.addVote(a));
        VoteRecord b{0, m_runId, o3pro, o3, QStringLiteral("left"), true, {}};
        b.raterId = *bob;
        ASSERT_TRUE(store.addVote(b));
        for (int i = 0; i < 5; ++i) {
            VoteRecord j{0, m_runId, o3, o3pro, QStringLiteral("left"), true, {}};
            j.raterId = *judge;
            ASSERT_TRUE(store.addVote(j));
        }
        ExperimentRecord e;
        e.name = QStringLiteral("plans");
        e.cases = {{0, 0, QStringLiteral("/p/a.ctxpack"), QStringLiteral("h1"), QString(), {}, 0}};
        ExperimentStore experiments(**db);
        auto experiment = experiments.insertExperiment(e);
        ASSERT_TRUE(experiment);
        m_experimentId = *experiment;
        ASSERT_TRUE(experiments.setCaseRun(e.cases[0].id, m_runId));
    }

    CliRun run(const QStringList& args) const
    {
        return CliRun::run(QStringList{QStringLiteral("stats")} + args, m_ws.filePath(QStringLiteral("data")));
    }

    QJsonObject json(const QStringList& args) const
    {
        const CliRun r = run(args + QStringList{QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_FALSE(r.out.contains("nan")) << r.out.toStdString();
        return QJsonDocument::fromJson(r.out).object();
    }

    TempWorkspace m_ws;
    qint64 m_runId = 0;
    qint64 m_experimentId = 0;
};

void expectKeys(const QJsonObject& o, const QStringList& keys)
{
    for (const QString& k : keys)
        EXPECT_TRUE(o.contains(k)) << "missing key " << k.toStdString();
}

} // namespace

// Pooled human votes, a = openai:o3: You 0–2–1, Ann 1–0, Bob 0–1 → wins_a 1, wins_b 3, ties 1,
// n 5; win rate (1 + 0.5)/5 = 0.3, Wilson 1.5/5 = 0.072584–0.701209. The judge's five o3 votes are
// not in it. Agreement: one item (the two calls) with You 2 (tie), Ann 1, Bob 3: every ordered pair
// adds 1/2, n_1 = n_2 = n_3 = 1, δ²12 = δ²23 = 1, δ²13 = 4: Σoδ² = 6, Σn n δ² = 12,
// α = 1 − 2·6/12 = 0. Fleiss on the row (1,1,1): P = 0, P̄e = 1/3, κ = −0.5. Cohen: three raters, null.
TEST_F(StatsCommand, jsonHasTheDocumentedKeysAndHandComputedValues)
{
    const QJsonObject o = json({QString::number(m_runId)});
    expectKeys(o, {QStringLiteral("pairs"), QStringLiteral("raters"), QStringLiteral("agreement"),
                   QStringLiteral("bradley_terry"), QStringLiteral("k_of_k"), QStringLiteral("verdict"),
                   QStringLiteral("judge")});
    const QJsonArray pairs = o.value(QStringLiteral("pairs")).toArray();
    ASSERT_EQ(pairs.size(), 1);
    const QJsonObject p = pairs[0].toObject();
    expectKeys(p, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("wins_a"), QStringLiteral("wins_b"),
                   QStringLiteral("ties"), QStringLiteral("both_bad"), QStringLiteral("n"), QStringLiteral("win_rate_a"),
                   QStringLiteral("ci_low"), QStringLiteral("ci_high")});
    EXPECT_EQ(p.value(QStringLiteral("a")).toString(), QStringLiteral("openai:o3"));
    EXPECT_EQ(p.value(QStringLiteral("b")).toString(), QStringLiteral("openai:o3-pro"));
    EXPECT_EQ(p.value(QStringLiteral("wins_a")).toInt(), 1);
    EXPECT_EQ(p.value(QStringLiteral("wins_b")).toInt(), 3);
    EXPECT_EQ(p.value(QStringLiteral("ties")).toInt(), 1);
    EXPECT_EQ(p.value(QStringLiteral("both_bad")).toInt(), 0);
    EXPECT_EQ(p.value(QStringLiteral("n")).toInt(), 5);
    EXPECT_NEAR(p.value(QStringLiteral("win_rate_a")).toDouble(), 0.3, 1e-12);
    EXPECT_NEAR(p.value(QStringLiteral("ci_low")).toDouble(), 0.072584, 5e-6);
    EXPECT_NEAR(p.value(QStringLiteral("ci_high")).toDouble(), 0.701209, 5e-6);

    const QJsonArray raters = o.value(QStringLiteral("raters")).toArray();
    ASSERT_EQ(raters.size(), 3);
    QStringList names;
    for (const QJsonValue& r : raters) {
        expectKeys(r.toObject(), {QStringLiteral("name"), QStringLiteral("votes"), QStringLiteral("position_bias")});
        names << r.toObject().value(QStringLiteral("name")).toString();
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("You")}));
    const QJsonObject you = raters[2].toObject();
    EXPECT_EQ(you.value(QStringLiteral("votes")).toInt(), 3);
    // You: o3-pro on the left won once, on the right once: left side 1 of 2.
    const QJsonObject bias = you.value(QStringLiteral("position_bias")).toObject();
    EXPECT_EQ(bias.value(QStringLiteral("left_wins")).toInt(), 1);
    EXPECT_EQ(bias.value(QStringLiteral("right_wins")).toInt(), 1);
    EXPECT_NEAR(bias.value(QStringLiteral("left_rate")).toDouble(), 0.5, 1e-12);

    const QJsonObject agreement = o.value(QStringLiteral("agreement")).toObject();
    expectKeys(agreement, {QStringLiteral("krippendorff_alpha"), QStringLiteral("fleiss_kappa"),
                           QStringLiteral("items_multi_rated"), QStringLiteral("cohen_kappa")});
    EXPECT_EQ(agreement.value(QStringLiteral("items_multi_rated")).toInt(), 1);
    EXPECT_NEAR(agreement.value(QStringLiteral("krippendorff_alpha")).toDouble(), 0.0, 1e-12);
    EXPECT_NEAR(agreement.value(QStringLiteral("fleiss_kappa")).toDouble(), -0.5, 1e-12);
    EXPECT_TRUE(agreement.value(QStringLiteral("cohen_kappa")).isNull());
    EXPECT_EQ(agreement.value(QStringLiteral("cohen_kappa_note")).toString(),
              QStringLiteral("needs exactly two raters; 3 raters shared items"));

    const QJsonArray bt = o.value(QStringLiteral("bradley_terry")).toArray();
    ASSERT_EQ(bt.size(), 2);
    for (const QJsonValue& e : bt) {
        const QJsonObject entry = e.toObject();
        expectKeys(entry, {QStringLiteral("model"), QStringLiteral("strength"), QStringLiteral("ci_low"),
                           QStringLiteral("ci_high")});
        EXPECT_LE(entry.value(QStringLiteral("ci_low")).toDouble(), entry.value(QStringLiteral("strength")).toDouble());
        EXPECT_GE(entry.value(QStringLiteral("ci_high")).toDouble(), entry.value(QStringLiteral("strength")).toDouble());
    }
    EXPECT_EQ(bt[0].toObject().value(QStringLiteral("model")).toString(), QStringLiteral("openai:o3-pro"));

    // Both calls passed, one attempt each: pass^1 is 1 of 1 per model.
    const QJsonArray k = o.value(QStringLiteral("k_of_k")).toArray();
    ASSERT_EQ(k.size(), 2);
    expectKeys(k[0].toObject(), {QStringLiteral("model"), QStringLiteral("k"), QStringLiteral("cases"),
                                 QStringLiteral("all_passed")});
    EXPECT_EQ(k[0].toObject().value(QStringLiteral("k")).toInt(), 1);
    EXPECT_EQ(k[0].toObject().value(QStringLiteral("cases")).toInt(), 1);
    EXPECT_EQ(k[0].toObject().value(QStringLiteral("all_passed")).toInt(), 1);

    EXPECT_EQ(o.value(QStringLiteral("judge")).toObject().value(QStringLiteral("votes")).toInt(), 5);
    // o3-pro's rate 0.7, interval 1 − (0.072584–0.701209).
    EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(),
              QStringLiteral("o3-pro preferred in 70% of 5 judgements (95% CI 30–93%), 3 raters, α = 0.00 "
                             "(slight agreement)"));
}

TEST_F(StatsCommand, runExperimentAndWholeHistoryAgreeOnOneRun)
{
    const QJsonValue byRun = json({QString::number(m_runId)}).value(QStringLiteral("pairs"));
    EXPECT_EQ(json({QStringLiteral("--experiment"), QString::number(m_experimentId)}).value(QStringLiteral("pairs")),
              byRun);
    EXPECT_EQ(json({}).value(QStringLiteral("pairs")), byRun);
}

TEST_F(StatsCommand, textNamesTheVerdictRatersAndAgreement)
{
    const CliRun r = run({QString::number(m_runId)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QStringLiteral("o3-pro preferred in 70% of 5 judgements"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("  Ann: 1 vote; left side won 1 of 1"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Fleiss' κ -0.50"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Judge models: 5 votes kept apart"))) << out.toStdString();
}

TEST_F(StatsCommand, badArgumentsAreUsageErrorsAndUnknownIdsFailures)
{
    EXPECT_EQ(run({QStringLiteral("abc")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("1"), QStringLiteral("--experiment"), QStringLiteral("1")}).exitCode, 2);
    const CliRun missing = run({QStringLiteral("9999")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(missing.err.isEmpty());
    EXPECT_EQ(run({QStringLiteral("--experiment"), QStringLiteral("9999")}).exitCode, 1);
}

TEST_F(StatsCommand, spendingCountsAnswersAndInTheWholeHistoryAskFirst)
{
    double answers = 0;
    {
        auto db = Database::open(m_ws.filePath(QStringLiteral("data/ContextBench/contextbench/history.sqlite")));
        ASSERT_TRUE(db);
        const auto run = HistoryStore(**db).loadRun(m_runId);
        ASSERT_TRUE(run);
        for (const CallRecord& c : run->calls)
            answers += c.costUsd.value_or(0);
        AskRecord priced;
        priced.packTitle = run->packTitle;
        priced.model = QStringLiteral("gpt-4.1-mini");
        priced.costUsd = 0.0125;
        AskRecord unpriced = priced;
        unpriced.costUsd.reset();
        ASSERT_TRUE(AskStore(**db).add(priced));
        ASSERT_TRUE(AskStore(**db).add(unpriced));
    }
    ASSERT_GT(answers, 0);
    const QJsonObject all = json({}).value(QStringLiteral("spending")).toObject();
    EXPECT_NEAR(all.value(QStringLiteral("total_usd")).toDouble(), answers + 0.0125, 1e-9);
    EXPECT_NEAR(all.value(QStringLiteral("calls")).toObject().value(QStringLiteral("usd")).toDouble(), answers, 1e-9);
    EXPECT_EQ(all.value(QStringLiteral("asks")).toObject().value(QStringLiteral("count")).toInt(), 2);
    EXPECT_EQ(all.value(QStringLiteral("asks")).toObject().value(QStringLiteral("priced")).toInt(), 1);
    EXPECT_NEAR(all.value(QStringLiteral("asks")).toObject().value(QStringLiteral("usd")).toDouble(), 0.0125, 1e-9);
    // A run's statistics: its answers only (an ask belongs to no run).
    const QJsonObject byRun = json({QString::number(m_runId)}).value(QStringLiteral("spending")).toObject();
    EXPECT_NEAR(byRun.value(QStringLiteral("total_usd")).toDouble(), answers, 1e-9);
    EXPECT_EQ(byRun.value(QStringLiteral("asks")).toObject().value(QStringLiteral("count")).toInt(), 0);

    const CliRun text = run({});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QString out = QString::fromUtf8(text.out);
    EXPECT_TRUE(out.contains(QStringLiteral("Spent $%1 in total: answers $%2")
                                 .arg(answers + 0.0125, 0, 'f', 4)
                                 .arg(answers, 0, 'f', 4)))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Ask first $0.0125 (1 of 2 asks priced)."))) << out.toStdString();
    EXPECT_FALSE(QString::fromUtf8(run({QString::number(m_runId)}).out).contains(QStringLiteral("Ask first")));
}
