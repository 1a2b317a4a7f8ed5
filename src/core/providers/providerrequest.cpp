#include "core/providers/providerrequest.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Cb::Core {

QString ProviderRequest::effectiveBaseUrl() const
{
    QString base = baseUrl.isEmpty() ? defaultBaseUrl(kind) : baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

QList<ConversationTurn> ProviderRequest::turns() const
{
    // The new input always ends the list, even empty: a single-turn body stays what it was.
    QList<ConversationTurn> out = alternatingTurns(history);
    const bool lastIsUser = !out.isEmpty() && out.last().role == ConversationTurn::Role::User;
    if (lastIsUser && !input.isEmpty() && out.last().text.isEmpty())
        out.last().text = input; // a tool-results turn: the text follows the results
    else if (lastIsUser && !input.isEmpty())
        out.last().text += QStringLiteral("\n\n") + input;
    else if (!lastIsUser)
        out.append(ConversationTurn::user(input));
    return out;
}

QJsonObject ProviderRequest::toJson() const
{
    QJsonObject o{
        {QStringLiteral("provider"), providerKindId(kind)},
        {QStringLiteral("baseUrl"), baseUrl},
        {QStringLiteral("model"), model},
        {QStringLiteral("instructions"), instructions},
        {QStringLiteral("input"), input},
        {QStringLiteral("reasoningEffort"), reasoningEffort},
        {QStringLiteral("reasoningSummary"), reasoningSummary},
        {QStringLiteral("stream"), stream},
        {QStringLiteral("background"), background},
    };
    if (!history.isEmpty())
        o.insert(QStringLiteral("history"), conversationToJson(history));
    if (thinkingBudget)
        o.insert(QStringLiteral("thinkingBudget"), *thinkingBudget);
    if (maxOutputTokens)
        o.insert(QStringLiteral("maxOutputTokens"), *maxOutputTokens);
    if (temperature)
        o.insert(QStringLiteral("temperature"), *temperature);
    return o;
}

ProviderRequest ProviderRequest::fromJson(const QJsonObject& o)
{
    ProviderRequest r;
    r.kind = providerKindFromId(o.value(QStringLiteral("provider")).toString())
                 .value_or(ProviderKind::OpenAiResponses);
    r.baseUrl = o.value(QStringLiteral("baseUrl")).toString();
    r.model = o.value(QStringLiteral("model")).toString();
    r.instructions = o.value(QStringLiteral("instructions")).toString();
    r.history = conversationFromJson(o.value(QStringLiteral("history")).toArray());
    r.input = o.value(QStringLiteral("input")).toString();
    r.reasoningEffort = o.value(QStringLiteral("reasoningEffort")).toString();
    r.reasoningSummary = o.value(QStringLiteral("reasoningSummary")).toBool();
    r.stream = o.value(QStringLiteral("stream")).toBool(true);
    r.background = o.value(QStringLiteral("background")).toBool();
    if (o.contains(QStringLiteral("thinkingBudget")))
        r.thinkingBudget = o.value(QStringLiteral("thinkingBudget")).toInt();
    if (o.contains(QStringLiteral("maxOutputTokens")))
        r.maxOutputTokens = o.value(QStringLiteral("maxOutputTokens")).toInt();
    if (o.contains(QStringLiteral("temperature")))
        r.temperature = o.value(QStringLiteral("temperature")).toDouble();
    return r;
}

bool isOpenAiReasoningModel(const QString& model)
{
    static const QRegularExpression re(QStringLiteral("^(o[1-9](-|$)|o[1-9][a-z-]|gpt-5)"));
    // Strip a vendor prefix as used by routers ("openai/o3").
    const QString bare = model.section(QLatin1Char('/'), -1).toLower();
    return re.match(bare).hasMatch();
}

} // namespace Cb::Core
