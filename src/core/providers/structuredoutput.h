#pragma once

#include "core/common/result.h"
#include "core/providers/providerrequest.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Cb::Core {

// Structured output (ProviderRequest::responseSchema) as each protocol asks for it. Pure; the
// protocols call these only when a schema is set, so a request without one is unchanged.
namespace StructuredOutput {

// Responses API `text`: {"format":{"type":"json_schema","name","schema","strict":true}}.
QJsonObject responsesText(const ProviderRequest& request);
// Chat Completions `response_format`: {"type":"json_schema","json_schema":{name,schema,strict}}.
QJsonObject chatResponseFormat(const ProviderRequest& request);
// Adds responseMimeType and responseJsonSchema to a Gemini generationConfig.
void addGeminiFields(const ProviderRequest& request, QJsonObject& generationConfig);
// Anthropic has no schema field: the instructions (system text) gain a paragraph asking for one
// JSON value matching the schema, shown in full. The answer is validated afterwards.
QString anthropicInstructions(const ProviderRequest& request);
// The schema's name as sent: responseSchemaName, or "answer" when none is given.
QString schemaName(const ProviderRequest& request);

// The JSON value in a model's answer: the whole text, or else the one ```json fenced block
// (models asked in words sometimes fence it). Parse error otherwise, with the parser's reason.
Result<QJsonValue> parseAnswer(const QString& text);

} // namespace StructuredOutput

} // namespace Cb::Core
