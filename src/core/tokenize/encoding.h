#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace Cb::Core {

// The tiktoken byte-pair encodings ContextBench counts exactly.
enum class Encoding
{
    O200kBase,  // gpt-4o, gpt-4.1, gpt-4.5, gpt-5, o1, o3, o4-mini
    Cl100kBase, // gpt-4, gpt-3.5-turbo, text-embedding-3-*, text-embedding-ada-002
};

// A special token of an encoding: its text and id. Only decode() knows them; encode() treats
// text that looks like a special token as ordinary text (tiktoken's encode_ordinary).
struct SpecialToken
{
    std::string_view text;
    uint32_t id = 0;
};

// Canonical tiktoken name, e.g. "o200k_base".
QString encodingName(Encoding encoding);
std::optional<Encoding> encodingFromName(const QString& name);

// Which encoding an OpenAI model name uses (tiktoken's model.py, prefixes included);
// nullopt for models without a public tokenizer (Claude, Gemini) or unknown names.
std::optional<Encoding> encodingForModel(const QString& model);

// File name of the vocabulary under resourcePath("tokenizers/").
QString vocabularyFileName(Encoding encoding);

// Number of mergeable ranks (lines in the .tiktoken file) an encoding must have.
uint32_t mergeableRankCount(Encoding encoding);

std::span<const SpecialToken> specialTokens(Encoding encoding);

} // namespace Cb::Core
