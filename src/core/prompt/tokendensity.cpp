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

TokenDensity TokenDensity::of(const QString& text)
{
    TokenDensity d;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
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
