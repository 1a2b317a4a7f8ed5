#include "core/history/raterstore.h"

#include <QCoreApplication>

#include "core/history/database.h"
#include "core/history/sqlvalues.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Cb::Core {

namespace {
using namespace SqlValues;
} // namespace

RaterStore::RaterStore(Database& database)
    : m_db(database)
{
}

Result<qint64> RaterStore::add(const QString& name, const QString& kind)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("Cb::Core::RaterStore", "A rater needs a name."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO raters (name, kind, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(trimmed);
    q.addBindValue(kind);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::RaterStore", "Cannot record the rater"), q));
    return q.lastInsertId().toLongLong();
}

Result<qint64> RaterStore::judgeFor(const QString& modelKey)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM raters WHERE kind = 'judge' AND name = ? ORDER BY id LIMIT 1"));
    q.addBindValue(modelKey);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::RaterStore", "Cannot look up the judge"), q));
    if (q.next())
        return q.value(0).toLongLong();
    return add(modelKey, QStringLiteral("judge"));
}

VoidResult RaterStore::rename(qint64 raterId, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("Cb::Core::RaterStore", "A rater needs a name."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE raters SET name = ? WHERE id = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(raterId);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::RaterStore", "Cannot rename the rater"), q));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, QCoreApplication::translate("Cb::Core::RaterStore", "No rater with id %1.").arg(raterId));
    return {};
}

Result<QList<RaterRecord>> RaterStore::all()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, kind FROM raters ORDER BY id")))
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::RaterStore", "Cannot read the raters"), q));
    QList<RaterRecord> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

} // namespace Cb::Core
