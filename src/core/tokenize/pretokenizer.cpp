#include "core/tokenize/pretokenizer.h"

#include "core/tokenize/unicodeclasses.h"

namespace Cb::Core {

namespace {

constexpr size_t kNone = SIZE_MAX;
using U = UnicodeClasses;

// [^\r\n\p{L}\p{N}]: may precede a word as its one-character prefix.
constexpr bool isPrefix(uint8_t f)
{
    return (f & (U::LineBreak | U::Letter | U::Number)) == 0;
}
// [^\s\p{L}\p{N}]: punctuation, symbols, marks, U+FFFD.
constexpr bool isPunct(uint8_t f)
{
    return (f & (U::Space | U::Letter | U::Number)) == 0;
}
constexpr bool isLower(unsigned char c, char lower)
{
    return (c | 0x20) == lower;
}
constexpr bool isAsciiLower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}
constexpr bool isAsciiLetter(unsigned char c)
{
    return isAsciiLower(c | 0x20);
}
// An ASCII character that may precede a word: not a letter, digit, CR or LF.
constexpr bool isAsciiPrefix(unsigned char c)
{
    return c < 0x80 && !isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '\r' && c != '\n';
}

} // namespace

PreTokenizer::PreTokenizer(Encoding encoding)
    : m_table(UnicodeClasses::bmpTable()), m_o200k(encoding == Encoding::O200kBase)
{
}

inline uint8_t PreTokenizer::Scanner::at(size_t i, int& len) const
{
    const unsigned char b = s[i];
    if (b < 0x80) {
        len = 1;
        return table[b];
    }
    char32_t cp;
    len = UnicodeClasses::decodeUtf8(s + i, s + n, cp);
    return cp < 0x10000 ? table[cp] : UnicodeClasses::computeFlags(cp);
}

// End of the longest run from i of characters having a bit of anyOf and none of noneOf.
size_t PreTokenizer::Scanner::runOf(size_t i, uint8_t anyOf, uint8_t noneOf) const
{
    int len;
    while (i < n) {
        const uint8_t f = at(i, len);
        if (!(f & anyOf) || (f & noneOf))
            break;
        i += static_cast<size_t>(len);
    }
    return i;
}

// (?i:'s|'t|'re|'ve|'m|'ll|'d) at an apostrophe; the same set for both encodings. Rust's
// case-insensitive 's' also matches U+017F LATIN SMALL LETTER LONG S (UTF-8 C5 BF).
size_t PreTokenizer::Scanner::contractionEnd(size_t a) const
{
    if (a + 1 >= n || s[a] != '\'')
        return kNone;
    const unsigned char c = s[a + 1];
    if (isLower(c, 's') || isLower(c, 't') || isLower(c, 'm') || isLower(c, 'd'))
        return a + 2;
    if (c == 0xC5 && a + 2 < n && s[a + 2] == 0xBF)
        return a + 3;
    if (a + 2 < n) {
        const unsigned char c2 = s[a + 2];
        if ((isLower(c, 'r') && isLower(c2, 'e')) || (isLower(c, 'v') && isLower(c2, 'e')) ||
            (isLower(c, 'l') && isLower(c2, 'l')))
            return a + 3;
    }
    return kNone;
}

// [Upperish]*[Lowerish]+ from q. The greedy star backtracks: when the upper run is not followed
// by a lowercase letter, the match ends after the run's last Lowerish character (Lm, Lo, M).
size_t PreTokenizer::Scanner::o200kWordLowerTail(size_t q) const
{
    size_t i = q;
    size_t lastLowerEnd = kNone;
    int len;
    uint8_t f = 0;
    while (i < n) {
        f = at(i, len);
        if (!(f & U::Upperish))
            break;
        i += static_cast<size_t>(len);
        if (f & U::Lowerish)
            lastLowerEnd = i;
    }
    if (i < n && (f & U::Lowerish))
        return runOf(i, U::Lowerish, 0);
    return lastLowerEnd;
}

// [Upperish]+[Lowerish]*
size_t PreTokenizer::Scanner::o200kWordUpperHead(size_t q) const
{
    const size_t e = runOf(q, U::Upperish, 0);
    return e == q ? kNone : runOf(e, U::Lowerish, 0);
}

// \p{N}{1,3} after its first digit.
size_t PreTokenizer::Scanner::digits(size_t i) const
{
    int len;
    for (int k = 1; k < 3 && i < n && (at(i, len) & U::Number); ++k)
        i += static_cast<size_t>(len);
    return i;
}

// " ?[^\s\p{L}\p{N}]+" followed by [\r\n/]* (o200k) or [\r\n]* (cl100k); kNone if no match.
size_t PreTokenizer::Scanner::punctuation(size_t p, uint8_t f0, bool slashTail) const
{
    int len;
    size_t q = p;
    if (s[p] == ' ' && p + 1 < n && isPunct(at(p + 1, len)))
        q = p + 1;
    else if (!isPunct(f0))
        return kNone;
    size_t i = q;
    while (i < n && isPunct(at(i, len)))
        i += static_cast<size_t>(len);
    while (i < n && (s[i] == '\r' || s[i] == '\n' || (slashTail && s[i] == '/')))
        ++i;
    return i;
}

// A whitespace run from p resolved by \s++$ (cl100k only, endFirst), \s*[\r\n]+ (up to the
// run's last line break), \s+(?!\S) (all but the last character) and finally \s.
size_t PreTokenizer::Scanner::whitespace(size_t p, bool endFirst) const
{
    size_t i = p;
    size_t lastBreakEnd = kNone;
    size_t lastStart = p;
    int len;
    while (i < n) {
        const uint8_t f = at(i, len);
        if (!(f & U::Space))
            break;
        lastStart = i;
        i += static_cast<size_t>(len);
        if (f & U::LineBreak)
            lastBreakEnd = i;
    }
    if (endFirst && i == n)
        return n;
    if (lastBreakEnd != kNone)
        return lastBreakEnd;
    if (i == n)
        return n;
    return lastStart > p ? lastStart : i;
}

// The alternatives both patterns share after their word rules, in order: \p{N}{1,3},
// punctuation (o200k lets '/' trail it too), whitespace (cl100k tries \s++$ first).
size_t PreTokenizer::Scanner::afterWords(size_t p, uint8_t f0, size_t next, bool o200kRules) const
{
    if (f0 & U::Number)
        return digits(next);
    if (const size_t e = punctuation(p, f0, o200kRules); e != kNone)
        return e;
    if (f0 & U::Space)
        return whitespace(p, !o200kRules);
    return next; // unreachable: every character matches some alternative
}

bool PreTokenizer::alwaysSplitsAt(QStringView text, qsizetype i)
{
    if (i <= 0 || i >= text.size())
        return true;
    const char16_t next = text[i].unicode();
    if (text[i - 1] != u'\n' || next == u'/')
        return false;
    // Surrogates start supplementary characters, none of which is whitespace.
    return (next >= 0xD800 && next < 0xE000) ||
           !(UnicodeClasses::bmpTable()[next] & UnicodeClasses::Space);
}

// Most pieces of prose and code are an ASCII word with at most a space or punctuation mark in
// front: o200k's " ?[a-z]+" (lowercase only: an uppercase letter starts the [Upperish]* rules)
// or cl100k's " ?[A-Za-z]+". This scans those bytes directly; kNone when the piece is not of
// that shape or its word goes on into non-ASCII text, and the full rules take over.
size_t PreTokenizer::Scanner::asciiWord(size_t p, bool o200kRules) const
{
    const unsigned char c0 = s[p];
    const auto inWord = [o200kRules](unsigned char c) {
        return o200kRules ? isAsciiLower(c) : isAsciiLetter(c);
    };
    size_t i = p + 1;
    if (!inWord(c0)) {
        if (!isAsciiPrefix(c0) || i >= n || !inWord(s[i]))
            return kNone;
        ++i;
    }
    while (i < n && inWord(s[i]))
        ++i;
    if (i == n)
        return i;
    if (s[i] >= 0x80)
        return kNone;
    if (o200kRules && s[i] == '\'') {
        const size_t c = contractionEnd(i);
        return c == kNone ? i : c;
    }
    return i;
}

size_t PreTokenizer::Scanner::o200k(size_t p) const
{
    if (const size_t e = asciiWord(p, true); e != kNone)
        return e;
    int len0;
    const uint8_t f0 = at(p, len0);
    const size_t next = p + static_cast<size_t>(len0);
    const bool prefix = isPrefix(f0);
    int len1;
    const bool wordNext = prefix && next < n && (at(next, len1) & (U::Letter | U::Mark));
    if ((f0 & (U::Letter | U::Mark)) || wordNext) {
        // Alternatives 1 and 2, each trying "with prefix" before "without prefix".
        size_t e = kNone;
        if (wordNext)
            e = o200kWordLowerTail(next);
        if (e == kNone)
            e = o200kWordLowerTail(p);
        if (e == kNone && wordNext)
            e = o200kWordUpperHead(next);
        if (e == kNone)
            e = o200kWordUpperHead(p);
        if (e != kNone) {
            const size_t c = contractionEnd(e);
            return c == kNone ? e : c;
        }
    }
    return afterWords(p, f0, next, true);
}

size_t PreTokenizer::Scanner::cl100k(size_t p) const
{
    if (const size_t e = contractionEnd(p); e != kNone)
        return e;
    if (const size_t e = asciiWord(p, false); e != kNone)
        return e;
    int len0;
    const uint8_t f0 = at(p, len0);
    const size_t next = p + static_cast<size_t>(len0);
    if (f0 & U::Letter)
        return runOf(next, U::Letter, 0);
    int len1;
    // The prefix is possessive: taken whenever it can be, then \p{L}++ must follow.
    if (isPrefix(f0) && next < n && (at(next, len1) & U::Letter))
        return runOf(next, U::Letter, 0);
    return afterWords(p, f0, next, false);
}

} // namespace Cb::Core
