#pragma once

#include "core/compare/headingalignment.h"
#include "core/compare/worddiff.h"

#include <QList>
#include <QString>

namespace Cb::Core {

// One row of the "by section" reading mode: a section as each answer wrote it.
struct SectionGridRow
{
    QString title;      // the first answer's title for it (or the first that has it)
    int level = 0;      // that heading's level; 0 = text before the first heading
    QList<int> cells;   // per answer: index into that answer's sections, -1 if it has none
    // Per answer: the parts of its body no other answer's version of this section says,
    // as character ranges [start, end) into that section's body.
    QList<QList<std::pair<int, int>>> unique;
    int answerCount() const;  // answers that wrote this section
    bool soleAuthor() const { return answerCount() == 1; }
};

// Lines up N answers by their headings, for reading plans section by section: the pairwise
// HeadingAlignment is applied progressively (answer 2 against the rows of answers 0–1, and so
// on), so rows follow the first answer's order and a section only a later answer has comes
// after the row of the section before it. Within a row, each version's words that no other
// version shares are marked (WordDiff against every other version; a word counts as shared
// if any other version has it at that place). Pure; any thread.
class SectionGrid
{
public:
    explicit SectionGrid(const QStringList& answers);

    const QList<QList<MarkdownSection>>& sections() const { return m_sections; }
    const QList<SectionGridRow>& rows() const { return m_rows; }
    const MarkdownSection* section(int row, int answer) const;

private:
    void align();
    void markUnique(SectionGridRow& row) const;

    QList<QList<MarkdownSection>> m_sections;
    QList<SectionGridRow> m_rows;
};

} // namespace Cb::Core
