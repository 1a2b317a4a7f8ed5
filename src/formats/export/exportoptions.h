#pragma once

#include "core/history/fusionrecord.h"
#include "formats/export/reportchart.h"

#include <QList>
#include <QString>

#include <optional>

namespace Cb::Formats {

enum class ExportFormat
{
    Pdf,
    Markdown,
    Html,
    Json,
    Csv
};
enum class PageSize
{
    A4,
    Letter
};
// How a comparison of several outputs is laid out in a PDF: one after another, or two outputs
// per page in two columns.
enum class ReportLayout
{
    Sequential,
    SideBySide
};

// What a run export contains and how it looks. A plain value, copied onto worker threads.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Pdf;
    PageSize pageSize = PageSize::A4;
    ReportLayout layout = ReportLayout::Sequential;
    bool includePrompt = false;   // the exact instructions and input, as an appendix
    bool includeReasoning = true; // the providers' reasoning summaries
    bool includeManifest = true;  // the context manifest appendix
    QList<qint64> callIds;        // calls to include, in this order; empty = every call
    QList<ReportChart> charts;    // pre-rendered statistics charts (PDF, HTML); see ReportChart
    // The run's fused plans (FusionStore), after the answers with a "Sources" note per section
    // (PDF, HTML, Markdown) or their lineage as JSON ("fusions"). Never in tables or statistics.
    QList<Cb::Core::FusionRecord> fusions{};
    // The report's language ("en", "ko"; Cb::Core::ReportLanguage) for every heading, label, number
    // and date the report prints, apart from the interface language. JSON and CSV keep English
    // keys and plain numbers: they are machine formats.
    QString language = QStringLiteral("en");
};

QString exportFormatName(ExportFormat format);                         // "pdf", "md", ...
std::optional<ExportFormat> exportFormatFromName(const QString& name); // also "markdown"
QString exportFormatExtension(ExportFormat format);                    // "pdf", "md", "html", ...
QString pageSizeName(PageSize size);                                   // "A4", "Letter"
std::optional<PageSize> pageSizeFromName(const QString& name);         // case-insensitive

} // namespace Cb::Formats
