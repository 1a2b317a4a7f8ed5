#include "formats/importers/htmltablelayout.h"

#include <QCoreApplication>

#include "formats/importers/markdowntablerow.h"

namespace Cb::Formats {

namespace {

// Beyond this many grid slots (rows × columns) the spans are dropped: a hostile page of a few
// MB could otherwise ask for a billion slots.
constexpr qint64 kMaxSlots = 4'000'000;

// HTML's "rules for parsing non-negative integers": leading digits after optional spaces.
int parseSpan(const QString& value, int fallback)
{
    const QString v = value.trimmed();
    qsizetype digits = 0;
    while (digits < v.size() && digits < 9 && v.at(digits).isDigit() &&
           v.at(digits).unicode() < 128)
        ++digits;
    return digits == 0 ? fallback : v.left(digits).toInt();
}

} // namespace

void HtmlTableLayout::startRowGroup()
{
    ++m_group;
}

void HtmlTableLayout::startRow()
{
    m_rows.append({QList<Cell>(), m_group});
}

void HtmlTableLayout::addCell(const QString& text, const QString& colspan, const QString& rowspan)
{
    if (m_rows.isEmpty())
        startRow();
    Cell cell;
    cell.text = text;
    cell.colspan = qBound(1, parseSpan(colspan, 1), 1000);
    cell.rowspan = qBound(0, parseSpan(rowspan, 1), 65534);
    m_rows.last().cells.append(cell);
}

QList<qsizetype> HtmlTableLayout::groupEnds() const
{
    QList<qsizetype> ends(m_rows.size());
    for (qsizetype r = m_rows.size() - 1; r >= 0; --r) {
        const bool lastOfGroup =
            r + 1 == m_rows.size() || m_rows.at(r + 1).group != m_rows.at(r).group;
        ends[r] = lastOfGroup ? r : ends.at(r + 1);
    }
    return ends;
}

HtmlTableLayout::Grid HtmlTableLayout::layOut(bool withSpans) const
{
    Grid grid;
    grid.text.resize(m_rows.size());
    grid.taken.resize(m_rows.size());
    qint64 slots = 0;
    const QList<qsizetype> ends = groupEnds();
    for (qsizetype r = 0; r < m_rows.size() && !grid.overflow; ++r) {
        qsizetype column = 0;
        for (const Cell& cell : m_rows.at(r).cells) {
            const QList<bool>& taken = grid.taken.at(r);
            while (column < taken.size() && taken.at(column))
                ++column;
            const qsizetype groupEnd = ends.at(r);
            const qsizetype rows = !withSpans ? 1
                                   : cell.rowspan == 0
                                       ? groupEnd - r + 1
                                       : qMin<qsizetype>(cell.rowspan, groupEnd - r + 1);
            const qsizetype columns = withSpans ? cell.colspan : 1;
            for (qsizetype dr = 0; dr < rows; ++dr) {
                QStringList& text = grid.text[r + dr];
                QList<bool>& used = grid.taken[r + dr];
                if (used.size() < column + columns) {
                    slots += column + columns - used.size();
                    if (withSpans && slots > kMaxSlots) {
                        grid.overflow = true;
                        return grid;
                    }
                    text.resize(column + columns);
                    used.resize(column + columns, false);
                }
                for (qsizetype dc = 0; dc < columns; ++dc) {
                    if (used.at(column + dc))
                        continue; // overlapping spans: the earlier cell keeps the slot
                    used[column + dc] = true;
                    // Repeated down a rowspan, written once across a colspan.
                    if (dc == 0)
                        text[column + dc] = cell.text;
                }
            }
            column += columns;
            grid.columns = qMax(grid.columns, column);
        }
    }
    return grid;
}

QString HtmlTableLayout::markdown(QStringList& notes) const
{
    // Every row is padded to at least the widest row's own spans: a cheap bound to check first.
    qint64 widest = 0;
    for (const Row& row : m_rows) {
        qint64 width = 0;
        for (const Cell& cell : row.cells)
            width += cell.colspan;
        widest = qMax(widest, width);
    }
    Grid grid;
    bool fits = widest * qint64(m_rows.size()) <= kMaxSlots;
    if (fits) {
        grid = layOut(true);
        fits = !grid.overflow && qint64(grid.columns) * qint64(m_rows.size()) <= kMaxSlots;
    }
    if (!fits) {
        // Cells in source order, rows not padded: text in proportion to the page.
        grid = layOut(false);
        notes << QCoreApplication::translate("Cb::Formats::HtmlTableLayout", "A table's row and column spans were too large to lay out; its "
                                "cells are listed without spans, so some may not stand under "
                                "their headers.");
    }
    QList<QStringList> rows;
    for (qsizetype r = 0; r < grid.text.size(); ++r) {
        if (grid.taken.at(r).contains(true))
            rows.append(grid.text.at(r));
    }
    if (rows.isEmpty() || grid.columns == 0)
        return QString();
    const qsizetype columns = fits ? grid.columns : rows.first().size();
    QStringList lines;
    lines << markdownTableRow(rows.first(), columns);
    lines << markdownTableRow(QStringList(columns, QStringLiteral("---")), columns);
    for (qsizetype r = 1; r < rows.size(); ++r)
        lines << markdownTableRow(rows.at(r), fits ? columns : 0);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Cb::Formats
