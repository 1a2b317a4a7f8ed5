#include "fuzz/core/corefuzzentries.h"

namespace Cb::Fuzz {

QList<NamedEntry> coreEntries()
{
    return {
        {"sse", &fuzzSse},
        {"responses", &fuzzResponsesMapping},
        {"chat", &fuzzChatMapping},
        {"anthropic", &fuzzAnthropicMapping},
        {"gemini", &fuzzGeminiMapping},
        {"pack", &fuzzPack},
        {"tokenizer", &fuzzTokenizer},
    };
}

} // namespace Cb::Fuzz
