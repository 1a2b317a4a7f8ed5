// Conversations as history keeps them (schema 12): every field of a tool turn survives the
// round trip, arrays written before tool turns were kept still read, and calls and follow-ups
// store their exchange and a follow-up its checked citations, leaving stored values alone when
// a record carries none.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/migrations.h"
#include "core/providers/conversationturn.h"
#include "support/tempworkspace.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {

QList<ConversationTurn> toolExchange()
{
    ConversationTurn model = ConversationTurn::assistant(QStringLiteral("Let me look."));
    model.native = QJsonDocument::fromJson(R"([{"type":"thinking","thinking":"hm","signature":"EqQBsig"},
        {"type":"tool_use","id":"toolu_A","name":"read_item","input":{"id":"a1b2c3"}}])")
                       .array();
    model.toolCalls = {{QStringLiteral("toolu_A"), QStringLiteral("read_item"), QStringLiteral(R"({"id": "a1b2c3"})")}};
    ConversationTurn results = ConversationTurn::user({});
    results.toolResults = {{QStringLiteral("toolu_A"), QStringLiteral("read_item"), QStringLiteral("고객 유지율"), false},
                           {QStringLiteral("toolu_B"), QStringLiteral("read_item"), QStringLiteral("no item"), true}};
    return {ConversationTurn::user(QStringLiteral("Manifest…")), model, results};
}

} // namespace

TEST(ConversationJson, toolTurns_roundTripEveryField)
{
    const QList<ConversationTurn> turns = toolExchange();
    const QJsonArray json = conversationToJson(turns);
    EXPECT_EQ(conversationFromJson(json), turns);
    // Through text, as the history stores it.
    const QJsonArray reread = QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).array();
    EXPECT_EQ(conversationFromJson(reread), turns);
    EXPECT_EQ(json[1].toObject().value(QStringLiteral("native")).toArray().at(0).toObject().value(
                  QStringLiteral("signature")),
              QStringLiteral("EqQBsig"));
    EXPECT_FALSE(json[0].toObject().contains(QStringLiteral("native"))); // plain turns stay small
    EXPECT_FALSE(json[0].toObject().contains(QStringLiteral("tool_calls")));
}

TEST(ConversationJson, olderRoleAndTextArrays_readAsBeforeAndMalformedEntriesDropped)
{
    const QJsonArray old = QJsonDocument::fromJson(
                               R"([{"role":"user","text":"Hi"},{"role":"assistant","text":"Hello"},{"role":"user"},42])")
                               .array();
    const QList<ConversationTurn> turns = conversationFromJson(old);
    ASSERT_EQ(turns.size(), 2);
    EXPECT_EQ(turns[0], ConversationTurn::user(QStringLiteral("Hi")));
    EXPECT_EQ(turns[1], ConversationTurn::assistant(QStringLiteral("Hello")));
}

TEST(ConversationJson, plainTurns_putCallsAndResultsIntoWords)
{
    const QList<ConversationTurn> plain = plainTurns(toolExchange());
    ASSERT_EQ(plain.size(), 3);
    for (const ConversationTurn& t : plain)
        EXPECT_FALSE(t.isToolTurn());
    EXPECT_TRUE(plain[1].native.isUndefined() || plain[1].native.isNull());
    EXPECT_TRUE(plain[1].text.contains(QStringLiteral("[called read_item {\"id\": \"a1b2c3\"}]")));
    EXPECT_TRUE(plain[2].text.contains(QStringLiteral("[read_item returned]\n고객 유지율")));
    EXPECT_TRUE(plain[2].text.contains(QStringLiteral("[read_item failed]\nno item")));
}

TEST(ConversationJson, schema12_callAndFollowUpStoreTheirExchangeAndCitations)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    EXPECT_GE(Migrations::latestVersion(), 12);
    HistoryStore store(**db);
    RunRecord run;
    run.packTitle = QStringLiteral("p");
    CallRecord call;
    call.provider = QStringLiteral("anthropic");
    call.model = QStringLiteral("claude");
    call.contextMode = QStringLiteral("tools");
    run.calls.append(call);
    ASSERT_TRUE(store.insertRun(run));
    CallRecord& stored = run.calls[0];
    stored.conversation = conversationToJson(toolExchange());
    ASSERT_TRUE(store.updateCall(stored));
    CallRecord without = stored; // a later write without the exchange leaves it alone
    without.conversation = {};
    without.text = QStringLiteral("The answer.");
    ASSERT_TRUE(store.updateCall(without));

    FollowUpRecord f;
    f.callId = stored.id;
    f.message = QStringLiteral("And the budget?");
    ASSERT_TRUE(store.insertFollowUp(f));
    f.conversation = conversationToJson({ConversationTurn::user(f.message)});
    f.citations.checked = true;
    Citation c;
    c.id = QStringLiteral("a1b2c3");
    c.status = Citation::Status::Verified;
    f.citations.citations = {c};
    ASSERT_TRUE(store.updateFollowUp(f));
    FollowUpRecord unchecked = f;
    unchecked.citations = {};
    unchecked.conversation = {};
    ASSERT_TRUE(store.updateFollowUp(unchecked));

    const auto loaded = store.loadRun(run.id);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->calls[0].text, QStringLiteral("The answer."));
    EXPECT_EQ(conversationFromJson(loaded->calls[0].conversation), toolExchange());
    ASSERT_EQ(loaded->calls[0].followUps.size(), 1);
    const FollowUpRecord& back = loaded->calls[0].followUps[0];
    EXPECT_TRUE(back.citations.checked);
    EXPECT_EQ(back.citations.verified(), 1);
    EXPECT_EQ(conversationFromJson(back.conversation).value(0).text, QStringLiteral("And the budget?"));
}
