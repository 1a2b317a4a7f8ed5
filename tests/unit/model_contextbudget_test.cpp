#include "core/models/contextbudget.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

ModelInfo model(ModelProvider provider, qint64 window, qint64 maxOutput,
                std::optional<qint64> maxInput = std::nullopt)
{
    ModelInfo m;
    m.provider = provider;
    m.id = QStringLiteral("test");
    m.contextWindow = window;
    m.maxOutput = maxOutput;
    m.maxInput = maxInput;
    return m;
}

} // namespace

TEST(ContextBudget_smallPrompt, fits)
{
    const auto b =
        ContextBudget::evaluate(50000, true, model(ModelProvider::OpenAi, 200000, 100000), 32000);
    EXPECT_EQ(b.status, ContextBudget::Status::Fits);
    EXPECT_EQ(b.remaining, 150000);
    EXPECT_EQ(b.requestedOutput, 32000);
    EXPECT_DOUBLE_EQ(b.usedFraction, 0.25);
    EXPECT_EQ(b.summary(), QStringLiteral("50,000 / 200,000 tokens (25%) — fits"));
}

TEST(ContextBudget_above85Percent, isTight)
{
    // 170,001 / 200,000 = 85.0005 % > 85 %; 29,999 left >= 16,000 requested.
    const auto b =
        ContextBudget::evaluate(170001, true, model(ModelProvider::OpenAi, 200000, 100000), 16000);
    EXPECT_EQ(b.status, ContextBudget::Status::Tight);
    const auto edge =
        ContextBudget::evaluate(170000, true, model(ModelProvider::OpenAi, 200000, 100000), 16000);
    EXPECT_EQ(edge.status, ContextBudget::Status::Fits);
}

TEST(ContextBudget_lessRoomThanMaxOutput, isTight)
{
    // 120,000 used (60 %), 80,000 left < 100,000 default max output.
    const auto b =
        ContextBudget::evaluate(120000, false, model(ModelProvider::OpenAi, 200000, 100000));
    EXPECT_EQ(b.status, ContextBudget::Status::Tight);
    EXPECT_EQ(b.requestedOutput, 100000);
    EXPECT_FALSE(b.exact);
    EXPECT_TRUE(b.summary().startsWith(QStringLiteral("~120,000")));
    EXPECT_TRUE(b.summary().contains(QStringLiteral("leaves 80,000")));
}

TEST(ContextBudget_promptAboveWindow, isOverByDifference)
{
    const auto b =
        ContextBudget::evaluate(210500, true, model(ModelProvider::Gemini, 200000, 8000), 1000);
    EXPECT_EQ(b.status, ContextBudget::Status::Over);
    EXPECT_EQ(b.overBy, 10500);
    EXPECT_TRUE(b.summary().endsWith(QStringLiteral("over by 10,500 tokens")));
}

TEST(ContextBudget_gpt5MaxInput, limitsPromptBelowWindow)
{
    const ModelInfo gpt5 = model(ModelProvider::OpenAi, 400000, 128000, 272000);
    const auto b = ContextBudget::evaluate(280000, true, gpt5, 10000);
    EXPECT_EQ(b.status, ContextBudget::Status::Over);
    EXPECT_EQ(b.overBy, 8000);
    EXPECT_EQ(b.inputLimit, 272000);
}

TEST(ContextBudget_anthropicPromptPlusMaxTokens, overWhenSumExceedsWindow)
{
    // Anthropic rejects input + max_tokens > window: 190,000 + 20,000 - 200,000 = 10,000 over.
    const ModelInfo claude = model(ModelProvider::Anthropic, 200000, 64000);
    const auto b = ContextBudget::evaluate(190000, true, claude, 20000);
    EXPECT_EQ(b.status, ContextBudget::Status::Over);
    EXPECT_EQ(b.overBy, 10000);
    // The same numbers on OpenAI only cap the answer.
    const auto o =
        ContextBudget::evaluate(190000, true, model(ModelProvider::OpenAi, 200000, 64000), 20000);
    EXPECT_EQ(o.status, ContextBudget::Status::Tight);
}

TEST(ContextBudget_requestAboveModelMax, isClampedToModelMax)
{
    const auto b =
        ContextBudget::evaluate(1000, true, model(ModelProvider::OpenAi, 200000, 32768), 500000);
    EXPECT_EQ(b.requestedOutput, 32768);
    EXPECT_EQ(b.status, ContextBudget::Status::Fits);
}

TEST(ContextBudget_statusName, spellsAllStatuses)
{
    EXPECT_EQ(ContextBudget::statusName(ContextBudget::Status::Fits), QStringLiteral("fits"));
    EXPECT_EQ(ContextBudget::statusName(ContextBudget::Status::Tight), QStringLiteral("tight"));
    EXPECT_EQ(ContextBudget::statusName(ContextBudget::Status::Over), QStringLiteral("over"));
}
