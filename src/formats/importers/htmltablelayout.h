#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Cb::Formats {

// The cells of one HTML table laid out on a grid as a browser does: a cell with rowspan takes
// its column in the following rows of its row group (rowspan="0": to the end of the group), a
// cell with colspan takes several columns, and later cells move right past taken slots. Spans
// are clamped as browsers clamp them (colspan 1..1000, rowspan 0..65534; a rowspan stops at the
// end of its row group).
// Rendered as a Markdown table whose first row is the header. A spanned cell's text is repeated
// in every row it spans, so each row stays self-contained; the extra columns of a colspan stay
// empty, so no value is counted twice across a row. A value; one per table.
class HtmlTableLayout
{
public:
    void startRowGroup(); // <thead>, <tbody>, <tfoot>
    void startRow();
    // `colspan`/`rowspan` are the raw attribute values (empty when absent).
    void addCell(const QString& text, const QString& colspan, const QString& rowspan);
    bool isEmpty() const { return m_rows.isEmpty(); }

    // The Markdown table; `notes` receives a sentence when the table could not be laid out in
    // full (spans too large to lay out without blowing up the text).
    QString markdown(QStringList& notes) const;

private:
    struct Cell
    {
        QString text;
        int colspan = 1;
        int rowspan = 1;
    };
    struct Row
    {
        QList<Cell> cells;
        int group = 0;
    };
    struct Grid
    {
        QList<QStringList> text;
        QList<QList<bool>> taken;
        qsizetype columns = 0;
        bool overflow = false; // stopped at kMaxSlots
    };

    Grid layOut(bool withSpans) const;
    QList<qsizetype> groupEnds() const; // per row, the last row of its row group

    QList<Row> m_rows;
    int m_group = 0;
};

} // namespace Cb::Formats
