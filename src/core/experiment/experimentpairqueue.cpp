#include "core/experiment/experimentpairqueue.h"

#include <QMap>

#include <algorithm>

namespace Cb::Core {

namespace {

bool votedByKeyboard(const RunRecord& run, const BlindPair& p)
{
    return std::any_of(run.votes.begin(), run.votes.end(), [&](const VoteRecord& v) {
        return v.raterId == 0 && ((v.leftCallId == p.leftCallId && v.rightCallId == p.rightCallId) ||
                                  (v.leftCallId == p.rightCallId && v.rightCallId == p.leftCallId));
    });
}

} // namespace

QList<ExperimentPair> ExperimentPairQueue::pending(const QList<RunRecord>& runs, quint64 seed)
{
    // Per model pair: (attempt ordinal within its case, case index) → the pair.
    QMap<QString, QMap<std::pair<int, int>, ExperimentPair>> groups;
    for (int caseIndex = 0; caseIndex < runs.size(); ++caseIndex) {
        const RunRecord& run = runs[caseIndex];
        // Every call goes into the schedule so that attempts pair by repeat; pairs with an
        // answer that did not finish (or wrote nothing) are then left out.
        QList<BlindCall> calls;
        for (const CallRecord& call : run.calls)
            calls.append({call.id, call.modelKey(), call.repeatIndex});
        const auto answered = [&run](qint64 id) {
            const CallRecord* c = run.call(id);
            return c && c->status == CallStatus::Done && !c->text.trimmed().isEmpty();
        };
        QList<BlindPair> pairs;
        for (const BlindPair& p : BlindSchedule::pairs(calls, seed ^ static_cast<quint64>(run.id) * 0x9E3779B97F4A7C15ULL))
            if (answered(p.leftCallId) && answered(p.rightCallId))
                pairs.append(p);
        // Attempts in repeat order within a model pair, whatever order the schedule drew.
        std::sort(pairs.begin(), pairs.end(), [&](const BlindPair& a, const BlindPair& b) {
            return std::min(a.leftCallId, a.rightCallId) < std::min(b.leftCallId, b.rightCallId);
        });
        QMap<QString, int> ordinal;
        for (const BlindPair& p : pairs) {
            if (votedByKeyboard(run, p))
                continue;
            QStringList models{run.call(p.leftCallId)->modelKey(), run.call(p.rightCallId)->modelKey()};
            models.sort();
            const QString key = models.join(QStringLiteral(" | "));
            const int n = ordinal[key]++;
            groups[key].insert({n, caseIndex}, ExperimentPair{run.id, caseIndex, key, p});
        }
    }
    QList<QList<ExperimentPair>> lanes;
    for (const auto& group : groups)
        lanes.append(group.values());
    QList<ExperimentPair> out;
    for (int i = 0;; ++i) {
        bool any = false;
        for (const QList<ExperimentPair>& lane : lanes) {
            if (i < lane.size()) {
                out.append(lane[i]);
                any = true;
            }
        }
        if (!any)
            break;
    }
    return out;
}

} // namespace Cb::Core
