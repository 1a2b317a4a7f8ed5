#pragma once

#include "core/common/result.h"
#include "formats/importers/scripttext.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Cb::Formats {

// Heading levels of the paragraph styles in word/styles.xml: styles named "heading 1".."heading 6"
// or "Title", or carrying an outline level. Styles based on a heading style inherit its level.
// Also the list numbering that list styles carry, and the raised/lowered position (w:vertAlign)
// that character styles give their runs.
// A value; thread-safe for const use.
class DocxStyles
{
public:
    static Core::Result<DocxStyles> parse(const QByteArray& stylesXml);

    // 1..6 for heading styles, 0 otherwise. Falls back to the built-in ids "Heading1".."Heading6"
    // and "Title" when styles.xml is missing.
    int headingLevel(const QString& styleId) const;

    // List styles ("List Bullet") carry their numbering in the style, not in the paragraph.
    QString numId(const QString& styleId) const { return m_numIds.value(styleId); }
    int numLevel(const QString& styleId) const { return m_numLevels.value(styleId); }

    // Superscript or subscript set by a character style (or a style it is based on).
    ScriptText::Kind vertAlign(const QString& styleId) const
    {
        return m_vertAligns.value(styleId, ScriptText::Kind::None);
    }
    // A w:vertAlign value ("superscript", "subscript", "baseline") as a kind.
    static ScriptText::Kind vertAlignOf(const QString& value);

private:
    QHash<QString, int> m_levels;
    QHash<QString, ScriptText::Kind> m_vertAligns;
    QHash<QString, QString> m_numIds;
    QHash<QString, int> m_numLevels;
};

} // namespace Cb::Formats
