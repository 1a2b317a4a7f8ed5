#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Cb::Core {

// A function the model may call (PROTOCOLS.md §12). `parameters` is a JSON Schema written in
// the strict subset every provider accepts: an object, every property listed in `required`,
// `additionalProperties:false`, optional properties typed `[T, "null"]`. Each protocol
// converts it to its own declaration (Gemini drops what its OpenAPI subset rejects).
struct ToolDefinition
{
    QString name; // ^[a-zA-Z0-9_-]{1,64}$
    QString description;
    QJsonObject parameters;

    // `parameters`, or the empty strict object schema for a tool without arguments.
    QJsonObject schema() const
    {
        if (!parameters.isEmpty())
            return parameters;
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                           {QStringLiteral("properties"), QJsonObject()},
                           {QStringLiteral("required"), QJsonArray()},
                           {QStringLiteral("additionalProperties"), false}};
    }

    bool operator==(const ToolDefinition& other) const = default;
};

// One function call the model made, complete (its end signal arrived). `arguments` is the
// JSON text exactly as received — it may be invalid; the executor answers that with an error
// result the model can read. `callId` is the provider's id (Responses call_id, Chat id,
// Anthropic tool_use id, Gemini functionCall.id or empty: Gemini matches results by order).
struct ToolCall
{
    QString callId;
    QString name;
    QString arguments;

    bool operator==(const ToolCall& other) const = default;
};

// The answer to one ToolCall, sent back in the next request. Failures are results too
// (`isError`: Anthropic is_error, Gemini {"error":…}, plain text elsewhere).
struct ToolResult
{
    QString callId;
    QString name;
    QString output;
    bool isError = false;

    bool operator==(const ToolResult& other) const = default;
};

} // namespace Cb::Core
