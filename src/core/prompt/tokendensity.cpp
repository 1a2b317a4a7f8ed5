#include "core/prompt/tokendensity.h"


namespace Cb::Core {

namespace {

bool isHangul(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3)    // syllables
           || (c >= 0x1100 && c <= 0x11FF) // jamo
           || (c >= 0x3130 && c <= 0x318F) // compatibility jamo
           || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF);
}

} // namespace

TokenDensity TokenDensity::of(QStringView text)
{
    TokenDensity d;
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i];
        if (c < 0x80) {
            // Most prompt text is ASCII: no table look-up for it.
            ++d.characters;
            d.letters += ((c | 0x20) - 'a') < 26;
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            c = QChar::surrogateToUcs4(char16_t(c), p[i + 1]);
            ++i;
        }
        ++d.characters;
        if (!QChar::isLetter(c))
            continue;
        ++d.letters;
        if (isHangul(c))
            ++d.hangul;
    }
    return d;
}

TokenDensity& TokenDensity::operator+=(const TokenDensity& other)
{
    characters += other.characters;
    letters += other.letters;
    hangul += other.hangul;
    return *this;
}

double TokenDensity::charsPerToken(qint64 tokens) const
{
    return tokens > 0 ? double(characters) / double(tokens) : 0.0;
}

bool TokenDensity::koreanCostsMore(qint64 tokens) const
{
    const double perToken = charsPerToken(tokens);
    return koreanHeavy() && perToken > 0 && perToken * 1.5 <= kEnglishCharsPerToken;
}

} // namespace Cb::Core
