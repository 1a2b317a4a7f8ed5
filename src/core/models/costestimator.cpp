#include "core/models/costestimator.h"

#include <QCoreApplication>

#include <algorithm>

namespace Cb::Core {

namespace {

constexpr double PerMillion = 1e-6;

} // namespace

QString CostRange::formatUsd(double usd)
{
    if (usd > 0 && usd < 0.001)
        return QStringLiteral("<$0.001");
    return QStringLiteral("$") + QString::number(usd, 'f', usd < 1.0 ? 3 : 2);
}

QString CostRange::text() const
{
    if (!known) // a model the catalog has no price for
        return QCoreApplication::translate("Cb::Core::CostRange", "unknown");
    const QString prefix = inputExact ? QString() : QStringLiteral("~");
    if (formatUsd(low) == formatUsd(high))
        return prefix + formatUsd(high);
    return prefix + formatUsd(low) + QStringLiteral("–") + formatUsd(high);
}

CostRange CostEstimator::estimateCall(const ModelInfo& model, qint64 promptTokens, bool promptExact,
                                      qint64 maxOutputTokens, int repeats)
{
    CostRange range;
    range.inputExact = promptExact;
    const TokenPrices& prices = model.pricing.forPrompt(promptTokens);
    if (!prices.known() || repeats < 0)
        return range;
    const qint64 maxOutput =
        maxOutputTokens > 0 ? std::min(maxOutputTokens, model.maxOutput) : model.maxOutput;
    const qint64 typicalOutput = std::min(model.typicalOutputTokens, maxOutput);
    const double input = double(std::max<qint64>(0, promptTokens)) * *prices.input * PerMillion;
    range.known = true;
    range.low = repeats * (input + double(typicalOutput) * *prices.output * PerMillion);
    range.high = repeats * (input + double(maxOutput) * *prices.output * PerMillion);
    return range;
}

RunCostEstimate CostEstimator::estimateRun(const QList<CostRequest>& requests) const
{
    RunCostEstimate run;
    run.total.known = true;
    for (const CostRequest& request : requests) {
        RunCostLine line{request, m_catalog.find(request.model), CostRange{}};
        line.cost.inputExact = request.promptExact;
        if (line.model) {
            line.cost = estimateCall(*line.model, request.promptTokens, request.promptExact,
                                     request.maxOutputTokens, request.repeats);
        }
        if (line.cost.known) {
            run.total.low += line.cost.low;
            run.total.high += line.cost.high;
            run.total.inputExact = run.total.inputExact && line.cost.inputExact;
        } else {
            ++run.unknownLines;
        }
        run.lines.append(line);
    }
    // Every line unknown: there is no total to show, not a total of $0.
    run.total.known = requests.isEmpty() || run.unknownLines < requests.size();
    return run;
}

std::optional<double> CostEstimator::actualCost(const ModelInfo& model, const BilledUsage& usage)
{
    const TokenPrices& prices = model.pricing.forPrompt(usage.inputTokens);
    if (!prices.known())
        return std::nullopt;
    const qint64 uncached =
        std::max<qint64>(0, usage.inputTokens - usage.cachedInputTokens - usage.cacheWriteTokens);
    const double usd = double(uncached) * *prices.input +
                       double(usage.cachedInputTokens) * prices.cachedInputOrInput() +
                       double(usage.cacheWriteTokens) * prices.cacheWriteOrInput() +
                       double(usage.outputTokens) * *prices.output;
    return usd * PerMillion;
}

std::optional<double> CostEstimator::actualCost(const QString& modelKeyOrId,
                                                const BilledUsage& usage) const
{
    const auto model = m_catalog.find(modelKeyOrId);
    return model ? actualCost(*model, usage) : std::nullopt;
}

} // namespace Cb::Core
