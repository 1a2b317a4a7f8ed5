#include "core/rating/ratertally.h"

#include "core/history/database.h"
#include "core/history/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Cb::Core {

using SqlValues::sqlError;

Result<QList<RaterTallyRow>> RaterTally::load(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT r.id, r.name, r.kind,"
                               " (SELECT COUNT(*) FROM votes v WHERE v.rater_id = r.id),"
                               " (SELECT COUNT(*) FROM rankings g WHERE g.rater_id = r.id),"
                               " (SELECT COUNT(*) FROM rating_kits k WHERE k.rater_id = r.id)"
                               " FROM raters r ORDER BY r.id")))
        return fail(
            sqlError(QCoreApplication::translate("Cb::Core::RaterTally", "Cannot read the raters"),
                     q.lastError()));
    QList<RaterTallyRow> rows;
    while (q.next())
        rows.append({{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()},
                     q.value(3).toInt(),
                     q.value(4).toInt(),
                     q.value(5).toInt()});
    return rows;
}

} // namespace Cb::Core
