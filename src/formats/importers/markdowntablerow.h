#pragma once

#include <QStringList>

namespace Cb::Formats {

// One row of a Markdown (GFM) table: "| a | b |", padded with empty cells up to `columns`, with
// "|" inside a cell escaped so it cannot split the cell. Shared by the HTML and DOCX importers.
QString markdownTableRow(QStringList cells, qsizetype columns);

} // namespace Cb::Formats
