#include "core/history/toolcallstore.h"

#include "core/history/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Cb::Core {

namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString& s) { return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s); }

} // namespace

ToolCallStore::ToolCallStore(Database& database) : m_db(database) {}

VoidResult ToolCallStore::add(qint64 callId, const ToolTrailEntry& e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tool_calls (call_id, round, position, name, arguments, result_bytes,"
                             " result_tokens, is_error, summary, item_ids_json, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(callId), QVariant(e.round), QVariant(e.position), text(e.name), text(e.arguments),
          QVariant(e.resultBytes), QVariant(e.resultTokens), QVariant(e.isError), text(e.summary),
          QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(e.itemIds)).toJson(QJsonDocument::Compact))),
          QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec())
        return fail(ErrorCode::Database, QStringLiteral("Cannot record the tool call: ") + q.lastError().text());
    return {};
}

Result<QList<ToolTrailEntry>> ToolCallStore::forCall(qint64 callId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT round, position, name, arguments, result_bytes, result_tokens, is_error, summary,"
                             " item_ids_json FROM tool_calls WHERE call_id = ? ORDER BY round, position"));
    q.addBindValue(callId);
    if (!q.exec())
        return fail(ErrorCode::Database, QStringLiteral("Cannot read the tool calls: ") + q.lastError().text());
    QList<ToolTrailEntry> out;
    while (q.next()) {
        ToolTrailEntry e;
        e.round = q.value(0).toInt();
        e.position = q.value(1).toInt();
        e.name = q.value(2).toString();
        e.arguments = q.value(3).toString();
        e.resultBytes = q.value(4).toLongLong();
        e.resultTokens = q.value(5).toLongLong();
        e.isError = q.value(6).toBool();
        e.summary = q.value(7).toString();
        for (const QJsonValue& id : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array())
            e.itemIds << id.toString();
        out.append(e);
    }
    return out;
}

} // namespace Cb::Core
