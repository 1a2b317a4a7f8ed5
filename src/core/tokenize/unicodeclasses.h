#pragma once

#include <cstddef>
#include <cstdint>

namespace Cb::Core {

// Per-code-point class bits the tiktoken split patterns ask about, plus a lenient UTF-8
// decoder. General categories are Unicode 16.0, like the regex crate tiktoken is built with:
// Qt's QChar tables (Unicode 14.0) patched by unicode16Ranges(); \s is the White_Space
// property, as in Rust's regex. The BMP is cached in a 64 KiB table built once
// (thread-safe static initialisation); higher planes ask QChar directly.
class UnicodeClasses
{
public:
    enum Flag : uint8_t
    {
        Upperish = 1 << 0,  // Lu Lt Lm Lo M: o200k's [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]
        Lowerish = 1 << 1,  // Ll Lm Lo M:    o200k's [\p{Ll}\p{Lm}\p{Lo}\p{M}]
        Letter = 1 << 2,    // \p{L}
        Number = 1 << 3,    // \p{N}
        Mark = 1 << 4,      // \p{M}
        Space = 1 << 5,     // \s (White_Space)
        LineBreak = 1 << 6, // \r or \n
    };

    static const uint8_t* bmpTable();
    static uint8_t computeFlags(char32_t cp);
    // The flags from Qt's tables alone, without the Unicode 16 patch (for the generator).
    static uint8_t qtFlags(char32_t cp);

    // Decodes one code point at p (p < end). Invalid or truncated sequences, overlongs and
    // surrogates decode as U+FFFD with length 1, so every byte is consumed exactly once.
    static int decodeUtf8(const unsigned char* p, const unsigned char* end, char32_t& cp)
    {
        const unsigned char b0 = p[0];
        if (b0 < 0x80) {
            cp = b0;
            return 1;
        }
        return decodeMultiByte(p, end, cp);
    }

private:
    static int decodeMultiByte(const unsigned char* p, const unsigned char* end, char32_t& cp);
};

} // namespace Cb::Core
