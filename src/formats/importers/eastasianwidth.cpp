#include "formats/importers/eastasianwidth.h"

#include <QChar>

namespace Cb::Formats {

bool EastAsianWidth::isWideNonHangul(char32_t c)
{
    // Ranges whose characters are East Asian Wide (W), Fullwidth (F) or Halfwidth (H),
    // Hangul left out.
    struct Range
    {
        char32_t first;
        char32_t last;
    };
    static constexpr Range ranges[] = {
        {0x2E80, 0x2FDF},   // CJK radicals, Kangxi radicals
        {0x2FF0, 0x303E},   // ideographic description, CJK symbols and punctuation
        {0x3041, 0x30FF},   // Hiragana, Katakana
        {0x3105, 0x312F},   // Bopomofo
        {0x3190, 0x31FF},   // Kanbun, Bopomofo extended, CJK strokes, Katakana extensions
        {0x3200, 0x4DBF},   // enclosed CJK, compatibility, CJK extension A
        {0x4E00, 0x9FFF},   // CJK unified ideographs
        {0xA000, 0xA4CF},   // Yi
        {0xF900, 0xFAFF},   // CJK compatibility ideographs
        {0xFE30, 0xFE4F},   // CJK compatibility forms
        {0xFF01, 0xFF9F},   // fullwidth forms, halfwidth Katakana
        {0xFFE0, 0xFFE6},   // fullwidth signs
        {0x1B000, 0x1B16F}, // Kana supplement and extensions
        {0x20000, 0x3FFFD}, // CJK extensions B and later
    };
    for (const Range& r : ranges) {
        if (c >= r.first && c <= r.last)
            return true;
    }
    return false;
}

char32_t EastAsianWidth::codePointBefore(QStringView text, qsizetype end)
{
    if (end <= 0 || end > text.size())
        return 0;
    const QChar low = text.at(end - 1);
    if (low.isLowSurrogate() && end >= 2 && text.at(end - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(end - 2), low);
    return low.unicode();
}

char32_t EastAsianWidth::codePointAt(QStringView text, qsizetype at)
{
    if (at < 0 || at >= text.size())
        return 0;
    const QChar high = text.at(at);
    if (high.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(high, text.at(at + 1));
    return high.unicode();
}

} // namespace Cb::Formats
