#include "core/harness/packcorpus.h"
#include "core/harness/toolloopreply.h"
#include "harnesstestpack.h"
#include "support/providertesting.h"
#include "support/scriptedprovider.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::ScriptedProvider;
using Cb::Test::ScriptedTurn;

namespace {

ToolCall call(const char* id, const char* name, const char* args)
{
    return {QString::fromLatin1(id), QString::fromLatin1(name), QString::fromUtf8(args)};
}

Usage usage(qint64 in, qint64 out)
{
    Usage u;
    u.inputTokens = in;
    u.outputTokens = out;
    u.reported = {{QStringLiteral("input_tokens"), in},
                  {QStringLiteral("output_tokens"), out},
                  {QStringLiteral("output_tokens_details"), QJsonObject{{QStringLiteral("reasoning_tokens"), 1}}}};
    return u;
}

ProviderRequest request()
{
    ProviderRequest r;
    r.model = QStringLiteral("o4-mini");
    r.instructions = QStringLiteral("Be brief.");
    r.input = QStringLiteral("Write the plan.");
    return r;
}

QFuture<Result<PackTools>> tools() { return PackTools::buildAsync(Cb::Test::harnessPack(), nullptr); }

struct Outcome
{
    std::optional<ProviderResult> result;
    std::optional<Error> error;
    QList<ToolTrailEntry> trail;
    QString streamed;
};

void watch(ToolLoopReply* reply, Outcome* out)
{
    QObject::connect(reply, &ProviderReply::finished, [out](const ProviderResult& r) { out->result = r; });
    QObject::connect(reply, &ProviderReply::failed, [out](const Error& e) { out->error = e; });
    QObject::connect(reply, &ToolLoopReply::toolCallExecuted,
                     [out](const ToolTrailEntry& e) { out->trail.append(e); });
    QObject::connect(reply, &ProviderReply::textDelta, [out](const QString& d) { out->streamed += d; });
}

} // namespace

TEST(ToolLoopReply, twoParallelCalls_executedTogetherThenAnswered)
{
    ScriptedTurn first;
    first.calls = {call("call_A", "read_item", "{\"id\":\"a1b2c3\"}"),
                   call("call_B", "search_pack", "{\"query\":\"유지율\"}")};
    first.modelTurn = QJsonArray{QStringLiteral("native-output")};
    first.usage = usage(100, 10);
    ScriptedTurn answer;
    answer.textDeltas = {QStringLiteral("Plan: "), QStringLiteral("keep retention.")};
    answer.usage = usage(300, 20);
    ScriptedProvider provider({first, answer});
    ToolLoopReply reply(&provider, request(), tools(), {});
    Outcome out;
    watch(&reply, &out);
    ASSERT_TRUE(Cb::Test::waitFor([&] { return reply.isDone(); }));

    ASSERT_TRUE(out.result) << (out.error ? out.error->message.toStdString() : "");
    EXPECT_EQ(out.result->text, QStringLiteral("Plan: keep retention."));
    EXPECT_EQ(out.streamed, out.result->text);
    ASSERT_EQ(provider.requests.size(), 2);
    EXPECT_EQ(provider.requests[0].tools.size(), 3);
    EXPECT_EQ(provider.requests[0].input, QStringLiteral("Write the plan."));
    // Round two: the user's turn, the model's turn echoed as received, one result per call.
    const ProviderRequest& second = provider.requests[1];
    EXPECT_EQ(second.tools.size(), 3);
    EXPECT_EQ(second.instructions, QStringLiteral("Be brief."));
    ASSERT_EQ(second.history.size(), 3);
    EXPECT_EQ(second.history[0].text, QStringLiteral("Write the plan."));
    EXPECT_EQ(second.history[1].native, first.modelTurn);
    EXPECT_EQ(second.history[1].toolCalls, first.calls);
    ASSERT_EQ(second.history[2].toolResults.size(), 2);
    EXPECT_EQ(second.history[2].toolResults[0].callId, QStringLiteral("call_A"));
    EXPECT_TRUE(second.history[2].toolResults[0].output.contains(QStringLiteral("customer retention")));
    EXPECT_EQ(second.history[2].toolResults[1].callId, QStringLiteral("call_B"));
    EXPECT_TRUE(second.history[2].toolResults[1].output.contains(QStringLiteral("c3d4e5")));
    EXPECT_TRUE(second.input.isEmpty());
    ASSERT_EQ(out.trail.size(), 2);
    EXPECT_EQ(out.trail[0].round, 1);
    EXPECT_EQ(out.trail[0].position, 0);
    EXPECT_EQ(out.trail[1].position, 1);
    EXPECT_TRUE(out.trail[0].summary.startsWith(QStringLiteral("read *Launch planning call* ")));
    EXPECT_EQ(out.trail[1].summary, QStringLiteral("searched '유지율' → 1 hit"));
}

TEST(ToolLoopReply, usage_summedAcrossRoundsKeyByKey)
{
    ScriptedTurn first;
    first.calls = {call("c1", "list_items", "{}")};
    first.usage = usage(100, 10);
    ScriptedTurn answer;
    answer.textDeltas = {QStringLiteral("Done.")};
    answer.usage = usage(250, 30);
    ScriptedProvider provider({first, answer});
    ToolLoopReply reply(&provider, request(), tools(), {});
    Outcome out;
    watch(&reply, &out);
    ASSERT_TRUE(Cb::Test::waitFor([&] { return reply.isDone(); }));
    ASSERT_TRUE(out.result);
    EXPECT_EQ(out.result->usage.inputTokens, 350);
    EXPECT_EQ(out.result->usage.outputTokens, 40);
    EXPECT_EQ(out.result->usage.reported.value(QStringLiteral("input_tokens")).toInteger(), 350);
    EXPECT_EQ(out.result->usage.reported.value(QStringLiteral("output_tokens_details"))
                  .toObject()
                  .value(QStringLiteral("reasoning_tokens"))
                  .toInteger(),
              2);
}

TEST(ToolLoopReply, malformedArgumentsAndUnknownId_sentBackAsErrorsAndLoopGoesOn)
{
    ScriptedTurn first;
    first.calls = {call("c1", "read_item", "{\"id\": \"a1b2"), call("c2", "read_item", "{\"id\":\"d4e5f6\"}")};
    ScriptedTurn answer;
    answer.textDeltas = {QStringLiteral("I could not read them.")};
    ScriptedProvider provider({first, answer});
    ToolLoopReply reply(&provider, request(), tools(), {});
    Outcome out;
    watch(&reply, &out);
    ASSERT_TRUE(Cb::Test::waitFor([&] { return reply.isDone(); }));
    ASSERT_TRUE(out.result);
    ASSERT_EQ(provider.requests.size(), 2);
    const auto results = provider.requests[1].history[2].toolResults;
    ASSERT_EQ(results.size(), 2);
    EXPECT_TRUE(results[0].isError);
    EXPECT_TRUE(results[0].output.contains(QStringLiteral("not a JSON object")));
    EXPECT_TRUE(results[1].isError);
    EXPECT_TRUE(results[1].output.contains(QStringLiteral("no item with id")));
    EXPECT_FALSE(results[1].output.contains(QStringLiteral("confidential")));
    EXPECT_TRUE(out.trail[0].isError && out.trail[1].isError);
}

TEST(ToolLoopReply, modelThatNeverStops_limitEndsItWithLastRequestWithoutTools)
{
    ScriptedTurn forever;
    forever.textDeltas = {QStringLiteral("Looking.")};
    forever.calls = {call("c", "search_pack", "{\"query\":\"launch\"}")};
    ScriptedProvider provider({forever});
    ToolLoopLimits limits;
    limits.maxRounds = 3;
    ToolLoopReply reply(&provider, request(), tools(), limits);
    Outcome out;
    watch(&reply, &out);
    ASSERT_TRUE(Cb::Test::waitFor([&] { return reply.isDone(); }));
    // Three rounds with tools, then one without them; the model still calls → partial kept.
    ASSERT_EQ(provider.requests.size(), 4);
    EXPECT_EQ(out.trail.size(), 3);
    const ProviderRequest& last = provider.requests[3];
    EXPECT_TRUE(last.tools.isEmpty());
    for (const ConversationTurn& t : last.history)
        EXPECT_FALSE(t.isToolTurn()); // tool turns told in words: no tools are declared
    EXPECT_TRUE(last.history.last().text.contains(QStringLiteral("limit of 3 rounds")));
    EXPECT_TRUE(last.history.last().text.contains(QStringLiteral("searched"), Qt::CaseInsensitive) ||
                last.history.last().text.contains(QStringLiteral("search_pack")));
    ASSERT_TRUE(out.result);
    EXPECT_TRUE(out.result->truncated);
    EXPECT_EQ(out.result->finishReason, QStringLiteral("tool_limit"));
    EXPECT_EQ(out.result->text,
              QStringLiteral("Looking.\n\nLooking.\n\nLooking.\n\nLooking.")); // every round's words kept
}

TEST(ToolLoopReply, readBudgetSpent_endsLoopEarly)
{
    ScriptedTurn reading;
    reading.calls = {call("c", "read_item", "{\"id\":\"a1b2c3\"}")};
    ScriptedTurn answer;
    answer.textDeltas = {QStringLiteral("Answer.")};
    ScriptedProvider provider({reading, answer});
    ToolLoopLimits limits;
    limits.maxTokensRead = 5;
    ToolLoopReply reply(&provider, request(), tools(), limits);
    Outcome out;
    watch(&reply, &out);
    ASSERT_TRUE(Cb::Test::waitFor([&] { return reply.isDone(); }));
    ASSERT_EQ(provider.requests.size(), 2);
    EXPECT_TRUE(provider.requests[1].tools.isEmpty());
    EXPECT_TRUE(provider.requests[1].history.last().text.contains(QStringLiteral("budget of 5 tokens")));
    ASSERT_TRUE(out.result);
    EXPECT_FALSE(out.result->truncated);
    EXPECT_EQ(out.result->text, QStringLiteral("Answer."));
}

TEST(ToolLoopReply, cancelMidLoop_stopsTheRoundInFlightAndKeepsText)
{
    ScriptedTurn first;
    first.calls = {call("c", "list_items", "{}")};
    ScriptedTurn hanging;
    hanging.textDeltas = {QStringLiteral("Partial")};
    hanging.hang = true;
    ScriptedProvider provider({first, hanging});
    ToolLoopReply reply(&provider, request(), tools(), {});
    Outcome out;
    watch(&reply, &out);
    ASSERT_TRUE(Cb::Test::waitFor([&] { return provider.requests.size() == 2 && !reply.text().isEmpty(); }));
    reply.cancel();
    EXPECT_EQ(reply.state(), ReplyState::Cancelled);
    ASSERT_TRUE(out.error);
    EXPECT_EQ(out.error->code, ErrorCode::Cancelled);
    EXPECT_EQ(provider.aborted, 1);
    EXPECT_TRUE(reply.isPartial());
    EXPECT_EQ(reply.text(), QStringLiteral("Partial"));
    QCoreApplication::processEvents();
    EXPECT_EQ(provider.requests.size(), 2); // nothing more sent
}

TEST(ToolLoopReply, roundFails_failsWithTheErrorAndUsageSoFar)
{
    ScriptedTurn first;
    first.calls = {call("c", "list_items", "{}")};
    first.usage = usage(100, 10);
    ScriptedTurn broken;
    broken.failure = Error(ErrorCode::Server, QStringLiteral("overloaded"));
    ScriptedProvider provider({first, broken});
    ToolLoopReply reply(&provider, request(), tools(), {});
    Outcome out;
    watch(&reply, &out);
    ASSERT_TRUE(Cb::Test::waitFor([&] { return reply.isDone(); }));
    ASSERT_TRUE(out.error);
    EXPECT_EQ(out.error->code, ErrorCode::Server);
    EXPECT_EQ(reply.usage().inputTokens, 100);
    EXPECT_EQ(out.trail.size(), 1);
}

TEST(ToolLoopReply, noCalls_isAnOrdinaryAnswerInOneRound)
{
    ScriptedTurn answer;
    answer.textDeltas = {QStringLiteral("Straight away.")};
    answer.usage = usage(10, 5);
    ScriptedProvider provider({answer});
    ToolLoopReply reply(&provider, request(), tools(), {});
    Outcome out;
    watch(&reply, &out);
    ASSERT_TRUE(Cb::Test::waitFor([&] { return reply.isDone(); }));
    ASSERT_TRUE(out.result);
    EXPECT_EQ(out.result->text, QStringLiteral("Straight away."));
    EXPECT_EQ(provider.requests.size(), 1);
    EXPECT_TRUE(out.trail.isEmpty());
}
