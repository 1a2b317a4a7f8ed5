#pragma once

#include "core/common/result.h"
#include "core/judge/judgeagreement.h"

namespace Cb::Core {

class Database;

// JudgeAgreement for a judge model over some runs, read from the history: the votes of those
// runs (EvaluationQuery) and the judge's raw verdicts (JudgeVerdictStore::tally). A judge that
// never judged there gives zero counts, not an error. Use from the database's thread.
namespace JudgeAgreementQuery {

// runIds empty: every run.
Result<JudgeAgreement> load(Database& database, const QString& judgeKey, const QList<qint64>& runIds);

} // namespace JudgeAgreementQuery

} // namespace Cb::Core
