#include "core/compare/sectiongrid.h"

#include <algorithm>

namespace Cb::Core {

int SectionGridRow::answerCount() const
{
    return int(std::count_if(cells.begin(), cells.end(), [](int c) { return c >= 0; }));
}

SectionGrid::SectionGrid(const QStringList& answers)
{
    for (const QString& a : answers)
        m_sections.append(HeadingAlignment::sections(a));
    align();
    for (SectionGridRow& row : m_rows)
        markUnique(row);
}

const MarkdownSection* SectionGrid::section(int row, int answer) const
{
    const int index = m_rows.value(row).cells.value(answer, -1);
    return index < 0 ? nullptr : &m_sections[answer][index];
}

void SectionGrid::align()
{
    const int n = int(m_sections.size());
    if (n == 0)
        return;
    for (int i = 0; i < m_sections[0].size(); ++i) {
        SectionGridRow row;
        row.title = m_sections[0][i].title;
        row.level = m_sections[0][i].level;
        row.cells = QList<int>(n, -1);
        row.cells[0] = i;
        m_rows.append(row);
    }
    for (int answer = 1; answer < n; ++answer) {
        // The rows so far, seen as one report whose headings are the rows' titles.
        QList<MarkdownSection> rowsAsSections;
        for (const SectionGridRow& r : m_rows)
            rowsAsSections.append({r.title, r.level, {}, 0});
        QList<SectionGridRow> next;
        for (const SectionRow& pair : HeadingAlignment::align(rowsAsSections, m_sections[answer])) {
            if (pair.left >= 0) {
                SectionGridRow row = m_rows[pair.left];
                row.cells[answer] = pair.right;
                next.append(row);
            } else {
                const MarkdownSection& s = m_sections[answer][pair.right];
                SectionGridRow row;
                row.title = s.title;
                row.level = s.level;
                row.cells = QList<int>(n, -1);
                row.cells[answer] = pair.right;
                next.append(row);
            }
        }
        m_rows = next;
    }
    // A preamble nobody wrote is not a row.
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), [this](const SectionGridRow& r) {
                     for (int a = 0; a < r.cells.size(); ++a)
                         if (r.cells[a] >= 0 && !m_sections[a][r.cells[a]].body.trimmed().isEmpty())
                             return false;
                     return r.level == 0;
                 }),
                 m_rows.end());
}

void SectionGrid::markUnique(SectionGridRow& row) const
{
    const int n = int(row.cells.size());
    row.unique = QList<QList<std::pair<int, int>>>(n);
    for (int a = 0; a < n; ++a) {
        if (row.cells[a] < 0)
            continue;
        const QString& mine = m_sections[a][row.cells[a]].body;
        // shared[i]: some other version has character i of mine at the same place.
        QList<bool> shared(mine.size(), false);
        int others = 0;
        for (int b = 0; b < n; ++b) {
            if (b == a || row.cells[b] < 0)
                continue;
            ++others;
            int pos = 0;
            for (const DiffSegment& seg : WordDiff::diff(m_sections[b][row.cells[b]].body, mine)) {
                if (seg.kind == DiffSegment::Kind::Removed)
                    continue;
                if (seg.kind == DiffSegment::Kind::Equal)
                    std::fill(shared.begin() + pos, shared.begin() + pos + seg.text.size(), true);
                pos += int(seg.text.size());
            }
        }
        if (others == 0)
            continue; // a sole author's section is marked as a whole, not word by word
        for (int i = 0; i < mine.size();) {
            if (shared[i] || mine[i].isSpace()) {
                ++i;
                continue;
            }
            int end = i;
            // Extend over unshared text and the spaces between unshared words.
            for (int j = i; j < mine.size() && (!shared[j] || mine[j].isSpace()); ++j)
                if (!mine[j].isSpace())
                    end = j + 1;
            row.unique[a].append({i, end});
            i = end;
        }
    }
}

} // namespace Cb::Core
