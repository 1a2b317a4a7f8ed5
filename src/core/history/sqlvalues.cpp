#include "core/history/sqlvalues.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Cb::Core::SqlValues {

QString toJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toJson(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QJsonArray arrayFrom(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime fromIso(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Error sqlError(const QString& what, const QSqlQuery& query)
{
    return sqlError(what, query.lastError());
}

Error sqlError(const QString& what, const QSqlError& error)
{
    return Error(ErrorCode::Database, what + QStringLiteral(": ") + error.text());
}

} // namespace Cb::Core::SqlValues
