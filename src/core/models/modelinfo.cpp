#include "core/models/modelinfo.h"

namespace Cb::Core {

QString providerName(ModelProvider provider)
{
    switch (provider) {
    case ModelProvider::OpenAi:
        return QStringLiteral("openai");
    case ModelProvider::Anthropic:
        return QStringLiteral("anthropic");
    case ModelProvider::Gemini:
        return QStringLiteral("gemini");
    case ModelProvider::OpenAiCompatible:
        return QStringLiteral("openai-compatible");
    }
    return QString();
}

std::optional<ModelProvider> providerFromName(const QString& name)
{
    for (ModelProvider p : {ModelProvider::OpenAi, ModelProvider::Anthropic, ModelProvider::Gemini,
                            ModelProvider::OpenAiCompatible}) {
        if (name.compare(providerName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString backgroundModeName(BackgroundMode mode)
{
    switch (mode) {
    case BackgroundMode::Unsupported:
        return QStringLiteral("unsupported");
    case BackgroundMode::Allowed:
        return QStringLiteral("allowed");
    case BackgroundMode::Required:
        return QStringLiteral("required");
    }
    return QString();
}

std::optional<BackgroundMode> backgroundModeFromName(const QString& name)
{
    for (BackgroundMode m :
         {BackgroundMode::Unsupported, BackgroundMode::Allowed, BackgroundMode::Required}) {
        if (name == backgroundModeName(m))
            return m;
    }
    return std::nullopt;
}

} // namespace Cb::Core
