#include "core/models/costestimator.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

ModelCatalog shipped()
{
    auto catalog = ModelCatalog::loadDefault();
    EXPECT_TRUE(catalog);
    return catalog ? *catalog : ModelCatalog();
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

constexpr double Cent = 1e-9; // comparisons of dollar amounts computed in doubles

} // namespace

TEST(CostEstimator_o3ThreeRepeats, rangeFromTypicalToMaxOutput)
{
    // input 100,000 × $2/M = 0.200; typical 6,000 × $8/M = 0.048; max 32,000 × $8/M = 0.256
    // per call 0.248 – 0.456; × 3 repeats = 0.744 – 1.368
    const auto o3 = shipped().find(QStringLiteral("o3"));
    ASSERT_TRUE(o3);
    const CostRange r = CostEstimator::estimateCall(*o3, 100000, true, 32000, 3);
    ASSERT_TRUE(r.known);
    EXPECT_NEAR(r.low, 0.744, Cent);
    EXPECT_NEAR(r.high, 1.368, Cent);
    EXPECT_EQ(r.text(), QStringLiteral("$0.744–$1.37"));
}

TEST(CostEstimator_geminiProAbove200K, usesLongContextTier)
{
    // 250,000 > 200,000: input 250,000 × 2.50 = 0.625; typical 5,000 × 15 = 0.075;
    // max 65,536 × 15 = 0.98304 → 0.700 – 1.60804, estimated prompt → "~".
    const auto pro = shipped().find(QStringLiteral("gemini:gemini-2.5-pro"));
    ASSERT_TRUE(pro);
    const CostRange r = CostEstimator::estimateCall(*pro, 250000, false);
    EXPECT_NEAR(r.low, 0.700, Cent);
    EXPECT_NEAR(r.high, 1.60804, Cent);
    EXPECT_EQ(r.text(), QStringLiteral("~$0.700–$1.61"));
    // Exactly 200,000 stays on the base tier: 0.25 + 5,000 × 10 / 1e6 = 0.30.
    EXPECT_NEAR(CostEstimator::estimateCall(*pro, 200000, false).low, 0.30, Cent);
}

TEST(CostEstimator_run, sumsKnownLinesAndCountsUnknownOnes)
{
    const CostEstimator estimator(shipped());
    // gpt-4.1-nano: 10,000 × 0.10 = 0.001 input; typical 1,500 × 0.40 = 0.0006; max 1,000 caps
    // typical too: 1,000 × 0.40 = 0.0004 → low = high = 0.0014 per call, × 2 = 0.0028.
    // claude-haiku-4-5: 10,000 × 1 = 0.01; typical 2,000 × 5 = 0.01; max 4,000 × 5 = 0.02
    // → 0.02 – 0.03.
    const RunCostEstimate run = estimator.estimateRun({
        {QStringLiteral("openai:gpt-4.1-nano"), 10000, true, 1000, 2},
        {QStringLiteral("anthropic:claude-haiku-4-5-20251001"), 10000, false, 4000, 1},
        {QStringLiteral("openai-compatible:my-local-model"), 10000, true, 1000, 1},
    });
    ASSERT_EQ(run.lines.size(), 3);
    EXPECT_NEAR(run.lines[0].cost.low, 0.0028, Cent);
    EXPECT_NEAR(run.lines[0].cost.high, 0.0028, Cent);
    EXPECT_NEAR(run.lines[1].cost.low, 0.02, Cent);
    EXPECT_NEAR(run.lines[1].cost.high, 0.03, Cent);
    EXPECT_FALSE(run.lines[2].model.has_value());
    EXPECT_EQ(run.lines[2].cost.text(), QStringLiteral("unknown"));
    EXPECT_EQ(run.unknownLines, 1);
    EXPECT_TRUE(run.total.known);
    EXPECT_FALSE(run.total.inputExact);
    EXPECT_NEAR(run.total.low, 0.0228, Cent);
    EXPECT_NEAR(run.total.high, 0.0328, Cent);
}

TEST(CostEstimator_runOfUnknownModels, totalIsUnknown)
{
    const CostEstimator estimator(shipped());
    const auto run = estimator.estimateRun({{QStringLiteral("mystery"), 10, true, 0, 1}});
    EXPECT_FALSE(run.total.known);
    EXPECT_EQ(run.total.text(), QStringLiteral("unknown"));
}

TEST(CostEstimator_openAiUsage, outputIncludesReasoningAndCachedIsDiscounted)
{
    // uncached 6,000 × 2 + cached 4,000 × 0.50 + output 2,000 × 8 = 12,000 + 2,000 + 16,000
    // = 30,000 µ$ = $0.030 (reasoning 1,500 is inside output_tokens, not added again).
    const BilledUsage u = BilledUsage::fromOpenAiResponses(json(
        R"({"input_tokens":10000,"input_tokens_details":{"cached_tokens":4000},
            "output_tokens":2000,"output_tokens_details":{"reasoning_tokens":1500},"total_tokens":12000})"));
    EXPECT_EQ(u.inputTokens, 10000);
    EXPECT_EQ(u.cachedInputTokens, 4000);
    EXPECT_EQ(u.outputTokens, 2000);
    EXPECT_EQ(u.reasoningTokens, 1500);
    const CostEstimator estimator(shipped());
    EXPECT_NEAR(*estimator.actualCost(QStringLiteral("openai:o3-2025-04-16"), u), 0.030, Cent);
    // o3-pro has no cached price: all 10,000 × 20 + 2,000 × 80 = 360,000 µ$.
    EXPECT_NEAR(*estimator.actualCost(QStringLiteral("o3-pro"), u), 0.36, Cent);
    EXPECT_FALSE(estimator.actualCost(QStringLiteral("unknown-model"), u).has_value());
}

TEST(CostEstimator_anthropicUsage, addsCacheCreationAndReadToInput)
{
    // input 1,000 × 3 + read 5,000 × 0.30 + write 2,000 × 3.75 + output 800 × 15
    // = 3,000 + 1,500 + 7,500 + 12,000 = 24,000 µ$ = $0.024
    const BilledUsage u = BilledUsage::fromAnthropic(json(
        R"({"input_tokens":1000,"cache_creation_input_tokens":2000,"cache_read_input_tokens":5000,
            "output_tokens":800,"service_tier":"standard"})"));
    EXPECT_EQ(u.inputTokens, 8000);
    EXPECT_EQ(u.cacheWriteTokens, 2000);
    EXPECT_EQ(u.cachedInputTokens, 5000);
    const auto sonnet = shipped().find(QStringLiteral("claude-sonnet-4-5"));
    ASSERT_TRUE(sonnet);
    EXPECT_NEAR(*CostEstimator::actualCost(*sonnet, u), 0.024, Cent);
}

TEST(CostEstimator_geminiUsage, outputIsCandidatesPlusThoughtsAndTierFollowsPrompt)
{
    // 300,000 prompt > 200K tier: uncached 200,000 × 2.50 + cached 100,000 × 0.25
    // + output (2,000 + 3,000) × 15 = 500,000 + 25,000 + 75,000 = 600,000 µ$ = $0.60
    const BilledUsage u = BilledUsage::fromGemini(json(
        R"({"promptTokenCount":300000,"cachedContentTokenCount":100000,"candidatesTokenCount":2000,
            "thoughtsTokenCount":3000,"totalTokenCount":305000})"));
    EXPECT_EQ(u.outputTokens, 5000);
    EXPECT_EQ(u.reasoningTokens, 3000);
    const CostEstimator estimator(shipped());
    EXPECT_NEAR(*estimator.actualCost(QStringLiteral("gemini:gemini-2.5-pro"), u), 0.60, Cent);
    // Flash, early chunk without candidatesTokenCount: 1,000 × 0.30 + 400 × 2.50 = 1,300 µ$.
    const BilledUsage early =
        BilledUsage::fromGemini(json(R"({"promptTokenCount":1000,"thoughtsTokenCount":400})"));
    EXPECT_NEAR(*estimator.actualCost(QStringLiteral("gemini-2.5-flash"), early), 0.0013, Cent);
}

TEST(CostEstimator_chatCompletionsUsage, mapsPromptAndCompletionTokens)
{
    const BilledUsage u = BilledUsage::fromChatCompletions(json(
        R"({"prompt_tokens":24,"completion_tokens":15,"total_tokens":39,
            "prompt_tokens_details":{"cached_tokens":8},"completion_tokens_details":{"reasoning_tokens":5}})"));
    EXPECT_EQ(u, (BilledUsage{24, 8, 0, 15, 5}));
}

TEST(BilledUsage_fromRecorded, readsEachProvidersOwnNamesAndOldNormalisedRows)
{
    const BilledUsage gemini = BilledUsage::fromRecorded(
        QStringLiteral("gemini"),
        json(R"({"promptTokenCount":29,"candidatesTokenCount":6,"thoughtsTokenCount":59,
                 "cachedContentTokenCount":4})"));
    EXPECT_EQ(gemini, (BilledUsage{29, 4, 0, 65, 59}));
    const BilledUsage anthropic = BilledUsage::fromRecorded(
        QStringLiteral("anthropic"),
        json(R"({"input_tokens":849,"cache_creation_input_tokens":100,
                 "cache_read_input_tokens":2000,"output_tokens":312})"));
    EXPECT_EQ(anthropic, (BilledUsage{2949, 2000, 100, 312, 0}));
    const BilledUsage local = BilledUsage::fromRecorded(
        QStringLiteral("openai-compatible"), json(R"({"prompt_tokens":24,"completion_tokens":15})"));
    EXPECT_EQ(local, (BilledUsage{24, 0, 0, 15, 0}));
    const BilledUsage openai = BilledUsage::fromRecorded(
        QStringLiteral("openai"),
        json(R"({"input_tokens":100,"input_tokens_details":{"cached_tokens":40},
                 "output_tokens":20,"output_tokens_details":{"reasoning_tokens":5}})"));
    EXPECT_EQ(openai, (BilledUsage{100, 40, 0, 20, 5}));
    // Rows written before the raw object was kept hold the normalised names.
    const BilledUsage legacy = BilledUsage::fromRecorded(
        QStringLiteral("anthropic"),
        json(R"({"input_tokens":2949,"cached_input_tokens":2000,"output_tokens":312})"));
    EXPECT_EQ(legacy, (BilledUsage{2949, 2000, 0, 312, 0}));
}

TEST(CostRange_formatUsd, roundsForDisplay)
{
    EXPECT_EQ(CostRange::formatUsd(0), QStringLiteral("$0.000"));
    EXPECT_EQ(CostRange::formatUsd(0.0004), QStringLiteral("<$0.001"));
    EXPECT_EQ(CostRange::formatUsd(0.0125), QStringLiteral("$0.013"));
    EXPECT_EQ(CostRange::formatUsd(12.345), QStringLiteral("$12.35"));
}
