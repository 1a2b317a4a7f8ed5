#include "core/history/evaluationquery.h"

#include "core/history/database.h"
#include "core/history/sqlvalues.h"
#include "core/models/billedusage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Cb::Core {

using SqlValues::sqlError;

namespace {

struct Where
{
    QString sql;
    QVariantList binds;
};

Where runFilter(const EvaluationFilter& f)
{
    Where w;
    if (!f.packTitle.isEmpty()) {
        w.sql += QStringLiteral(" AND r.pack_title = ?");
        w.binds << f.packTitle;
    }
    if (!f.templateName.isEmpty()) {
        w.sql += QStringLiteral(" AND r.template_name = ?");
        w.binds << f.templateName;
    }
    if (f.from.isValid()) {
        w.sql += QStringLiteral(" AND r.created_at >= ?");
        w.binds << f.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        w.sql += QStringLiteral(" AND r.created_at < ?");
        w.binds << f.to.toUTC().toString(Qt::ISODateWithMs);
    }
    return w;
}

Result<QSqlQuery> run(QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::EvaluationQuery", "Cannot read the statistics"),
            q.lastError()));
    return q;
}

template <typename T>
std::optional<T> optional(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<T>(v.value<T>());
}

Result<QStringList> distinct(QSqlDatabase& db, const QString& column)
{
    auto q = run(db, QStringLiteral("SELECT DISTINCT %1 FROM runs WHERE %1 != '' ORDER BY %1").arg(column), {});
    if (!q)
        return fail(q.error());
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

} // namespace

Result<EvaluationData> EvaluationQuery::load(const EvaluationFilter& filter)
{
    QSqlDatabase& db = m_db.connection();
    const Where where = runFilter(filter);
    EvaluationData data;

    auto votes = run(db,
                     QStringLiteral("SELECT v.run_id, lc.provider || ':' || lc.model, rc.provider || ':' || rc.model,"
                                    " v.outcome, v.blind, v.created_at, v.left_call_id, v.right_call_id,"
                                    " v.rater_id, rt.name, rt.kind FROM votes v"
                                    " JOIN calls lc ON lc.id = v.left_call_id JOIN calls rc ON rc.id = v.right_call_id"
                                    " LEFT JOIN raters rt ON rt.id = v.rater_id"
                                    " JOIN runs r ON r.id = v.run_id WHERE 1 = 1") +
                         where.sql + QStringLiteral(" ORDER BY v.id"),
                     where.binds);
    if (!votes)
        return fail(votes.error());
    while (votes->next())
        data.votes.append({votes->value(0).toLongLong(), votes->value(1).toString(), votes->value(2).toString(),
                           votes->value(3).toString(), votes->value(4).toBool(),
                           QDateTime::fromString(votes->value(5).toString(), Qt::ISODateWithMs),
                           votes->value(6).toLongLong(), votes->value(7).toLongLong(), votes->value(8).toLongLong(),
                           votes->value(9).toString(), votes->value(10).toString() == QLatin1String("judge")});

    auto rankings = run(db,
                        QStringLiteral("SELECT k.run_id, k.id, c.provider || ':' || c.model, e.rank, k.blind, k.created_at,"
                                       " k.rater_id, rt.name, rt.kind"
                                       " FROM rankings k JOIN ranking_entries e ON e.ranking_id = k.id"
                                       " LEFT JOIN raters rt ON rt.id = k.rater_id"
                                       " JOIN calls c ON c.id = e.call_id JOIN runs r ON r.id = k.run_id WHERE 1 = 1") +
                            where.sql + QStringLiteral(" ORDER BY k.id, e.position"),
                        where.binds);
    if (!rankings)
        return fail(rankings.error());
    while (rankings->next()) {
        const qint64 id = rankings->value(1).toLongLong();
        if (data.rankings.isEmpty() || data.rankings.last().rankingId != id)
            data.rankings.append({rankings->value(0).toLongLong(), id, {}, rankings->value(4).toBool(),
                                  QDateTime::fromString(rankings->value(5).toString(), Qt::ISODateWithMs),
                                  rankings->value(6).toLongLong(), rankings->value(7).toString(),
                                  rankings->value(8).toString() == QLatin1String("judge")});
        data.rankings.last().outputs.append({rankings->value(2).toString(), rankings->value(3).toInt()});
    }

    auto calls = run(db,
                     QStringLiteral("SELECT c.run_id, c.id, c.provider || ':' || c.model, c.status, c.judgement,"
                                    " c.cost_usd, c.total_ms, c.rating, c.provider, c.usage_json FROM calls c JOIN runs r ON r.id = c.run_id"
                                    " WHERE 1 = 1") +
                         where.sql + QStringLiteral(" ORDER BY c.id"),
                     where.binds);
    if (!calls)
        return fail(calls.error());
    while (calls->next()) {
        CallSample c;
        c.runId = calls->value(0).toLongLong();
        c.callId = calls->value(1).toLongLong();
        c.model = calls->value(2).toString();
        c.status = calls->value(3).toString();
        c.judgement = calls->value(4).toString();
        c.costUsd = optional<double>(calls->value(5));
        c.totalMs = optional<qint64>(calls->value(6));
        c.rating = optional<int>(calls->value(7));
        if (const QByteArray usage = calls->value(9).toString().toUtf8(); usage.size() > 2) {
            const BilledUsage u =
                BilledUsage::fromRecorded(calls->value(8).toString(), QJsonDocument::fromJson(usage).object());
            c.inputTokens = u.inputTokens;
            c.outputTokens = u.outputTokens;
            c.reasoningTokens = u.reasoningTokens;
        }
        data.calls.append(c);
    }

    auto packs = distinct(db, QStringLiteral("pack_title"));
    auto templates = distinct(db, QStringLiteral("template_name"));
    if (!packs)
        return fail(packs.error());
    if (!templates)
        return fail(templates.error());
    data.packTitles = *packs;
    data.templateNames = *templates;
    return data;
}

} // namespace Cb::Core
