#include "core/compare/evaluationsummary.h"
#include "core/compare/modelidentity.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

CallRecord call(qint64 id, const QString& provider, const QString& model, QJsonObject params = {})
{
    CallRecord c;
    c.id = id;
    c.provider = provider;
    c.model = model;
    c.params = std::move(params);
    c.status = CallStatus::Done;
    return c;
}

} // namespace

TEST(ModelIdentity_keys, sameNameFromTwoProvidersStaysTwoModels)
{
    const QStringList keys = ModelIdentity::keysOf(
        {call(1, QStringLiteral("openai"), QStringLiteral("gpt-4.1")),
         call(2, QStringLiteral("openai-compatible"), QStringLiteral("gpt-4.1"))});
    EXPECT_EQ(keys, (QStringList{QStringLiteral("openai:gpt-4.1"), QStringLiteral("openai-compatible:gpt-4.1")}));
    EXPECT_EQ(ModelIdentity::shortLabel(keys[0], keys), keys[0]);
    EXPECT_EQ(ModelIdentity::shortLabel(QStringLiteral("anthropic:claude-sonnet-4-5"),
                                        keys + QStringList{QStringLiteral("anthropic:claude-sonnet-4-5")}),
              QStringLiteral("claude-sonnet-4-5"));
}

TEST(ModelIdentity_keys, parametersThatDifferWithinTheRunArePartOfTheKey)
{
    const QJsonObject high{{QStringLiteral("effort"), QStringLiteral("high")}, {QStringLiteral("background"), true}};
    const QJsonObject low{{QStringLiteral("effort"), QStringLiteral("low")}, {QStringLiteral("background"), true}};
    const QStringList keys = ModelIdentity::keysOf({call(1, QStringLiteral("openai"), QStringLiteral("o3"), high),
                                                    call(2, QStringLiteral("openai"), QStringLiteral("o3"), low),
                                                    call(3, QStringLiteral("openai"), QStringLiteral("o3"), high),
                                                    call(4, QStringLiteral("gemini"), QStringLiteral("gemini-2.5-pro"),
                                                         high)});
    EXPECT_EQ(keys[0], QStringLiteral("openai:o3 (effort=high)"));
    EXPECT_EQ(keys[1], QStringLiteral("openai:o3 (effort=low)"));
    EXPECT_EQ(keys[2], keys[0]);
    EXPECT_EQ(keys[3], QStringLiteral("gemini:gemini-2.5-pro")); // alone: no parameters needed
}

TEST(ModelIdentity_statistics, votesBetweenSameNamedModelsOfTwoProvidersAreCounted)
{
    RunRecord run;
    run.id = 7;
    run.calls = {call(1, QStringLiteral("openai"), QStringLiteral("gpt-4.1")),
                 call(2, QStringLiteral("openai-compatible"), QStringLiteral("gpt-4.1"))};
    VoteRecord v;
    v.leftCallId = 1;
    v.rightCallId = 2;
    v.outcome = QStringLiteral("left");
    run.votes = {v, v};
    const EvaluationSummary s = EvaluationSummary::build(EvaluationSummary::dataOf(run));
    ASSERT_EQ(s.pairs.size(), 1);
    EXPECT_EQ(s.pairs[0].votes, 2);
    EXPECT_EQ(s.pairs[0].first, QStringLiteral("openai-compatible:gpt-4.1"));
    EXPECT_EQ(s.pairs[0].losses, 2);
    EXPECT_EQ(s.pairs[0].rightWins, 0);
    EXPECT_EQ(s.pairs[0].leftWins, 2);
}
