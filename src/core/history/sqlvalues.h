#pragma once

#include "core/common/error.h"
#include "core/history/runrecord.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlError;
class QSqlQuery;

// How the history stores values in SQLite, in one place for every store: JSON columns as
// compact text, times as UTC ISO 8601 with milliseconds, text columns NOT NULL with '' for
// "none", absent numbers and ids as NULL.
namespace Cb::Core::SqlValues {

QString toJson(const QJsonObject& object);
QString toJson(const QJsonArray& array);
QJsonObject objectFrom(const QVariant& value);
QJsonArray arrayFrom(const QVariant& value);
QString isoTime(const QDateTime& time); // '' for an invalid time
QDateTime fromIso(const QVariant& value);
// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant text(const QString& s);
// A foreign key that may be absent: 0 is stored as NULL.
QVariant optionalId(qint64 id);
// "what: <the driver's message>": `what` comes translated, SQLite's own text is kept as it is.
Error sqlError(const QString& what, const QSqlQuery& query);
Error sqlError(const QString& what, const QSqlError& error);

template <typename T> QVariant optionalValue(const std::optional<T>& v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

// A model call's outcome as calls, follow_ups and fusions all store it: the values bound to
// kOutcomeColumns, in that order, for any record with the outcome fields (CallRecord,
// FollowUpRecord, FusionRecord).
inline constexpr char kOutcomeColumns[] =
    "status = ?, partial = ?, text = ?, reasoning = ?, usage_json = ?, cost_usd = ?, error_code = "
    "?,"
    " error_message = ?, response_id = ?, started_at = ?, first_token_ms = ?, total_ms = ?";

template <typename Record> QVariantList outcomeValues(const Record& r)
{
    return {QVariant(callStatusName(r.status)),
            QVariant(r.partial),
            text(r.text),
            text(r.reasoning),
            QVariant(toJson(r.usage)),
            optionalValue(r.costUsd),
            text(r.errorCode),
            text(r.errorMessage),
            text(r.responseId),
            text(isoTime(r.startedAt)),
            optionalValue(r.firstTokenMs),
            optionalValue(r.totalMs)};
}

} // namespace Cb::Core::SqlValues
