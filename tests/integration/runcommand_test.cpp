// `contextbench run` as a process against fake provider servers on 127.0.0.1, one per provider.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/pack/packfile.h"
#include "support/cliprocess.h"
#include "support/fakehttpserver.h"
#include "support/goldenpack.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

class RunCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(PackFile::save(GoldenPack::pack(), pack));
        serve(openai, QStringLiteral("responses_text.sse"));
        serve(anthropic, QStringLiteral("anthropic_basic.sse"));
        serve(gemini, QStringLiteral("gemini_thinking.sse"));
        serve(local, QStringLiteral("chat_basic.sse"));
    }
    static void serve(FakeHttpServer& server, const QString& transcript)
    {
        server.setHandler([transcript](const RecordedRequest&) -> std::optional<FakeResponse> {
            return FakeResponse::sse(providerTranscript(transcript));
        });
    }
    QStringList baseUrls() const
    {
        return {QStringLiteral("--base-url"), QStringLiteral("openai=") + openai.baseUrl(QStringLiteral("/v1")),
                QStringLiteral("--base-url"), QStringLiteral("anthropic=") + anthropic.baseUrl(),
                QStringLiteral("--base-url"), QStringLiteral("gemini=") + gemini.baseUrl(),
                QStringLiteral("--base-url"), QStringLiteral("local=") + local.baseUrl(QStringLiteral("/v1"))};
    }
    CliProcess cli() const { return CliProcess(ws.filePath(QStringLiteral("data")), keys); }
    static QJsonObject parse(const QByteArray& out)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
        return doc.object();
    }

    TempWorkspace ws;
    QString pack = ws.filePath(QStringLiteral("golden.ctxpack"));
    QHash<QString, QString> keys{{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-cli-openai")},
                                 {QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-cli")},
                                 {QStringLiteral("GEMINI_API_KEY"), QStringLiteral("gm-cli")}};
    FakeHttpServer openai, anthropic, gemini, local;
};

} // namespace

TEST_F(RunCommand, fourProvidersTwoRepeats_jsonSummaryAndHistory)
{
    CliProcess p = cli();
    p.start(QStringList{QStringLiteral("run"), pack, QStringLiteral("--model"), QStringLiteral("openai:o3"),
                        QStringLiteral("--model"), QStringLiteral("anthropic:claude-sonnet-4-5"),
                        QStringLiteral("--model"), QStringLiteral("gemini:gemini-2.5-flash"), QStringLiteral("-m"),
                        QStringLiteral("local:llama3.2:3b"), QStringLiteral("--repeat"), QStringLiteral("2"),
                        QStringLiteral("--effort"), QStringLiteral("high"), QStringLiteral("--json")} +
            baseUrls());
    ASSERT_TRUE(p.waitForExit()) << p.err().toStdString();
    EXPECT_EQ(p.exitCode(), 0) << p.err().toStdString();
    EXPECT_TRUE(p.err().contains(QStringLiteral("[openai:o3 #1] done"))) << p.err().toStdString();

    const QJsonObject summary = parse(p.out());
    const qint64 runId = summary.value(QStringLiteral("run_id")).toInteger();
    EXPECT_GT(runId, 0);
    const QJsonArray calls = summary.value(QStringLiteral("calls")).toArray();
    ASSERT_EQ(calls.size(), 8);
    const QHash<QString, QString> expected{{QStringLiteral("openai:o3"), QStringLiteral("Grüße, hello — 你好, hi 🙂!")},
                                           {QStringLiteral("anthropic:claude-sonnet-4-5"), QStringLiteral("Hello there")},
                                           {QStringLiteral("gemini:gemini-2.5-flash"), QStringLiteral("Héllo wörld — done.")},
                                           {QStringLiteral("openai-compatible:llama3.2:3b"), QStringLiteral("Hello wörld ✓")}};
    QHash<QString, int> repeats;
    for (const QJsonValue& v : calls) {
        const QJsonObject c = v.toObject();
        const QString model = c.value(QStringLiteral("model")).toString();
        SCOPED_TRACE(model.toStdString());
        ASSERT_TRUE(expected.contains(model));
        repeats[model] += 1 + c.value(QStringLiteral("repeat")).toInt(); // 1 + 2 for repeats 0 and 1
        EXPECT_EQ(c.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        EXPECT_EQ(c.value(QStringLiteral("text")).toString(), expected.value(model));
        EXPECT_TRUE(c.value(QStringLiteral("error")).isNull());
        // Usage as the provider reported it, in its own field names.
        const QHash<QString, QString> outputField{
            {QStringLiteral("openai:o3"), QStringLiteral("output_tokens")},
            {QStringLiteral("anthropic:claude-sonnet-4-5"), QStringLiteral("output_tokens")},
            {QStringLiteral("gemini:gemini-2.5-flash"), QStringLiteral("candidatesTokenCount")},
            {QStringLiteral("openai-compatible:llama3.2:3b"), QStringLiteral("completion_tokens")}};
        EXPECT_TRUE(c.value(QStringLiteral("usage")).toObject().contains(outputField.value(model)))
            << QJsonDocument(c.value(QStringLiteral("usage")).toObject()).toJson().toStdString();
        EXPECT_TRUE(c.value(QStringLiteral("timings")).toObject().contains(QStringLiteral("total_ms")));
        // A model missing from the catalog runs; its cost is unknown (null), never 0.
        EXPECT_EQ(c.value(QStringLiteral("cost_usd")).isNull(), model.startsWith(QLatin1String("openai-compatible")));
    }
    for (int n : repeats)
        EXPECT_EQ(n, 3);
    EXPECT_EQ(gemini.requestCount(), 2);
    EXPECT_EQ(openai.lastRequest().header("authorization"), QByteArray("Bearer sk-cli-openai"));
    EXPECT_EQ(gemini.lastRequest().header("x-goog-api-key"), QByteArray("gm-cli"));
    EXPECT_EQ(openai.lastRequest().json().value(QStringLiteral("reasoning")).toObject().value(QStringLiteral("effort")),
              QJsonValue(QStringLiteral("high")));

    // The run is in the default history database under XDG_DATA_HOME.
    ASSERT_FALSE(p.historyPath().isEmpty());
    auto db = Database::open(p.historyPath());
    ASSERT_TRUE(db.has_value());
    HistoryStore store(**db);
    EXPECT_EQ(store.lastRunId().value(), std::optional<qint64>(runId));
    auto run = store.loadRun(runId);
    ASSERT_TRUE(run.has_value());
    ASSERT_EQ(run->calls.size(), 8);
    for (const CallRecord& c : run->calls) {
        EXPECT_EQ(c.status, CallStatus::Done);
        EXPECT_EQ(c.text, expected.value(c.modelKey()));
    }
    EXPECT_FALSE(run->instructions.isEmpty());
    EXPECT_EQ(run->packPath, pack);
}

TEST_F(RunCommand, oneProviderRejectsKeyAnotherHasNone_partialExitWithErrors)
{
    keys.remove(QStringLiteral("GEMINI_API_KEY"));
    anthropic.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::json(
            401, R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})");
    });
    CliProcess p = cli();
    p.start(QStringList{QStringLiteral("run"), pack, QStringLiteral("--model"), QStringLiteral("openai:gpt-4.1"),
                        QStringLiteral("--model"), QStringLiteral("anthropic:claude-haiku-4-5"),
                        QStringLiteral("--model"), QStringLiteral("gemini:gemini-2.5-pro"), QStringLiteral("--json")} +
            baseUrls());
    ASSERT_TRUE(p.waitForExit());
    EXPECT_EQ(p.exitCode(), 3) << p.err().toStdString();
    const QJsonArray calls = parse(p.out()).value(QStringLiteral("calls")).toArray();
    ASSERT_EQ(calls.size(), 3);
    EXPECT_EQ(calls[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    const QJsonObject claude = calls[1].toObject();
    EXPECT_EQ(claude.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(claude.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("auth"));
    const QJsonObject geminiCall = calls[2].toObject();
    EXPECT_EQ(geminiCall.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    EXPECT_TRUE(geminiCall.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
        QStringLiteral("GEMINI_API_KEY")));
    EXPECT_EQ(gemini.requestCount(), 0);
    EXPECT_FALSE(p.out().contains("sk-ant-cli")) << "keys never reach the output";
}

TEST_F(RunCommand, badArguments_usageExit)
{
    for (const QStringList& args :
         {QStringList{pack}, QStringList{pack, QStringLiteral("--model"), QStringLiteral("o3")},
          QStringList{pack, QStringLiteral("--model"), QStringLiteral("openai:o3"), QStringLiteral("--base-url"),
                      QStringLiteral("openai=ftp://x")},
          QStringList{pack, QStringLiteral("--model"), QStringLiteral("openai:o3"), QStringLiteral("--repeat"),
                      QStringLiteral("0")}}) {
        CliProcess p = cli();
        p.start(QStringList{QStringLiteral("run")} + args);
        ASSERT_TRUE(p.waitForExit());
        EXPECT_EQ(p.exitCode(), 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(p.out().isEmpty());
    }
    EXPECT_EQ(openai.requestCount(), 0);
}

// Real-world stream shapes end to end: Gemini's STOP on every chunk, refusals, tool-call-only
// answers, through the real binary into the JSON summary and the history.
TEST_F(RunCommand, fidelityShapes_wholeGeminiAnswerRefusalsAndNoTextAreReported)
{
    serve(gemini, QStringLiteral("gemini_stop_every_chunk.sse"));
    serve(anthropic, QStringLiteral("anthropic_refusal.sse"));
    serve(openai, QStringLiteral("responses_refusal.sse"));
    serve(local, QStringLiteral("chat_tool_calls_only.sse"));
    CliProcess p = cli();
    p.start(QStringList{QStringLiteral("run"), pack, QStringLiteral("--model"), QStringLiteral("gemini:gemini-2.5-flash"),
                        QStringLiteral("--model"), QStringLiteral("anthropic:claude-sonnet-4-5"),
                        QStringLiteral("--model"), QStringLiteral("openai:gpt-4.1"), QStringLiteral("--model"),
                        QStringLiteral("local:llama3.2:3b"), QStringLiteral("--json")} +
            baseUrls());
    ASSERT_TRUE(p.waitForExit()) << p.err().toStdString();
    EXPECT_EQ(p.exitCode(), 3) << "refusals are not answers: " << p.err().toStdString();
    const QJsonObject summary = parse(p.out());
    QHash<QString, QJsonObject> byModel;
    for (const QJsonValue& v : summary.value(QStringLiteral("calls")).toArray())
        byModel.insert(v.toObject().value(QStringLiteral("model")).toString(), v.toObject());
    ASSERT_EQ(byModel.size(), 4);

    const QJsonObject gem = byModel.value(QStringLiteral("gemini:gemini-2.5-flash"));
    EXPECT_EQ(gem.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    EXPECT_EQ(gem.value(QStringLiteral("text")).toString(),
              QStringLiteral("Autumn wind, leaves falling —\nthe plan has four steps: gather, sort, decide, "
                             "and write it down."));
    EXPECT_EQ(gem.value(QStringLiteral("usage")).toObject().value(QStringLiteral("candidatesTokenCount")).toInt(), 106);
    EXPECT_TRUE(gem.value(QStringLiteral("error")).isNull());

    const QJsonObject claude = byModel.value(QStringLiteral("anthropic:claude-sonnet-4-5"));
    EXPECT_EQ(claude.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    EXPECT_EQ(claude.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("refused"));
    EXPECT_TRUE(claude.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
        QStringLiteral("declined under the usage policy")));

    const QJsonObject gpt = byModel.value(QStringLiteral("openai:gpt-4.1"));
    EXPECT_EQ(gpt.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    EXPECT_EQ(gpt.value(QStringLiteral("text")).toString(), QStringLiteral("I can't help with that."));

    const QJsonObject local = byModel.value(QStringLiteral("openai-compatible:llama3.2:3b"));
    EXPECT_EQ(local.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    EXPECT_TRUE(local.value(QStringLiteral("text")).toString().isEmpty());
    EXPECT_EQ(local.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("no_text"));
    EXPECT_TRUE(local.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
        QStringLiteral("list_items, read_item")));

    auto db = Database::open(p.historyPath());
    ASSERT_TRUE(db.has_value());
    auto run = HistoryStore(**db).loadRun(summary.value(QStringLiteral("run_id")).toInteger());
    ASSERT_TRUE(run.has_value());
    int refused = 0;
    for (const CallRecord& c : run->calls)
        refused += c.status == CallStatus::Refused ? 1 : 0;
    EXPECT_EQ(refused, 2) << "the refused state survives the history";
}
