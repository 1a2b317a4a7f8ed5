#include "core/tokenize/encoding.h"

#include <array>

namespace Cb::Core {

namespace {

constexpr std::array<SpecialToken, 2> kO200kSpecials{{
    {"<|endoftext|>", 199999},
    {"<|endofprompt|>", 200018},
}};

constexpr std::array<SpecialToken, 5> kCl100kSpecials{{
    {"<|endoftext|>", 100257},
    {"<|fim_prefix|>", 100258},
    {"<|fim_middle|>", 100259},
    {"<|fim_suffix|>", 100260},
    {"<|endofprompt|>", 100276},
}};

bool startsWithAny(const QString& model, std::initializer_list<const char*> prefixes)
{
    for (const char* prefix : prefixes) {
        if (model.startsWith(QLatin1String(prefix)))
            return true;
    }
    return false;
}

} // namespace

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::O200kBase:
        return QStringLiteral("o200k_base");
    case Encoding::Cl100kBase:
        return QStringLiteral("cl100k_base");
    }
    return {};
}

std::optional<Encoding> encodingFromName(const QString& name)
{
    for (Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase}) {
        if (name == encodingName(e))
            return e;
    }
    return std::nullopt;
}

std::optional<Encoding> encodingForModel(const QString& model)
{
    const QString m = model.trimmed().toLower();
    // Exact names and prefixes from tiktoken's model.py; "gpt-4o" must be tested before "gpt-4".
    if (m == QLatin1String("o1") || m == QLatin1String("o3") || m == QLatin1String("o4-mini") ||
        startsWithAny(
            m, {"o1-", "o3-", "o4-mini-", "gpt-5", "gpt-4.1", "gpt-4.5", "gpt-4o", "chatgpt-4o-"}))
        return Encoding::O200kBase;
    if (startsWithAny(m, {"gpt-4", "gpt-3.5-turbo", "gpt-35-turbo", "text-embedding-3-",
                          "text-embedding-ada-002"}))
        return Encoding::Cl100kBase;
    return std::nullopt;
}

QString vocabularyFileName(Encoding encoding)
{
    return encodingName(encoding) + QStringLiteral(".tiktoken");
}

uint32_t mergeableRankCount(Encoding encoding)
{
    return encoding == Encoding::O200kBase ? 199998u : 100256u;
}

std::span<const SpecialToken> specialTokens(Encoding encoding)
{
    if (encoding == Encoding::O200kBase)
        return kO200kSpecials;
    return kCl100kSpecials;
}

} // namespace Cb::Core
