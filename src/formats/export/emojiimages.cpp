#include "formats/export/emojiimages.h"

#include <QFont>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <utility>
#include <vector>

namespace Cb::Formats {

namespace {

constexpr int kRenderPixels = 96; // rendered size; drawn at about the text height
constexpr qreal kInlineSize = 14; // 96-dpi pixels, ≈ 1.1 em of 10 pt text

// Code points with emoji presentation by default (Unicode Emoji_Presentation, condensed).
const std::pair<char32_t, char32_t> kRanges[] = {
    {0x231A, 0x231B},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},   {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},
    {0x26C4, 0x26C5},   {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},
    {0x26F2, 0x26F3},   {0x26F5, 0x26F5},   {0x26FA, 0x26FA},   {0x26FD, 0x26FD},
    {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},   {0x274C, 0x274C},
    {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},
    {0x2B55, 0x2B55},   {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F1E6, 0x1F1FF}, {0x1F201, 0x1F201}, {0x1F21A, 0x1F21A},
    {0x1F22F, 0x1F22F}, {0x1F232, 0x1F236}, {0x1F238, 0x1F23A}, {0x1F250, 0x1F251},
    {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF},
    {0x1FA70, 0x1FAFF},
};

bool isModifier(char32_t c)
{
    return c == 0xFE0F || c == 0x200D || (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0x20E3;
}

struct Found
{
    int position = 0;
    int length = 0; // UTF-16 units
    QString key;    // hex code points joined by '-'
};

char32_t codePointAt(const QString& text, qsizetype i, qsizetype* width)
{
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(text[i], text[i + 1]);
    }
    *width = 1;
    return text[i].unicode();
}

// An emoji and what binds to it: variation selector, skin tone, keycap, ZWJ + next emoji, and
// the second regional indicator of a flag.
std::vector<Found> findEmoji(const QTextBlock& block)
{
    std::vector<Found> found;
    const QString text = block.text();
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype w = 1;
        const char32_t c = codePointAt(text, i, &w);
        const bool withSelector =
            c >= 0x2600 && c <= 0x27BF && i + w < text.size() && text[i + w].unicode() == 0xFE0F;
        if (!EmojiImages::isEmoji(c) && !withSelector) {
            i += w;
            continue;
        }
        Found f{int(block.position() + i), 0, QString::number(uint(c), 16)};
        const bool flag = c >= 0x1F1E6 && c <= 0x1F1FF;
        qsizetype j = i + w;
        bool afterJoiner = false;
        while (j < text.size()) {
            qsizetype dw = 1;
            const char32_t d = codePointAt(text, j, &dw);
            const bool secondFlagHalf = flag && j == i + w && d >= 0x1F1E6 && d <= 0x1F1FF;
            if (!isModifier(d) && !afterJoiner && !secondFlagHalf)
                break;
            afterJoiner = d == 0x200D;
            f.key += QLatin1Char('-') + QString::number(uint(d), 16);
            j += dw;
        }
        f.length = int(j - i);
        found.push_back(f);
        i = j;
    }
    return found;
}

} // namespace

bool EmojiImages::isEmoji(char32_t c)
{
    for (const auto& [low, high] : kRanges)
        if (c >= low && c <= high)
            return true;
    return false;
}

int EmojiImages::replace(QTextDocument& document)
{
    int count = 0;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        const std::vector<Found> found = findEmoji(b);
        for (auto it = found.rbegin(); it != found.rend(); ++it) {
            QTextCursor c(&document);
            c.setPosition(it->position);
            c.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
            QTextImageFormat image;
            image.setName(kScheme + QLatin1Char(':') + it->key);
            image.setWidth(kInlineSize);
            image.setHeight(kInlineSize);
            image.setVerticalAlignment(QTextCharFormat::AlignBaseline);
            c.insertImage(image);
            ++count;
        }
    }
    return count;
}

bool EmojiImages::isEmojiResource(const QUrl& name)
{
    return name.scheme() == kScheme;
}

QImage EmojiImages::render(const QUrl& name)
{
    if (!isEmojiResource(name))
        return {};
    QString text;
    for (const QString& hex : name.path().split(QLatin1Char('-'))) {
        bool ok = false;
        const uint code = hex.toUInt(&ok, 16);
        if (!ok || code > 0x10FFFF)
            return {};
        const char32_t c = code;
        text += QString::fromUcs4(&c, 1);
    }
    QImage image(kRenderPixels, kRenderPixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    QFont font(QStringLiteral("Noto Color Emoji"));
    font.setPixelSize(int(kRenderPixels * 0.8));
    painter.setFont(font);
    painter.drawText(image.rect(), Qt::AlignCenter, text);
    painter.end();
    return image;
}

} // namespace Cb::Formats
