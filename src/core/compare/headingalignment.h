#pragma once

#include <QList>
#include <QString>

namespace Cb::Core {

// A Markdown section: an ATX heading ("## Risks") and the text up to the next heading of any
// level. Text before the first heading is a section with level 0 and an empty title.
struct MarkdownSection
{
    QString title;
    int level = 0;
    QString body; // without the heading line
    int line = 0; // 0-based line of the heading
};

// One row of the aligned view: a section both reports have, or one only the left or the right has.
struct SectionRow
{
    enum class Presence
    {
        Both,
        LeftOnly,
        RightOnly
    };
    Presence presence = Presence::Both;
    int left = -1;  // index into the left sections, -1 if absent
    int right = -1; // index into the right sections
    bool exact = true; // titles equal after normalisation (false: matched by shared words)
};

// Aligns two reports by their headings, to show what one plan covers and the other omits.
// Titles are compared after normalisation (case, numbering such as "2.1" or "Step 3:",
// Markdown emphasis, punctuation); the exact matches are taken in order (longest common
// subsequence), then the remaining titles are paired by shared words (at least half of the
// shorter title's words, stop words aside).
// Rows follow the left report; a section only the right has comes after the row of the right
// section before it. Headings inside fenced code blocks are ignored. Pure; any thread.
class HeadingAlignment
{
public:
    static QList<MarkdownSection> sections(const QString& markdown);
    static QString normalizedTitle(const QString& title);
    static QList<SectionRow> align(const QList<MarkdownSection>& left, const QList<MarkdownSection>& right);
};

} // namespace Cb::Core
