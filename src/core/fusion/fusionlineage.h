#pragma once

#include "core/common/reportlanguage.h"
#include "core/history/fusionrecord.h"

#include <QJsonObject>

namespace Cb::Core {

// Lineage in words and in JSON, the same everywhere it is shown: the column's hover, the
// report's "Sources" notes, `contextbench fuse` and the JSON export. Pure; any thread.
namespace FusionLineage {

// "from o3 #1 and Claude #2, merged by gpt-4.1"; "from o3 #1, as written" in pick mode.
// Answers in `leftOut` (call ids; an export that keeps only some calls) are named all the
// same, marked "o3 #2 (not in this export)", so a section never loses a source.
// In `language` when given (a report), else in the interface language.
QString describe(const FusionSection& section, const RunRecord& run, const QList<qint64>& leftOut = {},
                 const ReportLanguage* language = nullptr);
// "Fused plan · merged by gpt-4.1" / "Fused plan · picked by hand".
QString title(const FusionRecord& fusion, const ReportLanguage* language = nullptr);
// {id, mode, merged_by, status, cost_usd, plan, sections: [{title, level, merged_by,
//  sources: [{call_id, call_index, label}], note}], prompt: {instructions, input}}
QJsonObject json(const FusionRecord& fusion, const RunRecord& run, bool includePrompt);

} // namespace FusionLineage

} // namespace Cb::Core
