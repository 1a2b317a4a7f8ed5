#include "core/providers/chatcompletionsprotocol.h"
#include "support/providertesting.h"
#include "support/streamreplay.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

TEST(ChatCompletionsProtocol_createCall, localModelBody)
{
    ProviderRequest r;
    r.kind = ProviderKind::ChatCompletions;
    r.baseUrl = QStringLiteral("http://localhost:11434/v1");
    r.model = QStringLiteral("qwen3:8b");
    r.instructions = QStringLiteral("sys");
    r.input = QStringLiteral("hi");
    r.maxOutputTokens = 512;
    r.temperature = 0.7;
    const HttpCall c = ChatCompletionsProtocol::createCall(r);
    EXPECT_EQ(c.url.toString(), QStringLiteral("http://localhost:11434/v1/chat/completions"));
    EXPECT_TRUE(c.header("Authorization").isEmpty()); // no key, no header
    const QJsonObject b = QJsonDocument::fromJson(c.body).object();
    EXPECT_TRUE(b.value(QStringLiteral("stream_options"))
                    .toObject()
                    .value(QStringLiteral("include_usage"))
                    .toBool());
    EXPECT_EQ(b.value(QStringLiteral("max_tokens")).toInt(), 512);
    EXPECT_DOUBLE_EQ(b.value(QStringLiteral("temperature")).toDouble(), 0.7);
    const QJsonArray msgs = b.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(msgs.size(), 2);
    EXPECT_EQ(msgs[0].toObject().value(QStringLiteral("role")).toString(),
              QStringLiteral("system"));
    EXPECT_EQ(msgs[1].toObject().value(QStringLiteral("content")).toString(), QStringLiteral("hi"));
}

TEST(ChatCompletionsProtocol_createCall, openAiReasoningModelUsesCompletionTokens)
{
    ProviderRequest r;
    r.kind = ProviderKind::ChatCompletions;
    r.baseUrl = QStringLiteral("https://openrouter.ai/api/v1");
    r.apiKey = QStringLiteral("k");
    r.model = QStringLiteral("openai/o4-mini");
    r.reasoningEffort = QStringLiteral("low");
    r.maxOutputTokens = 100;
    r.temperature = 0.1;
    const QJsonObject b =
        QJsonDocument::fromJson(ChatCompletionsProtocol::createCall(r).body).object();
    EXPECT_EQ(b.value(QStringLiteral("max_completion_tokens")).toInt(), 100);
    EXPECT_FALSE(b.contains(QStringLiteral("max_tokens")));
    EXPECT_FALSE(b.contains(QStringLiteral("temperature")));
    EXPECT_EQ(b.value(QStringLiteral("reasoning_effort")).toString(), QStringLiteral("low"));
}

TEST(ChatCompletionsProtocol_basicStream, textUsageAndDone)
{
    const ReplaySummary s =
        replayTranscriptAllWays<ChatCompletionsProtocol>(QStringLiteral("chat_basic.sse"));
    EXPECT_EQ(s.text, QStringLiteral("Hello wörld ✓"));
    ASSERT_TRUE(s.lastUsage);
    EXPECT_EQ(s.lastUsage->inputTokens, 24);
    EXPECT_EQ(s.lastUsage->cachedInputTokens, 8);
    EXPECT_EQ(s.lastUsage->outputTokens, 15);
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Completed);
    EXPECT_EQ(s.terminal->text, QStringLiteral("stop"));
    EXPECT_EQ(s.terminalCount, 1);
}

TEST(ChatCompletionsProtocol_reasoningContent, deepSeekFieldsAndCacheHits)
{
    const ReplaySummary s = replayTranscriptAllWays<ChatCompletionsProtocol>(
        QStringLiteral("chat_reasoning_content.sse"));
    EXPECT_EQ(s.reasoning, QStringLiteral("Let me think. 2+2 is 4."));
    EXPECT_EQ(s.text, QStringLiteral("4"));
    ASSERT_TRUE(s.lastUsage);
    EXPECT_EQ(s.lastUsage->cachedInputTokens, 32);
    EXPECT_EQ(s.lastUsage->reasoningTokens, 100);
}

TEST(ChatCompletionsProtocol_reasoningField, usageFromLastContentChunk)
{
    const ReplaySummary s = replayTranscriptAllWays<ChatCompletionsProtocol>(
        QStringLiteral("chat_reasoning_field.sse"));
    EXPECT_EQ(s.reasoning, QStringLiteral("Thinking about colours."));
    EXPECT_EQ(s.text, QStringLiteral("Blue."));
    ASSERT_TRUE(s.lastUsage);
    EXPECT_EQ(s.lastUsage->outputTokens, 7);
}

TEST(ChatCompletionsProtocol_inlineThink, tagsSplitAcrossDeltas)
{
    const ReplaySummary s =
        replayTranscriptAllWays<ChatCompletionsProtocol>(QStringLiteral("chat_think_inline.sse"));
    EXPECT_EQ(s.reasoning, QStringLiteral("Step one; step two."));
    EXPECT_EQ(s.text, QStringLiteral("The answer is <b>42</b>."));
    ASSERT_TRUE(s.terminal);
    EXPECT_TRUE(s.terminal->truncated); // finish_reason "length"
}

TEST(ChatCompletionsProtocol_midStreamError, failsKeepingEarlierText)
{
    const ReplaySummary s = replayTranscriptAllWays<ChatCompletionsProtocol>(
        QStringLiteral("chat_midstream_error.sse"));
    EXPECT_EQ(s.text, QStringLiteral("Partial answ"));
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Failed);
    EXPECT_TRUE(s.terminal->error.message.contains(QStringLiteral("Provider returned error")));
}

TEST(ChatCompletionsProtocol_eofAfterFinishReason, acceptedWithoutDone)
{
    QByteArray bytes = providerTranscript(QStringLiteral("chat_basic.sse"));
    bytes.chop(QByteArray("data: [DONE]\n\n").size());
    ChatCompletionsProtocol m;
    const ReplaySummary s = replayStream(m, bytes, 9);
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Completed);
    ChatCompletionsProtocol cut;
    const ReplaySummary t = replayStream(cut, bytes.left(bytes.indexOf("\"stop\"") - 40), 9);
    ASSERT_TRUE(t.terminal);
    EXPECT_EQ(t.terminal->kind, StreamEvent::Kind::Failed);
}

TEST(ChatCompletionsProtocol_parseModels, openAiAndOllamaShapes)
{
    auto ids = ChatCompletionsProtocol::parseModels(
        R"({"object":"list","data":[{"id":"llama3.2","object":"model"},{"id":"qwen3:8b"}]})");
    ASSERT_TRUE(ids);
    EXPECT_EQ(*ids, (QStringList{QStringLiteral("llama3.2"), QStringLiteral("qwen3:8b")}));
    ids = ChatCompletionsProtocol::parseModels(R"({"models":[{"name":"mistral"}]})");
    ASSERT_TRUE(ids);
    EXPECT_EQ(ids->value(0), QStringLiteral("mistral"));
    EXPECT_FALSE(ChatCompletionsProtocol::parseModels("<html>"));
}
