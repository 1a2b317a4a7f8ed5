#include "core/providers/anthropicprotocol.h"
#include "core/providers/geminiprotocol.h"
#include "support/providertesting.h"
#include "support/streamreplay.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

ProviderRequest request(ProviderKind kind, const QString& model)
{
    ProviderRequest r;
    r.kind = kind;
    r.baseUrl = QStringLiteral("http://127.0.0.1:9");
    r.apiKey = QStringLiteral("key-123");
    r.model = model;
    r.instructions = QStringLiteral("Be brief.");
    r.input = QStringLiteral("27 * 453?");
    return r;
}

} // namespace

TEST(AnthropicProtocol_createCall, thinkingBudgetHeadersNoTemperature)
{
    ProviderRequest r =
        request(ProviderKind::Anthropic, QStringLiteral("claude-sonnet-4-20250514"));
    r.thinkingBudget = 16000;
    r.maxOutputTokens = 32000;
    r.temperature = 0.3;
    const auto c = AnthropicProtocol::createCall(r);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->url.toString(), QStringLiteral("http://127.0.0.1:9/v1/messages"));
    EXPECT_EQ(c->header("x-api-key"), QByteArray("key-123"));
    EXPECT_EQ(c->header("anthropic-version"), QByteArray("2023-06-01"));
    EXPECT_TRUE(c->header("Authorization").isEmpty());
    const QJsonObject b = QJsonDocument::fromJson(c->body).object();
    EXPECT_EQ(b.value(QStringLiteral("max_tokens")).toInt(), 32000);
    EXPECT_EQ(b.value(QStringLiteral("thinking"))
                  .toObject()
                  .value(QStringLiteral("budget_tokens"))
                  .toInt(),
              16000);
    EXPECT_EQ(
        b.value(QStringLiteral("thinking")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("enabled"));
    EXPECT_FALSE(b.contains(QStringLiteral("temperature")));
    EXPECT_EQ(b.value(QStringLiteral("system")).toString(), QStringLiteral("Be brief."));
    EXPECT_TRUE(b.value(QStringLiteral("stream")).toBool());
}

TEST(AnthropicProtocol_createCall, invalidBudgetRefusedBeforeSending)
{
    ProviderRequest r = request(ProviderKind::Anthropic, QStringLiteral("claude-opus-4-1"));
    r.thinkingBudget = 8000;
    r.maxOutputTokens = 4000;
    EXPECT_EQ(AnthropicProtocol::createCall(r).error().code, ErrorCode::InvalidInput);
    r.thinkingBudget = 500;
    r.maxOutputTokens.reset();
    EXPECT_FALSE(AnthropicProtocol::createCall(r));
    r.thinkingBudget.reset();
    r.temperature = 0.5;
    const auto c = AnthropicProtocol::createCall(r);
    ASSERT_TRUE(c);
    const QJsonObject b = QJsonDocument::fromJson(c->body).object();
    EXPECT_DOUBLE_EQ(b.value(QStringLiteral("temperature")).toDouble(), 0.5);
    EXPECT_EQ(b.value(QStringLiteral("max_tokens")).toInt(), AnthropicProtocol::defaultMaxTokens);
}

TEST(AnthropicProtocol_basicFixture, textAndUsage)
{
    const ReplaySummary s =
        replayTranscriptAllWays<AnthropicProtocol>(QStringLiteral("anthropic_basic.sse"));
    EXPECT_EQ(s.text, QStringLiteral("Hello there"));
    ASSERT_TRUE(s.lastUsage);
    EXPECT_EQ(s.lastUsage->inputTokens, 11);
    EXPECT_EQ(s.lastUsage->outputTokens, 6);
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->text, QStringLiteral("end_turn"));
    EXPECT_EQ(s.responseIds.value(0), QStringLiteral("msg_4QpJur2dWWDjF6C758FbBw5vm12BaVipnK"));
}

TEST(AnthropicProtocol_thinking, reasoningSignatureRedactedAndCacheUsage)
{
    const ReplaySummary s =
        replayTranscriptAllWays<AnthropicProtocol>(QStringLiteral("anthropic_thinking.sse"));
    EXPECT_EQ(s.reasoning, QStringLiteral("Let me work through this… 27 × 453 = 12231."));
    EXPECT_EQ(s.text, QStringLiteral("27 × 453 = **12,231**."));
    EXPECT_FALSE(s.text.contains(QStringLiteral("EqQB")));
    ASSERT_TRUE(s.lastUsage);
    EXPECT_EQ(s.lastUsage->inputTokens, 849 + 100 + 2000);
    EXPECT_EQ(s.lastUsage->cachedInputTokens, 2000);
    EXPECT_EQ(s.lastUsage->cacheWriteTokens, 100);
    EXPECT_EQ(s.lastUsage->outputTokens, 312);
    // As reported: message_start's object with message_delta's cumulative output on top.
    const QJsonObject& reported = s.lastUsage->reported;
    EXPECT_EQ(reported.value(QStringLiteral("input_tokens")).toInt(), 849);
    EXPECT_EQ(reported.value(QStringLiteral("cache_creation_input_tokens")).toInt(), 100);
    EXPECT_EQ(reported.value(QStringLiteral("cache_read_input_tokens")).toInt(), 2000);
    EXPECT_EQ(reported.value(QStringLiteral("output_tokens")).toInt(), 312);
}

TEST(AnthropicProtocol_overloadedMidStream, failsAsServerError)
{
    const ReplaySummary s =
        replayTranscriptAllWays<AnthropicProtocol>(QStringLiteral("anthropic_overloaded.sse"));
    EXPECT_EQ(s.text, QStringLiteral("I started to"));
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Failed);
    EXPECT_EQ(s.terminal->error.code, ErrorCode::Server);
    EXPECT_TRUE(s.terminal->error.message.contains(QStringLiteral("Overloaded")));
}

TEST(AnthropicProtocol_countTokens, bodyAndParse)
{
    const HttpCall c = AnthropicProtocol::countTokensCall(
        request(ProviderKind::Anthropic, QStringLiteral("claude-x")));
    EXPECT_EQ(c.url.path(), QStringLiteral("/v1/messages/count_tokens"));
    const QJsonObject b = QJsonDocument::fromJson(c.body).object();
    EXPECT_FALSE(b.contains(QStringLiteral("max_tokens")));
    EXPECT_FALSE(b.contains(QStringLiteral("stream")));
    EXPECT_EQ(AnthropicProtocol::parseTokenCount(R"({"input_tokens": 14})").value_or(-1), 14);
    EXPECT_FALSE(AnthropicProtocol::parseTokenCount("{}"));
}

TEST(GeminiProtocol_createCall, sseUrlHeaderAndThinkingConfig)
{
    ProviderRequest r = request(ProviderKind::Gemini, QStringLiteral("gemini-2.5-pro"));
    r.thinkingBudget = -1;
    r.reasoningSummary = true;
    r.maxOutputTokens = 65536;
    const HttpCall c = GeminiProtocol::createCall(r);
    EXPECT_EQ(c.url.toString(),
              QStringLiteral(
                  "http://127.0.0.1:9/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse"));
    EXPECT_EQ(c.header("x-goog-api-key"), QByteArray("key-123"));
    EXPECT_FALSE(c.url.toString().contains(QStringLiteral("key=")));
    const QJsonObject b = QJsonDocument::fromJson(c.body).object();
    const QJsonObject gen = b.value(QStringLiteral("generationConfig")).toObject();
    EXPECT_EQ(gen.value(QStringLiteral("maxOutputTokens")).toInt(), 65536);
    EXPECT_EQ(gen.value(QStringLiteral("thinkingConfig"))
                  .toObject()
                  .value(QStringLiteral("thinkingBudget"))
                  .toInt(),
              -1);
    EXPECT_TRUE(gen.value(QStringLiteral("thinkingConfig"))
                    .toObject()
                    .value(QStringLiteral("includeThoughts"))
                    .toBool());
    EXPECT_EQ(b.value(QStringLiteral("systemInstruction"))
                  .toObject()
                  .value(QStringLiteral("parts"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("text"))
                  .toString(),
              QStringLiteral("Be brief."));
}

TEST(GeminiProtocol_crlfStream, thoughtsTextAndCumulativeUsage)
{
    const ReplaySummary s =
        replayTranscriptAllWays<GeminiProtocol>(QStringLiteral("gemini_thinking.sse"));
    EXPECT_EQ(s.reasoning,
              QStringLiteral("**Initiating the Descent**\n\nI'm now diving into the problem..."));
    EXPECT_EQ(s.text, QStringLiteral("Héllo wörld — done."));
    ASSERT_TRUE(s.lastUsage);
    EXPECT_EQ(s.lastUsage->inputTokens, 29);
    EXPECT_EQ(s.lastUsage->outputTokens, 6 + 59);
    EXPECT_EQ(s.lastUsage->reasoningTokens, 59);
    EXPECT_EQ(s.lastUsage->cachedInputTokens, 4);
    // As reported: Gemini's own usageMetadata names, not the normalised ones.
    EXPECT_EQ(s.lastUsage->reported.value(QStringLiteral("thoughtsTokenCount")).toInt(), 59);
    EXPECT_EQ(s.lastUsage->reported.value(QStringLiteral("promptTokenCount")).toInt(), 29);
    EXPECT_FALSE(s.lastUsage->reported.contains(QStringLiteral("input_tokens")));
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Completed);
    EXPECT_EQ(s.terminalCount, 1);
}

TEST(GeminiProtocol_maxTokensOnlyThoughts, completesTruncatedWithoutText)
{
    const ReplaySummary s =
        replayTranscriptAllWays<GeminiProtocol>(QStringLiteral("gemini_max_tokens.sse"));
    EXPECT_TRUE(s.text.isEmpty());
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Completed);
    EXPECT_TRUE(s.terminal->truncated);
}

TEST(GeminiProtocol_safetyStopAndEof, fail)
{
    GeminiProtocol m;
    const ReplaySummary s = replayStream(m, "data: "
                                            "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":"
                                            "\"Part\"}]},\"finishReason\":\"SAFETY\"}]}\r\n\r\n");
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Failed);
    EXPECT_TRUE(s.terminal->error.message.contains(QStringLiteral("SAFETY")));
    // Says why, and ends as a sentence so "The partial output was kept." can follow it.
    EXPECT_TRUE(s.terminal->error.message.contains(QStringLiteral("content filter")));
    EXPECT_TRUE(s.terminal->error.message.endsWith(QLatin1Char('.'))) << s.terminal->error.message.toStdString();
    GeminiProtocol cut;
    const QByteArray bytes = providerTranscript(QStringLiteral("gemini_thinking.sse"));
    const ReplaySummary t = replayStream(cut, bytes.left(bytes.lastIndexOf("data:")));
    ASSERT_TRUE(t.terminal);
    EXPECT_EQ(t.terminal->error.code, ErrorCode::Network);
}

TEST(GeminiProtocol_countTokens, wrapsSystemInstruction)
{
    const HttpCall c = GeminiProtocol::countTokensCall(
        request(ProviderKind::Gemini, QStringLiteral("gemini-2.5-flash")));
    EXPECT_TRUE(c.url.path().endsWith(QStringLiteral("gemini-2.5-flash:countTokens")));
    EXPECT_TRUE(QJsonDocument::fromJson(c.body).object().contains(
        QStringLiteral("generateContentRequest")));
    EXPECT_EQ(GeminiProtocol::parseTokenCount(R"({"totalTokens": 31})").value_or(-1), 31);
}
