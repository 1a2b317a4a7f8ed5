#pragma once

#include "core/history/runrecord.h"

#include <QList>
#include <QString>

namespace Cb::Core {

// One answer of a run as fusion sees it: the call, its place in the run (1-based, as the CLI's
// --pick and the prompt number it) and a short name for lineage ("o3 #1").
struct FusionAnswer
{
    qint64 callId = 0;
    int callIndex = 0; // 1-based position of the call in the run
    QString label{};   // "o3 #1": short model name and attempt
    QString text{};

    // The run's answers worth fusing: calls that finished with text (done, or cut at the output
    // limit), in run order. Failed, refused and empty calls are left out.
    static QList<FusionAnswer> of(const RunRecord& run);
    // "o3 #1" for a call of the run, also for calls of(run) leaves out; empty if unknown.
    static QString labelOf(const RunRecord& run, qint64 callId);
};

} // namespace Cb::Core
