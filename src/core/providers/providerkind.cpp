#include "core/providers/providerkind.h"

#include <QCoreApplication>

namespace Cb::Core {

QString providerKindId(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAiResponses:
        return QStringLiteral("openai");
    case ProviderKind::ChatCompletions:
        return QStringLiteral("openai-compatible");
    case ProviderKind::Anthropic:
        return QStringLiteral("anthropic");
    case ProviderKind::Gemini:
        return QStringLiteral("gemini");
    }
    return {};
}

std::optional<ProviderKind> providerKindFromId(const QString& id)
{
    for (ProviderKind k : {ProviderKind::OpenAiResponses, ProviderKind::ChatCompletions,
                           ProviderKind::Anthropic, ProviderKind::Gemini}) {
        if (providerKindId(k) == id)
            return k;
    }
    return std::nullopt;
}

QString providerDisplayName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAiResponses:
        return QStringLiteral("OpenAI");
    case ProviderKind::ChatCompletions:
        // Only ever shown (error messages); files and JSON name providers by their ids.
        return QCoreApplication::translate("Cb::Core::ProviderKind", "OpenAI-compatible server");
    case ProviderKind::Anthropic:
        return QStringLiteral("Anthropic");
    case ProviderKind::Gemini:
        return QStringLiteral("Google Gemini");
    }
    return {};
}

QString defaultBaseUrl(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAiResponses:
        return QStringLiteral("https://api.openai.com/v1");
    case ProviderKind::ChatCompletions:
        return QStringLiteral("http://localhost:11434/v1");
    case ProviderKind::Anthropic:
        return QStringLiteral("https://api.anthropic.com");
    case ProviderKind::Gemini:
        return QStringLiteral("https://generativelanguage.googleapis.com");
    }
    return {};
}

} // namespace Cb::Core
