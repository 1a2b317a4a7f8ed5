// Tool turns that outlive their call (issue 15), through the real orchestrator and protocols
// against fake servers: a follow-up on a tools-mode answer re-sends the recorded exchange
// verbatim (PROTOCOLS.md §12.6) with the tools, for Responses and Anthropic, and its reply is
// citation-checked; "Run again" of a tools-mode run re-sends the recorded manifest prompt with
// the pack read from its file; a tools-mode call cut by a restart goes on from its last
// complete round, what it had received kept.
#include "core/eval/packcoverage.h"
#include "core/history/runrecord.h"
#include "core/history/toolcallstore.h"
#include "core/pack/packfile.h"
#include "core/providers/conversationturn.h"
#include "core/run/callmetrics.h"
#include "core/run/followupsender.h"
#include "core/run/runorchestrator.h"
#include "core/run/runsession.h"
#include "support/providertesting.h"
#include "support/runfixture.h"
#include "support/tooltesting.h"
#include "formats/export/runrecordjson.h"
#include "../unit/harnesstestpack.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

const QJsonObject kToolsParams{{QStringLiteral("context"), QStringLiteral("tools")}};
const QString kCitedAnswer = QStringLiteral("Retention leads [[a1b2c3: \"customer retention is the main goal\"]].");

// --- Anthropic (§12.3): a thinking block with its signature, then read_item(a1b2c3).
QByteArray anthropicEvents(const QList<std::pair<QByteArray, QByteArray>>& events)
{
    QByteArray s;
    for (const auto& [type, rest] : events)
        s += sseEvent(type, R"({"type":")" + type + "\"" + (rest.isEmpty() ? QByteArray() : "," + rest) + "}");
    return s;
}

QByteArray anthropicCallStream()
{
    return anthropicEvents({
        {"message_start", R"("message":{"id":"msg_1","role":"assistant","content":[],"usage":{"input_tokens":420,"output_tokens":1}})"},
        {"content_block_start", R"("index":0,"content_block":{"type":"thinking","thinking":"","signature":""})"},
        {"content_block_delta", R"("index":0,"delta":{"type":"thinking_delta","thinking":"I should read the call."})"},
        {"content_block_delta", R"("index":0,"delta":{"type":"signature_delta","signature":"EqQBsig"})"},
        {"content_block_stop", R"("index":0)"},
        {"content_block_start", R"("index":1,"content_block":{"type":"tool_use","id":"toolu_A","name":"read_item","input":{}})"},
        {"content_block_delta", R"("index":1,"delta":{"type":"input_json_delta","partial_json":"{\"id\": \"a1b2c3\"}"})"},
        {"content_block_stop", R"("index":1)"},
        {"message_delta", R"("delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":60})"},
        {"message_stop", {}},
    });
}

QByteArray anthropicTextStream(const QString& text)
{
    const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return anthropicEvents({
        {"message_start", R"("message":{"id":"msg_2","role":"assistant","content":[],"usage":{"input_tokens":700,"output_tokens":1}})"},
        {"content_block_start", R"("index":0,"content_block":{"type":"text","text":""})"},
        {"content_block_delta", R"("index":0,"delta":{"type":"text_delta","text":)" + quoted + "}"},
        {"content_block_stop", R"("index":0)"},
        {"message_delta", R"("delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":12})"},
        {"message_stop", {}},
    });
}

// --- Responses (§12.1): a reasoning item with encrypted content, then read_item(a1b2c3).
const QByteArray kReasoningItem = R"({"id":"rs_1","type":"reasoning","summary":[],"encrypted_content":"gAAAAsig1"})";
const QByteArray kCallItem =
    R"({"id":"fc_1","type":"function_call","status":"completed","arguments":"{\"id\":\"a1b2c3\"}","call_id":"call_A","name":"read_item"})";

QByteArray responsesEvent(const QByteArray& type, qint64& seq, const QByteArray& rest)
{
    return sseEvent(type, R"({"type":")" + type + R"(","sequence_number":)" + QByteArray::number(seq++) + "," + rest + "}");
}

QByteArray responsesCallStream()
{
    qint64 seq = 0;
    QByteArray s;
    s += responsesEvent("response.created", seq, R"("response":{"id":"resp_1","status":"in_progress","output":[],"usage":null})");
    s += responsesEvent("response.output_item.added", seq, R"("output_index":0,"item":{"id":"rs_1","type":"reasoning","summary":[]})");
    s += responsesEvent("response.output_item.done", seq, R"("output_index":0,"item":)" + kReasoningItem);
    s += responsesEvent("response.output_item.added", seq,
                        R"("output_index":1,"item":{"id":"fc_1","type":"function_call","status":"in_progress","arguments":"","call_id":"call_A","name":"read_item"})");
    s += responsesEvent("response.function_call_arguments.delta", seq,
                        R"("item_id":"fc_1","output_index":1,"delta":"{\"id\":\"a1b2c3\"}")");
    s += responsesEvent("response.function_call_arguments.done", seq,
                        R"("item_id":"fc_1","output_index":1,"arguments":"{\"id\":\"a1b2c3\"}")");
    s += responsesEvent("response.output_item.done", seq, R"("output_index":1,"item":)" + kCallItem);
    s += responsesEvent("response.completed", seq,
                        R"("response":{"id":"resp_1","status":"completed","output":[],"usage":{"input_tokens":61,"output_tokens":90}})");
    return s;
}

QByteArray responsesTextStream(const QString& text, const QByteArray& id)
{
    const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    qint64 seq = 0;
    // Two statements: the operands of + may be evaluated in either order, and a completed event
    // numbered before the delta would be dropped as a replay.
    QByteArray s = responsesEvent("response.output_text.delta", seq, R"("output_index":0,"delta":)" + quoted);
    s += responsesEvent("response.completed", seq,
                        R"("response":{"id":")" + id + R"(","status":"completed","output":[],"usage":{"input_tokens":150,"output_tokens":9}})");
    return s;
}

// The longest the event loop went without turning while `work` ran, measured by a timer that
// asks to fire every 5 ms.
class LoopGaps
{
public:
    LoopGaps()
    {
        m_clock.start();
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = qMax(m_longest, m_clock.restart());
        });
        m_timer.start();
    }
    qint64 longestMs() const { return qMax(m_longest, m_clock.elapsed()); }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_longest = 0;
};

class HarnessTurnsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        packPath = f.workspace.filePath(QStringLiteral("launch.ctxpack"));
        ASSERT_TRUE(PackFile::save(harnessPack(), packPath));
        auto loaded = PackFile::load(packPath); // the pack as the window would have it
        ASSERT_TRUE(loaded);
        pack = *loaded;
        env = f.environment();
        env.persistIntervalMs = 0;
    }

    RunInput input() const
    {
        AssembledPrompt prompt;
        prompt.instructions = QStringLiteral("You plan.");
        prompt.input = QStringLiteral("Write the plan.");
        return RunInput::fromPack(pack, packPath, prompt);
    }

    // Runs one tools-mode model to the end and returns its call.
    CallRecord runTools(RunOrchestrator& orchestrator, const QString& model)
    {
        auto session = orchestrator.start(input(), RunFixture::plan({model}, 1, kToolsParams));
        EXPECT_TRUE(session) << (session ? std::string() : session.error().message.toStdString());
        if (!session)
            return {};
        EXPECT_TRUE(waitFor([&] { return (*session)->isFinished(); }, 20000));
        return (*session)->record().calls.value(0);
    }

    FollowUpRecord followUp(RunOrchestrator& orchestrator, qint64 callId, const QString& message)
    {
        EXPECT_TRUE(orchestrator.followUps()->send(callId, message, false));
        EXPECT_TRUE(waitFor([&] { return !orchestrator.followUps()->isBusy(); }, 20000));
        const FollowUpRecord* done = orchestrator.session()->followUp(callId, 0);
        return done ? *done : FollowUpRecord{};
    }

    // The pack with a section of `items` large memos (about 30 KB each) added, saved over the
    // test's pack file and loaded back.
    void makePackLarge(int items)
    {
        Pack large = harnessPack();
        PackSection archive{QStringLiteral("s4"), QStringLiteral("Archive"), {}, {}};
        const QString paragraph = QStringLiteral("Weekly notes on onboarding, pricing and the support queue. "
                                                 "주간 회의에서 온보딩과 가격을 논의했습니다. ");
        for (int i = 0; i < items; ++i)
            archive.items << PackItem::note(QStringLiteral("Archive memo %1").arg(i),
                                                  paragraph.repeated(300) + QString::number(i));
        large.sections << archive;
        ASSERT_TRUE(PackFile::save(large, packPath));
        auto loaded = PackFile::load(packPath);
        ASSERT_TRUE(loaded);
        pack = *loaded;
    }

    // A tools-mode call cut by a restart after one complete round; returns its run id.
    qint64 cutToolsCall()
    {
        const QByteArray partial = anthropicTextStream(QStringLiteral("Half an answer that never ends"));
        f.anthropic.enqueue(FakeResponse::sse(anthropicCallStream()));
        f.anthropic.enqueue(FakeResponse::sse(partial).stallAfter(partial.indexOf("content_block_stop")));
        RunOrchestrator before(env);
        auto session = before.start(input(), RunFixture::plan({QStringLiteral("anthropic:claude-sonnet-4-5")}, 1, kToolsParams));
        EXPECT_TRUE(session);
        if (!session)
            return 0;
        const qint64 callId = (*session)->record().calls.at(0).id;
        EXPECT_TRUE(waitFor([&] { return (*session)->call(callId)->text.contains(QStringLiteral("never ends")); }, 60000));
        return (*session)->record().id;
    }

    void reopen()
    {
        f.reopenDatabase();
        env = f.environment();
        env.persistIntervalMs = 0;
    }

    RunFixture f;
    QString packPath;
    Pack pack;
    RunEnvironment env;
};

} // namespace

TEST_F(HarnessTurnsTest, anthropicFollowUpOnToolsAnswer_recordedTurnsVerbatimWithToolsAndCitationsChecked)
{
    f.anthropic.enqueue(FakeResponse::sse(anthropicCallStream()).randomChunks(5, 31));
    f.anthropic.enqueue(FakeResponse::sse(anthropicTextStream(QStringLiteral("Retention is the goal."))));
    f.anthropic.enqueue(FakeResponse::sse(anthropicTextStream(kCitedAnswer)));
    RunOrchestrator orchestrator(env);
    const CallRecord call = runTools(orchestrator, QStringLiteral("anthropic:claude-sonnet-4-5"));
    ASSERT_EQ(call.status, CallStatus::Done) << call.errorMessage.toStdString();
    ASSERT_EQ(f.anthropic.requests().size(), 2);
    // The exchange is recorded: the manifest prompt, the model's turn, the results.
    const QList<ConversationTurn> recorded = conversationFromJson(call.conversation);
    ASSERT_EQ(recorded.size(), 3);
    EXPECT_EQ(recorded[1].toolCalls.size(), 1);
    EXPECT_EQ(recorded[2].toolResults.size(), 1);

    const FollowUpRecord reply = followUp(orchestrator, call.id, QStringLiteral("And the budget?"));
    EXPECT_EQ(reply.status, CallStatus::Done) << reply.errorMessage.toStdString();
    ASSERT_EQ(f.anthropic.requests().size(), 3);
    const QJsonObject round2 = f.anthropic.requests().at(1).json();
    const QJsonObject body = f.anthropic.requests().at(2).json();
    // §12.6: every follow-up re-sends the same tools, tool_choice, model and limits.
    for (const char* key : {"tools", "tool_choice", "model", "max_tokens", "system"})
        EXPECT_EQ(body.value(QLatin1String(key)), round2.value(QLatin1String(key))) << key;
    EXPECT_FALSE(body.value(QStringLiteral("tools")).toArray().isEmpty());
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    const QJsonArray before = round2.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 5) << QJsonDocument(messages).toJson().toStdString();
    ASSERT_EQ(before.size(), 3);
    // The manifest prompt, the model's turn and the results exactly as the loop sent them.
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(messages[i], before[i]) << i;
    EXPECT_TRUE(messages[0].toObject().value(QStringLiteral("content")).toString().contains(
        QStringLiteral("a1b2c3 — Launch planning call")));
    EXPECT_EQ(messages[1].toObject(), jsonObject(R"({"role":"assistant","content":[
        {"type":"thinking","thinking":"I should read the call.","signature":"EqQBsig"},
        {"type":"tool_use","id":"toolu_A","name":"read_item","input":{"id":"a1b2c3"}}]})"));
    const QJsonObject result = messages[2].toObject().value(QStringLiteral("content")).toArray().at(0).toObject();
    EXPECT_EQ(result.value(QStringLiteral("type")).toString(), QStringLiteral("tool_result"));
    EXPECT_EQ(result.value(QStringLiteral("tool_use_id")).toString(), QStringLiteral("toolu_A"));
    EXPECT_TRUE(result.value(QStringLiteral("content")).toString().contains(QStringLiteral("customer retention")));
    EXPECT_EQ(messages[3].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    EXPECT_TRUE(QJsonDocument(messages[3].toObject()).toJson().contains("Retention is the goal."));
    EXPECT_EQ(messages[4].toObject(), jsonObject(R"({"role":"user","content":"And the budget?"})"));

    // The reply is checked like a first answer, and stored with its exchange.
    EXPECT_TRUE(reply.citations.checked);
    EXPECT_EQ(reply.citations.total(), 1);
    EXPECT_EQ(reply.citations.verified(), 1);
    const auto stored = f.history->loadRun(call.runId);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->calls[0].followUps.size(), 1);
    EXPECT_EQ(stored->calls[0].followUps[0].citations.verified(), 1);
    EXPECT_EQ(conversationFromJson(stored->calls[0].followUps[0].conversation).value(0).text,
              QStringLiteral("And the budget?"));
    EXPECT_EQ(stored->calls[0].conversation, call.conversation);
}

TEST_F(HarnessTurnsTest, followUpsOwnToolCalls_recordedBesideTheAnswersInTrailCoverageAndExport)
{
    f.anthropic.enqueue(FakeResponse::sse(anthropicCallStream()));
    f.anthropic.enqueue(FakeResponse::sse(anthropicTextStream(QStringLiteral("Retention is the goal."))));
    f.anthropic.enqueue(FakeResponse::sse(anthropicCallStream())); // the follow-up reads too
    f.anthropic.enqueue(FakeResponse::sse(anthropicTextStream(kCitedAnswer)));
    RunOrchestrator orchestrator(env);
    const CallRecord call = runTools(orchestrator, QStringLiteral("anthropic:claude-sonnet-4-5"));
    ASSERT_EQ(call.status, CallStatus::Done) << call.errorMessage.toStdString();
    ASSERT_EQ(call.toolTrail.size(), 1);
    const FollowUpRecord reply = followUp(orchestrator, call.id, QStringLiteral("And the budget?"));
    ASSERT_EQ(reply.status, CallStatus::Done) << reply.errorMessage.toStdString();
    ASSERT_EQ(f.anthropic.requests().size(), 4);

    // Live: the column's trail gains the follow-up's call, named as the follow-up's, its round
    // counted on from the answer's.
    const QList<ToolTrailEntry> live = orchestrator.session()->call(call.id)->toolTrail;
    ASSERT_EQ(live.size(), 2);
    EXPECT_EQ(live[0], call.toolTrail[0]);
    EXPECT_EQ(live[1].round, 2);
    EXPECT_EQ(live[1].position, 0);
    EXPECT_EQ(live[1].name, QStringLiteral("read_item"));
    EXPECT_EQ(live[1].itemIds, live[0].itemIds);
    EXPECT_EQ(live[1].summary, QStringLiteral("follow-up 1: ") + live[0].summary);

    // History: written as it happened, and read back with the run.
    const auto rows = ToolCallStore(f.history->database()).forCall(call.id);
    ASSERT_TRUE(rows);
    EXPECT_EQ(*rows, live);
    const auto stored = f.history->loadRun(call.runId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->calls[0].toolTrail, live);

    // Coverage: the item counts as read, and the follow-up's citation as cited.
    const PackCoverage coverage = PackCoverage::build(*stored);
    const auto read = std::find_if(coverage.items.cbegin(), coverage.items.cend(), [](const PackCoverage::Item& i) {
        return i.itemId.startsWith(QStringLiteral("a1b2c3"));
    });
    ASSERT_NE(read, coverage.items.cend());
    EXPECT_EQ(read->readBy.size(), 1);
    EXPECT_EQ(read->citedBy.size(), 1);
    EXPECT_EQ(read->verified, 1);

    // Export: the follow-up's call is there, with its round and whose it was.
    const QJsonArray exported = Cb::Formats::RunRecordJson::toJson(*stored)
                                    .value(QStringLiteral("calls")).toArray().at(0).toObject()
                                    .value(QStringLiteral("tool_calls")).toArray();
    ASSERT_EQ(exported.size(), 2);
    EXPECT_EQ(exported[1].toObject().value(QStringLiteral("round")).toInt(), 2);
    EXPECT_TRUE(exported[1].toObject().value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("follow-up 1: ")));

    // A second follow-up that reads again counts on from there; nothing is overwritten.
    f.anthropic.enqueue(FakeResponse::sse(anthropicCallStream()));
    f.anthropic.enqueue(FakeResponse::sse(anthropicTextStream(QStringLiteral("Done."))));
    ASSERT_TRUE(orchestrator.followUps()->send(call.id, QStringLiteral("Check again."), false));
    ASSERT_TRUE(waitFor([&] { return !orchestrator.followUps()->isBusy(); }, 20000));
    const auto after = ToolCallStore(f.history->database()).forCall(call.id);
    ASSERT_TRUE(after);
    ASSERT_EQ(after->size(), 3);
    EXPECT_EQ(after->at(2).round, 3);
    EXPECT_TRUE(after->at(2).summary.startsWith(QStringLiteral("follow-up 2: ")));
    EXPECT_EQ(after->mid(0, 2), live);
}

TEST_F(HarnessTurnsTest, responsesFollowUpOnToolsAnswer_reasoningAndCallItemsVerbatimWithTools)
{
    f.openai.enqueue(FakeResponse::sse(responsesCallStream()).randomChunks(9, 27));
    f.openai.enqueue(FakeResponse::sse(responsesTextStream(QStringLiteral("Retention is the goal."), "resp_2")));
    f.openai.enqueue(FakeResponse::sse(responsesTextStream(QStringLiteral("The budget is 40k."), "resp_3")));
    RunOrchestrator orchestrator(env);
    const CallRecord call = runTools(orchestrator, QStringLiteral("openai:o3"));
    ASSERT_EQ(call.status, CallStatus::Done) << call.errorMessage.toStdString();
    ASSERT_EQ(f.openai.requests().size(), 2);

    const FollowUpRecord reply = followUp(orchestrator, call.id, QStringLiteral("And the budget?"));
    EXPECT_EQ(reply.status, CallStatus::Done) << reply.errorMessage.toStdString();
    EXPECT_EQ(reply.text, QStringLiteral("The budget is 40k."));
    ASSERT_EQ(f.openai.requests().size(), 3);
    const QJsonObject round2 = f.openai.requests().at(1).json();
    const QJsonObject body = f.openai.requests().at(2).json();
    // Same top-level fields as the loop's rounds (§12.6, stateless: store false, encrypted reasoning).
    for (const char* key : {"tools", "tool_choice", "parallel_tool_calls", "model", "store", "include", "reasoning",
                            "instructions", "stream"})
        EXPECT_EQ(body.value(QLatin1String(key)), round2.value(QLatin1String(key))) << key;
    EXPECT_FALSE(body.value(QStringLiteral("tools")).toArray().isEmpty());
    EXPECT_FALSE(body.contains(QStringLiteral("previous_response_id")));
    const QJsonArray items = body.value(QStringLiteral("input")).toArray();
    const QJsonArray before = round2.value(QStringLiteral("input")).toArray();
    ASSERT_EQ(before.size(), 4) << QJsonDocument(before).toJson().toStdString();
    ASSERT_EQ(items.size(), 6) << QJsonDocument(items).toJson().toStdString();
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(items[i], before[i]) << i;
    EXPECT_EQ(items[1].toObject(), jsonObject(kReasoningItem));
    EXPECT_EQ(items[2].toObject(), jsonObject(kCallItem));
    const QJsonObject output = items[3].toObject();
    EXPECT_EQ(output.value(QStringLiteral("type")).toString(), QStringLiteral("function_call_output"));
    EXPECT_EQ(output.value(QStringLiteral("call_id")).toString(), QStringLiteral("call_A"));
    EXPECT_TRUE(output.value(QStringLiteral("output")).toString().contains(QStringLiteral("customer retention")));
    EXPECT_EQ(items[4].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    EXPECT_TRUE(QJsonDocument(items[4].toObject()).toJson().contains("Retention is the goal."));
    EXPECT_EQ(items[5].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    EXPECT_TRUE(QJsonDocument(items[5].toObject()).toJson().contains("And the budget?"));
}

TEST_F(HarnessTurnsTest, runAgainInToolsMode_resendsTheRecordedManifestPromptWithThePackFromItsFile)
{
    f.anthropic.enqueue(FakeResponse::sse(anthropicCallStream()));
    f.anthropic.enqueue(FakeResponse::sse(anthropicTextStream(QStringLiteral("First."))));
    f.anthropic.enqueue(FakeResponse::sse(anthropicCallStream()));
    f.anthropic.enqueue(FakeResponse::sse(anthropicTextStream(QStringLiteral("Second."))));
    qint64 runId = 0;
    {
        RunOrchestrator first(env);
        runId = runTools(first, QStringLiteral("anthropic:claude-sonnet-4-5")).runId;
    }
    const auto recorded = f.history->loadRun(runId);
    ASSERT_TRUE(recorded);
    auto again = RunInput::forRunAgain(*recorded);
    ASSERT_TRUE(again) << again.error().message.toStdString();
    ASSERT_TRUE(again->pack);
    EXPECT_FALSE(again->toolItems.contains(QStringLiteral("d4e5f6a7-0000-4000-8000-000000000004"))); // disabled
    RunOrchestrator second(env);
    auto session = second.start(*again, RunPlan::fromRecord(*recorded));
    ASSERT_TRUE(session) << session.error().message.toStdString();
    ASSERT_TRUE(waitFor([&] { return (*session)->isFinished(); }, 20000));
    const CallRecord& call = (*session)->record().calls.at(0);
    EXPECT_EQ(call.status, CallStatus::Done) << call.errorMessage.toStdString();
    EXPECT_EQ(call.text, QStringLiteral("Second."));
    EXPECT_EQ(call.toolTrail.size(), 1);
    ASSERT_EQ(f.anthropic.requests().size(), 4);
    const QJsonObject firstBody = f.anthropic.requests().at(0).json();
    const QJsonObject againBody = f.anthropic.requests().at(2).json();
    for (const char* key : {"messages", "system", "tools", "model"})
        EXPECT_EQ(againBody.value(QLatin1String(key)), firstBody.value(QLatin1String(key))) << key;
    for (const RecordedRequest& r : f.anthropic.requests())
        EXPECT_FALSE(QString::fromUtf8(r.body).contains(QStringLiteral("confidential")));

    // A pack changed since: refused with a reason, nothing sent.
    Pack changed = pack;
    changed.sections[0].items[0].text += QStringLiteral(" Edited after the run.");
    ASSERT_TRUE(PackFile::save(changed, packPath));
    const auto refused = RunInput::forRunAgain(*recorded);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("has changed"))) << refused.error().message.toStdString();
}

TEST_F(HarnessTurnsTest, toolsCallCutByARestart_continuesFromItsLastCompleteRoundKeepingItsText)
{
    const QByteArray partial = anthropicTextStream(QStringLiteral("Half an answer that never ends"));
    f.anthropic.enqueue(FakeResponse::sse(anthropicCallStream()));
    f.anthropic.enqueue(FakeResponse::sse(partial).stallAfter(partial.indexOf("content_block_stop")));
    qint64 runId = 0;
    qint64 callId = 0;
    {
        RunOrchestrator before(env);
        auto session = before.start(input(), RunFixture::plan({QStringLiteral("anthropic:claude-sonnet-4-5")}, 1, kToolsParams));
        ASSERT_TRUE(session);
        runId = (*session)->record().id;
        callId = (*session)->record().calls.at(0).id;
        ASSERT_TRUE(waitFor([&] { return (*session)->call(callId)->text.contains(QStringLiteral("never ends")); }, 20000));
    } // ContextBench closes mid-answer
    const auto cut = f.history->loadRun(runId);
    ASSERT_TRUE(cut);
    EXPECT_FALSE(isTerminal(cut->calls[0].status));
    ASSERT_EQ(conversationFromJson(cut->calls[0].conversation).size(), 3);

    f.reopenDatabase();
    env = f.environment();
    env.persistIntervalMs = 0;
    f.anthropic.enqueue(FakeResponse::sse(anthropicTextStream(QStringLiteral("The whole answer."))));
    RunOrchestrator after(env);
    auto resumed = after.resume(runId);
    ASSERT_TRUE(resumed) << resumed.error().message.toStdString();
    ASSERT_TRUE(waitFor([&] { return (*resumed)->isFinished(); }, 20000));
    const CallRecord& call = *(*resumed)->call(callId);
    EXPECT_EQ(call.status, CallStatus::Done) << call.errorMessage.toStdString();
    EXPECT_TRUE(call.text.startsWith(QStringLiteral("Half an answer that never ends"))) << call.text.toStdString();
    EXPECT_TRUE(call.text.endsWith(QStringLiteral("The whole answer."))) << call.text.toStdString();
    EXPECT_EQ(call.errorCode, QStringLiteral("resumed"));
    EXPECT_TRUE(call.errorMessage.contains(QStringLiteral("1 round"))) << call.errorMessage.toStdString();
    // The continued request: the recorded round, then the model is asked again; no tool re-run.
    ASSERT_EQ(f.anthropic.requests().size(), 3);
    const QJsonObject round2 = f.anthropic.requests().at(1).json();
    const QJsonObject continued = f.anthropic.requests().at(2).json();
    for (const char* key : {"messages", "system", "tools", "tool_choice", "model"})
        EXPECT_EQ(continued.value(QLatin1String(key)), round2.value(QLatin1String(key))) << key;
    const auto stored = f.history->loadRun(runId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->calls[0].status, CallStatus::Done);
    EXPECT_EQ(stored->calls[0].text, call.text);
    EXPECT_EQ(stored->calls[0].toolTrail.size(), 1);

    // Usage and cost cover every round: the one recorded before the stop (420 in, 60 out)
    // and the one after it (700 in, 12 out).
    EXPECT_EQ(call.usage.value(QStringLiteral("input_tokens")).toInteger(), 1120)
        << QJsonDocument(call.usage).toJson().toStdString();
    EXPECT_EQ(call.usage.value(QStringLiteral("output_tokens")).toInteger(), 72);
    EXPECT_EQ(stored->calls[0].usage, call.usage);
    Usage all;
    all.inputTokens = 1120;
    all.outputTokens = 72;
    const auto info = env.builder.catalog().find(QStringLiteral("anthropic:claude-sonnet-4-5"));
    ASSERT_TRUE(info);
    ASSERT_TRUE(call.costUsd);
    EXPECT_NEAR(*call.costUsd, *CallMetrics::actualCost(info, all), 1e-9);
    const QJsonObject round1 = stored->calls[0].conversation.at(1).toObject();
    ASSERT_TRUE(round1.contains(QStringLiteral("tool_calls")));
    EXPECT_EQ(round1.value(QStringLiteral("usage")).toObject().value(QStringLiteral("input")).toInteger(), 420)
        << QJsonDocument(round1).toJson().toStdString(); // kept with its round
}

TEST_F(HarnessTurnsTest, reopenedRunReadsALargePackOffTheGuiThread_resumeAndFollowUpWaitForItShowingSo)
{
    makePackLarge(600); // about 18 MB: its read is long enough to tell from a busy machine's hiccups
    const qint64 runId = cutToolsCall();
    ASSERT_GT(runId, 0);
    reopen();
    const auto cut = f.history->loadRun(runId);
    ASSERT_TRUE(cut);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(RunInput::recordedPack(*cut)); // what the GUI thread used to do, for scale
    const qint64 readMs = clock.elapsed();
    ASSERT_GT(readMs, 20) << "the pack is too small to tell";

    // A tools call cut by the restart: resume() returns at once; the column says the pack is
    // being read and keeps what the call had received.
    f.anthropic.enqueue(FakeResponse::sse(anthropicTextStream(QStringLiteral("The whole answer."))));
    {
        LoopGaps gaps;
        RunOrchestrator after(env);
        clock.restart();
        auto resumed = after.resume(runId);
        ASSERT_TRUE(resumed) << resumed.error().message.toStdString();
        EXPECT_LT(clock.elapsed(), readMs * 3 / 4);
        const qint64 callId = cut->calls[0].id;
        const CallRecord* waiting = (*resumed)->call(callId);
        ASSERT_TRUE(waiting);
        EXPECT_EQ(waiting->errorCode, QStringLiteral("loading_pack"));
        EXPECT_TRUE(waiting->errorMessage.contains(QStringLiteral("Reading the pack file"))) << waiting->errorMessage.toStdString();
        EXPECT_TRUE(waiting->text.startsWith(QStringLiteral("Half an answer")));
        ASSERT_TRUE(waitFor([&] { return (*resumed)->isFinished(); }, 120000));
        // Read on the GUI thread, the longest gap would be the whole read; the margin is for a
        // machine busy with other tests.
        EXPECT_LT(gaps.longestMs(), qMax<qint64>(readMs * 3 / 4, 50)) << "read in " << readMs << " ms";
        const CallRecord& call = *(*resumed)->call(callId);
        EXPECT_EQ(call.status, CallStatus::Done) << call.errorMessage.toStdString();
        EXPECT_EQ(call.errorCode, QStringLiteral("resumed")); // as before: the notice says it went on
        EXPECT_TRUE(call.text.startsWith(QStringLiteral("Half an answer that never ends"))) << call.text.toStdString();
        EXPECT_TRUE(call.text.endsWith(QStringLiteral("The whole answer.")));
        ASSERT_EQ(f.anthropic.requests().size(), 3);
        EXPECT_EQ(f.anthropic.requests().at(2).json().value(QStringLiteral("messages")),
                  f.anthropic.requests().at(1).json().value(QStringLiteral("messages")));
    }

    // A follow-up with tools on the run reopened once more: sent only once the pack is read.
    reopen();
    f.anthropic.enqueue(FakeResponse::sse(anthropicTextStream(kCitedAnswer)));
    LoopGaps gaps;
    RunOrchestrator reopened(env);
    auto session = reopened.resume(runId);
    ASSERT_TRUE(session);
    const qint64 callId = cut->calls[0].id;
    ASSERT_EQ((*session)->call(callId)->contextMode, QStringLiteral("tools"));
    ASSERT_FALSE((*session)->call(callId)->conversation.isEmpty());
    ASSERT_EQ((*session)->call(callId)->status, CallStatus::Done) << (*session)->call(callId)->errorMessage.toStdString();
    clock.restart();
    ASSERT_TRUE(reopened.followUps()->send(callId, QStringLiteral("And the budget?"), false));
    EXPECT_LT(clock.elapsed(), readMs * 3 / 4);
    const FollowUpRecord* waiting = (*session)->followUp(callId, 0);
    ASSERT_TRUE(waiting);
    EXPECT_EQ(waiting->errorCode, QStringLiteral("loading_pack"));
    EXPECT_TRUE(reopened.followUps()->isBusy(callId));
    EXPECT_EQ(f.anthropic.requests().size(), 3); // nothing sent before the tools are there
    ASSERT_TRUE(waitFor([&] { return !reopened.followUps()->isBusy(); }, 120000));
    EXPECT_LT(gaps.longestMs(), qMax<qint64>(readMs * 3 / 4, 50)) << "read in " << readMs << " ms";
    const FollowUpRecord reply = *(*session)->followUp(callId, 0);
    EXPECT_EQ(reply.status, CallStatus::Done) << reply.errorMessage.toStdString();
    EXPECT_TRUE(reply.errorCode.isEmpty());
    ASSERT_EQ(f.anthropic.requests().size(), 4);
    EXPECT_FALSE(f.anthropic.requests().at(3).json().value(QStringLiteral("tools")).toArray().isEmpty());
    ASSERT_TRUE(waitFor([&] { return (*session)->followUp(callId, 0)->citations.checked; }, 60000));
    EXPECT_EQ((*session)->followUp(callId, 0)->citations.verified(), 1);
}

TEST_F(HarnessTurnsTest, reopenedRunWhosePackFileIsGone_resumeFailsSayingWhyAndFollowUpGoesWithoutTools)
{
    const qint64 runId = cutToolsCall();
    ASSERT_GT(runId, 0);
    ASSERT_TRUE(QFile::remove(packPath));
    reopen();
    RunOrchestrator after(env);
    auto resumed = after.resume(runId);
    ASSERT_TRUE(resumed);
    ASSERT_TRUE(waitFor([&] { return (*resumed)->isFinished(); }, 20000));
    const CallRecord& call = (*resumed)->record().calls.at(0);
    EXPECT_EQ(call.status, CallStatus::Failed);
    EXPECT_TRUE(call.errorMessage.contains(QStringLiteral("cannot continue it"))) << call.errorMessage.toStdString();
    EXPECT_TRUE(call.errorMessage.contains(QStringLiteral("not there any more"))) << call.errorMessage.toStdString();
    EXPECT_TRUE(call.text.startsWith(QStringLiteral("Half an answer that never ends"))) << call.text.toStdString();
    EXPECT_EQ(f.anthropic.requests().size(), 2); // nothing sent

    // A follow-up still goes: the recorded turns in words, without tools.
    f.anthropic.enqueue(FakeResponse::sse(anthropicTextStream(QStringLiteral("Without the pack."))));
    ASSERT_TRUE(after.followUps()->send(call.id, QStringLiteral("And the budget?"), false));
    ASSERT_TRUE(waitFor([&] { return !after.followUps()->isBusy(); }, 20000));
    const FollowUpRecord reply = *(*resumed)->followUp(call.id, 0);
    EXPECT_EQ(reply.status, CallStatus::Done) << reply.errorMessage.toStdString();
    ASSERT_EQ(f.anthropic.requests().size(), 3);
    const QJsonObject body = f.anthropic.requests().at(2).json();
    EXPECT_FALSE(body.contains(QStringLiteral("tools")));
    EXPECT_TRUE(QJsonDocument(body).toJson().contains("[called read_item"));
}
