#pragma once

#include "core/common/result.h"
#include "formats/export/exportoptions.h"
#include "formats/export/reportoutline.h"

namespace Cb::Formats {

// Writes a report outline as one self-contained HTML file: the style sheet from
// resources/report/report.css inlined, the models' Markdown converted by MarkdownHtml, and a
// Content-Security-Policy that forbids loading anything, so even a hostile output cannot make
// the file fetch a resource. Side-by-side layout puts outputs in pairs of grid columns.
// Pure apart from reading the style sheet; any thread.
class HtmlReportWriter
{
public:
    static Cb::Core::Result<QString> write(const ReportOutline& report,
                                           const ExportOptions& options);
    static QString write(const ReportOutline& report, const ExportOptions& options,
                         const QString& css);
};

} // namespace Cb::Formats
