#pragma once

#include "core/models/costestimator.h"
#include "core/models/modelinfo.h"
#include "core/providers/usage.h"

#include <optional>

namespace Cb::Core {

// Live and batch prices of an experiment side by side. The catalog carries synchronous prices
// only; both batch APIs bill 50 % of them on input and output (PROTOCOLS.md §5.1, §5.2; e.g.
// o3-pro 20/80 live, 10/40 batch), so batch prices are derived here in one place.
class ExperimentPricing
{
public:
    static constexpr double batchDiscount = 0.5;

    struct Estimate
    {
        CostRange live;  // every call sent live
        CostRange batch; // batch-capable models at the batch price, the others live
        int unknownLines = 0;
    };

    // `requests` as for a run (prompt size × repeats), one per case × model; `batchable` says
    // for each whether its provider has a batch API.
    static Estimate estimate(const CostEstimator& estimator, const QList<CostRequest>& requests,
                             const QList<bool>& batchable);
    // What a finished batch call cost; nullopt when the catalog has no prices for it.
    static std::optional<double> batchCost(const std::optional<ModelInfo>& info, const Usage& usage);
};

} // namespace Cb::Core
