#include "core/tokenize/tokenizerregistry.h"
#include "fuzz/core/corefuzzentries.h"

namespace Cb::Fuzz {

namespace {

void roundTrip(const Core::Tokenizer& tokenizer, std::string_view bytes, const QString& name)
{
    const std::vector<uint32_t> tokens = tokenizer.encode(bytes);
    auto decoded = tokenizer.decode(tokens);
    check(bool(decoded), name + QStringLiteral(": decode of its own tokens failed"));
    if (decoded) {
        check(std::string_view(decoded->constData(), size_t(decoded->size())) == bytes,
              name + QStringLiteral(": decode(encode(x)) != x for %1 bytes").arg(bytes.size()));
    }
    check(tokenizer.count(bytes) == tokens.size(),
          name + QStringLiteral(": count() != encode().size()"));
    check(tokenizer.countUntil(bytes, tokens.size()) == tokens.size(),
          name + QStringLiteral(": countUntil(exact) is not exact"));
    if (!tokens.empty()) {
        const size_t limit = tokens.size() / 2;
        check(tokenizer.countUntil(bytes, limit) == limit + 1,
              name + QStringLiteral(": countUntil(below) is not limit + 1"));
    }
    check(tokens.size() <= bytes.size(), name + QStringLiteral(": more tokens than bytes"));
}

} // namespace

int fuzzTokenizer(const uint8_t* data, size_t size)
{
    // Loaded once per process from the shipped vocabularies; a missing file is a setup error.
    static Core::TokenizerRegistry registry;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const Core::Encoding encoding : {Core::Encoding::O200kBase, Core::Encoding::Cl100kBase}) {
        auto tokenizer = registry.tokenizer(encoding);
        if (!tokenizer) {
            check(false, QStringLiteral("tokenizer: cannot load: ") + tokenizer.error().message);
            return 0;
        }
        roundTrip(**tokenizer, bytes, Core::encodingName(encoding));
    }
    return 0;
}

} // namespace Cb::Fuzz
