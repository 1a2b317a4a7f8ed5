#pragma once

#include <QJsonObject>

namespace Cb::Core {

// Token usage as reported by the provider; -1 = not reported. Normalised so that:
// inputTokens counts every prompt token (Anthropic: input + cache write + cache read),
// cachedInputTokens is the part served from cache, outputTokens INCLUDES reasoningTokens
// (OpenAI's convention; Gemini's candidates + thoughts), reasoningTokens is the hidden part,
// cacheWriteTokens the part of inputTokens written to the cache (Anthropic, billed apart).
// `reported` keeps the provider's own usage object as it arrived (Anthropic: message_start's
// merged with message_delta's), which is what history, the CLI and exports record.
struct Usage
{
    qint64 inputTokens = -1;
    qint64 cachedInputTokens = -1;
    qint64 outputTokens = -1;
    qint64 reasoningTokens = -1;
    qint64 cacheWriteTokens = -1;
    QJsonObject reported;

    bool isKnown() const { return inputTokens >= 0 || outputTokens >= 0; }
    friend bool operator==(const Usage&, const Usage&) = default;
};

} // namespace Cb::Core
