#include "core/judge/judgeagreementquery.h"

#include "core/history/evaluationquery.h"
#include "core/history/raterstore.h"
#include "core/judge/judgeverdictstore.h"

#include <QSet>

namespace Cb::Core {

Result<JudgeAgreement> JudgeAgreementQuery::load(Database& database, const QString& judgeKey,
                                                 const QList<qint64>& runIds)
{
    auto raters = RaterStore(database).all();
    if (!raters)
        return fail(raters.error());
    qint64 raterId = 0;
    for (const RaterRecord& r : *raters) {
        if (r.kind == QLatin1String("judge") && r.name == judgeKey) {
            raterId = r.id;
            break;
        }
    }
    if (raterId == 0)
        return JudgeAgreement::compute({}, 0, judgeKey, 0, 0);
    auto data = EvaluationQuery(database).load();
    if (!data)
        return fail(data.error());
    auto tally = JudgeVerdictStore(database).tally(raterId, runIds);
    if (!tally)
        return fail(tally.error());
    const QSet<qint64> scope(runIds.cbegin(), runIds.cend());
    QList<VoteSample> votes;
    for (const VoteSample& v : data->votes)
        if (scope.isEmpty() || scope.contains(v.runId))
            votes.append(v);
    return JudgeAgreement::compute(votes, raterId, judgeKey, tally->inconsistent, tally->unparseable);
}

} // namespace Cb::Core
