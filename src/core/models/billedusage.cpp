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

// Responses and Chat Completions share one layout under different names: <in>, <in>_details
// .cached_tokens, <out>, <out>_details.reasoning_tokens; <out> already includes reasoning.
BilledUsage openAiStyle(const QJsonObject& usage, const char* in, const char* out)
{
    const QByteArray inDetails = QByteArray(in) + "_details";
    const QByteArray outDetails = QByteArray(out) + "_details";
    BilledUsage u;
    u.inputTokens = count(usage, in);
    u.cachedInputTokens = nested(usage, inDetails.constData(), "cached_tokens");
    u.outputTokens = count(usage, out);
    u.reasoningTokens = nested(usage, outDetails.constData(), "reasoning_tokens");
    return u;
}

} // namespace

BilledUsage BilledUsage::fromOpenAiResponses(const QJsonObject& usage)
{
    return openAiStyle(usage, "input_tokens", "output_tokens");
}

BilledUsage BilledUsage::fromChatCompletions(const QJsonObject& usage)
{
    return openAiStyle(usage, "prompt_tokens", "completion_tokens");
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

BilledUsage BilledUsage::fromRecorded(const QString& provider, const QJsonObject& u)
{
    if (u.contains(QLatin1String("promptTokenCount")) ||
        u.contains(QLatin1String("candidatesTokenCount")))
        return fromGemini(u);
    if (u.contains(QLatin1String("prompt_tokens")) || u.contains(QLatin1String("completion_tokens")))
        return fromChatCompletions(u);
    if (u.contains(QLatin1String("cached_input_tokens")) ||
        u.contains(QLatin1String("reasoning_tokens"))) {
        BilledUsage legacy; // already normalised
        legacy.inputTokens = count(u, "input_tokens");
        legacy.cachedInputTokens = count(u, "cached_input_tokens");
        legacy.outputTokens = count(u, "output_tokens");
        legacy.reasoningTokens = count(u, "reasoning_tokens");
        return legacy;
    }
    if (provider == QLatin1String("anthropic") ||
        u.contains(QLatin1String("cache_creation_input_tokens")))
        return fromAnthropic(u);
    return fromOpenAiResponses(u);
}

} // namespace Cb::Core
