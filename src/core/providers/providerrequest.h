#pragma once

#include "core/providers/toolcall.h"

#include "core/providers/conversationturn.h"
#include "core/providers/providerkind.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Cb::Core {

// Everything needed for one model call, as a plain value. The protocol classes decide which
// fields each provider gets (e.g. temperature is dropped for reasoning models).
// The API key is supplied by the caller from the secrets store; it is deliberately absent from
// toJson() and from every error message, and must never be logged.
struct ProviderRequest
{
    ProviderKind kind = ProviderKind::OpenAiResponses;
    QString baseUrl; // empty = defaultBaseUrl(kind)
    QString apiKey;  // never serialised
    QString model;
    QString instructions;              // system / developer text
    // Earlier turns of a follow-up, oldest first. A tool loop's next round carries the prompt
    // as a user turn, then ConversationTurn{Assistant, native, toolCalls} and
    // ConversationTurn{User, toolResults}, with `input` empty (text in `input` would follow the
    // results in the same user turn).
    QList<ConversationTurn> history;
    QString input;                     // the assembled user prompt, or the follow-up message
    QString reasoningEffort;           // "low" | "medium" | "high" | ... ; empty = provider default
    bool reasoningSummary = false;     // ask for a reasoning summary / thought parts
    std::optional<int> thinkingBudget; // Anthropic budget_tokens, Gemini thinkingBudget
    std::optional<int> maxOutputTokens;
    std::optional<double> temperature; // sent only where the model accepts it
    bool stream = true;                // only honoured for OpenAI background calls
                                       // (false = poll, for o3-pro); otherwise always on
    bool background = false;           // OpenAI Responses background mode (store=true)
    // Function tools offered to the model (PROTOCOLS.md §12); empty = none. A tool loop sends
    // the same tools with every round; tool choice is always "auto" with parallel calls on.
    QList<ToolDefinition> tools;
    // Structured output: when set, the answer must be one JSON value matching this schema
    // (strict subset as for tools). Responses text.format json_schema, Chat response_format,
    // Gemini responseJsonSchema; Anthropic has no such field and is asked in the system text
    // (a forced tool is refused with extended thinking). Either way StructuredCall validates
    // the answer. `responseSchemaName` names it (^[a-zA-Z0-9_-]{1,64}$).
    QJsonObject responseSchema;
    QString responseSchemaName;

    QString effectiveBaseUrl() const;
    // history then input as the last user turn, alternating (see alternatingTurns()).
    QList<ConversationTurn> turns() const;
    // Serialisable description for history/exports; contains no API key.
    QJsonObject toJson() const;
    static ProviderRequest fromJson(const QJsonObject& json);
};

// True for OpenAI reasoning models (o1, o3, o3-pro, o4-mini, gpt-5…), which reject sampling
// parameters such as temperature.
bool isOpenAiReasoningModel(const QString& model);

} // namespace Cb::Core
