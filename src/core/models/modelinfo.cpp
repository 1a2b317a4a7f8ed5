#include "core/models/modelinfo.h"

namespace Cb::Core {

namespace {

template <typename Enum>
std::optional<Enum> fromName(const QString& name, std::initializer_list<Enum> values,
                             QString (*nameOf)(Enum))
{
    for (Enum value : values) {
        if (name.compare(nameOf(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace

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
    return fromName(name,
                    {ModelProvider::OpenAi, ModelProvider::Anthropic, ModelProvider::Gemini,
                     ModelProvider::OpenAiCompatible},
                    providerName);
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
    return fromName(
        name, {BackgroundMode::Unsupported, BackgroundMode::Allowed, BackgroundMode::Required},
        backgroundModeName);
}

} // namespace Cb::Core
