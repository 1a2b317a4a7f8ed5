// RemotePromptCounter against fake Anthropic and Gemini servers: the exact count of a prompt for
// models without a public tokenizer, the request each endpoint gets, and failures.
#include "core/models/modelcatalog.h"
#include "core/prompt/remotepromptcounter.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

class RemoteCount : public ::testing::Test
{
protected:
    static ModelInfo model(const QString& key)
    {
        auto catalog = ModelCatalog::loadDefault();
        EXPECT_TRUE(catalog);
        const auto m = catalog ? catalog->find(key) : std::nullopt;
        EXPECT_TRUE(m) << key.toStdString();
        return m.value_or(ModelInfo{});
    }

    AssembledPrompt prompt() const
    {
        AssembledPrompt p;
        p.instructions = QStringLiteral("You write plans.");
        p.input =
            QStringLiteral("<document title=\"Notes\">Ship in May.</document>\n\nGoal: a plan.");
        return p;
    }

    FakeHttpServer server;
    std::unique_ptr<QNetworkAccessManager> nam = makeTestNetworkManager();
    RemotePromptCounter counter{nam.get(), fastProviderOptions()};
    QSignalSpy counted{&counter, &RemotePromptCounter::counted};
    QSignalSpy failed{&counter, &RemotePromptCounter::failed};
    const QString key = QStringLiteral("sk-ant-test-0123456789");
};

} // namespace

TEST_F(RemoteCount, anthropic_postsModelSystemAndMessages_andReportsInputTokens)
{
    server.route("POST", QStringLiteral("/v1/messages/count_tokens"),
                 FakeResponse::json(200, R"({"input_tokens": 1234})"));
    counter.count(model(QStringLiteral("anthropic:claude-sonnet-4-5")), prompt(), "sha-1", key,
                  server.baseUrl());
    ASSERT_TRUE(waitFor([&] { return counted.count() + failed.count() > 0; }));
    ASSERT_EQ(counted.count(), 1);
    EXPECT_EQ(counted.first().at(0).toString(), QStringLiteral("anthropic:claude-sonnet-4-5"));
    EXPECT_EQ(counted.first().at(1).toByteArray(), QByteArray("sha-1"));
    EXPECT_EQ(counted.first().at(2).toLongLong(), 1234);

    const RecordedRequest sent = server.lastRequest();
    EXPECT_EQ(sent.header("x-api-key"), key.toUtf8());
    EXPECT_EQ(sent.header("anthropic-version"), QByteArray("2023-06-01"));
    const QJsonObject body = sent.json();
    EXPECT_EQ(body.value(QStringLiteral("model")).toString(), QStringLiteral("claude-sonnet-4-5"));
    EXPECT_EQ(body.value(QStringLiteral("system")).toString(), prompt().instructions);
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0].toObject().value(QStringLiteral("role")).toString(),
              QStringLiteral("user"));
    EXPECT_EQ(messages[0].toObject().value(QStringLiteral("content")).toString(), prompt().input);
    EXPECT_FALSE(body.contains(QStringLiteral("max_tokens"))) << "count_tokens takes no max_tokens";
}

TEST_F(RemoteCount, gemini_callsCountTokensWithTheKeyHeader_andReportsTotalTokens)
{
    server.setHandler([](const RecordedRequest& r) -> std::optional<FakeResponse> {
        if (r.path().endsWith(QStringLiteral(":countTokens")))
            return FakeResponse::json(200, R"({"totalTokens": 987})");
        return std::nullopt;
    });
    counter.count(model(QStringLiteral("gemini:gemini-2.5-pro")), prompt(), "sha-2", key,
                  server.baseUrl());
    ASSERT_TRUE(waitFor([&] { return counted.count() + failed.count() > 0; }));
    ASSERT_EQ(counted.count(), 1)
        << (failed.isEmpty() ? std::string()
                             : failed.first().at(2).value<Error>().message.toStdString());
    EXPECT_EQ(counted.first().at(2).toLongLong(), 987);
    const RecordedRequest sent = server.lastRequest();
    EXPECT_TRUE(sent.path().contains(QStringLiteral("gemini-2.5-pro:countTokens")))
        << sent.path().toStdString();
    EXPECT_EQ(sent.header("x-goog-api-key"), key.toUtf8());
    EXPECT_FALSE(sent.target.contains(key.toUtf8())) << "the key travels in a header, not the URL";
    // With instructions, Gemini counts the wrapped request so the system instruction is included.
    const QJsonObject wrapped =
        sent.json().value(QStringLiteral("generateContentRequest")).toObject();
    EXPECT_EQ(wrapped.value(QStringLiteral("model")).toString(),
              QStringLiteral("models/gemini-2.5-pro"));
    EXPECT_TRUE(wrapped.contains(QStringLiteral("systemInstruction")));
    EXPECT_TRUE(QJsonDocument(wrapped).toJson().contains("Ship in May."));
}

TEST_F(RemoteCount, rejectedKey_failsOnceWithAnAuthError)
{
    server.route(
        "POST", QStringLiteral("/v1/messages/count_tokens"),
        FakeResponse::json(
            401,
            R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})"));
    counter.count(model(QStringLiteral("anthropic:claude-haiku-4-5")), prompt(), "sha-3", key,
                  server.baseUrl());
    ASSERT_TRUE(waitFor([&] { return counted.count() + failed.count() > 0; }));
    EXPECT_EQ(counted.count(), 0);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().at(2).value<Error>().code, ErrorCode::Auth);
    EXPECT_FALSE(failed.first().at(2).value<Error>().message.contains(key));
}

TEST_F(RemoteCount, modelWithATokenizer_isNotSentAnywhere)
{
    counter.count(model(QStringLiteral("openai:o3")), prompt(), "sha-4", key, server.baseUrl());
    EXPECT_EQ(failed.count(), 0) << "never from inside count()";
    ASSERT_TRUE(waitFor([&] { return failed.count() > 0; }));
    EXPECT_EQ(failed.first().at(2).value<Error>().code, ErrorCode::Unsupported);
    EXPECT_EQ(server.requestCount(), 0);
}
