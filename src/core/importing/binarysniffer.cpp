#include "core/importing/binarysniffer.h"

#include <QCoreApplication>
#include <QFile>

namespace Cb::Core {

namespace {

// `kind` is English; what the user reads is its translation (magicKind).
struct Magic
{
    const char* bytes;
    int length;
    const char* kind;
};

const Magic kMagics[] = {
    {"%PDF-", 5, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "PDF document")},
    {"PK\x03\x04", 4, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "ZIP archive")},
    {"\x89PNG\r\n\x1a\n", 8, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "PNG image")},
    {"\xFF\xD8\xFF", 3, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "JPEG image")},
    {"GIF87a", 6, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "GIF image")},
    {"GIF89a", 6, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "GIF image")},
    {"\x7F"
     "ELF",
     4, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "ELF executable")},
    {"MZ", 2, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "Windows executable")},
    {"\x1F\x8B", 2, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "gzip archive")},
    {"BZh", 3, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "bzip2 archive")},
    {"\xFD"
     "7zXZ\x00",
     6, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "xz archive")},
    {"7z\xBC\xAF\x27\x1C", 6, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "7-Zip archive")},
    {"Rar!\x1A\x07", 6, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "RAR archive")},
    {"\x28\xB5\x2F\xFD", 4, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "zstd archive")},
    {"SQLite format 3\x00", 16, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "SQLite database")},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8,
     QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "legacy Office document")},
    {"\x00\x61\x73\x6D", 4, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "WebAssembly module")},
    {"\xCA\xFE\xBA\xBE", 4,
     QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "Java class or Mach-O binary")},
    {"\xCF\xFA\xED\xFE", 4, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "Mach-O binary")},
    {"OggS", 4, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "Ogg media")},
    {"fLaC", 4, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "FLAC audio")},
    {"ID3", 3, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "MP3 audio")},
    {"\x1A\x45\xDF\xA3", 4, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "Matroska/WebM media")},
    {"wOFF", 4, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "WOFF font")},
    {"wOF2", 4, QT_TRANSLATE_NOOP("Cb::Core::BinarySniffer", "WOFF2 font")},
};

bool hasUnicodeBom(const QByteArray& head)
{
    // Spelled with lengths: a literal starting with NUL would be an empty C string.
    return head.startsWith(QByteArrayView("\xFF\xFE", 2)) ||
           head.startsWith(QByteArrayView("\xFE\xFF", 2)) ||
           head.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4));
}

} // namespace

std::optional<QString> BinarySniffer::magicKind(const QByteArray& head)
{
    for (const Magic& m : kMagics) {
        if (head.startsWith(QByteArray::fromRawData(m.bytes, m.length)))
            return QCoreApplication::translate("Cb::Core::BinarySniffer", m.kind);
    }
    // RIFF containers: WAV, AVI, WebP; ISO media: MP4, MOV, HEIC.
    if (head.startsWith("RIFF") && head.size() >= 12)
        return QCoreApplication::translate("Cb::Core::BinarySniffer", "RIFF media (%1)")
            .arg(QString::fromLatin1(head.mid(8, 4)).trimmed());
    if (head.size() >= 12 && head.mid(4, 4) == "ftyp")
        return QCoreApplication::translate("Cb::Core::BinarySniffer", "MP4/QuickTime media");
    return std::nullopt;
}

std::optional<QString> BinarySniffer::binaryKind(const QByteArray& head)
{
    if (hasUnicodeBom(head))
        return std::nullopt;
    if (auto kind = magicKind(head)) {
        // "MZ" and "ID3" are short enough to start ordinary text; confirm with a NUL byte.
        const bool weak = head.startsWith("MZ") || head.startsWith("ID3");
        if (!weak || head.contains('\0'))
            return kind;
    }
    if (head.contains('\0'))
        return QCoreApplication::translate("Cb::Core::BinarySniffer", "binary data");
    // Text may contain a few control characters (form feeds, escape codes); binary has many.
    qsizetype controls = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B && c != '\b')
            ++controls;
    }
    if (!head.isEmpty() && controls * 10 > head.size())
        return QCoreApplication::translate("Cb::Core::BinarySniffer", "binary data");
    return std::nullopt;
}

QByteArray BinarySniffer::readHead(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(kSniffBytes);
}

} // namespace Cb::Core
