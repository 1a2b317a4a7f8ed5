#include "core/history/historystore.h"

#include "core/history/sqlvalues.h"
#include "core/history/toolcallstore.h"

#include "core/history/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace Cb::Core {

namespace {

using namespace SqlValues;

CallRecord callFrom(const QSqlQuery& q)
{
    const QSqlRecord r = q.record();
    auto v = [&](const char* name) { return q.value(r.indexOf(QString::fromLatin1(name))); };
    CallRecord c;
    c.id = v("id").toLongLong();
    c.runId = v("run_id").toLongLong();
    c.provider = v("provider").toString();
    c.model = v("model").toString();
    c.repeatIndex = v("repeat_index").toInt();
    c.params = objectFrom(v("params_json"));
    c.status = callStatusFromName(v("status").toString());
    c.partial = v("partial").toBool();
    c.text = v("text").toString();
    c.reasoning = v("reasoning").toString();
    c.usage = objectFrom(v("usage_json"));
    if (!v("cost_usd").isNull())
        c.costUsd = v("cost_usd").toDouble();
    c.errorCode = v("error_code").toString();
    c.errorMessage = v("error_message").toString();
    c.responseId = v("response_id").toString();
    c.startedAt = fromIso(v("started_at"));
    if (!v("first_token_ms").isNull())
        c.firstTokenMs = v("first_token_ms").toLongLong();
    if (!v("total_ms").isNull())
        c.totalMs = v("total_ms").toLongLong();
    if (!v("rating").isNull())
        c.rating = v("rating").toInt();
    c.note = v("note").toString();
    c.judgement = v("judgement").toString();
    c.judgementReason = v("judgement_reason").toString();
    c.batchCustomId = v("batch_custom_id").toString();
    if (const QVariant citations = v("citations_json"); !citations.isNull())
        c.citations = CitationReport::fromStorageJson(objectFrom(citations));
    c.contextMode = v("context_mode").toString();
    c.conversation = arrayFrom(v("conversation_json"));
    return c;
}

FollowUpRecord followUpFrom(const QSqlQuery& q)
{
    const QSqlRecord r = q.record();
    auto v = [&](const char* name) { return q.value(r.indexOf(QString::fromLatin1(name))); };
    FollowUpRecord f;
    f.id = v("id").toLongLong();
    f.callId = v("call_id").toLongLong();
    f.position = v("position").toInt();
    f.message = v("message").toString();
    f.status = callStatusFromName(v("status").toString());
    f.partial = v("partial").toBool();
    f.text = v("text").toString();
    f.reasoning = v("reasoning").toString();
    f.usage = objectFrom(v("usage_json"));
    if (!v("cost_usd").isNull())
        f.costUsd = v("cost_usd").toDouble();
    f.errorCode = v("error_code").toString();
    f.errorMessage = v("error_message").toString();
    f.responseId = v("response_id").toString();
    f.createdAt = fromIso(v("created_at"));
    f.startedAt = fromIso(v("started_at"));
    if (!v("first_token_ms").isNull())
        f.firstTokenMs = v("first_token_ms").toLongLong();
    if (!v("total_ms").isNull())
        f.totalMs = v("total_ms").toLongLong();
    f.conversation = arrayFrom(v("conversation_json"));
    if (const QVariant citations = v("citations_json"); !citations.isNull())
        f.citations = CitationReport::fromStorageJson(objectFrom(citations));
    return f;
}

VoteRecord voteFrom(const QSqlQuery& q)
{
    VoteRecord vote;
    vote.id = q.value(0).toLongLong();
    vote.runId = q.value(1).toLongLong();
    vote.leftCallId = q.value(2).toLongLong();
    vote.rightCallId = q.value(3).toLongLong();
    vote.outcome = q.value(4).toString();
    vote.blind = q.value(5).toBool();
    vote.createdAt = fromIso(q.value(6));
    vote.raterId = q.value(7).toLongLong();
    vote.raterName = q.value(8).toString();
    vote.raterKind = q.value(9).toString();
    vote.kitId = q.value(10).toLongLong();
    vote.comment = q.value(11).toString();
    return vote;
}

// The columns voteFrom reads, in its order; `v` is votes, `rt` the rater (LEFT JOIN).
const QString kVoteColumns = QStringLiteral(
    "SELECT v.id, v.run_id, v.left_call_id, v.right_call_id, v.outcome, v.blind, v.created_at,"
    " v.rater_id, rt.name, rt.kind, v.kit_id, v.comment FROM votes v LEFT JOIN raters rt ON rt.id = v.rater_id");

// A JSON column written only when there is something to write: NULL (COALESCE keeps what is stored).
QVariant citationsValue(const CitationReport& report)
{
    return report.checked ? QVariant(toJson(report.toStorageJson())) : QVariant(QMetaType::fromType<QString>());
}

QVariant conversationValue(const QJsonArray& conversation)
{
    return conversation.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(toJson(conversation));
}

const QString kCallInsert = QStringLiteral(
    "INSERT INTO calls (run_id, provider, model, repeat_index, params_json, status, partial, text, reasoning,"
    " usage_json, cost_usd, error_code, error_message, response_id, started_at, first_token_ms, total_ms,"
    " batch_custom_id, context_mode)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

} // namespace

HistoryStore::HistoryStore(Database& database) : m_db(database) {}

Result<qint64> HistoryStore::insertRun(RunRecord& run)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot start a transaction"),
            db.lastError()));
    auto inserted = insertRunRows(run);
    if (!inserted) {
        db.rollback();
        return inserted;
    }
    if (!db.commit())
        return fail(
            sqlError(QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot commit the run"),
                     db.lastError()));
    return run.id;
}

Result<qint64> HistoryStore::insertRunRows(RunRecord& run)
{
    QSqlDatabase& db = m_db.connection();
    if (run.uuid.isEmpty())
        run.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!run.createdAt.isValid())
        run.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO runs (uuid, created_at, pack_title, pack_path, pack_hash, pack_goal, manifest_json,"
        " template_name, instructions, input, prompt_sha256, catalog_version, settings_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {text(run.uuid), text(isoTime(run.createdAt)), text(run.packTitle), text(run.packPath),
          text(run.packHash), text(run.packGoal), QVariant(toJson(run.manifest)), text(run.templateName),
          text(run.instructions), text(run.input), text(run.promptSha256), text(run.catalogVersion),
          QVariant(toJson(run.settings))})
        q.addBindValue(value);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot record the run"), q));
    run.id = q.lastInsertId().toLongLong();
    for (CallRecord& c : run.calls) {
        c.runId = run.id;
        QSqlQuery ins(db);
        ins.prepare(kCallInsert);
        for (const QVariant& value :
             {QVariant(c.runId), text(c.provider), text(c.model), QVariant(c.repeatIndex),
              QVariant(toJson(c.params)), QVariant(callStatusName(c.status)), QVariant(c.partial), text(c.text),
              text(c.reasoning), QVariant(toJson(c.usage)), optionalValue(c.costUsd), text(c.errorCode),
              text(c.errorMessage), text(c.responseId), text(isoTime(c.startedAt)),
              optionalValue(c.firstTokenMs), optionalValue(c.totalMs), text(c.batchCustomId),
              text(c.contextMode.isEmpty() ? QStringLiteral("full") : c.contextMode)})
            ins.addBindValue(value);
        if (!ins.exec())
            return fail(sqlError(
                QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot record a call"),
                ins));
        c.id = ins.lastInsertId().toLongLong();
    }
    return run.id;
}

VoidResult HistoryStore::updateCall(const CallRecord& c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE calls SET %1, params_json = ?, citations_json = COALESCE(?, citations_json),"
        " conversation_json = COALESCE(?, conversation_json) WHERE id = ?")
                  .arg(QLatin1String(kOutcomeColumns)));
    // Citations once checked go with the call (a batch result written off the GUI thread);
    // an unchecked record leaves what is stored alone, as does one without recorded turns.
    for (const QVariant& value : outcomeValues(c) + QVariantList{QVariant(toJson(c.params)), citationsValue(c.citations),
                                                                 conversationValue(c.conversation), QVariant(c.id)})
        q.addBindValue(value);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot record call progress"),
            q));
    return {};
}

VoidResult HistoryStore::setCitations(qint64 callId, const CitationReport& report)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE calls SET citations_json = ? WHERE id = ?"));
    q.addBindValue(toJson(report.toStorageJson()));
    q.addBindValue(callId);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot save the citations"), q));
    return {};
}

VoidResult HistoryStore::setReview(qint64 callId, std::optional<int> rating, const QString& note)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE calls SET rating = ?, note = ? WHERE id = ?"));
    q.addBindValue(optionalValue(rating));
    q.addBindValue(text(note));
    q.addBindValue(callId);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot save the rating"), q));
    return {};
}

VoidResult HistoryStore::setJudgement(qint64 callId, const QString& judgement, const QString& reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE calls SET judgement = ?, judgement_reason = ? WHERE id = ?"));
    q.addBindValue(text(judgement));
    q.addBindValue(text(reason));
    q.addBindValue(callId);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot save the judgement"), q));
    return {};
}

Result<qint64> HistoryStore::addVote(VoteRecord& vote)
{
    if (!vote.createdAt.isValid())
        vote.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO votes (run_id, left_call_id, right_call_id, outcome, blind, created_at,"
                             " rater_id, kit_id, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(vote.runId);
    q.addBindValue(vote.leftCallId);
    q.addBindValue(vote.rightCallId);
    q.addBindValue(text(vote.outcome));
    q.addBindValue(vote.blind);
    q.addBindValue(text(isoTime(vote.createdAt)));
    q.addBindValue(optionalId(vote.raterId));
    q.addBindValue(optionalId(vote.kitId));
    q.addBindValue(text(vote.comment));
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot save the vote"), q));
    vote.id = q.lastInsertId().toLongLong();
    return vote.id;
}

Result<qint64> HistoryStore::insertFollowUp(FollowUpRecord& f)
{
    if (!f.createdAt.isValid())
        f.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO follow_ups (call_id, position, message, status, created_at)"
                             " VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& value : {QVariant(f.callId), QVariant(f.position), text(f.message),
                                  QVariant(callStatusName(f.status)), text(isoTime(f.createdAt))})
        q.addBindValue(value);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot record the follow-up"),
            q));
    f.id = q.lastInsertId().toLongLong();
    return f.id;
}

VoidResult HistoryStore::updateFollowUp(const FollowUpRecord& f)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE follow_ups SET %1, citations_json = COALESCE(?, citations_json),"
        " conversation_json = COALESCE(?, conversation_json) WHERE id = ?").arg(QLatin1String(kOutcomeColumns)));
    for (const QVariant& value :
         outcomeValues(f) + QVariantList{citationsValue(f.citations), conversationValue(f.conversation), QVariant(f.id)})
        q.addBindValue(value);
    if (!q.exec())
        return fail(sqlError(QCoreApplication::translate("Cb::Core::HistoryStore",
                                                         "Cannot record follow-up progress"),
                             q));
    return {};
}

Result<QList<FollowUpRecord>> HistoryStore::followUps(qint64 callId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM follow_ups WHERE call_id = ? ORDER BY position"));
    q.addBindValue(callId);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot read the follow-ups"),
            q));
    QList<FollowUpRecord> out;
    while (q.next())
        out.append(followUpFrom(q));
    return out;
}

Result<qint64> HistoryStore::addRanking(RankingRecord& ranking)
{
    if (!ranking.createdAt.isValid())
        ranking.createdAt = QDateTime::currentDateTimeUtc();
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot save the ranking"),
            db.lastError()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO rankings (run_id, blind, created_at, rater_id, kit_id, comment)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(ranking.runId);
    q.addBindValue(ranking.blind);
    q.addBindValue(text(isoTime(ranking.createdAt)));
    q.addBindValue(optionalId(ranking.raterId));
    q.addBindValue(optionalId(ranking.kitId));
    q.addBindValue(text(ranking.comment));
    bool ok = q.exec();
    const qint64 id = q.lastInsertId().toLongLong();
    for (int i = 0; ok && i < ranking.entries.size(); ++i) {
        q.prepare(QStringLiteral("INSERT INTO ranking_entries (ranking_id, call_id, position, rank) VALUES (?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(ranking.entries[i].callId);
        q.addBindValue(i);
        q.addBindValue(ranking.entries[i].rank);
        ok = q.exec();
    }
    if (!ok) {
        const Error error = sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot save the ranking"), q);
        db.rollback();
        return fail(error);
    }
    if (!db.commit())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot save the ranking"),
            db.lastError()));
    ranking.id = id;
    return id;
}

Result<RunRecord> HistoryStore::loadRun(qint64 runId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, uuid, created_at, pack_title, pack_path, pack_hash, pack_goal, manifest_json,"
                             " template_name, instructions, input, prompt_sha256, catalog_version, settings_json"
                             " FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot read the run"), q));
    if (!q.next())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Cb::Core::HistoryStore",
                                                "There is no run %1 in the history.")
                        .arg(runId));
    RunRecord run;
    run.id = q.value(0).toLongLong();
    run.uuid = q.value(1).toString();
    run.createdAt = fromIso(q.value(2));
    run.packTitle = q.value(3).toString();
    run.packPath = q.value(4).toString();
    run.packHash = q.value(5).toString();
    run.packGoal = q.value(6).toString();
    run.manifest = arrayFrom(q.value(7));
    run.templateName = q.value(8).toString();
    run.instructions = q.value(9).toString();
    run.input = q.value(10).toString();
    run.promptSha256 = q.value(11).toString();
    run.catalogVersion = q.value(12).toString();
    run.settings = objectFrom(q.value(13));

    QSqlQuery calls(m_db.connection());
    calls.prepare(QStringLiteral("SELECT * FROM calls WHERE run_id = ? ORDER BY id"));
    calls.addBindValue(runId);
    if (!calls.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot read the run's calls"),
            calls));
    while (calls.next())
        run.calls.append(callFrom(calls));
    auto trails = ToolCallStore(m_db).forRun(runId);
    if (!trails)
        return fail(trails.error());
    for (CallRecord& c : run.calls)
        c.toolTrail = trails->value(c.id);

    QSqlQuery followUps(m_db.connection());
    followUps.prepare(QStringLiteral("SELECT f.* FROM follow_ups f JOIN calls c ON c.id = f.call_id"
                                     " WHERE c.run_id = ? ORDER BY f.call_id, f.position"));
    followUps.addBindValue(runId);
    if (!followUps.exec())
        return fail(sqlError(QCoreApplication::translate("Cb::Core::HistoryStore",
                                                         "Cannot read the run's follow-ups"),
                             followUps));
    while (followUps.next()) {
        FollowUpRecord f = followUpFrom(followUps);
        for (CallRecord& c : run.calls)
            if (c.id == f.callId)
                c.followUps.append(f);
    }

    QSqlQuery votes(m_db.connection());
    votes.prepare(kVoteColumns + QStringLiteral(" WHERE v.run_id = ? ORDER BY v.id"));
    votes.addBindValue(runId);
    if (!votes.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot read the run's votes"),
            votes));
    while (votes.next())
        run.votes.append(voteFrom(votes));

    QSqlQuery rankings(m_db.connection());
    rankings.prepare(QStringLiteral("SELECT k.id, k.blind, k.created_at, e.call_id, e.rank, k.rater_id, rt.name,"
                                    " rt.kind, k.kit_id, k.comment FROM rankings k"
                                    " JOIN ranking_entries e ON e.ranking_id = k.id"
                                    " LEFT JOIN raters rt ON rt.id = k.rater_id WHERE k.run_id = ?"
                                    " ORDER BY k.id, e.position"));
    rankings.addBindValue(runId);
    if (!rankings.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot read the run's rankings"),
            rankings));
    while (rankings.next()) {
        const qint64 id = rankings.value(0).toLongLong();
        if (run.rankings.isEmpty() || run.rankings.last().id != id)
            run.rankings.append({id, runId, {}, rankings.value(1).toBool(), fromIso(rankings.value(2)),
                                 rankings.value(5).toLongLong(), rankings.value(6).toString(),
                                 rankings.value(7).toString(), rankings.value(8).toLongLong(),
                                 rankings.value(9).toString()});
        run.rankings.last().entries.append({rankings.value(3).toLongLong(), rankings.value(4).toInt()});
    }
    return run;
}

Result<std::optional<qint64>> HistoryStore::lastRunId()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM runs ORDER BY id DESC LIMIT 1")))
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot read the history"), q));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<int> HistoryStore::runCount()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM runs")) || !q.next())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot count runs"), q));
    return q.value(0).toInt();
}

Result<QList<RunSummary>> HistoryStore::listRuns(const RunFilter& filter)
{
    QString sql = QStringLiteral(
        "SELECT r.id, r.created_at, r.pack_title, r.template_name, c.provider, c.model, c.status,"
        " COALESCE(c.cost_usd, 0) + (SELECT COALESCE(SUM(f.cost_usd), 0) FROM follow_ups f WHERE f.call_id = c.id)"
        " FROM runs r LEFT JOIN calls c ON c.run_id = r.id WHERE r.id IN ("
        "  SELECT DISTINCT r2.id FROM runs r2 LEFT JOIN calls c2 ON c2.run_id = r2.id WHERE 1 = 1");
    QVariantList binds;
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (r2.pack_title LIKE ? ESCAPE '\\' OR r2.template_name LIKE ? ESCAPE '\\'"
                              " OR c2.model LIKE ? ESCAPE '\\' OR c2.text LIKE ? ESCAPE '\\'"
                              " OR EXISTS (SELECT 1 FROM follow_ups f2 WHERE f2.call_id = c2.id"
                              " AND (f2.message LIKE ? ESCAPE '\\' OR f2.text LIKE ? ESCAPE '\\')))");
        QString pattern = filter.text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        for (int i = 0; i < 6; ++i)
            binds << pattern;
    }
    if (!filter.model.isEmpty()) {
        sql += QStringLiteral(" AND (c2.model = ? OR (c2.provider || ':' || c2.model) = ?)");
        binds << filter.model << filter.model;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND r2.created_at >= ?");
        binds << isoTime(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND r2.created_at < ?");
        binds << isoTime(filter.to);
    }
    sql += QStringLiteral(" ORDER BY r2.id DESC LIMIT ?) ORDER BY r.id DESC, c.id");
    binds << filter.limit;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return fail(
            sqlError(QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot list runs"), q));
    QList<RunSummary> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.isEmpty() || out.last().id != id) {
            RunSummary s;
            s.id = id;
            s.createdAt = fromIso(q.value(1));
            s.packTitle = q.value(2).toString();
            s.templateName = q.value(3).toString();
            out.append(s);
        }
        if (q.value(4).isNull())
            continue;
        RunSummary& s = out.last();
        const QString key = q.value(4).toString() + QLatin1Char(':') + q.value(5).toString();
        if (!s.models.contains(key))
            s.models.append(key);
        ++s.calls;
        const CallStatus status = callStatusFromName(q.value(6).toString());
        s.done += status == CallStatus::Done ? 1 : 0;
        s.refused += status == CallStatus::Refused ? 1 : 0;
        s.failed += status == CallStatus::Failed ? 1 : 0;
        s.costUsd += q.value(7).toDouble();
    }
    return out;
}

Result<QList<CallRecord>> HistoryStore::resumableCalls()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM calls WHERE response_id != '' AND status NOT IN "
                               "('done', 'failed', 'cancelled') ORDER BY id")))
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot read unfinished calls"),
            q));
    QList<CallRecord> out;
    while (q.next())
        out.append(callFrom(q));
    return out;
}

Result<QList<qint64>> HistoryStore::unfinishedRunIds()
{
    QSqlQuery q(m_db.connection());
    // A run counts while one of its calls or follow-ups has not ended. Calls sent through an
    // experiment's provider batch are the experiment's to resume, not a run's.
    if (!q.exec(QStringLiteral("SELECT run_id FROM calls WHERE status NOT IN ('done', 'failed', 'cancelled')"
                               " AND batch_custom_id = ''"
                               " UNION SELECT c.run_id FROM follow_ups f JOIN calls c ON c.id = f.call_id"
                               " WHERE f.status NOT IN ('done', 'failed', 'cancelled')"
                               " UNION SELECT run_id FROM fusions WHERE status NOT IN ('done', 'refused', 'failed',"
                               " 'cancelled') ORDER BY run_id")))
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot read unfinished runs"),
            q));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Result<QList<VoteRecord>> HistoryStore::votes()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(kVoteColumns + QStringLiteral(" ORDER BY v.id DESC")))
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::HistoryStore", "Cannot read votes"), q));
    QList<VoteRecord> out;
    while (q.next())
        out.append(voteFrom(q));
    return out;
}

} // namespace Cb::Core
