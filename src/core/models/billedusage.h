#pragma once

#include <QJsonObject>
#include <QString>

namespace Cb::Core {

// Token usage as billed, normalised across providers so one price formula fits all:
//   inputTokens       every prompt token, including the cached and cache-written ones
//   cachedInputTokens the part billed at the cached (cache-read) price
//   cacheWriteTokens  the part billed at the cache-write price (Anthropic)
//   outputTokens      every billed output token, reasoning / thinking included
//   reasoningTokens   the reasoning part of outputTokens, for display only
//
// The from*() adapters take the provider's own usage JSON and treat every field as optional.
// A plain value.
struct BilledUsage
{
    qint64 inputTokens = 0;
    qint64 cachedInputTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 outputTokens = 0;
    qint64 reasoningTokens = 0;

    // Responses API `usage`: output_tokens already includes reasoning_tokens.
    static BilledUsage fromOpenAiResponses(const QJsonObject& usage);
    // Chat Completions `usage` (OpenAI and compatible servers): completion_tokens includes
    // completion_tokens_details.reasoning_tokens.
    static BilledUsage fromChatCompletions(const QJsonObject& usage);
    // Messages `usage`: input_tokens excludes the cache, so total input =
    // input_tokens + cache_creation_input_tokens + cache_read_input_tokens.
    static BilledUsage fromAnthropic(const QJsonObject& usage);
    // Gemini `usageMetadata`: candidatesTokenCount excludes thoughts, so output =
    // candidates + thoughts; promptTokenCount includes cachedContentTokenCount.
    static BilledUsage fromGemini(const QJsonObject& usageMetadata);
    // A usage object as history records it: the provider's own object (told apart by its field
    // names; `provider` is the record's provider id, needed for Anthropic's OpenAI-like names),
    // or the normalised {input_tokens, cached_input_tokens, output_tokens, reasoning_tokens}
    // that runs recorded before the raw object was kept.
    static BilledUsage fromRecorded(const QString& provider, const QJsonObject& usage);

    friend bool operator==(const BilledUsage&, const BilledUsage&) = default;
};

} // namespace Cb::Core
