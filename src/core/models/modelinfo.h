#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Cb::Core {

// Which wire protocol family a model is reached through.
enum class ModelProvider
{
    OpenAi,
    Anthropic,
    Gemini,
    OpenAiCompatible
};

// "openai", "anthropic", "gemini", "openai-compatible": the catalog's and the CLI's spelling.
QString providerName(ModelProvider provider);
std::optional<ModelProvider> providerFromName(const QString& name);

// Whether a model may, or must, run as an OpenAI background response (create, then poll).
enum class BackgroundMode
{
    Unsupported,
    Allowed,
    Required
};

QString backgroundModeName(BackgroundMode mode);
std::optional<BackgroundMode> backgroundModeFromName(const QString& name);

// USD per million tokens. An absent price is "not published / not known", never zero:
// cost estimates that need it come out as unknown instead of silently free.
struct TokenPrices
{
    std::optional<double> input;
    std::optional<double> cachedInput; // absent: cached tokens are billed at the input price
    std::optional<double> cacheWrite;  // Anthropic 5-minute cache write; absent: input price
    std::optional<double> output;      // applies to reasoning / thinking tokens as well

    bool known() const { return input.has_value() && output.has_value(); }
    double cachedInputOrInput() const { return cachedInput.value_or(input.value_or(0.0)); }
    double cacheWriteOrInput() const { return cacheWrite.value_or(input.value_or(0.0)); }
};

// Base prices plus an optional tier that replaces them once the prompt is longer than
// aboveInputTokens (Gemini 2.5 Pro bills the whole request at the higher rate past 200K).
struct ModelPricing
{
    TokenPrices base;
    std::optional<TokenPrices> longContext;
    qint64 longContextAbove = 0;

    const TokenPrices& forPrompt(qint64 promptTokens) const
    {
        return (longContext && promptTokens > longContextAbove) ? *longContext : base;
    }
};

// Thinking-token budget a request may ask for (Anthropic budget_tokens, Gemini thinkingBudget).
struct ThinkingBudgetRange
{
    int min = 0;
    int max = 0;
    bool canDisable = true;
};

struct ModelCapabilities
{
    QStringList reasoningEfforts; // empty: the request carries no reasoning.effort
    bool temperature = true;      // false: never send sampling parameters
    bool streaming = true;
    BackgroundMode background = BackgroundMode::Unsupported;
    std::optional<ThinkingBudgetRange> thinkingBudget;
};

// One catalog entry. A plain value: copy freely, no ownership, any thread.
struct ModelInfo
{
    ModelProvider provider = ModelProvider::OpenAiCompatible;
    QString id; // the id sent to the API, e.g. "o3-pro", "claude-sonnet-4-5"
    QString displayName;
    QStringList aliases; // dated snapshots and other names, e.g. "o3-pro-2025-06-10"
    QString encoding;    // tiktoken encoding name; empty when there is no public tokenizer
    qint64 contextWindow = 0;
    std::optional<qint64> maxInput; // GPT-5: 272K of the 400K window may be prompt
    qint64 maxOutput = 0;
    ModelPricing pricing;
    ModelCapabilities capabilities;
    qint64 typicalOutputTokens = 0; // rough, reasoning included; the low end of cost ranges
    QString notes;

    // "provider:id", the key runs and settings store.
    QString key() const { return providerName(provider) + QLatin1Char(':') + id; }
    bool hasPublicTokenizer() const { return !encoding.isEmpty(); }
    qint64 inputLimit() const { return maxInput.value_or(contextWindow); }
    // Anthropic rejects prompt + max_tokens above the window; OpenAI and Gemini only cap output.
    bool outputReservedInWindow() const { return provider == ModelProvider::Anthropic; }
};

} // namespace Cb::Core
