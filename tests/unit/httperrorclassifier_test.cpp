#include "core/providers/httperrorclassifier.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {
const QString kKey = QStringLiteral("sk-test-SECRETSECRETSECRET123");
}

TEST(HttpErrorClassifier_401, namesProviderAndKeyWithoutKey)
{
    const QByteArray body =
        R"({"error":{"message":"Incorrect API key provided: sk-test-SECRETSECRETSECRET123.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})";
    const HttpFailure f = HttpErrorClassifier::classify(ProviderKind::OpenAiResponses, 401, {},
                                                        body, QStringLiteral("o3"), kKey);
    EXPECT_EQ(f.error.code, ErrorCode::Auth);
    EXPECT_FALSE(f.retryable);
    EXPECT_TRUE(f.error.message.contains(QStringLiteral("OpenAI")));
    EXPECT_TRUE(f.error.message.contains(QStringLiteral("API key")));
    EXPECT_FALSE(f.error.message.contains(QStringLiteral("SECRET")));
}

TEST(HttpErrorClassifier_400, showsMessageAndParameter)
{
    const QByteArray body =
        R"({"error":{"message":"Unsupported parameter: 'temperature' is not supported with this model.","type":"invalid_request_error","param":"temperature","code":"unsupported_parameter"}})";
    const HttpFailure f = HttpErrorClassifier::classify(ProviderKind::OpenAiResponses, 400, {},
                                                        body, QStringLiteral("o3"), kKey);
    EXPECT_EQ(f.error.code, ErrorCode::InvalidInput);
    EXPECT_TRUE(f.error.message.contains(QStringLiteral("'temperature' is not supported")));
    EXPECT_TRUE(f.error.message.contains(QStringLiteral("parameter: temperature")));
}

TEST(HttpErrorClassifier_404, unknownModel)
{
    const QByteArray body =
        R"({"type":"error","error":{"type":"not_found_error","message":"model: claude-9"}})";
    const HttpFailure f = HttpErrorClassifier::classify(ProviderKind::Anthropic, 404, {}, body,
                                                        QStringLiteral("claude-9"), kKey);
    EXPECT_EQ(f.error.code, ErrorCode::NotFound);
    EXPECT_TRUE(f.error.message.contains(QStringLiteral("'claude-9'")));
}

TEST(HttpErrorClassifier_429RateLimit, retryableWithRetryAfter)
{
    const QByteArray body =
        R"({"error":{"message":"Rate limit reached for o4-mini on tokens per min (TPM). Please try again in 1.574s.","type":"tokens","param":null,"code":"rate_limit_exceeded"}})";
    HttpFailure f = HttpErrorClassifier::classify(ProviderKind::OpenAiResponses, 429,
                                                  {{"Retry-After", "3"}}, body, {}, kKey);
    EXPECT_EQ(f.error.code, ErrorCode::RateLimited);
    EXPECT_TRUE(f.retryable);
    EXPECT_EQ(f.retryAfterMs.value_or(-1), 3000);
    // Without headers, the "try again in" hint of the message is used.
    f = HttpErrorClassifier::classify(ProviderKind::OpenAiResponses, 429, {}, body, {}, kKey);
    EXPECT_EQ(f.retryAfterMs.value_or(-1), 1574);
}

TEST(HttpErrorClassifier_429Quota, notRetried)
{
    const QByteArray quota =
        R"({"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})";
    HttpFailure f = HttpErrorClassifier::classify(ProviderKind::OpenAiResponses, 429,
                                                  {{"retry-after", "1"}}, quota, {}, kKey);
    EXPECT_EQ(f.error.code, ErrorCode::Quota);
    EXPECT_FALSE(f.retryable);
    const QByteArray tooLarge =
        R"({"error":{"message":"Request too large for gpt-4o on tokens per min (TPM): Limit 30000, Requested 31538.","type":"tokens","param":null,"code":"rate_limit_exceeded"}})";
    f = HttpErrorClassifier::classify(ProviderKind::OpenAiResponses, 429, {}, tooLarge, {}, kKey);
    EXPECT_EQ(f.error.code, ErrorCode::Quota);
    EXPECT_FALSE(f.retryable);
}

TEST(HttpErrorClassifier_5xxAnd529, retryable)
{
    for (int status : {500, 502, 503, 504, 529}) {
        const HttpFailure f = HttpErrorClassifier::classify(
            ProviderKind::Anthropic, status, {},
            R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})", {},
            kKey);
        EXPECT_EQ(f.error.code, ErrorCode::Server) << status;
        EXPECT_TRUE(f.retryable) << status;
    }
}

TEST(HttpErrorClassifier_geminiRetryInfo, usesRetryDelay)
{
    const QByteArray body =
        R"({"error":{"code":429,"message":"You exceeded your current quota...","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaId":"GenerateRequestsPerMinutePerProjectPerModel"}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"38s"}]}})";
    const HttpFailure f =
        HttpErrorClassifier::classify(ProviderKind::Gemini, 429, {}, body, {}, kKey);
    EXPECT_TRUE(f.retryable);
    EXPECT_EQ(f.retryAfterMs.value_or(-1), 38000);
}

TEST(HttpErrorClassifier_geminiDailyQuota, notRetried)
{
    const QByteArray body =
        R"({"error":{"code":429,"message":"quota","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier"}]}]}})";
    EXPECT_FALSE(
        HttpErrorClassifier::classify(ProviderKind::Gemini, 429, {}, body, {}, kKey).retryable);
}

TEST(HttpErrorClassifier_geminiBadKey, isAuthError)
{
    const QByteArray body =
        R"({"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID"}]}})";
    EXPECT_EQ(
        HttpErrorClassifier::classify(ProviderKind::Gemini, 400, {}, body, {}, kKey).error.code,
        ErrorCode::Auth);
}

TEST(HttpErrorClassifier_headers, retryAfterMsAndResetDurations)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(HttpErrorClassifier::retryDelayFromHeaders(
                  {{"retry-after-ms", "250"}, {"retry-after", "9"}}, now),
              250);
    EXPECT_EQ(
        HttpErrorClassifier::retryDelayFromHeaders({{"x-ratelimit-remaining-requests", "4999"},
                                                    {"x-ratelimit-reset-requests", "6m0s"},
                                                    {"x-ratelimit-remaining-tokens", "0"},
                                                    {"x-ratelimit-reset-tokens", "1.5s"}},
                                                   now),
        1500);
    EXPECT_EQ(
        HttpErrorClassifier::retryDelayFromHeaders(
            {{"x-ratelimit-reset-requests", "12ms"}, {"x-ratelimit-reset-tokens", "9ms"}}, now),
        12);
    const QByteArray reset = now.addSecs(5).toString(Qt::ISODate).toLatin1();
    const auto d =
        HttpErrorClassifier::retryDelayFromHeaders({{"anthropic-ratelimit-tokens-remaining", "0"},
                                                    {"anthropic-ratelimit-tokens-reset", reset}},
                                                   now);
    ASSERT_TRUE(d);
    EXPECT_GE(*d, 4000);
    EXPECT_LE(*d, 5000);
    EXPECT_FALSE(HttpErrorClassifier::retryDelayFromHeaders({}, now));
}

TEST(HttpErrorClassifier_streamErrors, bothShapesAndCodes)
{
    const auto nested =
        QJsonDocument::fromJson(
            R"({"type":"error","sequence_number":2,"error":{"type":"invalid_request_error","code":"context_length_exceeded","message":"Your input exceeds the context window of this model.","param":"input"}})")
            .object();
    Error e = HttpErrorClassifier::fromStreamError(ProviderKind::OpenAiResponses, nested, kKey);
    EXPECT_EQ(e.code, ErrorCode::TooLarge);
    EXPECT_TRUE(e.message.contains(QStringLiteral("context window")));
    const auto flat =
        QJsonDocument::fromJson(
            R"({"type":"error","code":"ERR_SOMETHING","message":"Something went wrong","param":null,"sequence_number":1})")
            .object();
    e = HttpErrorClassifier::fromStreamError(ProviderKind::OpenAiResponses, flat, kKey);
    EXPECT_EQ(e.code, ErrorCode::Provider);
    EXPECT_TRUE(e.message.contains(QStringLiteral("Something went wrong")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("ERR_SOMETHING")));
}

TEST(HttpErrorClassifier_nonJsonBody, keepsReadableSnippet)
{
    const HttpFailure f = HttpErrorClassifier::classify(ProviderKind::ChatCompletions, 502, {},
                                                        "<html>Bad Gateway</html>", {}, {});
    EXPECT_TRUE(f.error.message.contains(QStringLiteral("Bad Gateway")));
    EXPECT_TRUE(f.retryable);
}
