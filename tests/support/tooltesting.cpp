#include "support/tooltesting.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Cb::Test {

using namespace Cb::Core;

ToolDefinition readItemTool()
{
    return {QStringLiteral("read_item"), QStringLiteral("Read one item by id"),
            jsonObject(R"({"type":"object","properties":{"id":{"type":"string"}},)"
                       R"("required":["id"],"additionalProperties":false})")};
}

QByteArray sseEvent(const QByteArray& type, const QByteArray& json)
{
    QByteArray out;
    if (!type.isEmpty())
        out += "event: " + type + "\n";
    return out + "data: " + json + "\n\n";
}

QJsonObject jsonObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

ProviderRequest nextRound(const ProviderRequest& first, const ProviderResult& result,
                          const QList<ToolResult>& results)
{
    ProviderRequest r = first;
    if (!first.input.isEmpty())
        r.history.append(ConversationTurn::user(first.input));
    ConversationTurn model = ConversationTurn::assistant(result.text);
    model.native = result.modelTurn;
    model.toolCalls = result.calls;
    r.history.append(model);
    ConversationTurn answers = ConversationTurn::user(QString());
    answers.toolResults = results;
    r.history.append(answers);
    r.input.clear();
    return r;
}

} // namespace Cb::Test
