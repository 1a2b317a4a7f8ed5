#pragma once

// Shared by the export tests: the two-model comparison fixture and a long synthetic run.
#include "core/common/result.h"
#include "core/history/runrecord.h"

namespace Cb::Core {
class HistoryStore;
}

class QPdfDocument;
class QTemporaryFile;

namespace Cb::Test {

// tests/data/export/comparison-run.json (o3 vs o3-pro, Korean, tables, code, votes).
Cb::Core::RunRecord comparisonRun();
// Inserts run (its calls get new ids) and then its votes, pointed at those new ids: the run's
// id, or the first error.
Cb::Core::Result<qint64> insertRunWithVotes(Cb::Core::HistoryStore& store, Cb::Core::RunRecord& run);
// The comparison with a finished follow-up under the first output and one cut mid-reply under
// the last.
Cb::Core::RunRecord comparisonRunWithFollowUps();
// A comparison whose outputs hold `rows` table rows and `codeLines` code lines each, with
// unique markers ("row 0042", "code line 0042 of o3") to find them in extracted text.
Cb::Core::RunRecord longRun(int rows, int codeLines);
// Loads PDF bytes into `doc` through `file` (QPdfDocument reads files synchronously).
bool loadPdf(const QByteArray& pdf, QTemporaryFile& file, QPdfDocument& doc);
// Every page's text of a PDF (QPdfDocument).
QStringList pdfPageTexts(const QByteArray& pdf);

} // namespace Cb::Test
