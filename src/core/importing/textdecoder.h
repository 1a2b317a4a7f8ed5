#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Cb::Core {

// Bytes of a text file to a QString, never dropping data silently.
// A byte-order mark selects UTF-8, UTF-16 LE/BE or UTF-32 LE/BE; without one the bytes are read
// as UTF-8 and every invalid sequence becomes one U+FFFD, with a note naming the count and the
// byte offset of the first one. Stateless and thread-safe.
class TextDecoder
{
public:
    struct Decoded
    {
        QString text;
        QString encoding;  // "UTF-8", "UTF-16LE", ...
        QStringList notes; // visible notes, e.g. about repaired bytes
        int invalidSequences = 0;
        qsizetype firstInvalidOffset = -1; // byte offset in the input, -1 when none
    };

    static Decoded decode(const QByteArray& bytes);

    // Repairs invalid UTF-8 (no BOM handling). Exposed for callers that know the encoding.
    static Decoded decodeUtf8(const QByteArray& bytes, qsizetype offsetBase = 0);
};

} // namespace Cb::Core
