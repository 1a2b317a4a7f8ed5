#pragma once

#include "core/history/runrecord.h"
#include "formats/export/reportfacts.h"

namespace Cb::Formats {

// One CSV row per call (RFC 4180: comma separated, CRLF line ends, fields with commas, quotes
// or line breaks quoted): call id, provider, model, repeat, status, partial, input, output and
// reasoning tokens, cost, time to first token and total time in milliseconds, votes won / lost /
// tied, rating and judgement. Empty fields mean "not reported". Pure; any thread.
class CsvRunWriter
{
public:
    static QString write(const Cb::Core::RunRecord& run, const ReportFacts& facts);
    static QString field(const QString& value);
};

} // namespace Cb::Formats
