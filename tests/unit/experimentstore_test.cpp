// Schema 6 (experiments, cases, provider batches) and ExperimentStore.
#include "core/experiment/experimentcaseinputjson.h"
#include "core/experiment/experimentpricing.h"
#include "core/experiment/experimentstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/migrations.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {

ExperimentRecord twoCases()
{
    ExperimentRecord e;
    e.name = QStringLiteral("plans");
    e.mode = ExperimentRecord::Mode::Batch;
    e.plan.repeats = 2;
    e.plan.models = {{QStringLiteral("openai"), QStringLiteral("o3"), {{QStringLiteral("effort"), QStringLiteral("high")}}},
                     {QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"), {}}};
    e.cases = {{0, 0, QStringLiteral("/p/a.ctxpack"), QStringLiteral("h1"), QString(), {}, 0},
               {0, 0, QStringLiteral("/p/a.ctxpack"), QStringLiteral("h1"), QStringLiteral("Ship by May"),
                {{QStringLiteral("team"), QStringLiteral("core")}}, 0}};
    return e;
}

} // namespace

TEST(ExperimentStore, insertAndLoad_roundTripsCasesPlanAndBatches)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore history(**db);
    ExperimentStore store(**db);
    ExperimentRecord e = twoCases();
    ASSERT_TRUE(store.insertExperiment(e));
    EXPECT_GT(e.id, 0);
    EXPECT_FALSE(e.uuid.isEmpty());
    RunRecord run;
    run.packTitle = QStringLiteral("A");
    CallRecord call;
    call.provider = QStringLiteral("openai");
    call.model = QStringLiteral("o3");
    call.batchCustomId = QStringLiteral("cb-1");
    run.calls = {call};
    ASSERT_TRUE(history.insertRun(run));
    ASSERT_TRUE(store.setCaseRun(e.cases[1].id, run.id));
    ExperimentBatch b{0, e.id, QStringLiteral("openai"), QStringLiteral("batch_1"), QStringLiteral("o3"),
                      QStringLiteral("validating"), {QStringLiteral("cb-1")}, {}, {}};
    ASSERT_TRUE(store.insertBatch(b));
    ASSERT_TRUE(store.updateBatchStatus(b.id, QStringLiteral("in_progress")));

    const auto loaded = store.load(e.id);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->name, QStringLiteral("plans"));
    EXPECT_EQ(loaded->mode, ExperimentRecord::Mode::Batch);
    EXPECT_EQ(loaded->plan.repeats, 2);
    ASSERT_EQ(loaded->plan.models.size(), 2);
    EXPECT_EQ(loaded->plan.models[0].params.value(QStringLiteral("effort")).toString(), QStringLiteral("high"));
    ASSERT_EQ(loaded->cases.size(), 2);
    EXPECT_EQ(loaded->cases[1].goal, QStringLiteral("Ship by May"));
    EXPECT_EQ(loaded->cases[1].variables.value(QStringLiteral("team")).toString(), QStringLiteral("core"));
    EXPECT_EQ(loaded->cases[1].runId, run.id);
    EXPECT_EQ(loaded->cases[0].runId, 0);
    ASSERT_EQ(loaded->batches.size(), 1);
    EXPECT_EQ(loaded->batches[0].batchId, QStringLiteral("batch_1"));
    EXPECT_EQ(loaded->batches[0].status, QStringLiteral("in_progress"));
    EXPECT_EQ(loaded->batches[0].customIds, QStringList{QStringLiteral("cb-1")});
    EXPECT_EQ(history.loadRun(run.id)->calls[0].batchCustomId, QStringLiteral("cb-1"));

    EXPECT_EQ(*store.unfinishedIds(), QList<qint64>{e.id});
    ASSERT_TRUE(store.setStatus(e.id, QStringLiteral("done")));
    EXPECT_TRUE(store.unfinishedIds()->isEmpty());
    EXPECT_EQ(store.load(e.id + 1).error().code, ErrorCode::NotFound);
}

// Schema 13: a case keeps its run's input until that run is recorded; a resume rebuilds the
// run input from it without the pack or the template.
TEST(ExperimentStore, caseInput_keptUntilTheRunIsRecordedAndRebuildsTheRunInput)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore history(**db);
    ExperimentStore store(**db);
    ExperimentRecord e = twoCases();
    ASSERT_TRUE(store.insertExperiment(e, false));
    RunInput input;
    input.prompt.templateName = QStringLiteral("plan");
    input.prompt.instructions = QStringLiteral("Be brief.");
    input.prompt.input = QStringLiteral("Goal: Ship by May\n<doc id=\"it1\">…</doc>");
    PromptSegment item;
    item.itemId = QStringLiteral("it1");
    input.prompt.segments = {item};
    input.packTitle = QStringLiteral("A");
    input.manifest = QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("it1")}}};
    for (ExperimentCase& c : e.cases)
        c.input = ExperimentCaseInputJson::toJson(input);
    ASSERT_TRUE(store.insertCases(e));
    EXPECT_GT(e.cases[1].id, e.cases[0].id);

    auto loaded = store.load(e.id);
    ASSERT_TRUE(loaded);
    ASSERT_EQ(loaded->cases.size(), 2);
    auto rebuilt = ExperimentCaseInputJson::fromCase(loaded->cases[1]);
    ASSERT_TRUE(rebuilt) << rebuilt.error().message.toStdString();
    EXPECT_EQ(rebuilt->prompt.templateName, QStringLiteral("plan"));
    EXPECT_EQ(rebuilt->prompt.instructions, input.prompt.instructions);
    EXPECT_EQ(rebuilt->prompt.input, input.prompt.input);
    EXPECT_EQ(rebuilt->packTitle, QStringLiteral("A"));
    EXPECT_EQ(rebuilt->packPath, QStringLiteral("/p/a.ctxpack"));
    EXPECT_EQ(rebuilt->packHash, QStringLiteral("h1"));
    EXPECT_EQ(rebuilt->packGoal, QStringLiteral("Ship by May"));
    EXPECT_EQ(rebuilt->manifest, input.manifest);
    EXPECT_EQ(rebuilt->toolItems, QSet<QString>{QStringLiteral("it1")});
    EXPECT_EQ(rebuilt->pack, nullptr); // no such file: answers keep unchecked citations
    EXPECT_EQ(ExperimentCaseInputJson::recordedPack(QStringLiteral("/p/a.ctxpack"), QStringLiteral("h1")), nullptr);

    RunRecord run;
    ASSERT_TRUE(history.insertRun(run));
    ASSERT_TRUE(store.setCaseRun(e.cases[1].id, run.id));
    loaded = store.load(e.id);
    EXPECT_TRUE(loaded->cases[1].input.isEmpty()) << "dropped once the run exists";
    EXPECT_FALSE(loaded->cases[0].input.isEmpty());

    // A case recorded before schema 13 kept nothing: the resume says so instead of guessing.
    ExperimentCase old = loaded->cases[0];
    old.input = {};
    const auto refused = ExperimentCaseInputJson::fromCase(old);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Case 1"))) << refused.error().message.toStdString();
}

TEST(ExperimentStore, baseUrls_roundTripWithoutUserInfoOrQuery)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    ExperimentStore store(**db);
    ExperimentRecord e = twoCases();
    e.baseUrls = {{QStringLiteral("openai"), QStringLiteral("http://127.0.0.1:4001/v1")},
                  {QStringLiteral("anthropic"), QStringLiteral("https://user:sk-secret@proxy.example/a?key=sk-q#x")}};
    ASSERT_TRUE(store.insertExperiment(e));
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT plan_json FROM experiments")) && q.next());
    EXPECT_FALSE(q.value(0).toString().contains(QStringLiteral("sk-"))) << q.value(0).toString().toStdString();

    const auto loaded = store.load(e.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->baseUrls.value(QStringLiteral("openai")), QStringLiteral("http://127.0.0.1:4001/v1"));
    EXPECT_EQ(loaded->baseUrls.value(QStringLiteral("anthropic")), QStringLiteral("https://proxy.example/a"));
    EXPECT_EQ(loaded->plan.models.size(), 2); // the plan itself still reads as before
}

TEST(ExperimentStore, batchIdRecordedTwice_refused)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    ExperimentStore store(**db);
    ExperimentRecord e = twoCases();
    ASSERT_TRUE(store.insertExperiment(e));
    ExperimentBatch b{0, e.id, QStringLiteral("anthropic"), QStringLiteral("msgbatch_1"), {}, QStringLiteral("in_progress"), {}, {}, {}};
    ASSERT_TRUE(store.insertBatch(b));
    ExperimentBatch again = b;
    EXPECT_FALSE(store.insertBatch(again));
}

TEST(ExperimentStore, batchCallsOfAnExperiment_notOfferedToRunResume)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore history(**db);
    RunRecord batchRun;
    CallRecord held;
    held.provider = QStringLiteral("openai");
    held.model = QStringLiteral("o3");
    held.batchCustomId = QStringLiteral("cb-x");
    batchRun.calls = {held};
    ASSERT_TRUE(history.insertRun(batchRun));
    RunRecord liveRun;
    CallRecord live = held;
    live.batchCustomId.clear();
    liveRun.calls = {live};
    ASSERT_TRUE(history.insertRun(liveRun));
    EXPECT_EQ(*history.unfinishedRunIds(), QList<qint64>{liveRun.id});
}

TEST(Database_upgrade, fromVersionFiveKeepsDataAndAddsExperiments)
{
    TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("history.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw5"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        ASSERT_TRUE(Migrations::upgrade(raw, 5));
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO runs (uuid, created_at, pack_title) VALUES ('u1', '2026-01-01T00:00:00Z', 'Old run')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO calls (run_id, provider, model, status, text) VALUES (1, 'openai', 'o3', 'queued', 'kept')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw5"));
    auto db = Database::open(path);
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Migrations::latestVersion());
    const QStringList tables = (*db)->connection().tables();
    for (const char* t : {"experiments", "experiment_cases", "experiment_batches"})
        EXPECT_TRUE(tables.contains(QLatin1String(t))) << t;
    HistoryStore history(**db);
    const auto run = history.loadRun(1);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->calls[0].text, QStringLiteral("kept"));
    EXPECT_TRUE(run->calls[0].batchCustomId.isEmpty());
    // An old unfinished call is still a run's to resume.
    EXPECT_EQ(*history.unfinishedRunIds(), QList<qint64>{1});
}

TEST(ExperimentPricing, estimate_batchableLinesHalfPriceOthersLive)
{
    auto catalog = ModelCatalog::loadDefault();
    ASSERT_TRUE(catalog) << catalog.error().message.toStdString();
    const CostEstimator estimator(*catalog);
    const QList<CostRequest> requests{{QStringLiteral("openai:o3-pro"), 10000, true, 20000, 2},
                                      {QStringLiteral("gemini:gemini-2.5-flash"), 10000, false, 20000, 2},
                                      {QStringLiteral("local:nothing"), 10000, false, 0, 1}};
    const auto e = ExperimentPricing::estimate(estimator, requests, {true, false, false});
    const RunCostEstimate run = estimator.estimateRun(requests);
    ASSERT_TRUE(e.live.known);
    EXPECT_EQ(e.unknownLines, 1);
    EXPECT_DOUBLE_EQ(e.live.high, run.lines[0].cost.high + run.lines[1].cost.high);
    EXPECT_DOUBLE_EQ(e.batch.high, run.lines[0].cost.high * 0.5 + run.lines[1].cost.high);
    EXPECT_LT(e.batch.low, e.live.low);
}

TEST(ExperimentPricing, batchCost_halfOfLiveCostUnknownStaysUnknown)
{
    auto catalog = ModelCatalog::loadDefault();
    ASSERT_TRUE(catalog);
    const auto o3pro = catalog->find(QStringLiteral("openai:o3-pro"));
    ASSERT_TRUE(o3pro);
    Usage u;
    u.inputTokens = 1000000;
    u.outputTokens = 1000000;
    u.cachedInputTokens = 0;
    u.reasoningTokens = 0;
    // o3-pro: 20 + 80 live, 10 + 40 batch (PROTOCOLS.md §5.1).
    EXPECT_NEAR(*ExperimentPricing::batchCost(o3pro, u), 50.0, 1e-9);
    EXPECT_FALSE(ExperimentPricing::batchCost(std::nullopt, u));
}
