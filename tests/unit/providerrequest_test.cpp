#include "core/providers/providerrequest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Cb::Core;

TEST(ProviderRequest_toJson, neverContainsApiKey)
{
    ProviderRequest r;
    r.kind = ProviderKind::Anthropic;
    r.apiKey = QStringLiteral("sk-ant-VERYSECRET");
    r.model = QStringLiteral("claude-sonnet-4-5");
    r.thinkingBudget = 2048;
    r.temperature = 0.4;
    const QByteArray json = QJsonDocument(r.toJson()).toJson();
    EXPECT_FALSE(json.contains("VERYSECRET"));
    EXPECT_FALSE(json.contains("apiKey"));
    const ProviderRequest back = ProviderRequest::fromJson(r.toJson());
    EXPECT_EQ(back.kind, ProviderKind::Anthropic);
    EXPECT_EQ(back.model, r.model);
    EXPECT_EQ(back.thinkingBudget, 2048);
    EXPECT_EQ(back.temperature, 0.4);
    EXPECT_TRUE(back.apiKey.isEmpty());
}

TEST(ProviderRequest_effectiveBaseUrl, defaultsAndTrailingSlash)
{
    ProviderRequest r;
    r.kind = ProviderKind::Gemini;
    EXPECT_EQ(r.effectiveBaseUrl(), QStringLiteral("https://generativelanguage.googleapis.com"));
    r.kind = ProviderKind::OpenAiResponses;
    EXPECT_EQ(r.effectiveBaseUrl(), QStringLiteral("https://api.openai.com/v1"));
    r.baseUrl = QStringLiteral("http://localhost:8080/v1//");
    EXPECT_EQ(r.effectiveBaseUrl(), QStringLiteral("http://localhost:8080/v1"));
}

TEST(ProviderRequest_reasoningModels, detectedByPrefix)
{
    for (const char* m :
         {"o1", "o3", "o3-pro", "o3-pro-2025-06-10", "o4-mini", "gpt-5", "gpt-5-mini", "openai/o3"})
        EXPECT_TRUE(isOpenAiReasoningModel(QString::fromLatin1(m))) << m;
    for (const char* m : {"gpt-4.1", "gpt-4o", "llama3.2", "qwen3:8b", "claude-opus-4", "olmo-2"})
        EXPECT_FALSE(isOpenAiReasoningModel(QString::fromLatin1(m))) << m;
}

TEST(ProviderKind_ids, roundTrip)
{
    for (ProviderKind k : {ProviderKind::OpenAiResponses, ProviderKind::ChatCompletions,
                           ProviderKind::Anthropic, ProviderKind::Gemini})
        EXPECT_EQ(providerKindFromId(providerKindId(k)), k);
    EXPECT_FALSE(providerKindFromId(QStringLiteral("nope")));
}

TEST(ProviderRequest_toJson, historyRoundTrips)
{
    ProviderRequest r;
    r.model = QStringLiteral("o3");
    r.history = {ConversationTurn::user(QStringLiteral("Plan it.")), ConversationTurn::assistant(QStringLiteral("A plan."))};
    r.input = QStringLiteral("Shorter?");
    const QJsonObject json = r.toJson();
    ASSERT_EQ(json.value(QStringLiteral("history")).toArray().size(), 2);
    EXPECT_EQ(json.value(QStringLiteral("history")).toArray()[1].toObject().value(QStringLiteral("role")).toString(),
              QStringLiteral("assistant"));
    const ProviderRequest back = ProviderRequest::fromJson(json);
    EXPECT_EQ(back.history, r.history);
    EXPECT_EQ(back.input, r.input);
    // A single-turn request stays as it was recorded before follow-ups existed.
    EXPECT_FALSE(ProviderRequest{}.toJson().contains(QStringLiteral("history")));
}
