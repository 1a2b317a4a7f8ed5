#pragma once

#include "core/common/reportlanguage.h"
#include "core/eval/citationreport.h"

namespace Cb::Core {

// Citations as readable footnotes, in Markdown, for the answer's column and every report
// format: each [[id: "quote"]] becomes a superscript number (bold with ✗ when not found) and a
// "Sources" list follows the answer — one line per quote with ✓/✗, the item's title and the
// quote. A report that found no citation leaves the answer as it is. The words are in
// `language` (a report's; English by default). Pure; any thread.
class CitationFootnotes
{
public:
    static QString markdown(const QString& answer, const CitationReport& report,
                            const ReportLanguage& language = {});
    // "¹²" for 12.
    static QString superscript(int number);
    // The Sources list alone (no answer), starting with its bold heading; empty without citations.
    static QString sourcesList(const CitationReport& report, const ReportLanguage& language = {});
    // CitationReport::summary() in `language`: "claims cited 18, verified 16, not found 2".
    static QString summary(const CitationReport& report, const ReportLanguage& language);
};

} // namespace Cb::Core
