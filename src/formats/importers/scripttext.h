#pragma once

#include <QString>

namespace Cb::Formats {

// Raised and lowered text (HTML <sup>/<sub>, DOCX w:vertAlign) written so that it cannot be
// read as ordinary text: "10<sup>24</sup>" must not become "1024". When every character has a
// Unicode superscript (subscript) form — digits, + − = ( ) and the letters that have one — those
// characters are written (10²⁴, мм², H₂O); otherwise the text is wrapped as ^(text) or _(text).
// The rule is documented in docs/IMPORT_FIDELITY.md. Stateless; thread-safe.
class ScriptText
{
public:
    enum class Kind
    {
        None,
        Superscript,
        Subscript
    };

    // Leading and trailing whitespace stays outside the marked text; whitespace alone is
    // returned unchanged.
    static QString render(Kind kind, const QString& text);
};

} // namespace Cb::Formats
