#include "core/models/modelcatalog.h"
#include "core/run/callmetrics.h"
#include "core/run/callrequestbuilder.h"
#include "core/run/runplan.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

CallRequestBuilder builder()
{
    auto catalog = ModelCatalog::loadDefault();
    EXPECT_TRUE(catalog.has_value());
    return CallRequestBuilder(catalog ? *catalog : ModelCatalog{},
                              {{QStringLiteral("openai-compatible"), QStringLiteral("http://127.0.0.1:9/v1")}});
}

PlannedModel planned(const QString& key, const QJsonObject& params = {})
{
    auto m = PlannedModel::parse(key);
    EXPECT_TRUE(m.has_value());
    m->params = params;
    return *m;
}

const QJsonObject kAll{{QStringLiteral("effort"), QStringLiteral("high")},
                       {QStringLiteral("temperature"), 0.3},
                       {QStringLiteral("max_output_tokens"), 500000},
                       {QStringLiteral("thinking_budget"), 10}};

} // namespace

TEST(PlannedModel_parse, providerAliasesAndColonsInModelIds)
{
    EXPECT_EQ(planned(QStringLiteral("openai:o3")).key(), QStringLiteral("openai:o3"));
    EXPECT_EQ(planned(QStringLiteral("local:llama3.2:3b")).key(), QStringLiteral("openai-compatible:llama3.2:3b"));
    EXPECT_EQ(planned(QStringLiteral("Anthropic:claude-sonnet-4-5")).provider, QStringLiteral("anthropic"));
    EXPECT_FALSE(PlannedModel::parse(QStringLiteral("o3")).has_value());
    EXPECT_FALSE(PlannedModel::parse(QStringLiteral("azure:o3")).has_value());
    EXPECT_FALSE(PlannedModel::parse(QStringLiteral("openai:")).has_value());
    EXPECT_EQ(PlannedModel::secretId(QStringLiteral("openai-compatible")), QStringLiteral("local"));
}

TEST(RunPlan_json, roundTripsAndRebuildsFromCalls)
{
    RunPlan plan;
    plan.repeats = 3;
    plan.models = {planned(QStringLiteral("openai:o3"), {{QStringLiteral("effort"), QStringLiteral("low")}}),
                   planned(QStringLiteral("gemini:gemini-2.5-pro"))};
    const RunPlan back = RunPlan::fromJson(plan.toJson());
    EXPECT_EQ(back.repeats, 3);
    ASSERT_EQ(back.models.size(), 2);
    EXPECT_EQ(back.models[0].params.value(QStringLiteral("effort")).toString(), QStringLiteral("low"));
    EXPECT_EQ(back.callCount(), 6);

    RunRecord run;
    for (int r = 0; r < 2; ++r)
        for (const QString& m : {QStringLiteral("o3"), QStringLiteral("o3-pro")}) {
            CallRecord c;
            c.provider = QStringLiteral("openai");
            c.model = m;
            c.repeatIndex = r;
            run.calls.append(c);
        }
    const RunPlan rebuilt = RunPlan::fromRecord(run);
    EXPECT_EQ(rebuilt.repeats, 2);
    ASSERT_EQ(rebuilt.models.size(), 2);
    EXPECT_EQ(rebuilt.models[1].model, QStringLiteral("o3-pro"));
    run.settings.insert(QStringLiteral("plan"), plan.toJson());
    EXPECT_EQ(RunPlan::fromRecord(run).repeats, 3) << "the stored plan wins";
}

TEST(CallRequestBuilder_o3Pro, backgroundPolledNoTemperatureEffortKeptOutputClamped)
{
    const BuiltCall b = builder().build(planned(QStringLiteral("openai:o3-pro"), kAll), QStringLiteral("sys"),
                                        QStringLiteral("user"));
    ASSERT_TRUE(b.info.has_value());
    EXPECT_EQ(b.request.kind, ProviderKind::OpenAiResponses);
    EXPECT_TRUE(b.request.background);
    EXPECT_FALSE(b.request.stream);
    EXPECT_FALSE(b.request.temperature.has_value());
    EXPECT_EQ(b.request.reasoningEffort, QStringLiteral("high"));
    EXPECT_EQ(b.request.maxOutputTokens, std::optional<int>(int(b.info->maxOutput)));
    EXPECT_FALSE(b.request.thinkingBudget.has_value());
    EXPECT_EQ(b.request.instructions, QStringLiteral("sys"));
    EXPECT_EQ(b.request.input, QStringLiteral("user"));
    EXPECT_TRUE(b.effectiveParams.value(QStringLiteral("background")).toBool());
    EXPECT_FALSE(b.effectiveParams.contains(QStringLiteral("temperature")));
}

TEST(CallRequestBuilder_o3, streamsInForegroundUnlessAskedForBackground)
{
    const BuiltCall plain = builder().build(planned(QStringLiteral("openai:o3")), {}, {});
    EXPECT_FALSE(plain.request.background);
    EXPECT_TRUE(plain.request.stream);
    const BuiltCall bg =
        builder().build(planned(QStringLiteral("openai:o3"), {{QStringLiteral("background"), true}}), {}, {});
    EXPECT_TRUE(bg.request.background);
    EXPECT_TRUE(bg.request.stream) << "o3 can stream in background mode";
}

TEST(CallRequestBuilder_claude, clampedThinkingBudgetNoEffortNoTemperatureWhileThinking)
{
    const BuiltCall b = builder().build(planned(QStringLiteral("anthropic:claude-sonnet-4-5"), kAll), {}, {});
    ASSERT_TRUE(b.info.has_value());
    EXPECT_EQ(b.request.kind, ProviderKind::Anthropic);
    EXPECT_TRUE(b.request.reasoningEffort.isEmpty());
    EXPECT_FALSE(b.request.temperature.has_value());
    EXPECT_EQ(b.request.thinkingBudget, std::optional<int>(b.info->capabilities.thinkingBudget->min));
    EXPECT_FALSE(b.request.background);
    const BuiltCall plain = builder().build(
        planned(QStringLiteral("anthropic:claude-sonnet-4-5"), {{QStringLiteral("temperature"), 0.3}}), {}, {});
    EXPECT_EQ(plain.request.temperature, std::optional<double>(0.3));
}

TEST(CallRequestBuilder_unknownModel, runsWithWhatWasAskedAndTheConfiguredServer)
{
    const BuiltCall local = builder().build(planned(QStringLiteral("local:llama3.2:3b"), kAll), {}, {});
    EXPECT_FALSE(local.info.has_value());
    EXPECT_EQ(local.request.kind, ProviderKind::ChatCompletions);
    EXPECT_EQ(local.request.baseUrl, QStringLiteral("http://127.0.0.1:9/v1"));
    EXPECT_EQ(local.request.temperature, std::optional<double>(0.3));
    EXPECT_TRUE(local.request.reasoningEffort.isEmpty()) << "not a reasoning model";
    EXPECT_EQ(local.request.maxOutputTokens, std::optional<int>(500000));

    const BuiltCall future = builder().build(planned(QStringLiteral("openai:o9-preview"), kAll), {}, {});
    EXPECT_FALSE(future.info.has_value());
    EXPECT_FALSE(future.request.temperature.has_value()) << "OpenAI reasoning models reject temperature";
    EXPECT_EQ(future.request.reasoningEffort, QStringLiteral("high"));
}

TEST(CallMetrics_cost, fromReportedUsageAndUnknownWithoutCatalogEntry)
{
    const BuiltCall b = builder().build(planned(QStringLiteral("openai:o3")), {}, {});
    Usage usage;
    usage.inputTokens = 1'000'000;
    usage.outputTokens = 1'000'000;
    usage.cachedInputTokens = 0;
    const auto cost = CallMetrics::actualCost(b.info, usage);
    ASSERT_TRUE(cost.has_value());
    EXPECT_DOUBLE_EQ(*cost, *b.info->pricing.base.input + *b.info->pricing.base.output);
    EXPECT_FALSE(CallMetrics::actualCost(std::nullopt, usage).has_value());
    EXPECT_FALSE(CallMetrics::actualCost(b.info, Usage{}).has_value());

    const QJsonObject json = CallMetrics::usageJson(usage);
    EXPECT_EQ(json.value(QStringLiteral("input_tokens")).toInteger(), 1'000'000);
    EXPECT_FALSE(json.contains(QStringLiteral("reasoning_tokens"))) << "not reported, not invented";

    CallRecord c;
    c.usage = json;
    c.firstTokenMs = 1000;
    c.totalMs = 3000;
    ASSERT_TRUE(CallMetrics::tokensPerSecond(c).has_value());
    EXPECT_DOUBLE_EQ(*CallMetrics::tokensPerSecond(c), 500000.0);
}

TEST(CallMetrics_cost, anthropicCacheWritesBilledAtTheirOwnPrice)
{
    const BuiltCall b = builder().build(planned(QStringLiteral("anthropic:claude-sonnet-4-0")), {}, {});
    ASSERT_TRUE(b.info.has_value());
    Usage usage; // 1M plain + 1M written to the cache + 1M read from it; 1M out
    usage.inputTokens = 3'000'000;
    usage.cacheWriteTokens = 1'000'000;
    usage.cachedInputTokens = 1'000'000;
    usage.outputTokens = 1'000'000;
    const auto& price = b.info->pricing.base;
    ASSERT_TRUE(price.cacheWrite.has_value());
    const double expected = *price.input + *price.cacheWrite + *price.cachedInput + *price.output;
    EXPECT_DOUBLE_EQ(*CallMetrics::actualCost(b.info, usage), expected); // 3 + 3.75 + 0.3 + 15

    usage.reported = QJsonObject{{QStringLiteral("input_tokens"), 1'000'000},
                                 {QStringLiteral("cache_creation_input_tokens"), 1'000'000}};
    EXPECT_EQ(CallMetrics::usageJson(usage), usage.reported) << "history keeps the provider's object";
}
