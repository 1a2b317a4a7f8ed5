#pragma once

#include <QString>

namespace Cb::Formats {

// Decodes HTML character references: numeric (&#233; &#xE9;) and the named ones that occur
// in real documents and subtitles. Unknown names stay as written. Thread-safe.
class HtmlEntities
{
public:
    static QString decode(const QString& text);
};

} // namespace Cb::Formats
