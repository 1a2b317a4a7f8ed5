#pragma once

class QTextDocument;
class QTextTableFormat;
#include "core/common/reportlanguage.h"

#include <QtGlobal>

class QString;

namespace Cb::Formats {

// Turns untrusted Markdown (model output) into a QTextDocument fit for a report.
//  load():  GitHub dialect without raw HTML (HTML in the text shows as text, so it cannot pull
//           in images or styles); image references become the text "[image: URL]" (in the
//           report's language), so nothing is ever fetched and the reader still sees what the
//           model pointed at.
//  style(): the report look — scaled heading sizes, bordered tables with padding and a tinted
//           header row, code blocks on a tinted background in a monospace font (lines wrap
//           rather than run off the page), tinted block quotes, blue underlined links with
//           their URL after the text when it differs.
// Stateless; works on documents owned by the caller, on whatever thread owns them.
class MarkdownStyler
{
public:
    static void load(QTextDocument& document, const QString& markdown, const Cb::Core::ReportLanguage& language = {});
    static void style(QTextDocument& document);
    // The report's table look (thin grid, padding), shared with the report's own tables.
    static void styleTableFormat(QTextTableFormat& format, qreal padding);
};

} // namespace Cb::Formats
