#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace Cb::Fuzz {

// One scratch file per suffix in a private temporary folder that lives for the process, so
// file-based importers can be fed fuzz inputs. Rewritten on every call; single-threaded.
class ScratchFile
{
public:
    // Writes the bytes to "<tmp>/input.<suffix>" and returns its path.
    static QString write(const QString& suffix, const uint8_t* data, size_t size);
};

} // namespace Cb::Fuzz
