#pragma once

#include "core/common/reportlanguage.h"
#include "core/common/result.h"
#include "core/experiment/experimentrecord.h"
#include "formats/export/reportchart.h"

#include <QByteArray>

namespace Cb::Formats {

// A whole experiment as one file: every case × model × repeat with its state, what it cost
// (batch calls at the batch price they were billed at), its tokens and its answer, plus the
// experiment, its cases and batches, and the results across cases (per model pass rate and
// k-of-k, per pair the pooled blind win rate, with Wilson intervals). JSON (everything,
// answers included), CSV (one row per call, RFC 4180, answers included), Markdown (results,
// tables per case, then the answers), HTML or PDF (that report). Every run passes
// SecretRedactor first.
class ExperimentExporter
{
public:
    enum class Format
    {
        Json,
        Csv,
        Markdown,
        Html, // the Markdown report as a self-contained page
        Pdf,  // that page printed to A4 (needs a QGuiApplication)
    };

    static std::optional<Format> formatFromName(const QString& name); // json, csv, md, html, pdf
    // `runs`: the cases' runs, any order; a case without a run exports as queued calls.
    // `charts` (rendered by the caller, see ReportChart) follow the results in HTML and PDF.
    // `language`: the report's headings, labels and numbers (Markdown, HTML, PDF); JSON and CSV
    // keep English keys.
    static QByteArray write(const Cb::Core::ExperimentRecord& record, const QList<Cb::Core::RunRecord>& runs,
                            Format format, const QList<ReportChart>& charts = {},
                            const Cb::Core::ReportLanguage& language = {});
};

} // namespace Cb::Formats
