#pragma once

#include "formats/export/reportoutline.h"

namespace Cb::Formats {

// Writes a report outline as one Markdown file (CommonMark + GitHub pipe tables). The models'
// own Markdown goes in verbatim; the writer's own text is escaped where Markdown would read it
// as markup. Pure; any thread.
class MarkdownReportWriter
{
public:
    static QString write(const ReportOutline& report);
    static QString table(const ReportTable& table);
    // A fence longer than any backtick run inside the text, so the text cannot close it.
    static QString fenced(const QString& text, const QString& info = QString());
};

} // namespace Cb::Formats
