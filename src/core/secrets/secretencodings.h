#pragma once

#include <QString>
#include <QStringList>

namespace Cb::Core {

// The shapes a secret takes in text that quotes a request back: as is, percent-encoded (query
// strings, form bodies) and base64 (Basic auth headers, echoed credentials). Base64 is given at
// each of the three byte alignments a secret can have inside a longer encoded string, in the
// standard and the URL-safe alphabet, without the edge characters that depend on neighbours.
// Stateless; any thread.
class SecretEncodings
{
public:
    // Every distinct form of `secret` (raw first); empty for secrets too short to match safely.
    static QStringList of(const QString& secret);
    // `text` with every form of `secret` replaced by `marker`.
    static QString redact(QString text, const QString& secret, const QString& marker);
};

} // namespace Cb::Core
