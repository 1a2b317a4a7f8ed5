#include "core/experiment/experimentpricing.h"

#include "core/run/callmetrics.h"

namespace Cb::Core {

namespace {

void add(CostRange& total, const CostRange& line, double factor)
{
    total.known = true;
    total.inputExact = total.inputExact && line.inputExact;
    total.low += line.low * factor;
    total.high += line.high * factor;
}

} // namespace

ExperimentPricing::Estimate ExperimentPricing::estimate(const CostEstimator& estimator,
                                                        const QList<CostRequest>& requests,
                                                        const QList<bool>& batchable)
{
    Estimate out;
    const RunCostEstimate run = estimator.estimateRun(requests);
    for (int i = 0; i < run.lines.size(); ++i) {
        const CostRange& cost = run.lines[i].cost;
        if (!cost.known) {
            ++out.unknownLines;
            continue;
        }
        add(out.live, cost, 1.0);
        add(out.batch, cost, batchable.value(i) ? batchDiscount : 1.0);
    }
    return out;
}

std::optional<double> ExperimentPricing::batchCost(const std::optional<ModelInfo>& info, const Usage& usage)
{
    const auto live = CallMetrics::actualCost(info, usage);
    if (!live)
        return std::nullopt;
    return *live * batchDiscount;
}

} // namespace Cb::Core
