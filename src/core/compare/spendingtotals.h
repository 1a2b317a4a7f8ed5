#pragma once

#include "core/common/result.h"
#include "core/history/evaluationdata.h"

#include <QJsonObject>

namespace Cb::Core {

class Database;

// What the runs and Ask first calls in view cost, for the Stats totals (window and
// `contextbench stats`): answers (each call's recorded cost, its tool rounds included) and
// Ask first questions (table asks). Calls and asks without a price are counted but add
// nothing. A plain value.
struct SpendingTotals
{
    int calls = 0;
    int pricedCalls = 0;
    double callsUsd = 0;
    int asks = 0;
    int pricedAsks = 0;
    double asksUsd = 0;

    double totalUsd() const { return callsUsd + asksUsd; }
    // {"total_usd", "calls": {"count", "priced", "usd"}, "asks": {"count", "priced", "usd"}}
    QJsonObject toJson() const;

    // The answers of `data` only: a run's or an experiment's (an ask belongs to no run).
    static SpendingTotals ofCalls(const EvaluationData& data);
    // The answers of `data` and the asks of the history that `filter` lets through: by pack
    // title and date; a template filter leaves every ask out (an ask uses no template).
    static Result<SpendingTotals> withAsks(Database& database, const EvaluationData& data,
                                           const EvaluationFilter& filter);
};

} // namespace Cb::Core
