// RatingKitPlanner: which pairs a rating kit asks about, each rater's seeded order and sides,
// opaque item ids, and recording raters and kits (docs/RATINGS_FILE.md).
#include "core/experiment/experimentstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/rating/modelnameredactor.h"
#include "core/rating/ratingkitplanner.h"
#include "core/rating/ratingkitstore.h"
#include "support/ratingkitfixture.h"
#include "support/tempworkspace.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;
namespace Fixture = Cb::Test::RatingKitFixture;

namespace {

// `models` × `repeats` finished answers with made-up ids (100 × model + repeat).
RatingKitSource grid(int models, int repeats)
{
    RatingKitSource source;
    source.runId = 1;
    RatingKitSource::Case c;
    c.run.id = 1;
    c.goal = QStringLiteral("Judge these");
    for (int m = 0; m < models; ++m)
        for (int r = 0; r < repeats; ++r) {
            CallRecord call;
            call.id = 100 * (m + 1) + r;
            call.runId = 1;
            call.provider = QStringLiteral("openai");
            call.model = QStringLiteral("model-%1").arg(m);
            call.repeatIndex = r;
            call.status = CallStatus::Done;
            call.text = QStringLiteral("answer %1").arg(call.id);
            c.run.calls.append(call);
        }
    source.cases.append(c);
    return source;
}

QList<QPair<qint64, qint64>> sides(const RatingKitDraft& draft)
{
    QList<QPair<qint64, qint64>> out;
    for (const RatingKitItem& i : draft.record.items)
        out.append({i.leftCallId, i.rightCallId});
    return out;
}

} // namespace

TEST(RatingKitPlanner_pairs, fixtureRun_onlyFinishedAnswersOfDifferentModelsWithTheSameRepeat)
{
    RatingKitSource source;
    RunRecord run = Fixture::run();
    for (int i = 0; i < run.calls.size(); ++i)
        run.calls[i].id = 10 + i;
    source.cases.append({run, run.packGoal});
    // Repeat 0: gpt × claude, gpt × gemini, claude × gemini. Repeat 1: gpt failed, so only
    // claude × gemini. Repeat 2: gemini refused and claude's answer is blank: none.
    const QList<RatingKitPair> pairs = RatingKitPlanner::pairs(source);
    ASSERT_EQ(pairs.size(), 4);
    QSet<QPair<qint64, qint64>> got;
    for (const RatingKitPair& p : pairs) {
        EXPECT_NE(p.firstModel, p.secondModel);
        got.insert({std::min(p.firstCallId, p.secondCallId), std::max(p.firstCallId, p.secondCallId)});
    }
    EXPECT_EQ(got, (QSet<QPair<qint64, qint64>>{{10, 12}, {10, 14}, {12, 14}, {13, 15}}));
    EXPECT_EQ(RatingKitPlanner::answeringModels(source), 3);
}

TEST(RatingKitPlanner_pairs, sameModelWithDifferentParameters_areTwoModels)
{
    RatingKitSource source = grid(1, 1);
    CallRecord high = source.cases[0].run.calls[0];
    high.params = QJsonObject{{QStringLiteral("effort"), QStringLiteral("high")}};
    CallRecord low = high;
    low.id = 999;
    low.params = QJsonObject{{QStringLiteral("effort"), QStringLiteral("low")}};
    source.cases[0].run.calls = {high, low};
    EXPECT_EQ(RatingKitPlanner::pairs(source).size(), 1);
}

TEST(RatingKitPlanner_plan, oneModelOnly_failsWithNothingToJudge)
{
    auto draft = RatingKitPlanner::plan(grid(1, 3), QStringLiteral("Ana"), 1);
    ASSERT_FALSE(draft);
    EXPECT_TRUE(draft.error().message.contains(QStringLiteral("nothing to judge"))) << draft.error().message.toStdString();
    EXPECT_FALSE(RatingKitPlanner::plan(grid(2, 1), QStringLiteral("  "), 1));
}

TEST(RatingKitPlanner_plan, sameSeed_sameOrderAndSides)
{
    const RatingKitSource source = grid(3, 4); // 12 pairs
    auto first = RatingKitPlanner::plan(source, QStringLiteral("Ana"), 42);
    auto second = RatingKitPlanner::plan(source, QStringLiteral("Ana"), 42);
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->record.items.size(), 12);
    EXPECT_EQ(sides(*first), sides(*second));
    EXPECT_EQ(first->record.seed, 42u);
    EXPECT_NE(first->record.uuid, second->record.uuid);
}

TEST(RatingKitPlanner_plan, twoRaters_getDifferentOrders)
{
    const RatingKitSource source = grid(3, 4);
    auto ana = RatingKitPlanner::plan(source, QStringLiteral("Ana"), 1);
    auto ben = RatingKitPlanner::plan(source, QStringLiteral("Ben"), 2);
    ASSERT_TRUE(ana && ben);
    EXPECT_NE(sides(*ana), sides(*ben));
    // Same pairs, whatever the order and sides.
    const auto unordered = [](const RatingKitDraft& d) {
        QSet<QPair<qint64, qint64>> s;
        for (const RatingKitItem& i : d.record.items)
            s.insert({std::min(i.leftCallId, i.rightCallId), std::max(i.leftCallId, i.rightCallId)});
        return s;
    };
    EXPECT_EQ(unordered(*ana), unordered(*ben));
    EXPECT_EQ(unordered(*ana).size(), 12);
}

TEST(RatingKitPlanner_plan, anySeed_eachModelIsAnswerAInHalfOfItsPairs)
{
    const RatingKitSource source = grid(3, 5); // 5 pairs per pair of models: 3 and 2
    for (quint64 seed = 0; seed < 50; ++seed) {
        auto draft = RatingKitPlanner::plan(source, QStringLiteral("Ana"), seed);
        ASSERT_TRUE(draft);
        QHash<QPair<qint64, qint64>, int> leftWins; // (model left, model right) → count
        for (const RatingKitItem& i : draft->record.items)
            ++leftWins[{i.leftCallId / 100, i.rightCallId / 100}];
        for (qint64 a = 1; a <= 3; ++a)
            for (qint64 b = a + 1; b <= 3; ++b) {
                const int ab = leftWins.value({a, b}), ba = leftWins.value({b, a});
                EXPECT_EQ(ab + ba, 5);
                EXPECT_LE(std::abs(ab - ba), 1) << "seed " << seed << " models " << a << "," << b;
            }
    }
}

TEST(RatingKitPlanner_plan, itemIds_areOpaqueUniqueAndQuestionsFollowTheItems)
{
    const RatingKitSource source = grid(3, 4);
    auto draft = RatingKitPlanner::plan(source, QStringLiteral("Ana"), 9);
    ASSERT_TRUE(draft);
    const QRegularExpression shape(QStringLiteral("^q[0-9a-f]{8}$"));
    QSet<QString> ids;
    ASSERT_EQ(draft->questions.size(), draft->record.items.size());
    for (int i = 0; i < draft->record.items.size(); ++i) {
        const RatingKitItem& item = draft->record.items[i];
        EXPECT_TRUE(shape.match(item.item).hasMatch()) << item.item.toStdString();
        ids.insert(item.item);
        EXPECT_EQ(draft->questions[i].item, item.item);
        EXPECT_EQ(draft->questions[i].task, QStringLiteral("Judge these"));
        EXPECT_EQ(draft->questions[i].answerA, QStringLiteral("answer %1").arg(item.leftCallId));
        EXPECT_EQ(draft->questions[i].answerB, QStringLiteral("answer %1").arg(item.rightCallId));
    }
    EXPECT_EQ(ids.size(), draft->record.items.size());
    EXPECT_EQ(draft->record.secret.size(), 32);
}

TEST(RatingKitPlanner_record, twoRaters_recordsRatersAndKitsAsPlanned)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    auto run = Fixture::insert(**db);
    ASSERT_TRUE(run) << run.error().message.toStdString();
    HistoryStore history(**db);
    auto source = RatingKitPlanner::loadRun(history, run->id);
    ASSERT_TRUE(source);
    QList<RatingKitDraft> drafts;
    for (const char* name : {"Ana", "Ben"})
        drafts.append(*RatingKitPlanner::plan(*source, QString::fromLatin1(name), RatingKitPlanner::newSeed()));
    ASSERT_TRUE(RatingKitPlanner::record(**db, drafts));

    RatingKitStore store(**db);
    auto kits = store.forRun(run->id);
    ASSERT_TRUE(kits);
    ASSERT_EQ(kits->size(), 2);
    for (int i = 0; i < 2; ++i) {
        const RatingKitRecord& kit = (*kits)[i];
        EXPECT_EQ(kit.uuid, drafts[i].record.uuid);
        EXPECT_EQ(kit.secret, drafts[i].record.secret);
        EXPECT_EQ(kit.seed, drafts[i].record.seed);
        EXPECT_EQ(kit.raterName, drafts[i].record.raterName);
        EXPECT_EQ(kit.raterId, drafts[i].record.raterId);
        ASSERT_EQ(kit.items.size(), 4);
        EXPECT_EQ(kit.items[0].item, drafts[i].record.items[0].item);
        EXPECT_EQ(kit.items[0].leftCallId, drafts[i].record.items[0].leftCallId);
        EXPECT_EQ(kit.items[0].runId, run->id);
    }
    EXPECT_NE((*kits)[0].seed, (*kits)[1].seed);
}

TEST(RatingKitPlanner_loadExperiment, everyCaseRun_withTheCaseGoalOrThePacks)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore history(**db);
    ExperimentStore experiments(**db);
    ExperimentRecord e;
    e.name = QStringLiteral("study");
    e.plan.models = {{QStringLiteral("openai"), QStringLiteral("model-0"), {}},
                     {QStringLiteral("openai"), QStringLiteral("model-1"), {}}};
    e.cases = {{0, 0, QStringLiteral("/p/a.ctxpack"), QStringLiteral("h"), QString(), {}, 0},
               {0, 1, QStringLiteral("/p/b.ctxpack"), QStringLiteral("h"), QStringLiteral("Case goal"), {}, 0},
               {0, 2, QStringLiteral("/p/c.ctxpack"), QStringLiteral("h"), QString(), {}, 0}}; // never sent
    ASSERT_TRUE(experiments.insertExperiment(e));
    for (int c = 0; c < 2; ++c) {
        RunRecord run = grid(2, 2).cases[0].run;
        run.packGoal = QStringLiteral("Pack goal %1").arg(c);
        ASSERT_TRUE(history.insertRun(run));
        ASSERT_TRUE(experiments.setCaseRun(e.cases[c].id, run.id));
    }
    auto source = RatingKitPlanner::loadExperiment(history, experiments, e.id);
    ASSERT_TRUE(source) << source.error().message.toStdString();
    EXPECT_EQ(source->experimentId, e.id);
    ASSERT_EQ(source->cases.size(), 2);
    EXPECT_EQ(source->cases[0].goal, QStringLiteral("Pack goal 0"));
    EXPECT_EQ(source->cases[1].goal, QStringLiteral("Case goal"));
    auto draft = RatingKitPlanner::plan(*source, QStringLiteral("Ana"), 3);
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->record.items.size(), 4); // 2 repeats × 1 pair of models × 2 cases
    EXPECT_EQ(draft->record.experimentId, e.id);
    EXPECT_EQ(draft->record.runId, 0);
    EXPECT_FALSE(RatingKitPlanner::loadExperiment(history, experiments, 999));
}

TEST(ModelNameRedactor_redact, selfIdentification_becomesAPlaceholder)
{
    const ModelNameRedactor redactor(Fixture::run().calls);
    const QString p = ModelNameRedactor::placeholder();
    EXPECT_EQ(redactor.redact(QStringLiteral("As Claude, made by Anthropic, I agree.")),
              QStringLiteral("As %1, made by %1, I agree.").arg(p));
    EXPECT_EQ(redactor.redact(QStringLiteral("GPT-4.1-mini and gpt-4o think so. ChatGPT too.")),
              QStringLiteral("%1 and %1 think so. %1 too.").arg(p));
    EXPECT_EQ(redactor.redact(QStringLiteral("gemini-2.5-pro (Gemini 2.5) says claude-sonnet-4-5.")),
              QStringLiteral("%1 (%1) says %1.").arg(p));
    // Ordinary words that merely contain a name stay.
    EXPECT_EQ(redactor.redact(QStringLiteral("Claudette uses gptools and openairs.")),
              QStringLiteral("Claudette uses gptools and openairs."));
}
