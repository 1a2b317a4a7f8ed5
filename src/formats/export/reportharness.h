#pragma once

#include "core/history/runrecord.h"
#include "formats/export/reportoutline.h"

#include <optional>

namespace Cb::Formats {

// What reports show of the harness: the pack coverage table (which answers read or cited each
// item, and the items none used) and each answer's tool trail, as a Markdown list under the
// answer. Shared by the Markdown, HTML and PDF reports through ReportOutline. Pure; any thread.
class ReportHarness
{
public:
    // Empty when no answer read or cited anything (runs without tools or citations).
    static std::optional<ReportTable> coverageTable(const Cb::Core::RunRecord& run, const ReportText& text = ReportText());
    // "**Tool trail** — 3 calls" and a numbered list; empty for a call without tool calls.
    static QString toolTrailMarkdown(const Cb::Core::CallRecord& call, const ReportText& text = ReportText());
};

} // namespace Cb::Formats
