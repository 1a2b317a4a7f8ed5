#pragma once

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

    static ConversationTurn user(QString text) { return {Role::User, std::move(text)}; }
    static ConversationTurn assistant(QString text) { return {Role::Assistant, std::move(text)}; }

    bool operator==(const ConversationTurn& other) const = default;
};

// "user" / "assistant"; unknown names read as user.
QString conversationRoleName(ConversationTurn::Role role);
ConversationTurn::Role conversationRoleFromName(const QString& name);

// The turns as a provider can take them: empty turns dropped and neighbours of the same role
// joined by a blank line, so user and assistant alternate (Anthropic and Gemini insist on it;
// an answer that failed before any text leaves two user turns in a row otherwise).
QList<ConversationTurn> alternatingTurns(const QList<ConversationTurn>& turns);

// [{"role","text"}] for history records; fromJson ignores malformed entries.
QJsonArray conversationToJson(const QList<ConversationTurn>& turns);
QList<ConversationTurn> conversationFromJson(const QJsonArray& json);

} // namespace Cb::Core
