// Multi-turn request bodies ("Continue"): every protocol sends the earlier turns explicitly,
// with the new message as the last user turn.
#include "core/providers/anthropicprotocol.h"
#include "core/providers/chatcompletionsprotocol.h"
#include "core/providers/geminiprotocol.h"
#include "core/providers/responsesprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

ProviderRequest followUp(ProviderKind kind, const QString& model)
{
    ProviderRequest r;
    r.kind = kind;
    r.baseUrl = QStringLiteral("http://127.0.0.1:9");
    r.apiKey = QStringLiteral("key-123");
    r.model = model;
    r.instructions = QStringLiteral("Be brief.");
    r.history = {ConversationTurn::user(QStringLiteral("Plan the migration.")),
                 ConversationTurn::assistant(QStringLiteral("## Plan\n\nWeek 1: design")),
                 ConversationTurn::user(QStringLiteral("Shorter?")),
                 ConversationTurn::assistant(QStringLiteral("Two weeks."))};
    r.input = QStringLiteral("And the risks?");
    return r;
}

QJsonObject body(const QByteArray& bytes) { return QJsonDocument::fromJson(bytes).object(); }

} // namespace

TEST(ConversationTurns_alternating, emptyTurnsDroppedAndNeighboursJoined)
{
    const QList<ConversationTurn> turns = alternatingTurns(
        {ConversationTurn::user(QStringLiteral("a")), ConversationTurn::assistant(QString()),
         ConversationTurn::user(QStringLiteral("b")), ConversationTurn::assistant(QStringLiteral("c"))});
    ASSERT_EQ(turns.size(), 2);
    EXPECT_EQ(turns[0], ConversationTurn::user(QStringLiteral("a\n\nb")));
    EXPECT_EQ(turns[1], ConversationTurn::assistant(QStringLiteral("c")));
}

TEST(ProviderRequest_turns, inputEndsTheListEvenAfterAFailedEmptyAnswer)
{
    ProviderRequest r;
    r.history = {ConversationTurn::user(QStringLiteral("prompt")), ConversationTurn::assistant(QString())};
    r.input = QStringLiteral("again");
    const QList<ConversationTurn> turns = r.turns();
    ASSERT_EQ(turns.size(), 1);
    EXPECT_EQ(turns[0], ConversationTurn::user(QStringLiteral("prompt\n\nagain")));

    ProviderRequest single;
    single.input = QString(); // a single empty prompt still makes one user turn, as before
    ASSERT_EQ(single.turns().size(), 1);
    EXPECT_EQ(single.turns()[0].role, ConversationTurn::Role::User);
}

TEST(ResponsesProtocol_createCall, followUpSendsEveryTurnAsAMessage)
{
    const QJsonObject b = body(ResponsesProtocol::createCall(followUp(ProviderKind::OpenAiResponses, QStringLiteral("o3"))).body);
    EXPECT_EQ(b.value(QStringLiteral("instructions")).toString(), QStringLiteral("Be brief."));
    EXPECT_FALSE(b.contains(QStringLiteral("previous_response_id")));
    const QJsonArray input = b.value(QStringLiteral("input")).toArray();
    ASSERT_EQ(input.size(), 5);
    const QStringList roles{QStringLiteral("user"), QStringLiteral("assistant"), QStringLiteral("user"),
                            QStringLiteral("assistant"), QStringLiteral("user")};
    const QStringList texts{QStringLiteral("Plan the migration."), QStringLiteral("## Plan\n\nWeek 1: design"),
                            QStringLiteral("Shorter?"), QStringLiteral("Two weeks."), QStringLiteral("And the risks?")};
    for (int i = 0; i < 5; ++i) {
        const QJsonObject m = input[i].toObject();
        EXPECT_EQ(m.value(QStringLiteral("role")).toString(), roles[i]) << i;
        const QJsonArray content = m.value(QStringLiteral("content")).toArray();
        ASSERT_EQ(content.size(), 1);
        const QJsonObject part = content[0].toObject();
        // Earlier answers go back as output_text, the user's words as input_text.
        EXPECT_EQ(part.value(QStringLiteral("type")).toString(),
                  roles[i] == QLatin1String("user") ? QStringLiteral("input_text") : QStringLiteral("output_text"))
            << i;
        EXPECT_EQ(part.value(QStringLiteral("text")).toString(), texts[i]) << i;
    }
}

TEST(ChatCompletionsProtocol_createCall, followUpSendsSystemThenAlternatingMessages)
{
    const QJsonObject b =
        body(ChatCompletionsProtocol::createCall(followUp(ProviderKind::ChatCompletions, QStringLiteral("llama3.2"))).body);
    const QJsonArray messages = b.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 6);
    EXPECT_EQ(messages[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    EXPECT_EQ(messages[0].toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Be brief."));
    EXPECT_EQ(messages[2].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    EXPECT_EQ(messages[2].toObject().value(QStringLiteral("content")).toString(), QStringLiteral("## Plan\n\nWeek 1: design"));
    EXPECT_EQ(messages[4].toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Two weeks."));
    EXPECT_EQ(messages[5].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    EXPECT_EQ(messages[5].toObject().value(QStringLiteral("content")).toString(), QStringLiteral("And the risks?"));
}

TEST(AnthropicProtocol_createCall, followUpSendsAlternatingMessagesStartingWithTheUser)
{
    const auto call = AnthropicProtocol::createCall(followUp(ProviderKind::Anthropic, QStringLiteral("claude-sonnet-4-5")));
    ASSERT_TRUE(call);
    const QJsonObject b = body(call->body);
    EXPECT_EQ(b.value(QStringLiteral("system")).toString(), QStringLiteral("Be brief."));
    const QJsonArray messages = b.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(messages[i].toObject().value(QStringLiteral("role")).toString(),
                  i % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant"))
            << i;
    EXPECT_EQ(messages[1].toObject().value(QStringLiteral("content")).toString(), QStringLiteral("## Plan\n\nWeek 1: design"));
    EXPECT_EQ(messages[4].toObject().value(QStringLiteral("content")).toString(), QStringLiteral("And the risks?"));
}

TEST(GeminiProtocol_createCall, followUpSendsContentsWithModelRole)
{
    const QJsonObject b = body(GeminiProtocol::createCall(followUp(ProviderKind::Gemini, QStringLiteral("gemini-2.5-flash"))).body);
    const QJsonArray contents = b.value(QStringLiteral("contents")).toArray();
    ASSERT_EQ(contents.size(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(contents[i].toObject().value(QStringLiteral("role")).toString(),
                  i % 2 == 0 ? QStringLiteral("user") : QStringLiteral("model"))
            << i;
    const auto text = [&](int i) {
        return contents[i].toObject().value(QStringLiteral("parts")).toArray()[0].toObject().value(QStringLiteral("text")).toString();
    };
    EXPECT_EQ(text(0), QStringLiteral("Plan the migration."));
    EXPECT_EQ(text(3), QStringLiteral("Two weeks."));
    EXPECT_EQ(text(4), QStringLiteral("And the risks?"));
    EXPECT_EQ(b.value(QStringLiteral("systemInstruction")).toObject().value(QStringLiteral("parts")).toArray()[0]
                  .toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Be brief."));
}
