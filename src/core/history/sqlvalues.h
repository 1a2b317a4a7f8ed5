#pragma once

#include "core/common/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <optional>

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
// "what: <the driver's message>".
Error sqlError(const QString& what, const QSqlQuery& query);

template <typename T> QVariant optionalValue(const std::optional<T>& v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

} // namespace Cb::Core::SqlValues
