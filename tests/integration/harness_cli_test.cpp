// `contextbench run --context tools` as a process against a fake Chat Completions server: the
// model gets the manifest and the tools, calls two of them in parallel, gets their results in
// the next request, answers; the JSON summary and the history carry the tool calls.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/pack/packfile.h"
#include "support/cliprocess.h"
#include "support/fakehttpserver.h"
#include "support/tempworkspace.h"
#include "support/tooltesting.h"
#include "../unit/harnesstestpack.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <memory>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

QByteArray chunk(const QByteArray& choice)
{
    return sseEvent({}, R"({"id":"c1","object":"chat.completion.chunk","model":"m","choices":[{"index":0,)" + choice +
                            "}]}");
}

QByteArray toolCallStream()
{
    QByteArray s = chunk(R"("delta":{"role":"assistant","content":null},"finish_reason":null)");
    s += chunk(R"("delta":{"tool_calls":[{"index":0,"id":"call_A","type":"function","function":{"name":"search_pack","arguments":"{\"query\":\"retention\",\"limit\":null}"}}]})");
    s += chunk(R"("delta":{"tool_calls":[{"index":1,"id":"call_B","type":"function","function":{"name":"read_item","arguments":"{\"id\":\"a1b2c3\"}"}}]})");
    s += chunk(R"("delta":{},"finish_reason":"tool_calls")");
    s += sseEvent({}, R"({"id":"c1","choices":[],"usage":{"prompt_tokens":400,"completion_tokens":20}})");
    return s + sseEvent({}, "[DONE]");
}

QByteArray answerStream()
{
    return chunk(R"("delta":{"content":"Keep retention above 81%."},"finish_reason":"stop")") +
           sseEvent({}, R"({"id":"c1","choices":[],"usage":{"prompt_tokens":900,"completion_tokens":12}})") +
           sseEvent({}, "[DONE]");
}

// `run PACK --model local:qwen3 --context tools EXTRA --json` against a local server that asks
// for tools in its first answer and answers in its second.
void runToolsAgainstLocal(const QString& pack, FakeHttpServer& local, CliProcess& p, const QStringList& extra)
{
    ASSERT_TRUE(PackFile::save(harnessPack(), pack));
    auto served = std::make_shared<int>(0);
    local.setHandler([served](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse((*served)++ == 0 ? toolCallStream() : answerStream());
    });
    p.start(QStringList{QStringLiteral("run"), pack, QStringLiteral("--model"), QStringLiteral("local:qwen3"),
                        QStringLiteral("--context"), QStringLiteral("tools")} +
            extra +
            QStringList{QStringLiteral("--json"), QStringLiteral("--base-url"),
                        QStringLiteral("local=") + local.baseUrl(QStringLiteral("/v1"))});
    ASSERT_TRUE(p.waitForExit()) << p.err().toStdString();
    ASSERT_EQ(p.exitCode(), 0) << p.err().toStdString();
}

} // namespace

TEST(HarnessCli, runContextTools_parallelCallsAnsweredAndRecorded)
{
    TempWorkspace ws;
    const QString pack = ws.filePath(QStringLiteral("launch.ctxpack"));
    FakeHttpServer local;
    CliProcess p(ws.filePath(QStringLiteral("data")), {});
    ASSERT_NO_FATAL_FAILURE(
        runToolsAgainstLocal(pack, local, p, {QStringLiteral("--max-tool-rounds"), QStringLiteral("3")}));

    // Round one: the manifest instead of the items, the three tools; nothing disabled.
    ASSERT_EQ(local.requests().size(), 2);
    const QJsonObject first = local.requests().at(0).json();
    const QString firstBody = QString::fromUtf8(QJsonDocument(first).toJson(QJsonDocument::Compact));
    EXPECT_EQ(first.value(QStringLiteral("tools")).toArray().size(), 3);
    EXPECT_TRUE(firstBody.contains(QStringLiteral("a1b2c3 — Launch planning call"))) << firstBody.toStdString();
    EXPECT_FALSE(firstBody.contains(QStringLiteral("customer retention is the main goal")));
    EXPECT_FALSE(firstBody.contains(QStringLiteral("confidential")));
    EXPECT_FALSE(firstBody.contains(QStringLiteral("Salaries")));
    // Round two: the assistant's calls echoed, one tool message per call with its result.
    const QJsonArray messages = local.requests().at(1).json().value(QStringLiteral("messages")).toArray();
    QJsonArray toolMessages;
    for (const QJsonValue& m : messages)
        if (m.toObject().value(QStringLiteral("role")).toString() == QLatin1String("tool"))
            toolMessages.append(m);
    ASSERT_EQ(toolMessages.size(), 2);
    EXPECT_EQ(toolMessages[0].toObject().value(QStringLiteral("tool_call_id")).toString(), QStringLiteral("call_A"));
    EXPECT_TRUE(toolMessages[0].toObject().value(QStringLiteral("content")).toString().contains(QStringLiteral("a1b2c3")));
    EXPECT_TRUE(toolMessages[1].toObject().value(QStringLiteral("content")).toString().contains(
        QStringLiteral("customer retention is the main goal")));

    const QJsonObject summary = QJsonDocument::fromJson(p.out()).object();
    const QJsonObject call = summary.value(QStringLiteral("calls")).toArray().at(0).toObject();
    EXPECT_EQ(call.value(QStringLiteral("context")).toString(), QStringLiteral("tools"));
    EXPECT_EQ(call.value(QStringLiteral("text")).toString(), QStringLiteral("Keep retention above 81%."));
    EXPECT_EQ(call.value(QStringLiteral("usage")).toObject().value(QStringLiteral("prompt_tokens")).toInt(), 1300);
    const QJsonArray tools = call.value(QStringLiteral("tool_calls")).toArray();
    ASSERT_EQ(tools.size(), 2);
    EXPECT_EQ(tools[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("search_pack"));
    EXPECT_EQ(tools[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("read_item"));
    EXPECT_EQ(tools[1].toObject().value(QStringLiteral("arguments")).toString(), QStringLiteral("{\"id\":\"a1b2c3\"}"));
    EXPECT_EQ(tools[1].toObject().value(QStringLiteral("round")).toInt(), 1);
    EXPECT_GT(tools[1].toObject().value(QStringLiteral("result_bytes")).toInt(), 100);

    auto db = Database::open(p.historyPath());
    ASSERT_TRUE(db.has_value());
    auto run = HistoryStore(**db).loadRun(summary.value(QStringLiteral("run_id")).toInteger());
    ASSERT_TRUE(run.has_value());
    ASSERT_EQ(run->calls.size(), 1);
    EXPECT_EQ(run->calls[0].contextMode, QStringLiteral("tools"));
    ASSERT_EQ(run->calls[0].toolTrail.size(), 2);
    EXPECT_TRUE(run->calls[0].toolTrail[1].summary.startsWith(QStringLiteral("read *Launch planning call*")));
    EXPECT_EQ(run->calls[0].params.value(QStringLiteral("max_tool_rounds")).toInt(), 3);
}

TEST(HarnessCli, runBadContext_isAUsageError)
{
    TempWorkspace ws;
    CliProcess p(ws.filePath(QStringLiteral("data")), {});
    p.start({QStringLiteral("run"), ws.filePath(QStringLiteral("x.ctxpack")), QStringLiteral("--model"),
             QStringLiteral("local:q"), QStringLiteral("--context"), QStringLiteral("half")});
    ASSERT_TRUE(p.waitForExit());
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(p.err().contains(QStringLiteral("--context must be full or tools"))) << p.err().toStdString();
    CliProcess q(ws.filePath(QStringLiteral("data")), {});
    q.start({QStringLiteral("run"), ws.filePath(QStringLiteral("x.ctxpack")), QStringLiteral("--model"),
             QStringLiteral("local:q"), QStringLiteral("--max-tool-rounds"), QStringLiteral("2")});
    ASSERT_TRUE(q.waitForExit());
    EXPECT_EQ(q.exitCode(), 2);
    EXPECT_TRUE(q.err().contains(QStringLiteral("--max-tool-rounds needs --context tools")));
}

// The read budget is the user's to set too: spent after the first round's read, the next
// request goes without tools and says why; the budget is recorded with the call.
TEST(HarnessCli, runMaxTokensRead_spentBudgetEndsTheToolsAndIsRecorded)
{
    TempWorkspace ws;
    const QString pack = ws.filePath(QStringLiteral("launch.ctxpack"));
    FakeHttpServer local;
    CliProcess p(ws.filePath(QStringLiteral("data")), {});
    ASSERT_NO_FATAL_FAILURE(
        runToolsAgainstLocal(pack, local, p, {QStringLiteral("--max-tokens-read"), QStringLiteral("5")}));
    ASSERT_EQ(local.requests().size(), 2);
    const QJsonObject last = local.requests().at(1).json();
    EXPECT_TRUE(last.value(QStringLiteral("tools")).toArray().isEmpty());
    EXPECT_TRUE(QJsonDocument(last).toJson().contains("The budget of 5 tokens for reading the pack is used up."));
    const QJsonObject summary = QJsonDocument::fromJson(p.out()).object();
    const QJsonObject call = summary.value(QStringLiteral("calls")).toArray().at(0).toObject();
    EXPECT_EQ(call.value(QStringLiteral("params")).toObject().value(QStringLiteral("max_tokens_read")).toInt(), 5);

    CliProcess q(ws.filePath(QStringLiteral("data")), {});
    q.start({QStringLiteral("run"), pack, QStringLiteral("--model"), QStringLiteral("local:q"),
             QStringLiteral("--context"), QStringLiteral("tools"), QStringLiteral("--max-tokens-read"),
             QStringLiteral("none")});
    ASSERT_TRUE(q.waitForExit());
    EXPECT_EQ(q.exitCode(), 2);
    EXPECT_TRUE(q.err().contains(QStringLiteral("--max-tokens-read expects a positive number"))) << q.err().toStdString();
}
