#include "core/compare/spendingtotals.h"

#include "core/history/database.h"

#include <QSqlError>
#include <QSqlQuery>

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
    QString where;
    QVariantList binds;
    if (!filter.packTitle.isEmpty()) {
        where += QStringLiteral(" AND pack_title = ?");
        binds << filter.packTitle;
    }
    // Stored as UTC ISO text with milliseconds, like the runs' times the filter also applies to.
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND created_at >= ?");
        binds << filter.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND created_at < ?");
        binds << filter.to.toUTC().toString(Qt::ISODateWithMs);
    }
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*), COUNT(cost_usd), COALESCE(SUM(cost_usd), 0) FROM asks WHERE 1 = 1") +
              where);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return fail(ErrorCode::Database, QStringLiteral("Cannot read the Ask first costs: ") + q.lastError().text());
    t.asks = q.value(0).toInt();
    t.pricedAsks = q.value(1).toInt();
    t.asksUsd = q.value(2).toDouble();
    return t;
}

} // namespace Cb::Core
