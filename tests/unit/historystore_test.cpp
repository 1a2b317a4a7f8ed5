#include "core/history/database.h"
#include "core/history/historystore.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {

RunRecord twoModelRun()
{
    RunRecord run;
    run.packTitle = QStringLiteral("Launch plan");
    run.packGoal = QStringLiteral("Plan the launch");
    run.templateName = QStringLiteral("report-generator");
    run.instructions = QStringLiteral("You are a planner.");
    run.input = QStringLiteral("<goal>Plan</goal>");
    run.manifest = QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("notes.md")}}};
    for (int repeat = 0; repeat < 2; ++repeat) {
        for (const char* model : {"o3", "o3-pro"}) {
            CallRecord c;
            c.provider = QStringLiteral("openai");
            c.model = QString::fromLatin1(model);
            c.repeatIndex = repeat;
            c.params = QJsonObject{{QStringLiteral("effort"), QStringLiteral("high")}};
            run.calls.append(c);
        }
    }
    return run;
}

} // namespace

TEST(HistoryStore_run, roundTripsWithCallsAndProgress)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore store(**db);
    RunRecord run = twoModelRun();
    auto id = store.insertRun(run);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    ASSERT_EQ(run.calls.size(), 4);
    EXPECT_GT(run.calls[3].id, 0);

    CallRecord& c = run.calls[1];
    c.status = CallStatus::Failed;
    c.partial = true;
    c.text = QStringLiteral("# Plan\nPartial ✓ 한국어");
    c.errorCode = QStringLiteral("network");
    c.errorMessage = QStringLiteral("connection dropped");
    c.usage = QJsonObject{{QStringLiteral("input_tokens"), 10}};
    c.costUsd = 0.25;
    c.firstTokenMs = 1200;
    c.totalMs = 5000;
    c.responseId = QStringLiteral("resp_1");
    ASSERT_TRUE(store.updateCall(c));
    ASSERT_TRUE(store.setReview(c.id, 4, QStringLiteral("good start")));
    ASSERT_TRUE(store.setJudgement(c.id, QStringLiteral("fail"), QStringLiteral("too short")));
    VoteRecord vote{0, run.id, run.calls[0].id, run.calls[1].id, QStringLiteral("left"), true, {}};
    ASSERT_TRUE(store.addVote(vote));

    auto loaded = store.loadRun(*id);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->packGoal, run.packGoal);
    EXPECT_EQ(loaded->manifest, run.manifest);
    const CallRecord* back = loaded->call(c.id);
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(back->status, CallStatus::Failed);
    EXPECT_TRUE(back->partial);
    EXPECT_EQ(back->text, c.text);
    EXPECT_EQ(back->usage, c.usage);
    EXPECT_DOUBLE_EQ(*back->costUsd, 0.25);
    EXPECT_EQ(*back->firstTokenMs, 1200);
    EXPECT_EQ(*back->rating, 4);
    EXPECT_EQ(back->judgement, QStringLiteral("fail"));
    EXPECT_EQ(back->params, c.params);
    ASSERT_EQ(loaded->votes.size(), 1);
    EXPECT_EQ(loaded->votes[0].outcome, QStringLiteral("left"));
}

TEST(HistoryStore_list, filtersAndSummarises)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore store(**db);
    RunRecord a = twoModelRun();
    ASSERT_TRUE(store.insertRun(a));
    a.calls[0].status = CallStatus::Done;
    a.calls[0].costUsd = 1.5;
    a.calls[0].text = QStringLiteral("needle_in 100% haystack");
    ASSERT_TRUE(store.updateCall(a.calls[0]));
    RunRecord b = twoModelRun();
    b.packTitle = QStringLiteral("Other pack");
    b.calls.resize(1);
    b.calls[0].provider = QStringLiteral("anthropic");
    b.calls[0].model = QStringLiteral("claude-sonnet-4-5");
    ASSERT_TRUE(store.insertRun(b));

    auto all = store.listRuns();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).id, b.id); // newest first
    EXPECT_EQ(all->at(1).models, (QStringList{QStringLiteral("openai:o3"), QStringLiteral("openai:o3-pro")}));
    EXPECT_EQ(all->at(1).calls, 4);
    EXPECT_EQ(all->at(1).done, 1);
    EXPECT_DOUBLE_EQ(all->at(1).costUsd, 1.5);

    auto byText = store.listRuns({QStringLiteral("100%"), {}, {}, {}, 10});
    ASSERT_TRUE(byText);
    ASSERT_EQ(byText->size(), 1);
    EXPECT_EQ(byText->at(0).id, a.id);
    auto byModel = store.listRuns({{}, QStringLiteral("anthropic:claude-sonnet-4-5"), {}, {}, 10});
    ASSERT_TRUE(byModel);
    ASSERT_EQ(byModel->size(), 1);
    EXPECT_EQ(byModel->at(0).id, b.id);
    EXPECT_EQ(*store.runCount(), 2);
    EXPECT_EQ(**store.lastRunId(), b.id);

    // Follow-ups are searched too: the message asked and the reply.
    FollowUpRecord followUp;
    followUp.callId = b.calls[0].id;
    followUp.message = QStringLiteral("And the budget_owner?");
    followUp.status = CallStatus::Done;
    ASSERT_TRUE(store.insertFollowUp(followUp));
    followUp.text = QStringLiteral("Priya owns the Zwölf-Euro line.");
    ASSERT_TRUE(store.updateFollowUp(followUp));
    for (const QString& needle : {QStringLiteral("budget_owner"), QStringLiteral("zwölf-euro")}) {
        auto byFollowUp = store.listRuns({needle, {}, {}, {}, 10});
        ASSERT_TRUE(byFollowUp);
        ASSERT_EQ(byFollowUp->size(), 1) << needle.toStdString();
        EXPECT_EQ(byFollowUp->at(0).id, b.id);
    }
}

TEST(HistoryStore_resumable, listsUnfinishedBackgroundCalls)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore store(**db);
    RunRecord run = twoModelRun();
    ASSERT_TRUE(store.insertRun(run));
    run.calls[1].status = CallStatus::Thinking;
    run.calls[1].responseId = QStringLiteral("resp_bg");
    ASSERT_TRUE(store.updateCall(run.calls[1]));
    run.calls[3].status = CallStatus::Done;
    run.calls[3].responseId = QStringLiteral("resp_done");
    ASSERT_TRUE(store.updateCall(run.calls[3]));
    auto calls = store.resumableCalls();
    ASSERT_TRUE(calls);
    ASSERT_EQ(calls->size(), 1);
    EXPECT_EQ(calls->at(0).responseId, QStringLiteral("resp_bg"));
}

TEST(HistoryStore_missingRun, isNotFound)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore store(**db);
    auto run = store.loadRun(42);
    ASSERT_FALSE(run);
    EXPECT_EQ(run.error().code, ErrorCode::NotFound);
    EXPECT_FALSE((*store.lastRunId()).has_value());
}

TEST(HistoryStore_followUps, recordedUpdatedAndLoadedWithTheirCall)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore store(**db);
    RunRecord run = twoModelRun();
    ASSERT_TRUE(store.insertRun(run));
    const qint64 callId = run.calls[1].id;

    FollowUpRecord first;
    first.callId = callId;
    first.position = 0;
    first.message = QStringLiteral("Shorter?");
    first.status = CallStatus::Waiting;
    ASSERT_TRUE(store.insertFollowUp(first));
    EXPECT_GT(first.id, 0);
    EXPECT_TRUE(first.createdAt.isValid());
    first.status = CallStatus::Failed;
    first.partial = true;
    first.text = QStringLiteral("Two we");
    first.errorCode = QStringLiteral("network");
    first.errorMessage = QStringLiteral("The connection dropped.");
    first.usage = QJsonObject{{QStringLiteral("output_tokens"), 3}};
    first.costUsd = 0.0012;
    first.startedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    first.firstTokenMs = 120;
    first.totalMs = 900;
    ASSERT_TRUE(store.updateFollowUp(first));
    FollowUpRecord second;
    second.callId = callId;
    second.position = 1;
    second.message = QStringLiteral("And the risks?");
    second.status = CallStatus::Done;
    ASSERT_TRUE(store.insertFollowUp(second));

    auto loaded = store.loadRun(run.id);
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(loaded->calls[0].followUps.isEmpty());
    const QList<FollowUpRecord>& f = loaded->calls[1].followUps;
    ASSERT_EQ(f.size(), 2);
    EXPECT_EQ(f[0].id, first.id);
    EXPECT_EQ(f[0].message, QStringLiteral("Shorter?"));
    EXPECT_EQ(f[0].status, CallStatus::Failed);
    EXPECT_TRUE(f[0].partial);
    EXPECT_EQ(f[0].text, QStringLiteral("Two we"));
    EXPECT_EQ(f[0].errorCode, QStringLiteral("network"));
    EXPECT_EQ(f[0].errorMessage, QStringLiteral("The connection dropped."));
    EXPECT_EQ(f[0].usage, first.usage);
    EXPECT_EQ(f[0].costUsd, 0.0012);
    EXPECT_EQ(f[0].startedAt, first.startedAt);
    EXPECT_EQ(f[0].firstTokenMs, 120);
    EXPECT_EQ(f[0].totalMs, 900);
    EXPECT_EQ(f[1].position, 1);
    EXPECT_EQ(f[1].message, QStringLiteral("And the risks?"));
    auto direct = store.followUps(callId);
    ASSERT_TRUE(direct);
    EXPECT_EQ(direct->size(), 2);
}
