#pragma once

#include "fuzz/core/fuzzcheck.h"

#include <QList>

namespace Cb::Fuzz {

// Fuzz entries over cb_core. Each takes arbitrary bytes, must never crash, hang or leak, and
// checks its target's own invariants through check(). Return 0 always (libFuzzer contract).

// SseDecoder: feeding the bytes whole, in pieces and byte by byte gives the same events.
int fuzzSse(const uint8_t* data, size_t size);
// The bytes as an SSE body through each provider's JSON event mapper: exactly one terminal
// event once the body ends, whatever the events say.
int fuzzResponsesMapping(const uint8_t* data, size_t size);
int fuzzChatMapping(const uint8_t* data, size_t size);
int fuzzAnthropicMapping(const uint8_t* data, size_t size);
int fuzzGeminiMapping(const uint8_t* data, size_t size);
// PackFile::fromJson: a pack that loads saves to JSON that loads to the same JSON again.
int fuzzPack(const uint8_t* data, size_t size);
// Tokenizer (o200k_base and cl100k_base): decode(encode(x)) == x byte for byte; count and
// countUntil agree with encode.
int fuzzTokenizer(const uint8_t* data, size_t size);

struct NamedEntry
{
    const char* name; // the folder under fuzz/corpus and fuzz/crashes
    Entry entry;
};

QList<NamedEntry> coreEntries();

} // namespace Cb::Fuzz
