#pragma once

#include "core/providers/toolcall.h"

#include <QJsonValue>
#include <QList>

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Cb::Core {

// One earlier message of a conversation sent again with a follow-up: what the user said or
// what the model answered. Providers are stateless here (OpenAI store may be false), so a
// follow-up carries the whole exchange as explicit turns. A value.
struct ConversationTurn
{
    enum class Role { User, Assistant };

    Role role = Role::User;
    QString text;
    // Tool loop (PROTOCOLS.md §12). An assistant turn that asked for tools carries the model's
    // output exactly as the provider sent it (`native`: Responses output items array, Chat
    // assistant message object, Anthropic content blocks array, Gemini content parts array),
    // to be echoed verbatim, plus its calls; the user turn after it carries one result per
    // call. Such turns are never joined with their neighbours and are not empty even when
    // `text` is.
    QJsonValue native;
    QList<ToolCall> toolCalls;
    QList<ToolResult> toolResults;

    static ConversationTurn user(QString text) { return {Role::User, std::move(text), {}, {}, {}}; }
    static ConversationTurn assistant(QString text)
    {
        return {Role::Assistant, std::move(text), {}, {}, {}};
    }
    bool isToolTurn() const { return !toolCalls.isEmpty() || !toolResults.isEmpty(); }

    bool operator==(const ConversationTurn& other) const = default;
};

// "user" / "assistant"; unknown names read as user.
QString conversationRoleName(ConversationTurn::Role role);
ConversationTurn::Role conversationRoleFromName(const QString& name);

// The turns as a provider can take them: empty turns dropped and neighbours of the same role
// joined by a blank line, so user and assistant alternate (Anthropic and Gemini insist on it;
// an answer that failed before any text leaves two user turns in a row otherwise).
QList<ConversationTurn> alternatingTurns(const QList<ConversationTurn>& turns);

// For history records and saved requests; fromJson ignores malformed entries. Every field, tool turns included ({role, text, native?, tool_calls?, tool_results?}), so a
// stored exchange can be sent again exactly. Reads role-and-text arrays written before too.
QJsonArray conversationToJson(const QList<ConversationTurn>& turns);
QList<ConversationTurn> conversationFromJson(const QJsonArray& json);

// A tool turn as plain words ("[called read_item {…}]", "[read_item returned]\n…"), for a
// request that offers no tools: providers reject tool calls and results without declarations.
ConversationTurn plainTurn(const ConversationTurn& turn);
QList<ConversationTurn> plainTurns(const QList<ConversationTurn>& turns);

} // namespace Cb::Core
