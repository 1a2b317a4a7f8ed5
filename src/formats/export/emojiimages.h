#pragma once

#include <QImage>
#include <QString>

class QTextDocument;
class QUrl;

namespace Cb::Formats {

// Colour emoji for PDF reports. Noto Color Emoji keeps its glyphs as bitmaps, which Qt embeds
// in a PDF as an outline font with no outlines: the emoji vanish. So before layout every emoji
// (with its variation selector, skin tone, ZWJ sequence or flag pair) is replaced by an inline
// image named "cb-emoji:<hex code points>", which SafeTextDocument — refusing every other
// resource — draws from the installed emoji font. Nothing is read from files or the network.
// Stateless; any thread (rendering uses QPainter on a QImage).
class EmojiImages
{
public:
    static inline const QString kScheme = QStringLiteral("cb-emoji");

    // Replaces emoji in the whole document; returns how many.
    static int replace(QTextDocument& document);
    static bool isEmojiResource(const QUrl& name);
    // The image for a "cb-emoji:..." name; null for anything else.
    static QImage render(const QUrl& name);
    static bool isEmoji(char32_t codePoint);
};

} // namespace Cb::Formats
