#pragma once

#include <QStringView>

namespace Cb::Formats {

// The part of Unicode's East Asian Width property that the CSS segment-break rule needs: a
// line break in HTML source between two wide, fullwidth or halfwidth characters other than
// Hangul collapses to nothing, since Chinese and Japanese put no spaces between words
// (CSS Text 3, "Segment Break Transformation Rules"). Hangul is excluded: Korean uses spaces.
// Stateless; thread-safe.
class EastAsianWidth
{
public:
    static bool isWideNonHangul(char32_t c);
    // The code point before position `end` of `text` (a surrogate pair read whole), 0 if none.
    static char32_t codePointBefore(QStringView text, qsizetype end);
    // The code point at position `at`, 0 if none.
    static char32_t codePointAt(QStringView text, qsizetype at);
};

} // namespace Cb::Formats
