#include "core/tokenize/unicodeclasses.h"

#include "core/tokenize/unicode16ranges.h"

#include <QChar>

#include <algorithm>
#include <memory>

namespace Cb::Core {

namespace {

bool isWhiteSpace(char32_t cp)
{
    // The Unicode White_Space property (PropList.txt), which Rust's \s matches.
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

} // namespace

uint8_t UnicodeClasses::computeFlags(char32_t cp)
{
    // Newer Unicode first: tiktoken's tables are Unicode 16.0, Qt 6.4's are 14.0.
    const auto ranges = unicode16Ranges();
    const auto it =
        std::upper_bound(ranges.begin(), ranges.end(), cp,
                         [](char32_t c, const Unicode16Range& r) { return c < r.first; });
    if (it != ranges.begin() && cp <= std::prev(it)->last)
        return std::prev(it)->flags;
    return qtFlags(cp);
}

uint8_t UnicodeClasses::qtFlags(char32_t cp)
{
    uint8_t f = 0;
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Titlecase:
        f = Letter | Upperish;
        break;
    case QChar::Letter_Lowercase:
        f = Letter | Lowerish;
        break;
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
        f = Letter | Upperish | Lowerish;
        break;
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        f = Mark | Upperish | Lowerish;
        break;
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        f = Number;
        break;
    default:
        break;
    }
    if (isWhiteSpace(cp))
        f |= Space;
    if (cp == '\r' || cp == '\n')
        f |= LineBreak;
    return f;
}

const uint8_t* UnicodeClasses::bmpTable()
{
    static const std::unique_ptr<uint8_t[]> table = [] {
        auto t = std::make_unique<uint8_t[]>(0x10000);
        for (char32_t cp = 0; cp < 0x10000; ++cp)
            t[cp] = computeFlags(cp);
        return t;
    }();
    return table.get();
}

int UnicodeClasses::decodeMultiByte(const unsigned char* p, const unsigned char* end, char32_t& cp)
{
    const unsigned char b0 = p[0];
    int len = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        cp = 0xFFFD;
        return 1;
    }
    if (end - p < len) {
        cp = 0xFFFD;
        return 1;
    }
    for (int i = 1; i < len; ++i) {
        if ((p[i] & 0xC0) != 0x80) {
            cp = 0xFFFD;
            return 1;
        }
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        cp = 0xFFFD;
        return 1;
    }
    return len;
}

} // namespace Cb::Core
