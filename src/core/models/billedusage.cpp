#include "core/models/billedusage.h"

namespace Cb::Core {

namespace {

qint64 count(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble(0));
}

qint64 nested(const QJsonObject& o, const char* object, const char* key)
{
    return count(o.value(QLatin1String(object)).toObject(), key);
}

} // namespace

BilledUsage BilledUsage::fromOpenAiResponses(const QJsonObject& usage)
{
    BilledUsage u;
    u.inputTokens = count(usage, "input_tokens");
    u.cachedInputTokens = nested(usage, "input_tokens_details", "cached_tokens");
    u.outputTokens = count(usage, "output_tokens");
    u.reasoningTokens = nested(usage, "output_tokens_details", "reasoning_tokens");
    return u;
}

BilledUsage BilledUsage::fromChatCompletions(const QJsonObject& usage)
{
    BilledUsage u;
    u.inputTokens = count(usage, "prompt_tokens");
    u.cachedInputTokens = nested(usage, "prompt_tokens_details", "cached_tokens");
    u.outputTokens = count(usage, "completion_tokens");
    u.reasoningTokens = nested(usage, "completion_tokens_details", "reasoning_tokens");
    return u;
}

BilledUsage BilledUsage::fromAnthropic(const QJsonObject& usage)
{
    BilledUsage u;
    u.cachedInputTokens = count(usage, "cache_read_input_tokens");
    u.cacheWriteTokens = count(usage, "cache_creation_input_tokens");
    u.inputTokens = count(usage, "input_tokens") + u.cachedInputTokens + u.cacheWriteTokens;
    // Anthropic does not split thinking out of output_tokens; it is billed there.
    u.outputTokens = count(usage, "output_tokens");
    return u;
}

BilledUsage BilledUsage::fromGemini(const QJsonObject& usageMetadata)
{
    BilledUsage u;
    // Tool-use prompt tokens are billed as input but reported outside promptTokenCount.
    u.inputTokens =
        count(usageMetadata, "promptTokenCount") + count(usageMetadata, "toolUsePromptTokenCount");
    u.cachedInputTokens = count(usageMetadata, "cachedContentTokenCount");
    u.reasoningTokens = count(usageMetadata, "thoughtsTokenCount");
    u.outputTokens = count(usageMetadata, "candidatesTokenCount") + u.reasoningTokens;
    return u;
}

} // namespace Cb::Core
