#include "core/providers/conversationturn.h"

#include <QJsonObject>

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
    for (const ConversationTurn& t : turns)
        out.append(QJsonObject{{QStringLiteral("role"), conversationRoleName(t.role)},
                               {QStringLiteral("text"), t.text}});
    return out;
}

QList<ConversationTurn> conversationFromJson(const QJsonArray& json)
{
    QList<ConversationTurn> out;
    for (const QJsonValue& v : json) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("text")).isString())
            continue;
        ConversationTurn turn;
        turn.role = conversationRoleFromName(o.value(QStringLiteral("role")).toString());
        turn.text = o.value(QStringLiteral("text")).toString();
        out.append(turn);
    }
    return out;
}

} // namespace Cb::Core
