// Structured output against fake servers on 127.0.0.1: the schema fields each protocol sends
// (PROTOCOLS.md §1.2, §2, §4; Anthropic asked in the system text), an answer validated, an
// invalid answer repaired once with the validator's messages, and one that stays invalid.
#include "core/harness/structuredcall.h"
#include "core/run/calllauncher.h"
#include "support/fakejudge.h"
#include "support/fakestructured.h"
#include "support/providertesting.h"
#include "support/runfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

const QString kValid = QStringLiteral(R"({"verdict":"A","score":3})");

QJsonObject verdictSchema()
{
    return QJsonDocument::fromJson(R"({"type":"object","properties":{"verdict":{"type":"string","enum":["A","B"]},
        "score":{"type":"integer"}},"required":["verdict","score"],"additionalProperties":false})")
        .object();
}

class StructuredCallTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        launcher = std::make_unique<CallLauncher>(f.network.get(), f.secrets.get(), fastProviderOptions());
        auto catalog = ModelCatalog::loadDefault();
        ASSERT_TRUE(catalog.has_value());
        builder = CallRequestBuilder(*catalog, f.baseUrls());
        call = std::make_unique<StructuredCall>(*launcher);
        QObject::connect(call.get(), &StructuredCall::finished, call.get(),
                         [this](const StructuredAnswer& a) { done.append(a); });
        QObject::connect(call.get(), &StructuredCall::failed, call.get(),
                         [this](const Error& e, const QString& raw) { failures.append({e, raw}); });
    }

    BuiltCall built(const QString& key)
    {
        BuiltCall b = builder.build(*PlannedModel::parse(key), QStringLiteral("Judge the pair."),
                                    QStringLiteral("Answer A or B?"));
        b.request.responseSchema = verdictSchema();
        b.request.responseSchemaName = QStringLiteral("verdict");
        return b;
    }

    // Starts the call and waits for its one outcome.
    void run(const QString& key)
    {
        ASSERT_TRUE(call->start(built(key), PlannedModel::parse(key)->provider).has_value());
        ASSERT_TRUE(waitFor([&] { return done.size() + failures.size() > 0; }));
    }

    RunFixture f;
    std::unique_ptr<CallLauncher> launcher;
    CallRequestBuilder builder{ModelCatalog{}};
    std::unique_ptr<StructuredCall> call;
    QList<StructuredAnswer> done;
    QList<std::pair<Error, QString>> failures;
};

} // namespace

TEST_F(StructuredCallTest, ResponsesSchema_sentAsTextFormatJsonSchemaStrict)
{
    f.openai.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeJudge::responsesReply(kValid, 1000, 50);
    });
    run(QStringLiteral("openai:gpt-4.1-mini"));
    ASSERT_EQ(done.size(), 1) << (failures.isEmpty() ? "" : failures.first().first.message.toStdString());
    const QJsonObject body = f.openai.lastRequest().json();
    const QJsonObject format = body.value(QStringLiteral("text")).toObject().value(QStringLiteral("format")).toObject();
    EXPECT_EQ(format.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
    EXPECT_EQ(format.value(QStringLiteral("name")).toString(), QStringLiteral("verdict"));
    EXPECT_EQ(format.value(QStringLiteral("schema")).toObject(), verdictSchema());
    EXPECT_TRUE(format.value(QStringLiteral("strict")).toBool());
    EXPECT_EQ(format.size(), 4);
    EXPECT_EQ(body.value(QStringLiteral("instructions")).toString(), QStringLiteral("Judge the pair."));
    EXPECT_EQ(done.first().value.toObject().value(QStringLiteral("score")).toInt(), 3);
    EXPECT_EQ(done.first().rounds, 1);
    EXPECT_EQ(done.first().usage.inputTokens, 1000);
    ASSERT_TRUE(done.first().costUsd.has_value()); // gpt-4.1-mini: $0.40 in, $1.60 out per M
    EXPECT_NEAR(*done.first().costUsd, 1000 * 0.4e-6 + 50 * 1.6e-6, 1e-12);
}

TEST_F(StructuredCallTest, ChatSchema_sentAsResponseFormatJsonSchema)
{
    f.local.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeJudge::chatReply(kValid);
    });
    run(QStringLiteral("local:qwen3"));
    ASSERT_EQ(done.size(), 1) << (failures.isEmpty() ? "" : failures.first().first.message.toStdString());
    const QJsonObject format = f.local.lastRequest().json().value(QStringLiteral("response_format")).toObject();
    EXPECT_EQ(format.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
    const QJsonObject inner = format.value(QStringLiteral("json_schema")).toObject();
    EXPECT_EQ(inner.value(QStringLiteral("name")).toString(), QStringLiteral("verdict"));
    EXPECT_EQ(inner.value(QStringLiteral("schema")).toObject(), verdictSchema());
    EXPECT_TRUE(inner.value(QStringLiteral("strict")).toBool());
    EXPECT_FALSE(done.first().costUsd.has_value()); // a local model has no price: unknown, not $0
}

TEST_F(StructuredCallTest, GeminiSchema_sentAsResponseJsonSchemaWithJsonMime)
{
    f.gemini.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeStructured::geminiReply(kValid);
    });
    run(QStringLiteral("gemini:gemini-2.5-flash"));
    ASSERT_EQ(done.size(), 1) << (failures.isEmpty() ? "" : failures.first().first.message.toStdString());
    const QJsonObject gen = f.gemini.lastRequest().json().value(QStringLiteral("generationConfig")).toObject();
    EXPECT_EQ(gen.value(QStringLiteral("responseMimeType")).toString(), QStringLiteral("application/json"));
    EXPECT_EQ(gen.value(QStringLiteral("responseJsonSchema")).toObject(), verdictSchema());
    EXPECT_FALSE(gen.contains(QStringLiteral("responseSchema"))); // the OpenAPI subset rejects additionalProperties
}

TEST_F(StructuredCallTest, AnthropicSchema_askedInSystemTextAndFencedAnswerAccepted)
{
    f.anthropic.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeStructured::anthropicReply(QStringLiteral("```json\n") + kValid + QStringLiteral("\n```"));
    });
    run(QStringLiteral("anthropic:claude-haiku-4-5"));
    ASSERT_EQ(done.size(), 1) << (failures.isEmpty() ? "" : failures.first().first.message.toStdString());
    const QJsonObject body = f.anthropic.lastRequest().json();
    const QString system = body.value(QStringLiteral("system")).toString();
    EXPECT_TRUE(system.startsWith(QStringLiteral("Judge the pair.\n\nAnswer with one JSON value and nothing else")))
        << system.toStdString();
    EXPECT_TRUE(system.contains(QStringLiteral("\"additionalProperties\": false")));
    EXPECT_FALSE(body.contains(QStringLiteral("tools")));
    EXPECT_FALSE(body.contains(QStringLiteral("output_format")));
    EXPECT_EQ(done.first().value.toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("A"));
}

TEST_F(StructuredCallTest, InvalidAnswer_repairedOnceWithValidatorMessage)
{
    const QString bad = QStringLiteral(R"({"verdict":"C"})");
    int served = 0;
    f.local.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeJudge::chatReply(++served == 1 ? bad : kValid);
    });
    run(QStringLiteral("local:qwen3"));
    ASSERT_EQ(done.size(), 1) << (failures.isEmpty() ? "" : failures.first().first.message.toStdString());
    ASSERT_EQ(f.local.requestCount(), 2);
    EXPECT_EQ(done.first().rounds, 2);
    EXPECT_EQ(done.first().rawText, kValid);
    const QJsonArray messages = f.local.lastRequest().json().value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 4); // system, user, the bad answer, the repair request
    EXPECT_EQ(messages[1].toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Answer A or B?"));
    EXPECT_EQ(messages[2].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    EXPECT_EQ(messages[2].toObject().value(QStringLiteral("content")).toString(), bad);
    const QString repair = messages[3].toObject().value(QStringLiteral("content")).toString();
    EXPECT_TRUE(repair.contains(QStringLiteral("\"verdict\""))) << repair.toStdString();
    EXPECT_TRUE(repair.contains(QStringLiteral("/verdict"))) << repair.toStdString(); // the enum violation
    EXPECT_TRUE(repair.contains(QStringLiteral("score"))) << repair.toStdString();    // the missing property
    // The repair round keeps the schema on the request.
    EXPECT_TRUE(f.local.lastRequest().json().contains(QStringLiteral("response_format")));
}

TEST_F(StructuredCallTest, NotJsonThenStillInvalid_failsWithRawTextKept)
{
    int served = 0;
    f.openai.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeJudge::responsesReply(++served == 1 ? QStringLiteral("I think A is better.")
                                                                       : QStringLiteral(R"({"verdict":"A"})"));
    });
    run(QStringLiteral("openai:gpt-4.1-mini"));
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(done.isEmpty());
    EXPECT_EQ(f.openai.requestCount(), 2); // one repair round, no more
    const auto& [error, raw] = failures.first();
    EXPECT_EQ(error.code, ErrorCode::Parse);
    EXPECT_TRUE(error.message.contains(QStringLiteral("\"verdict\""))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("score"))) << error.message.toStdString();
    EXPECT_EQ(raw, QStringLiteral(R"({"verdict":"A"})"));
    // The first answer was not JSON at all: the repair said so.
    const QJsonArray input = f.openai.lastRequest().json().value(QStringLiteral("input")).toArray();
    ASSERT_EQ(input.size(), 3);
    const QString repair = input[2].toObject().value(QStringLiteral("content")).toArray()[0].toObject().value(
        QStringLiteral("text")).toString();
    EXPECT_TRUE(repair.contains(QStringLiteral("not JSON"))) << repair.toStdString();
}

TEST_F(StructuredCallTest, UnsupportedSchema_refusedBeforeSending)
{
    BuiltCall b = built(QStringLiteral("local:qwen3"));
    b.request.responseSchema = QJsonDocument::fromJson(R"({"$ref":"#/defs/x"})").object();
    EXPECT_FALSE(call->start(b, QStringLiteral("openai-compatible")).has_value());
    EXPECT_EQ(f.local.requestCount(), 0);
}
