#include "core/judge/judgeverdictstore.h"

#include "core/history/database.h"
#include "core/history/sqlvalues.h"
#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Cb::Core {

namespace {

using namespace SqlValues;

JudgeVerdict::Kind kindFromName(const QString& name)
{
    for (auto k : {JudgeVerdict::Kind::A, JudgeVerdict::Kind::B, JudgeVerdict::Kind::Tie, JudgeVerdict::Kind::BothBad})
        if (JudgeVerdict::name(k) == name)
            return k;
    return JudgeVerdict::Kind::Unparseable;
}

QString runClause(const QList<qint64>& runIds)
{
    if (runIds.isEmpty())
        return {};
    QStringList ids;
    for (qint64 id : runIds)
        ids.append(QString::number(id)); // our own integers, not user text
    return QStringLiteral(" AND run_id IN (%1)").arg(ids.join(QLatin1Char(',')));
}

} // namespace

JudgeVerdictStore::JudgeVerdictStore(Database& database)
    : m_db(database)
{
}

VoidResult JudgeVerdictStore::replacePair(const QList<JudgeVerdictRecord>& rows, std::optional<VoteRecord> vote)
{
    if (rows.isEmpty())
        return {};
    const JudgeVerdictRecord& first = rows.first();
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction())
        return fail(sqlError(QCoreApplication::translate("Cb::Core::JudgeVerdictStore",
                                                         "Cannot start saving the judgement"),
                             db.lastError()));
    auto rollback = [&db](Error e) -> VoidResult {
        db.rollback();
        return fail(std::move(e));
    };
    const QString samePair = QStringLiteral(
        " WHERE run_id = ? AND rater_id = ? AND ((left_call_id = ? AND right_call_id = ?)"
        " OR (left_call_id = ? AND right_call_id = ?))");
    for (const QString& table : {QStringLiteral("judge_verdicts"), QStringLiteral("votes")}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM ") + table + samePair);
        for (qint64 v : {first.runId, first.raterId, first.leftCallId, first.rightCallId, first.rightCallId,
                         first.leftCallId})
            q.addBindValue(v);
        if (!q.exec())
            return rollback(sqlError(
                QCoreApplication::translate("Cb::Core::JudgeVerdictStore",
                                            "Cannot replace the judge's earlier judgement"),
                q));
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const JudgeVerdictRecord& r : rows) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO judge_verdicts (run_id, rater_id, left_call_id, right_call_id, \"order\","
                                 " verdict, reason, raw_text, cost_usd, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(r.runId);
        q.addBindValue(r.raterId);
        q.addBindValue(r.leftCallId);
        q.addBindValue(r.rightCallId);
        q.addBindValue(r.order);
        q.addBindValue(JudgeVerdict::name(r.verdict));
        q.addBindValue(r.reason.isNull() ? QStringLiteral("") : r.reason);
        q.addBindValue(r.rawText.isNull() ? QStringLiteral("") : r.rawText);
        q.addBindValue(r.costUsd ? QVariant(*r.costUsd) : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(r.createdAt.isValid() ? r.createdAt.toString(Qt::ISODateWithMs) : now);
        if (!q.exec())
            return rollback(sqlError(QCoreApplication::translate("Cb::Core::JudgeVerdictStore",
                                                                 "Cannot save the judgement"),
                                     q));
    }
    if (vote) {
        auto added = HistoryStore(m_db).addVote(*vote);
        if (!added)
            return rollback(added.error());
    }
    if (!db.commit())
        return rollback(sqlError(
            QCoreApplication::translate("Cb::Core::JudgeVerdictStore", "Cannot save the judgement"),
            db.lastError()));
    return {};
}

Result<QList<JudgeVerdictRecord>> JudgeVerdictStore::verdicts(qint64 raterId, const QList<qint64>& runIds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, run_id, rater_id, left_call_id, right_call_id, \"order\", verdict, reason,"
                             " raw_text, cost_usd, created_at FROM judge_verdicts WHERE rater_id = ?") +
              runClause(runIds) + QStringLiteral(" ORDER BY id"));
    q.addBindValue(raterId);
    if (!q.exec())
        return fail(sqlError(QCoreApplication::translate("Cb::Core::JudgeVerdictStore",
                                                         "Cannot read the judge's verdicts"),
                             q));
    QList<JudgeVerdictRecord> out;
    while (q.next()) {
        JudgeVerdictRecord r;
        r.id = q.value(0).toLongLong();
        r.runId = q.value(1).toLongLong();
        r.raterId = q.value(2).toLongLong();
        r.leftCallId = q.value(3).toLongLong();
        r.rightCallId = q.value(4).toLongLong();
        r.order = q.value(5).toString();
        r.verdict = kindFromName(q.value(6).toString());
        r.reason = q.value(7).toString();
        r.rawText = q.value(8).toString();
        if (!q.value(9).isNull())
            r.costUsd = q.value(9).toDouble();
        r.createdAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        out.append(r);
    }
    return out;
}

Result<JudgeTally> JudgeVerdictStore::tally(qint64 raterId, const QList<qint64>& runIds)
{
    auto rows = verdicts(raterId, runIds);
    if (!rows)
        return fail(rows.error());
    struct Orders
    {
        std::optional<JudgeVerdict::Kind> ab, ba;
    };
    QHash<QString, Orders> pairs;
    QStringList seen; // pair keys in first-seen order
    JudgeTally tally;
    for (const JudgeVerdictRecord& r : *rows) {
        const QString key = QStringLiteral("%1/%2/%3").arg(r.runId).arg(r.leftCallId).arg(r.rightCallId);
        if (!pairs.contains(key))
            seen.append(key);
        (r.order == QLatin1String("ab") ? pairs[key].ab : pairs[key].ba) = r.verdict;
        if (r.costUsd)
            tally.costUsd += *r.costUsd;
        else
            ++tally.costUnknown;
    }
    for (const QString& key : seen) {
        const Orders& o = pairs.value(key);
        if (!o.ab || !o.ba)
            continue; // a pair is only written whole; a lone ordering is not a judged pair
        switch (JudgeConsistency::combine(*o.ab, *o.ba).kind) {
        case JudgeConsistency::Kind::Consistent:
            ++tally.consistent;
            break;
        case JudgeConsistency::Kind::Inconsistent:
            ++tally.inconsistent;
            break;
        case JudgeConsistency::Kind::Unparseable:
            ++tally.unparseable;
            break;
        }
    }
    return tally;
}

} // namespace Cb::Core
