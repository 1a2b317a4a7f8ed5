#include "core/compare/spendingtotals.h"

#include "core/history/askstore.h"

namespace Cb::Core {

QJsonObject SpendingTotals::toJson() const
{
    return {{QStringLiteral("total_usd"), totalUsd()},
            {QStringLiteral("calls"),
             QJsonObject{{QStringLiteral("count"), calls},
                         {QStringLiteral("priced"), pricedCalls},
                         {QStringLiteral("usd"), callsUsd}}},
            {QStringLiteral("asks"),
             QJsonObject{{QStringLiteral("count"), asks},
                         {QStringLiteral("priced"), pricedAsks},
                         {QStringLiteral("usd"), asksUsd}}}};
}

SpendingTotals SpendingTotals::ofCalls(const EvaluationData& data)
{
    SpendingTotals t;
    for (const CallSample& c : data.calls) {
        ++t.calls;
        if (c.costUsd) {
            ++t.pricedCalls;
            t.callsUsd += *c.costUsd;
        }
    }
    return t;
}

Result<SpendingTotals> SpendingTotals::withAsks(Database& database, const EvaluationData& data,
                                                const EvaluationFilter& filter)
{
    SpendingTotals t = ofCalls(data);
    if (!filter.templateName.isEmpty())
        return t;
    const auto asks = AskStore(database).totals(filter.packTitle, filter.from, filter.to);
    if (!asks)
        return fail(asks.error());
    t.asks = asks->count;
    t.pricedAsks = asks->priced;
    t.asksUsd = asks->usd;
    return t;
}

} // namespace Cb::Core
