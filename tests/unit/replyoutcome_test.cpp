// How a finished reply is written into a call record: refusals and answers without text say so.
#include "core/compare/evaluationsummary.h"
#include "core/run/replyoutcome.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

TEST(ReplyOutcome_refusal, isItsOwnStatusWithTheModelsWords)
{
    CallRecord record;
    ProviderResult result;
    result.refused = true;
    result.refusal = QStringLiteral("I'm sorry, I can't help with that.");
    ReplyOutcome::applyFinished(record, result, std::nullopt);
    EXPECT_EQ(record.status, CallStatus::Refused);
    EXPECT_EQ(record.errorCode, QStringLiteral("refused"));
    EXPECT_EQ(record.text, result.refusal);
    EXPECT_TRUE(record.errorMessage.contains(result.refusal));
    EXPECT_TRUE(isTerminal(record.status));
    EXPECT_EQ(callStatusFromName(callStatusName(CallStatus::Refused)), CallStatus::Refused);
    // Statistics count it apart, whatever a judgement says.
    EXPECT_EQ(EvaluationSummary::verdict(callStatusName(record.status), QStringLiteral("pass")),
              Attempt::Verdict::Refused);
}

TEST(ReplyOutcome_refusalAfterSomeText, keepsTheTextAndSaysItRefused)
{
    CallRecord record;
    record.text = QStringLiteral("Step one: ");
    ProviderResult result;
    result.finishReason = QStringLiteral("refusal");
    result.refused = true;
    ReplyOutcome::applyFinished(record, result, std::nullopt);
    EXPECT_EQ(record.status, CallStatus::Refused);
    EXPECT_EQ(record.text, QStringLiteral("Step one: "));
    EXPECT_EQ(record.errorMessage, QStringLiteral("The model refused to answer."));
}

TEST(ReplyOutcome_noText, saysSoAndNamesTheToolItAskedFor)
{
    CallRecord record;
    ProviderResult result;
    result.toolCalls = {QStringLiteral("search_pack"), QStringLiteral("read_item")};
    ReplyOutcome::applyFinished(record, result, std::nullopt);
    EXPECT_EQ(record.status, CallStatus::Done);
    EXPECT_EQ(record.errorCode, QStringLiteral("no_text"));
    EXPECT_TRUE(record.errorMessage.contains(QStringLiteral("search_pack, read_item"))) << record.errorMessage.toStdString();

    CallRecord silent;
    ReplyOutcome::applyFinished(silent, ProviderResult{}, std::nullopt);
    EXPECT_EQ(silent.errorCode, QStringLiteral("no_text"));
    EXPECT_FALSE(silent.errorMessage.isEmpty());

    CallRecord answered;
    ProviderResult withText;
    withText.text = QStringLiteral("The plan.");
    ReplyOutcome::applyFinished(answered, withText, std::nullopt);
    EXPECT_TRUE(answered.errorCode.isEmpty());
    EXPECT_TRUE(answered.errorMessage.isEmpty());
}

TEST(ReplyOutcome_textThenToolCall, keepsTheTextAndSaysTheModelMeantToGoOn)
{
    // As in Anthropic's "text then tool_use" stream: a sentence, then a call nobody offered.
    CallRecord record;
    ProviderResult result;
    result.text = QStringLiteral("I'll check the current weather in San Francisco for you.");
    result.toolCalls = {QStringLiteral("get_weather")};
    ReplyOutcome::applyFinished(record, result, std::nullopt);
    EXPECT_EQ(record.status, CallStatus::Done);
    EXPECT_EQ(record.text, result.text);
    EXPECT_EQ(record.errorCode, QStringLiteral("tool_request"));
    EXPECT_TRUE(record.errorMessage.contains(QStringLiteral("get_weather"))) << record.errorMessage.toStdString();
}
