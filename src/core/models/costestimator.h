#pragma once

#include "core/models/billedusage.h"
#include "core/models/modelcatalog.h"

#include <QList>
#include <QString>

namespace Cb::Core {

// A USD range. `known` is false when the model or one of the prices it needs is not in the
// catalog: the UI shows "unknown", which is not an error. `inputExact` is false when the
// prompt size was estimated (no public tokenizer), shown as "~".
struct CostRange
{
    bool known = false;
    bool inputExact = true;
    double low = 0.0;
    double high = 0.0;

    // "$0.012–$0.81", "~$0.012–$0.81", "unknown"
    QString text() const;
    static QString formatUsd(double usd);
};

// One target of a run: a model (by "provider:model" or id), the prompt it gets and how often.
struct CostRequest
{
    QString model;
    qint64 promptTokens = 0;
    bool promptExact = true;
    qint64 maxOutputTokens = 0; // <= 0: the model's maximum
    int repeats = 1;
};

struct RunCostLine
{
    CostRequest request;
    std::optional<ModelInfo> model; // nullopt: not in the catalog
    CostRange cost;
};

struct RunCostEstimate
{
    QList<RunCostLine> lines;
    CostRange total;      // sum over the lines whose cost is known
    int unknownLines = 0; // lines left out of the total; > 0 means the total is a lower bound
};

// Pre-send cost ranges and post-call actual costs from catalog prices. Pure functions over a
// catalog copy: no ownership, usable from any thread.
//
// Before sending, input cost is the prompt × input price, assuming no cache hits (so the
// range errs high). Output spans typical_output_tokens (low) to the requested maximum (high),
// both counted as reasoning-inclusive output tokens. A prompt above a model's long-context
// threshold (Gemini 2.5 Pro, 200K) prices input and output at the higher tier.
class CostEstimator
{
public:
    explicit CostEstimator(ModelCatalog catalog) : m_catalog(std::move(catalog)) {}

    static CostRange estimateCall(const ModelInfo& model, qint64 promptTokens, bool promptExact,
                                  qint64 maxOutputTokens = 0, int repeats = 1);
    RunCostEstimate estimateRun(const QList<CostRequest>& requests) const;

    // What one finished call cost, from the usage the provider reported. nullopt when prices
    // are unknown.
    static std::optional<double> actualCost(const ModelInfo& model, const BilledUsage& usage);
    std::optional<double> actualCost(const QString& modelKeyOrId, const BilledUsage& usage) const;

    const ModelCatalog& catalog() const { return m_catalog; }

private:
    ModelCatalog m_catalog;
};

} // namespace Cb::Core
