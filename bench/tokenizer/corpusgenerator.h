#pragma once

#include <QByteArray>

#include <cstdint>

// Deterministic mixed-language corpus for the tokenizer benchmark: English prose (most of it,
// with invented words so caches cannot hide the merge cost), code with CRLF and indentation,
// Korean, Japanese, Chinese, Arabic, Russian, emoji with joiners, combining marks, long digit
// strings, contractions in any case, "<|endoftext|>" between documents, base64 blobs.
// Same seed and size: byte-identical output on every machine.
class CorpusGenerator
{
public:
    explicit CorpusGenerator(uint64_t seed = 0xC0FFEE) : m_state(seed) {}

    // Documents separated by "\n\n<|endoftext|>\n\n", about targetBytes in total.
    QByteArray generate(qsizetype targetBytes);

private:
    uint64_t next();
    uint32_t below(uint32_t n) { return static_cast<uint32_t>(next() % n); }
    QByteArray word();
    QByteArray paragraph();
    QByteArray document();

    uint64_t m_state;
};
