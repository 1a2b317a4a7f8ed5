// ModelSelection and TargetBudget: which encoding counts each model, "≈" estimates, budgets and costs.
#include "core/models/targetbudget.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

ModelCatalog shipped()
{
    auto catalog = ModelCatalog::loadDefault();
    EXPECT_TRUE(catalog);
    return catalog ? *catalog : ModelCatalog();
}

PromptCounts counts(qint64 o200kTotal, qint64 cl100kTotal)
{
    PromptCounts c;
    c.promptSha256 = "abc";
    EncodingCounts o;
    o.encoding = Encoding::O200kBase;
    o.instructions = 100;
    o.input = o200kTotal - 100;
    EncodingCounts cl;
    cl.encoding = Encoding::Cl100kBase;
    cl.instructions = 120;
    cl.input = cl100kTotal - 120;
    c.encodings = {o, cl};
    return c;
}

} // namespace

TEST(RunPlan_build, looksUpModelsAndGivesEffortOnlyWhereAccepted)
{
    const ModelSelection plan = ModelSelection::build(
        {QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5"),
         QStringLiteral("openai-compatible:llama3.1:8b"), QStringLiteral("not a key")},
        3, QStringLiteral("high"), shipped());
    ASSERT_EQ(plan.targets.size(), 3);
    EXPECT_EQ(plan.callCount(), 9);
    EXPECT_TRUE(plan.targets[0].model.has_value());
    EXPECT_EQ(plan.targets[0].reasoningEffort, QStringLiteral("high"));
    EXPECT_TRUE(plan.targets[1].model.has_value());
    EXPECT_TRUE(plan.targets[1].reasoningEffort.isEmpty()) << "Claude takes no reasoning.effort";
    EXPECT_FALSE(plan.targets[2].model.has_value());
    EXPECT_EQ(plan.targets[2].key, QStringLiteral("openai-compatible:llama3.1:8b"));

    const ModelSelection minimal =
        ModelSelection::build({QStringLiteral("openai:o3"), QStringLiteral("openai:gpt-5")}, 0,
                       QStringLiteral("minimal"), shipped());
    EXPECT_EQ(minimal.repeats, 1);
    EXPECT_TRUE(minimal.targets[0].reasoningEffort.isEmpty()) << "o3 has no minimal effort";
    EXPECT_EQ(minimal.targets[1].reasoningEffort, QStringLiteral("minimal"));
}

TEST(RunPlan_isValidKey, needsProviderAndModel)
{
    EXPECT_TRUE(ModelSelection::isValidKey(QStringLiteral("openai:o3")));
    EXPECT_TRUE(ModelSelection::isValidKey(QStringLiteral("ollama:llama3.1:8b")));
    EXPECT_FALSE(ModelSelection::isValidKey(QStringLiteral("o3")));
    EXPECT_FALSE(ModelSelection::isValidKey(QStringLiteral(":o3")));
    EXPECT_FALSE(ModelSelection::isValidKey(QStringLiteral("openai:")));
    EXPECT_FALSE(ModelSelection::isValidKey(QStringLiteral("open ai:o3")));
}

TEST(TargetBudget_encoding, exactForOpenAiEstimateForClaudeGeminiAndUnknown)
{
    const ModelCatalog catalog = shipped();
    const ModelSelection plan =
        ModelSelection::build({QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5"),
                        QStringLiteral("gemini:gemini-2.5-pro"), QStringLiteral("openai:gpt-4"),
                        QStringLiteral("openai-compatible:llama3.1:8b")},
                       1, {}, catalog);
    ASSERT_EQ(plan.targets.size(), 5);
    EXPECT_EQ(TargetBudget::countingEncoding(plan.targets[0]),
              std::make_pair(Encoding::O200kBase, true));
    EXPECT_EQ(TargetBudget::countingEncoding(plan.targets[1]),
              std::make_pair(Encoding::O200kBase, false));
    EXPECT_EQ(TargetBudget::countingEncoding(plan.targets[2]),
              std::make_pair(Encoding::O200kBase, false));
    // gpt-4 is not in the catalog, but its name says cl100k_base.
    EXPECT_EQ(TargetBudget::countingEncoding(plan.targets[3]),
              std::make_pair(Encoding::Cl100kBase, true));
    EXPECT_EQ(TargetBudget::countingEncoding(plan.targets[4]),
              std::make_pair(Encoding::O200kBase, false));
    EXPECT_EQ(TargetBudget::encodingsFor(plan),
              (QList<Encoding>{Encoding::O200kBase, Encoding::Cl100kBase}));
    EXPECT_FALSE(TargetBudget::canCountRemotely(plan.targets[0]));
    EXPECT_TRUE(TargetBudget::canCountRemotely(plan.targets[1]));
    EXPECT_TRUE(TargetBudget::canCountRemotely(plan.targets[2]));
    EXPECT_FALSE(TargetBudget::canCountRemotely(plan.targets[4]));
}

TEST(TargetBudget_evaluate, claudeIsAnEstimateUntilTheEndpointCounts)
{
    const ModelSelection plan =
        ModelSelection::build({QStringLiteral("anthropic:claude-sonnet-4-5")}, 2, {}, shipped());
    const PromptCounts c = counts(150000, 160000);
    const TargetBudget estimate = TargetBudget::evaluate(plan.targets[0], 2, &c);
    EXPECT_TRUE(estimate.counted);
    EXPECT_FALSE(estimate.exact);
    EXPECT_EQ(estimate.promptTokens, 150000);
    ASSERT_TRUE(estimate.budget);
    EXPECT_FALSE(estimate.budget->exact);
    EXPECT_TRUE(estimate.cost.known);
    EXPECT_FALSE(estimate.cost.inputExact);
    EXPECT_TRUE(estimate.cost.text().startsWith(QLatin1Char('~')));

    const TargetBudget exact = TargetBudget::evaluate(plan.targets[0], 2, &c, 190000);
    EXPECT_TRUE(exact.exact);
    EXPECT_TRUE(exact.remoteExact);
    EXPECT_EQ(exact.promptTokens, 190000);
    // Anthropic reserves max_tokens in the window: 190,000 + 64,000 > 200,000.
    EXPECT_EQ(exact.budget->status, ContextBudget::Status::Over);
    EXPECT_TRUE(exact.cost.inputExact);
    EXPECT_GT(exact.cost.low, estimate.cost.low);
}

TEST(TargetBudget_evaluate, o3UsesItsExactCountAndCostCoversTheRepeats)
{
    const ModelCatalog catalog = shipped();
    const ModelSelection plan = ModelSelection::build({QStringLiteral("openai:o3")}, 3, {}, catalog);
    const PromptCounts c = counts(100000, 90000);
    const TargetBudget b = TargetBudget::evaluate(plan.targets[0], 3, &c);
    EXPECT_TRUE(b.exact);
    EXPECT_EQ(b.promptTokens, 100000);
    EXPECT_EQ(b.budget->status, ContextBudget::Status::Fits);
    const CostRange one =
        CostEstimator::estimateCall(*catalog.find(QStringLiteral("o3")), 100000, true, 0, 1);
    EXPECT_NEAR(b.cost.low, 3 * one.low, 1e-9);
    EXPECT_NEAR(b.cost.high, 3 * one.high, 1e-9);
}

TEST(RunPlan_build, perModelParametersWinOverTheRunsEffortAndCapTheCost)
{
    const ModelCatalog catalog = shipped();
    QHash<QString, QJsonObject> perModel;
    perModel.insert(QStringLiteral("openai:o3"),
                    QJsonObject{{QStringLiteral("effort"), QStringLiteral("low")},
                                {QStringLiteral("max_output_tokens"), 8000}});
    perModel.insert(QStringLiteral("local:qwen3"),
                    QJsonObject{{QStringLiteral("effort"), QStringLiteral("high")}});
    const ModelSelection plan = ModelSelection::build(
        {QStringLiteral("openai:o3"), QStringLiteral("openai:o4-mini"), QStringLiteral("local:qwen3")},
        1, QStringLiteral("medium"), catalog, perModel);
    ASSERT_EQ(plan.targets.size(), 3);
    EXPECT_EQ(plan.targets[0].reasoningEffort, QStringLiteral("low")) << "its own effort wins";
    EXPECT_EQ(plan.targets[0].params, (QJsonObject{{QStringLiteral("max_output_tokens"), 8000}}));
    EXPECT_EQ(plan.targets[0].maxOutputTokens(), 8000);
    EXPECT_EQ(plan.targets[1].reasoningEffort, QStringLiteral("medium")) << "the run's effort";
    EXPECT_EQ(plan.targets[1].maxOutputTokens(), 0);
    EXPECT_EQ(plan.targets[2].reasoningEffort, QStringLiteral("high"))
        << "an effort set for a model the catalog does not know is sent as the user asked";

    // The output cap is the upper end of the cost range and what the window must leave room for.
    const PromptCounts c = counts(100000, 90000);
    const TargetBudget capped = TargetBudget::evaluate(plan.targets[0], 1, &c);
    const ModelInfo o3 = *catalog.find(QStringLiteral("o3"));
    const CostRange expected = CostEstimator::estimateCall(o3, 100000, true, 8000, 1);
    EXPECT_NEAR(capped.cost.high, expected.high, 1e-9);
    EXPECT_LT(capped.cost.high, CostEstimator::estimateCall(o3, 100000, true, 0, 1).high);
    EXPECT_EQ(capped.budget->requestedOutput, 8000);
}

TEST(TargetBudget_evaluate, notCountedYetOrUnknownModel_hasNoBudgetOrCost)
{
    const ModelSelection plan = ModelSelection::build(
        {QStringLiteral("openai:o3"), QStringLiteral("openai-compatible:llama3.1:8b")}, 1, {},
        shipped());
    const TargetBudget pending = TargetBudget::evaluate(plan.targets[0], 1, nullptr);
    EXPECT_FALSE(pending.counted);
    EXPECT_FALSE(pending.budget);
    EXPECT_FALSE(pending.cost.known);

    const PromptCounts c = counts(1000, 1000);
    const TargetBudget local = TargetBudget::evaluate(plan.targets[1], 1, &c);
    EXPECT_TRUE(local.counted);
    EXPECT_EQ(local.promptTokens, 1000);
    EXPECT_FALSE(local.budget);
    EXPECT_FALSE(local.cost.known);

    int unknown = -1;
    const CostRange total =
        TargetBudget::total({TargetBudget::evaluate(plan.targets[0], 1, &c), local}, &unknown);
    EXPECT_EQ(unknown, 1);
    EXPECT_TRUE(total.known);
    EXPECT_GT(total.high, total.low);
    EXPECT_FALSE(TargetBudget::total({local}).known);
}
