#pragma once

#include <QString>
#include <QStringList>

namespace Cb::Formats {

// The CJK face PDF reports use first: Noto Sans CJK KR with the Kangxi radicals and other
// look-alikes taken out of its character map (cmake/CjkReportFont.cmake). Qt's PDF writer gives
// each glyph the lowest code point that reaches it, so with the stock font 日 came out of a PDF's
// text layer as the radical ⽇; with this face it comes out as 日. A radical itself falls through
// to the stock Noto Sans CJK listed after it, where it is the lowest code point of its glyph.
//
// The font files are looked up in resourceDir()/fonts (installed: share/contextbench/fonts) and
// in the build tree, and registered with QFontDatabase once, on first use. Thread-safe; needs
// a QGuiApplication.
class CjkReportFont
{
public:
    // The family name once registered; empty when the files are missing or unreadable (then
    // the report falls back to the stock Noto Sans CJK, and problem() says why).
    static QString family();
    // Why family() is empty; empty when it is not.
    static QString problem();
    // Where the font files are looked for, first match wins.
    static QStringList searchDirs();
};

} // namespace Cb::Formats
