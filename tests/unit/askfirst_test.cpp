// Ask first without a network: the question schema, the request it builds, the default model,
// the note the answers become, structured-output parsing, and request bodies without a schema
// staying exactly what they were.
#include "core/eval/jsonschemavalidator.h"
#include "core/harness/askfirst.h"
#include "core/harness/clarificationnote.h"
#include "core/prompt/assembledprompt.h"
#include "core/providers/anthropicprotocol.h"
#include "core/providers/chatcompletionsprotocol.h"
#include "core/providers/geminiprotocol.h"
#include "core/providers/responsesprotocol.h"
#include "core/providers/structuredoutput.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

QJsonObject parse(const char* json) { return QJsonDocument::fromJson(json).object(); }

ProviderRequest plainRequest(ProviderKind kind, const QString& model)
{
    ProviderRequest r;
    r.kind = kind;
    r.model = model;
    r.instructions = QStringLiteral("Be brief.");
    r.input = QStringLiteral("Hi");
    return r;
}

QList<Clarification> sampleAnswers()
{
    Clarification a;
    a.question = {QStringLiteral("Which quarter is the plan for?"), QStringLiteral("Dates drive the milestones."),
                  QStringLiteral("Q1 of next year")};
    a.answer = QStringLiteral("  Q3 2027\n");
    Clarification b;
    b.question = {QStringLiteral("Who owns the budget?"), QStringLiteral("Approvals."), QStringLiteral("the CFO")};
    return {a, b};
}

} // namespace

TEST(StructuredOutput, NoSchema_bodiesByteForByteUnchanged)
{
    EXPECT_EQ(ResponsesProtocol::createCall(plainRequest(ProviderKind::OpenAiResponses, QStringLiteral("o3"))).body,
              QByteArray(R"({"input":[{"content":[{"text":"Hi","type":"input_text"}],"role":"user"}],)"
                         R"("instructions":"Be brief.","model":"o3","stream":true})"));
    EXPECT_EQ(ChatCompletionsProtocol::createCall(plainRequest(ProviderKind::ChatCompletions, QStringLiteral("q"))).body,
              QByteArray(R"({"messages":[{"content":"Be brief.","role":"system"},{"content":"Hi","role":"user"}],)"
                         R"("model":"q","stream":true,"stream_options":{"include_usage":true}})"));
    EXPECT_EQ(AnthropicProtocol::createCall(plainRequest(ProviderKind::Anthropic, QStringLiteral("c")))->body,
              QByteArray(R"({"max_tokens":)") + QByteArray::number(AnthropicProtocol::defaultMaxTokens) +
                  QByteArray(R"(,"messages":[{"content":"Hi","role":"user"}],"model":"c","stream":true,)"
                             R"("system":"Be brief."})"));
    EXPECT_EQ(GeminiProtocol::createCall(plainRequest(ProviderKind::Gemini, QStringLiteral("g"))).body,
              QByteArray(R"({"contents":[{"parts":[{"text":"Hi"}],"role":"user"}],)"
                         R"("systemInstruction":{"parts":[{"text":"Be brief."}]}})"));
}

TEST(StructuredOutput, ParseAnswer_plainFencedOrProse)
{
    EXPECT_EQ(StructuredOutput::parseAnswer(QStringLiteral(" {\"a\":1}\n"))->toObject().value(QStringLiteral("a")), 1);
    EXPECT_EQ(StructuredOutput::parseAnswer(QStringLiteral("Here:\n```json\n{\"a\":2}\n```\n"))
                  ->toObject()
                  .value(QStringLiteral("a")),
              2);
    const auto prose = StructuredOutput::parseAnswer(QStringLiteral("I would say a is 3."));
    ASSERT_FALSE(prose.has_value());
    EXPECT_EQ(prose.error().code, ErrorCode::Parse);
    EXPECT_TRUE(prose.error().message.startsWith(QStringLiteral("the answer is not JSON")));
}

TEST(ClarificationNote, MixedAnswers_exactTextAndDatedTitle)
{
    const QDateTime at(QDate(2026, 12, 6), QTime(8, 30));
    const PackItem item = ClarificationNote::note(sampleAnswers(), QStringLiteral("openai:gpt-5-nano"), at);
    EXPECT_EQ(item.title, QStringLiteral("Clarifications 2026-12-06 08:30"));
    EXPECT_EQ(item.kind, PackItem::Kind::Note);
    EXPECT_EQ(item.text, QStringLiteral("Answers to the clarifying questions openai:gpt-5-nano asked before the run "
                                        "(2026-12-06 08:30).\n\n"
                                        "1. Which quarter is the plan for?\n"
                                        "   Answer: Q3 2027\n\n"
                                        "2. Who owns the budget?\n"
                                        "   Answer: (skipped — the model will assume: the CFO)\n"));
}

TEST(ClarificationNote, AnswersFromJson_readsAskOutputAndNamesBadEntries)
{
    const auto ok = ClarificationNote::answersFromJson(parse(R"({"model":"m","questions":[
        {"question":"Q1?","why_it_matters":"w","assumption_if_unanswered":"a1","answer":"yes"},
        {"question":"Q2?","why_it_matters":"w","assumption_if_unanswered":"a2"},
        {"question":"Q3?","why_it_matters":"w","assumption_if_unanswered":"a3","answer":null}]})"));
    ASSERT_TRUE(ok.has_value());
    ASSERT_EQ(ok->size(), 3);
    EXPECT_EQ(ok->at(0).answer, QStringLiteral("yes"));
    EXPECT_TRUE(ok->at(1).skipped());
    EXPECT_TRUE(ok->at(2).skipped());
    EXPECT_EQ(ok->at(2).question.assumption, QStringLiteral("a3"));

    const auto notText = ClarificationNote::answersFromJson(
        parse(R"({"questions":[{"question":"Q1?"},{"question":"Q2?","answer":42}]})"));
    ASSERT_FALSE(notText.has_value());
    EXPECT_TRUE(notText.error().message.contains(QStringLiteral("question 2"))) << notText.error().message.toStdString();
    EXPECT_FALSE(ClarificationNote::answersFromJson(parse(R"({"answers":[]})")).has_value());
    EXPECT_FALSE(ClarificationNote::answersFromJson(parse(R"({"questions":[{"answer":"x"}]})")).has_value());
}

TEST(AskFirst, Schema_capsQuestionsAndRequiresEveryField)
{
    const auto validator = JsonSchemaValidator::create(AskFirst::schema(2));
    ASSERT_TRUE(validator.has_value());
    const char* q = R"({"question":"q","why_it_matters":"w","assumption_if_unanswered":"a"})";
    auto questions = [](const QByteArray& items) {
        return QJsonValue(QJsonDocument::fromJson("{\"questions\":[" + items + "]}").object());
    };
    EXPECT_TRUE(validator->validate(questions("")).isEmpty()); // nothing unclear is a valid answer
    EXPECT_TRUE(validator->validate(questions(QByteArray(q) + ',' + q)).isEmpty());
    EXPECT_FALSE(validator->validate(questions(QByteArray(q) + ',' + q + ',' + q)).isEmpty());
    EXPECT_FALSE(validator->validate(questions(R"({"question":"q","why_it_matters":"w"})")).isEmpty());
    EXPECT_FALSE(validator->validate(questions(R"({"question":"q","why_it_matters":"w","assumption_if_unanswered":"a","x":1})"))
                     .isEmpty());
}

TEST(AskFirst, BuildCall_carriesSchemaInstructionsAndPlannerPrompt)
{
    AssembledPrompt prompt;
    prompt.instructions = QStringLiteral("Write the plan.");
    prompt.input = QStringLiteral("<goal>Launch in Korea</goal>");
    AskFirstOptions options;
    options.model = *PlannedModel::parse(QStringLiteral("openai:gpt-5-nano"));
    options.maxQuestions = 3;
    const BuiltCall call = AskFirst::buildCall(CallRequestBuilder(ModelCatalog{}), prompt, options);
    EXPECT_EQ(call.request.responseSchema, AskFirst::schema(3));
    EXPECT_EQ(call.request.responseSchemaName, QStringLiteral("clarifying_questions"));
    EXPECT_TRUE(call.request.instructions.contains(QStringLiteral("at most 3 clarifying questions")));
    EXPECT_EQ(call.request.input, QStringLiteral("<planner_instructions>\nWrite the plan.\n</planner_instructions>\n\n"
                                                 "<planner_input>\n<goal>Launch in Korea</goal>\n</planner_input>"));
    EXPECT_EQ(call.request.reasoningEffort, QStringLiteral("low")); // unknown to the catalog, an OpenAI reasoning model
}

TEST(AskFirst, CheapestModel_onlyProvidersWithKeysThatHoldThePrompt)
{
    const auto catalog = ModelCatalog::fromJson(R"({"catalog_version":1,"updated":"2026-01-01","models":[
        {"provider":"openai","id":"big","context_window":1000000,"max_output":1000,"pricing":{"input":2,"output":8}},
        {"provider":"openai","id":"nano","context_window":400000,"max_output":1000,"pricing":{"input":0.05,"output":0.4}},
        {"provider":"openai","id":"nano-old","context_window":1000000,"max_output":1000,"pricing":{"input":0.1,"output":0.4}},
        {"provider":"gemini","id":"flash","context_window":1000000,"max_output":1000,"pricing":{"input":0.01,"output":0.1}},
        {"provider":"openai","id":"unpriced","context_window":1000000,"max_output":1000}]})",
                                                QStringLiteral("test"));
    ASSERT_TRUE(catalog.has_value()) << catalog.error().message.toStdString();
    EXPECT_EQ(AskFirst::cheapestModel(*catalog, {QStringLiteral("openai")}, 1000)->id, QStringLiteral("nano"));
    EXPECT_EQ(AskFirst::cheapestModel(*catalog, {QStringLiteral("openai")}, 500000)->id, QStringLiteral("nano-old"));
    EXPECT_EQ(AskFirst::cheapestModel(*catalog, {QStringLiteral("openai"), QStringLiteral("gemini")}, 0)->id,
              QStringLiteral("flash"));
    EXPECT_FALSE(AskFirst::cheapestModel(*catalog, {QStringLiteral("anthropic")}, 0).has_value());
}
