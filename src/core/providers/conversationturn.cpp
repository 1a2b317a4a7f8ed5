#include "core/providers/conversationturn.h"

#include <QJsonObject>
#include <QStringList>

namespace Cb::Core {

QString conversationRoleName(ConversationTurn::Role role)
{
    return role == ConversationTurn::Role::Assistant ? QStringLiteral("assistant") : QStringLiteral("user");
}

ConversationTurn::Role conversationRoleFromName(const QString& name)
{
    return name == QLatin1String("assistant") ? ConversationTurn::Role::Assistant : ConversationTurn::Role::User;
}

QList<ConversationTurn> alternatingTurns(const QList<ConversationTurn>& turns)
{
    QList<ConversationTurn> out;
    for (const ConversationTurn& turn : turns) {
        if (turn.text.isEmpty() && !turn.isToolTurn())
            continue;
        if (!out.isEmpty() && out.last().role == turn.role && !turn.isToolTurn()
            && !out.last().isToolTurn())
            out.last().text += QStringLiteral("\n\n") + turn.text;
        else
            out.append(turn);
    }
    return out;
}

QJsonArray conversationToJson(const QList<ConversationTurn>& turns)
{
    QJsonArray out;
    for (const ConversationTurn& t : turns) {
        QJsonObject o{{QStringLiteral("role"), conversationRoleName(t.role)}, {QStringLiteral("text"), t.text}};
        if (!t.native.isUndefined() && !t.native.isNull())
            o.insert(QStringLiteral("native"), t.native);
        QJsonArray calls;
        for (const ToolCall& c : t.toolCalls)
            calls.append(QJsonObject{{QStringLiteral("call_id"), c.callId},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("arguments"), c.arguments}});
        if (!calls.isEmpty())
            o.insert(QStringLiteral("tool_calls"), calls);
        QJsonArray results;
        for (const ToolResult& r : t.toolResults)
            results.append(QJsonObject{{QStringLiteral("call_id"), r.callId},
                                       {QStringLiteral("name"), r.name},
                                       {QStringLiteral("output"), r.output},
                                       {QStringLiteral("is_error"), r.isError}});
        if (!results.isEmpty())
            o.insert(QStringLiteral("tool_results"), results);
        out.append(o);
    }
    return out;
}

QList<ConversationTurn> conversationFromJson(const QJsonArray& json)
{
    // Turns written before tool turns were kept hold only role and text; they read as before.
    QList<ConversationTurn> out;
    for (const QJsonValue& v : json) {
        const QJsonObject o = v.toObject();
        ConversationTurn turn;
        turn.role = conversationRoleFromName(o.value(QStringLiteral("role")).toString());
        turn.text = o.value(QStringLiteral("text")).toString();
        if (const QJsonValue native = o.value(QStringLiteral("native")); !native.isUndefined() && !native.isNull())
            turn.native = native;
        for (const QJsonValue& c : o.value(QStringLiteral("tool_calls")).toArray()) {
            const QJsonObject call = c.toObject();
            turn.toolCalls.append(ToolCall{call.value(QStringLiteral("call_id")).toString(),
                                           call.value(QStringLiteral("name")).toString(),
                                           call.value(QStringLiteral("arguments")).toString()});
        }
        for (const QJsonValue& r : o.value(QStringLiteral("tool_results")).toArray()) {
            const QJsonObject result = r.toObject();
            turn.toolResults.append(ToolResult{result.value(QStringLiteral("call_id")).toString(),
                                               result.value(QStringLiteral("name")).toString(),
                                               result.value(QStringLiteral("output")).toString(),
                                               result.value(QStringLiteral("is_error")).toBool()});
        }
        if (!o.value(QStringLiteral("text")).isString() && !turn.isToolTurn())
            continue;
        out.append(turn);
    }
    return out;
}

// A tool exchange as plain words, for a request that offers no tools (providers reject tool
// calls and results in a request that declares no tools).
ConversationTurn plainTurn(const ConversationTurn& turn)
{
    if (!turn.isToolTurn())
        return turn;
    QStringList parts;
    if (!turn.text.isEmpty())
        parts << turn.text;
    for (const ToolCall& c : turn.toolCalls)
        parts << QStringLiteral("[called %1 %2]").arg(c.name, c.arguments);
    for (const ToolResult& r : turn.toolResults)
        parts << QStringLiteral("[%1 %2]\n%3").arg(r.name, r.isError ? QStringLiteral("failed") : QStringLiteral("returned"),
                                                   r.output);
    ConversationTurn plain;
    plain.role = turn.role;
    plain.text = parts.join(QStringLiteral("\n\n"));
    return plain;
}

QList<ConversationTurn> plainTurns(const QList<ConversationTurn>& turns)
{
    QList<ConversationTurn> out;
    for (const ConversationTurn& t : turns)
        out.append(plainTurn(t));
    return out;
}

} // namespace Cb::Core
