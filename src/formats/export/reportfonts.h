#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>

namespace Cb::Formats {

// Fonts and colours of the PDF report. Families come with fallbacks so Korean, Japanese,
// Chinese and emoji find a glyph: Noto Sans first (Latin, Greek, Cyrillic), then Noto Sans CJK,
// then Noto Color Emoji (packaging/deps.sh installs them). A plain value; any thread.
struct ReportFonts
{
    static QStringList bodyFamilies();
    static QStringList monoFamilies();
    static QFont body(qreal pointSize = 10);
    static QFont mono(qreal pointSize = 8.5);

    static QColor ink() { return QColor(0x1f, 0x23, 0x28); }
    static QColor muted() { return QColor(0x59, 0x63, 0x6e); }
    static QColor accent() { return QColor(0x1f, 0x4e, 0x8c); }
    static QColor rule() { return QColor(0xb8, 0xc0, 0xcc); }
    static QColor codeBackground() { return QColor(0xf3, 0xf5, 0xf8); }
    static QColor headerBackground() { return QColor(0xe8, 0xee, 0xf6); }
    static QColor quoteBackground() { return QColor(0xfa, 0xf7, 0xee); }
    static QColor link() { return QColor(0x0b, 0x5c, 0xc4); }
};

} // namespace Cb::Formats
