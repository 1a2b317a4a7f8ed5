#pragma once

#include "core/history/runrecord.h"

#include <QList>

namespace Cb::Core {

// One pair of answers a judge model compares. `left` is the answer shown as "Answer A" in the
// first ordering ("ab") and the left side of the vote recorded for a consistent verdict.
struct JudgePair
{
    qint64 runId = 0;
    qint64 leftCallId = 0;
    qint64 rightCallId = 0;
    QString task{};
    QString leftText{};
    QString rightText{};
};

// The pairs of a run a judge is asked about: calls that ended with answer text, from different
// model identities (ModelIdentity::keysOf), the i-th repeat of one against the i-th of the
// other (BlindSchedule). Sides come from a schedule seeded by the run id, so judging a run
// again asks about the same pairs in the same orientation. Pure; any thread.
namespace JudgePairs {

QList<JudgePair> fromRun(const RunRecord& run);
// What {{task}} shows: the run's goal, else its instructions, else the start of its input.
QString taskOf(const RunRecord& run);

} // namespace JudgePairs

} // namespace Cb::Core
