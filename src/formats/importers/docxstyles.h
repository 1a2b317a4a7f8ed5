#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Cb::Formats {

// Heading levels of the paragraph styles in word/styles.xml: styles named "heading 1".."heading 6"
// or "Title", or carrying an outline level. Styles based on a heading style inherit its level.
// A value; thread-safe for const use.
class DocxStyles
{
public:
    static Core::Result<DocxStyles> parse(const QByteArray& stylesXml);

    // 1..6 for heading styles, 0 otherwise. Falls back to the built-in ids "Heading1".."Heading6"
    // and "Title" when styles.xml is missing.
    int headingLevel(const QString& styleId) const;

private:
    QHash<QString, int> m_levels;
};

} // namespace Cb::Formats
