#include "core/history/toolcallstore.h"

#include "core/history/database.h"
#include "core/history/sqlvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Cb::Core {

namespace {

using namespace SqlValues;

const QLatin1String kColumns("round, position, name, arguments, result_bytes, result_tokens, "
                             "is_error, summary, item_ids_json");

// One row in kColumns order.
ToolTrailEntry entryFrom(const QSqlQuery& q)
{
    ToolTrailEntry e;
    e.round = q.value(0).toInt();
    e.position = q.value(1).toInt();
    e.name = q.value(2).toString();
    e.arguments = q.value(3).toString();
    e.resultBytes = q.value(4).toLongLong();
    e.resultTokens = q.value(5).toLongLong();
    e.isError = q.value(6).toBool();
    e.summary = q.value(7).toString();
    // A malformed list (never written by ContextBench) reads as "no items" rather than hiding
    // the whole trail.
    for (const QJsonValue& id : arrayFrom(q.value(8)))
        if (id.isString())
            e.itemIds << id.toString();
    return e;
}

} // namespace

ToolCallStore::ToolCallStore(Database& database) : m_db(database) {}

VoidResult ToolCallStore::add(qint64 callId, const ToolTrailEntry& e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tool_calls (call_id, round, position, name, "
                             "arguments, result_bytes,"
                             " result_tokens, is_error, summary, item_ids_json, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(callId), QVariant(e.round), QVariant(e.position), text(e.name),
          text(e.arguments), QVariant(e.resultBytes), QVariant(e.resultTokens), QVariant(e.isError),
          text(e.summary),
          QVariant(QString::fromUtf8(
              QJsonDocument(QJsonArray::fromStringList(e.itemIds)).toJson(QJsonDocument::Compact))),
          QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::ToolCallStore", "Cannot record the tool call"),
            q.lastError()));
    return {};
}

Result<QList<ToolTrailEntry>> ToolCallStore::forCall(qint64 callId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM tool_calls WHERE call_id = ? ORDER BY round, position")
                  .arg(kColumns));
    q.addBindValue(callId);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::ToolCallStore", "Cannot read the tool calls"),
            q));
    QList<ToolTrailEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<QHash<qint64, QList<ToolTrailEntry>>> ToolCallStore::forRun(qint64 runId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, call_id FROM tool_calls WHERE call_id IN (SELECT id FROM "
                             "calls WHERE run_id = ?)"
                             " ORDER BY call_id, round, position")
                  .arg(kColumns));
    q.addBindValue(runId);
    if (!q.exec())
        return fail(sqlError(QCoreApplication::translate("Cb::Core::ToolCallStore",
                                                         "Cannot read the run's tool calls"),
                             q));
    QHash<qint64, QList<ToolTrailEntry>> out;
    while (q.next())
        out[q.value(9).toLongLong()].append(entryFrom(q));
    return out;
}

} // namespace Cb::Core
