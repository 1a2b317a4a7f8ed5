#pragma once

#include "core/common/result.h"
#include "formats/export/exportoptions.h"
#include "formats/export/reportoutline.h"

#include <functional>

class QIODevice;

namespace Cb::Formats {

// Draws a report outline as a PDF onto a QIODevice: QTextDocuments laid out for a QPdfWriter,
// cut into pages by PageBreaker, each page painted with a running header (report title, date)
// and a footer ("Page N of M"). Text stays text (selectable, searchable), fonts are embedded as
// subsets by Qt. A4 or Letter; outputs one after another, or two per page side by side.
// Needs a QGuiApplication (fonts); runs on any thread, everything it creates lives on the
// calling thread. `progress(done, total)` is called after each page; returning false cancels
// (the result is then ErrorCode::Cancelled).
class PdfReportWriter
{
public:
    using Progress = std::function<bool(int done, int total)>;

    static Cb::Core::VoidResult write(const ReportOutline& report, const ExportOptions& options,
                                      QIODevice* device, const Progress& progress = {});
};

} // namespace Cb::Formats
