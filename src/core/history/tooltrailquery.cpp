#include "core/history/tooltrailquery.h"

#include "core/history/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Cb::Core {

Result<QHash<qint64, QList<ToolTrailEntry>>> ToolTrailQuery::forRun(Database& db, qint64 runId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT t.call_id, t.round, t.position, t.name, t.arguments, t.result_bytes,"
        " t.result_tokens, t.is_error, t.summary, t.item_ids_json FROM tool_calls t"
        " JOIN calls c ON c.id = t.call_id WHERE c.run_id = ?"
        " ORDER BY t.call_id, t.round, t.position"));
    q.addBindValue(runId);
    if (!q.exec())
        return fail(ErrorCode::Database,
                    QStringLiteral("Cannot read the run's tool calls: ") + q.lastError().text());
    QHash<qint64, QList<ToolTrailEntry>> out;
    while (q.next()) {
        ToolTrailEntry step;
        step.round = q.value(1).toInt();
        step.position = q.value(2).toInt();
        step.name = q.value(3).toString();
        step.arguments = q.value(4).toString();
        step.resultBytes = q.value(5).toLongLong();
        step.resultTokens = q.value(6).toLongLong();
        step.isError = q.value(7).toBool();
        step.summary = q.value(8).toString();
        // A malformed list (never written by ContextBench) reads as "no items" rather than
        // hiding the whole trail.
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array())
            if (v.isString())
                step.itemIds.append(v.toString());
        out[q.value(0).toLongLong()].append(step);
    }
    return out;
}

} // namespace Cb::Core
