#include "core/experiment/batchoutcome.h"

#include "core/experiment/experimentpricing.h"
#include "core/run/replyoutcome.h"

namespace Cb::Core {

void BatchOutcome::apply(CallRecord& c, const BatchLineResult& r, const std::optional<ModelInfo>& info,
                         const QDateTime& now)
{
    const qint64 elapsed = c.startedAt.isValid() ? c.startedAt.msecsTo(now) : 0;
    if (r.ok()) {
        ProviderResult result = r.result;
        result.elapsedMs = elapsed;
        ReplyOutcome::applyFinished(c, result, info);
        c.costUsd = ExperimentPricing::batchCost(info, result.usage);
        return;
    }
    c.status = r.outcome == BatchLineResult::Outcome::Cancelled ? CallStatus::Cancelled : CallStatus::Failed;
    c.errorCode = r.outcome == BatchLineResult::Outcome::Failed ? errorCodeName(r.error.code)
                                                               : BatchLineResult::outcomeName(r.outcome);
    c.errorMessage = r.error.message;
    if (c.startedAt.isValid())
        c.totalMs = elapsed;
}

} // namespace Cb::Core
