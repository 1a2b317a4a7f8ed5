#include "core/importing/textdecoder.h"

#include <QCoreApplication>

#include <QStringDecoder>

namespace Cb::Core {

namespace {

// What a lead byte announces: sequence length and the allowed range of the second byte
// (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). Length 0 means invalid lead.
struct Lead
{
    int length = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
};

Lead leadOf(unsigned char c)
{
    Lead lead;
    if (c < 0x80) {
        lead.length = 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        lead.length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        lead.length = 3;
        lead.lo = c == 0xE0 ? 0xA0 : 0x80;
        lead.hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        lead.length = 4;
        lead.lo = c == 0xF0 ? 0x90 : 0x80;
        lead.hi = c == 0xF4 ? 0x8F : 0xBF;
    }
    return lead;
}

// Number of bytes at i that fit the sequence the lead byte announces (the "maximal subpart").
int fittingBytes(const unsigned char* s, qsizetype i, qsizetype n, const Lead& lead)
{
    int len = 1;
    while (len < lead.length && i + len < n) {
        const unsigned char b = s[i + len];
        const unsigned char lo = len == 1 ? lead.lo : 0x80;
        const unsigned char hi = len == 1 ? lead.hi : 0xBF;
        if (b < lo || b > hi)
            break;
        ++len;
    }
    return len;
}

} // namespace

TextDecoder::Decoded TextDecoder::decodeUtf8(const QByteArray& bytes, qsizetype offsetBase)
{
    Decoded out;
    out.encoding = QStringLiteral("UTF-8");
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    QByteArray clean;
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < n) {
        // ASCII fast path: most text is ASCII and needs no validation beyond the high bit.
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        const Lead lead = leadOf(s[i]);
        const int fitting = lead.length > 0 ? fittingBytes(s, i, n, lead) : 1;
        if (lead.length > 0 && fitting == lead.length) {
            i += fitting;
            continue;
        }
        if (out.invalidSequences == 0) {
            clean.reserve(n + 16);
            out.firstInvalidOffset = offsetBase + i;
        }
        clean.append(bytes.constData() + runStart, i - runStart);
        clean.append("\xEF\xBF\xBD");
        // A truncated but well-started sequence is one error, as in the WHATWG decoder.
        ++out.invalidSequences;
        i += fitting;
        runStart = i;
    }
    if (out.invalidSequences == 0) {
        out.text = QString::fromUtf8(bytes);
        return out;
    }
    clean.append(bytes.constData() + runStart, n - runStart);
    out.text = QString::fromUtf8(clean);
    out.notes
        << QCoreApplication::translate(
               "Cb::Core::TextDecoder", "Invalid UTF-8: %1 byte sequence(s) replaced with U+FFFD, the first at byte %2.")
               .arg(out.invalidSequences)
               .arg(out.firstInvalidOffset);
    return out;
}

namespace {

qsizetype replaceLoneSurrogates(QString& text)
{
    qsizetype replaced = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            text[i] = QChar::ReplacementCharacter;
            ++replaced;
        }
    }
    return replaced;
}

} // namespace

TextDecoder::Decoded TextDecoder::decode(const QByteArray& bytes)
{
    struct Bom
    {
        const char* mark;
        int length;
        QStringConverter::Encoding encoding;
        const char* name;
    };
    // UTF-32 LE must be tested before UTF-16 LE: its BOM starts with the UTF-16 LE one.
    static const Bom boms[] = {
        {"\x00\x00\xFE\xFF", 4, QStringConverter::Utf32BE, "UTF-32BE"},
        {"\xFF\xFE\x00\x00", 4, QStringConverter::Utf32LE, "UTF-32LE"},
        {"\xFE\xFF", 2, QStringConverter::Utf16BE, "UTF-16BE"},
        {"\xFF\xFE", 2, QStringConverter::Utf16LE, "UTF-16LE"},
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeUtf8(bytes.mid(3), 3);
    for (const Bom& bom : boms) {
        if (bytes.startsWith(QByteArray(bom.mark, bom.length))) {
            QStringDecoder decoder(bom.encoding, QStringConverter::Flag::Stateless);
            Decoded out;
            out.encoding = QString::fromLatin1(bom.name);
            out.text = decoder.decode(QByteArrayView(bytes).sliced(bom.length));
            // Qt's UTF-16 decoder passes unpaired surrogates through; such text could not be
            // saved as UTF-8 again, so they become U+FFFD like any other invalid sequence.
            if (replaceLoneSurrogates(out.text) > 0 || decoder.hasError()) {
                out.invalidSequences = 1;
                out.notes << QCoreApplication::translate("Cb::Core::TextDecoder", "Invalid %1 data was replaced with U+FFFD.")
                                 .arg(out.encoding);
            }
            return out;
        }
    }
    return decodeUtf8(bytes);
}

} // namespace Cb::Core
