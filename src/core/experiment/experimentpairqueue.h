#pragma once

#include "core/compare/blindschedule.h"
#include "core/history/runrecord.h"

#include <QList>

namespace Cb::Core {

// One blind pair of an experiment: which case's run, and which answers on which side.
struct ExperimentPair
{
    qint64 runId = 0;
    int caseIndex = 0;  // position of the case in the experiment
    QString modelPair{}; // "a | b", the two model keys sorted
    BlindPair pair{};
};

// "Rate next pair" across a whole experiment: every blind pair of finished answers (the i-th
// attempt of one model against the i-th of another, as BlindSchedule plans a run) that the
// person at the keyboard has not voted on yet, in either order, ordered so that consecutive
// pairs change model pair (round robin over model pairs) and, within a model pair, walk the
// cases before coming back for a second attempt. Forty votes thus spread over the cases and
// model pairs evenly instead of exhausting case 1 first. Sides come from BlindSchedule with a
// per-run seed derived from `seed`. Pure; any thread.
class ExperimentPairQueue
{
public:
    // `runs` in case order (index = caseIndex).
    static QList<ExperimentPair> pending(const QList<RunRecord>& runs, quint64 seed);
};

} // namespace Cb::Core
