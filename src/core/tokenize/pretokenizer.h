#pragma once

#include "core/tokenize/encoding.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <QStringView>

namespace Cb::Core {

// Splits text into the pieces tiktoken's split regex would find, without a regex engine: a
// hand-written scanner per encoding that mirrors the pattern's alternatives in order, including
// the backtracking of the o200k letter classes and the \s+(?!\S) look-ahead (one character of
// look-ahead here). Pieces are found left to right; none depends on text before its start.
// Bytes that are not valid UTF-8 count as U+FFFD for classification and stay in the pieces, so
// the concatenated pieces always equal the input. Stateless and thread-safe.
class PreTokenizer
{
public:
    explicit PreTokenizer(Encoding encoding);

    // True when both encodings end a piece at position i of text whatever the text around it:
    // at either end, and after a line feed followed by a character that is neither whitespace
    // nor '/' (no rule carries a line feed into what follows, and no piece looks back). So the
    // count of a text cut at such positions is the sum of the counts of the parts, which lets
    // PromptCounter reuse an item's count inside the assembled prompt.
    static bool alwaysSplitsAt(QStringView text, qsizetype i);

    // Byte offset where the piece starting at pos ends; pos < text.size(), result > pos.
    size_t pieceEnd(std::string_view text, size_t pos) const
    {
        Scanner s{reinterpret_cast<const unsigned char*>(text.data()), text.size(), m_table};
        return m_o200k ? s.o200k(pos) : s.cl100k(pos);
    }

private:
    struct Scanner
    {
        const unsigned char* s;
        size_t n;
        const uint8_t* table;

        uint8_t at(size_t i, int& len) const;
        size_t o200k(size_t p) const;
        size_t cl100k(size_t p) const;
        size_t asciiWord(size_t p, bool o200kRules) const;
        size_t o200kWordLowerTail(size_t q) const;
        size_t o200kWordUpperHead(size_t q) const;
        size_t contractionEnd(size_t apostrophe) const;
        size_t digits(size_t i) const;
        size_t runOf(size_t i, uint8_t anyOf, uint8_t noneOf) const;
        size_t punctuation(size_t p, uint8_t f0, bool slashTail) const;
        size_t whitespace(size_t p, bool endFirst) const;
        size_t afterWords(size_t p, uint8_t f0, size_t next, bool o200kRules) const;
    };

    const uint8_t* m_table;
    bool m_o200k;
};

} // namespace Cb::Core
