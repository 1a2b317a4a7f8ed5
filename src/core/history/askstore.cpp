#include "core/history/askstore.h"

#include "core/history/database.h"
#include "core/history/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Cb::Core {

using namespace SqlValues;

AskStore::AskStore(Database& database) : m_db(database) {}

Result<qint64> AskStore::add(AskRecord& ask)
{
    if (!ask.createdAt.isValid())
        ask.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO asks (pack_title, pack_path, provider, model, questions, rounds, usage_json,"
                             " cost_usd, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : {text(ask.packTitle), text(ask.packPath), text(ask.provider), text(ask.model),
                                  QVariant(ask.questions), QVariant(ask.rounds), QVariant(toJson(ask.usage)),
                                  optionalValue(ask.costUsd), text(isoTime(ask.createdAt))})
        q.addBindValue(value);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::AskStore", "Cannot record the ask"), q));
    ask.id = q.lastInsertId().toLongLong();
    return ask.id;
}

Result<QList<AskRecord>> AskStore::all() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, pack_title, pack_path, provider, model, questions, rounds, usage_json,"
                               " cost_usd, created_at FROM asks ORDER BY id DESC")))
        return fail(
            sqlError(QCoreApplication::translate("Cb::Core::AskStore", "Cannot read the asks"), q));
    QList<AskRecord> out;
    while (q.next()) {
        AskRecord a;
        a.id = q.value(0).toLongLong();
        a.packTitle = q.value(1).toString();
        a.packPath = q.value(2).toString();
        a.provider = q.value(3).toString();
        a.model = q.value(4).toString();
        a.questions = q.value(5).toInt();
        a.rounds = q.value(6).toInt();
        a.usage = objectFrom(q.value(7));
        if (!q.value(8).isNull())
            a.costUsd = q.value(8).toDouble();
        a.createdAt = fromIso(q.value(9));
        out.append(a);
    }
    return out;
}

Result<AskStore::Totals> AskStore::totals(const QString& packTitle, const QDateTime& from,
                                          const QDateTime& to) const
{
    QString where;
    QVariantList binds;
    if (!packTitle.isEmpty()) {
        where += QStringLiteral(" AND pack_title = ?");
        binds << packTitle;
    }
    // created_at is isoTime() text, so the bounds compare as text in the same form.
    if (from.isValid()) {
        where += QStringLiteral(" AND created_at >= ?");
        binds << isoTime(from);
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND created_at < ?");
        binds << isoTime(to);
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*), COUNT(cost_usd), COALESCE(SUM(cost_usd), 0) FROM asks WHERE 1 = 1") +
              where);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::AskStore", "Cannot read the Ask first costs"),
            q));
    return Totals{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toDouble()};
}

} // namespace Cb::Core
