#include "core/net/connectiontester.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb;
using Cb::Test::FakeHttpServer;
using Cb::Test::FakeResponse;

namespace {

struct Outcome
{
    bool ok = false;
    int models = -1;
    Core::Error error;
};

Outcome runTest(const QString& provider, const QString& base, const QString& key)
{
    QNetworkAccessManager network;
    Core::ConnectionTester tester(&network);
    Outcome out;
    bool done = false;
    QObject::connect(&tester, &Core::ConnectionTester::succeeded, [&](int n) {
        out.ok = true;
        out.models = n;
        done = true;
    });
    QObject::connect(&tester, &Core::ConnectionTester::failed, [&](const Core::Error& e) {
        out.error = e;
        done = true;
    });
    tester.test(provider, base, key, 5000);
    Cb::Test::waitFor([&] { return done; }, 10000);
    return out;
}

} // namespace

TEST(ConnectionTester_openai, listsModelsWithBearerKey)
{
    FakeHttpServer server;
    server.enqueue(FakeResponse::json(200, R"({"object":"list","data":[{"id":"o3"},{"id":"o3-pro"}]})"));
    const Outcome out = runTest(QStringLiteral("openai"), server.baseUrl(QStringLiteral("/v1/")), QStringLiteral("sk-abc"));
    ASSERT_TRUE(out.ok) << out.error.message.toStdString();
    EXPECT_EQ(out.models, 2);
    EXPECT_EQ(server.lastRequest().path(), QStringLiteral("/v1/models"));
    EXPECT_EQ(server.lastRequest().header("authorization"), QByteArrayLiteral("Bearer sk-abc"));
}

TEST(ConnectionTester_anthropic, usesVersionedPathAndKeyHeader)
{
    FakeHttpServer server;
    server.enqueue(FakeResponse::json(200, R"({"data":[{"id":"claude-sonnet-4-5"}],"has_more":false})"));
    const Outcome out = runTest(QStringLiteral("anthropic"), server.baseUrl(), QStringLiteral("ak-1"));
    ASSERT_TRUE(out.ok);
    EXPECT_EQ(server.lastRequest().path(), QStringLiteral("/v1/models"));
    EXPECT_EQ(server.lastRequest().header("x-api-key"), QByteArrayLiteral("ak-1"));
    EXPECT_EQ(server.lastRequest().header("anthropic-version"), QByteArrayLiteral("2023-06-01"));
}

TEST(ConnectionTester_gemini, countsModels)
{
    FakeHttpServer server;
    server.enqueue(FakeResponse::json(200, R"({"models":[{"name":"models/gemini-2.5-pro"}]})"));
    const Outcome out = runTest(QStringLiteral("gemini"), server.baseUrl(), QStringLiteral("g-1"));
    ASSERT_TRUE(out.ok);
    EXPECT_EQ(out.models, 1);
    EXPECT_EQ(server.lastRequest().path(), QStringLiteral("/v1beta/models"));
    EXPECT_EQ(server.lastRequest().header("x-goog-api-key"), QByteArrayLiteral("g-1"));
}

TEST(ConnectionTester_rejectedKey, namesProviderNotKey)
{
    FakeHttpServer server;
    server.enqueue(FakeResponse::json(401, R"({"error":{"message":"Incorrect API key provided: sk-bad-SECRET","type":"invalid_request_error","code":"invalid_api_key"}})"));
    const Outcome out = runTest(QStringLiteral("openai"), server.baseUrl(QStringLiteral("/v1")), QStringLiteral("sk-bad-SECRET"));
    ASSERT_FALSE(out.ok);
    EXPECT_EQ(out.error.code, Core::ErrorCode::Auth);
    EXPECT_TRUE(out.error.message.contains(QStringLiteral("OpenAI")));
    EXPECT_FALSE(out.error.message.contains(QStringLiteral("SECRET")));
}

TEST(ConnectionTester_unreachable, saysWhereItTried)
{
    quint16 port = 0;
    {
        FakeHttpServer closed; // take a free port, then close it
        port = closed.port();
    }
    const Outcome out = runTest(QStringLiteral("local"), QStringLiteral("http://127.0.0.1:%1/v1").arg(port), {});
    ASSERT_FALSE(out.ok);
    EXPECT_EQ(out.error.code, Core::ErrorCode::Network);
    EXPECT_TRUE(out.error.message.contains(QString::number(port)));
}

TEST(ConnectionTester_badUrl, isRejectedBeforeAnyRequest)
{
    const Outcome out = runTest(QStringLiteral("openai"), QStringLiteral("ftp://example"), {});
    ASSERT_FALSE(out.ok);
    EXPECT_EQ(out.error.code, Core::ErrorCode::InvalidInput);
}
