#pragma once

#include <QString>

#include <optional>

namespace Cb::Core {

// The wire protocol a provider speaks. ChatCompletions covers every OpenAI-compatible server
// (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter, DeepSeek, Groq and OpenAI itself).
enum class ProviderKind
{
    OpenAiResponses,
    ChatCompletions,
    Anthropic,
    Gemini,
};

// Stable identifiers for settings and history ("openai", "openai-compatible", ...).
QString providerKindId(ProviderKind kind);
std::optional<ProviderKind> providerKindFromId(const QString& id);
// Human name used in error messages ("OpenAI", "Anthropic", ...).
QString providerDisplayName(ProviderKind kind);
// Documented default base URL; OpenAI-style bases include the version, the others do not.
QString defaultBaseUrl(ProviderKind kind);

} // namespace Cb::Core
