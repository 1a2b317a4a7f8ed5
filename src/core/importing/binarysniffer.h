#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Cb::Core {

// Decides from the first bytes of a file whether it is binary, and names the kind when a magic
// number is known ("PNG image", "ELF executable"). Text with a UTF-16/32 byte-order mark is text.
// Stateless and thread-safe.
class BinarySniffer
{
public:
    static constexpr qsizetype kSniffBytes = 8192;

    // The kind of binary content, or nullopt for text. "binary data" when no magic matched.
    static std::optional<QString> binaryKind(const QByteArray& head);

    // Known magic number only (PDF, ZIP, PNG, ...), regardless of whether it counts as binary.
    static std::optional<QString> magicKind(const QByteArray& head);

    // Reads at most kSniffBytes from the file. Empty on read errors.
    static QByteArray readHead(const QString& path);
};

} // namespace Cb::Core
