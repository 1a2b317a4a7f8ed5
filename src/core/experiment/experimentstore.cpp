#include "core/experiment/experimentstore.h"

#include "core/history/database.h"
#include "core/history/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Cb::Core {

namespace {

using namespace SqlValues;

// Runs one prepared statement with its values; the error names `what`.
VoidResult exec(QSqlQuery& q, const QString& sql, const QVariantList& values, const QString& what)
{
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(sqlError(what, q));
    return {};
}

} // namespace

ExperimentStore::ExperimentStore(Database& database) : m_db(database) {}

Result<qint64> ExperimentStore::insertExperiment(ExperimentRecord& e, bool withCases)
{
    QSqlDatabase& db = m_db.connection();
    if (e.uuid.isEmpty())
        e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!e.createdAt.isValid())
        e.createdAt = QDateTime::currentDateTimeUtc();
    if (!db.transaction())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::ExperimentStore", "Cannot start a transaction"),
            db.lastError()));
    QSqlQuery q(db);
    auto done = exec(
        q,
        QStringLiteral("INSERT INTO experiments (uuid, name, created_at, mode, plan_json, status)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {text(e.uuid), text(e.name), isoTime(e.createdAt), ExperimentRecord::modeName(e.mode),
         toJson(e.planJson()), text(e.status)},
        QCoreApplication::translate("Cb::Core::ExperimentStore", "Cannot record the experiment"));
    if (done)
        e.id = q.lastInsertId().toLongLong();
    if (done && withCases)
        done = insertCaseRows(q, e);
    if (!done) {
        db.rollback();
        return fail(done.error());
    }
    if (!db.commit())
        return fail(sqlError(QCoreApplication::translate("Cb::Core::ExperimentStore",
                                                         "Cannot commit the experiment"),
                             db.lastError()));
    return e.id;
}

VoidResult ExperimentStore::insertCases(ExperimentRecord& e)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::ExperimentStore", "Cannot start a transaction"),
            db.lastError()));
    QSqlQuery q(db);
    if (auto done = insertCaseRows(q, e); !done) {
        db.rollback();
        return done;
    }
    if (!db.commit())
        return fail(sqlError(QCoreApplication::translate("Cb::Core::ExperimentStore",
                                                         "Cannot commit the experiment's cases"),
                             db.lastError()));
    return {};
}

VoidResult ExperimentStore::insertCaseRows(QSqlQuery& q, ExperimentRecord& e)
{
    for (int i = 0; i < e.cases.size(); ++i) {
        ExperimentCase& c = e.cases[i];
        c.position = i;
        auto done =
            exec(q,
                 QStringLiteral(
                     "INSERT INTO experiment_cases (experiment_id, position, pack_path, pack_hash,"
                     " goal, variables_json, run_id, input_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {e.id, c.position, text(c.packPath), text(c.packHash), text(c.goal),
                  toJson(c.variables), c.runId > 0 ? QVariant(c.runId) : QVariant(),
                  c.runId > 0 || c.input.isEmpty() ? QVariant() : QVariant(toJson(c.input))},
                 QCoreApplication::translate("Cb::Core::ExperimentStore",
                                             "Cannot record an experiment case"));
        if (!done)
            return done;
        c.id = q.lastInsertId().toLongLong();
    }
    return {};
}

VoidResult ExperimentStore::setCaseRun(qint64 caseId, qint64 runId)
{
    QSqlQuery q(m_db.connection());
    return exec(
        q, QStringLiteral("UPDATE experiment_cases SET run_id = ?, input_json = NULL WHERE id = ?"),
        {runId, caseId},
        QCoreApplication::translate("Cb::Core::ExperimentStore",
                                    "Cannot link the case to its run"));
}

Result<qint64> ExperimentStore::insertBatch(ExperimentBatch& b)
{
    b.createdAt = b.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.connection());
    QJsonArray ids;
    for (const QString& id : b.customIds)
        ids.append(id);
    auto done =
        exec(q,
             QStringLiteral(
                 "INSERT INTO experiment_batches (experiment_id, provider, batch_id, model, status,"
                 " custom_ids_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {b.experimentId, text(b.provider), text(b.batchId), text(b.model), text(b.status),
              toJson(ids), isoTime(b.createdAt), isoTime(b.updatedAt)},
             QCoreApplication::translate("Cb::Core::ExperimentStore", "Cannot record batch %1")
                 .arg(b.batchId));
    if (!done)
        return fail(done.error());
    b.id = q.lastInsertId().toLongLong();
    return b.id;
}

VoidResult ExperimentStore::updateBatchStatus(qint64 batchRowId, const QString& status)
{
    QSqlQuery q(m_db.connection());
    return exec(
        q, QStringLiteral("UPDATE experiment_batches SET status = ?, updated_at = ? WHERE id = ?"),
        {status, isoTime(QDateTime::currentDateTimeUtc()), batchRowId},
        QCoreApplication::translate("Cb::Core::ExperimentStore", "Cannot record a batch's status"));
}

VoidResult ExperimentStore::setStatus(qint64 experimentId, const QString& status)
{
    QSqlQuery q(m_db.connection());
    return exec(q, QStringLiteral("UPDATE experiments SET status = ? WHERE id = ?"),
                {status, experimentId},
                QCoreApplication::translate("Cb::Core::ExperimentStore",
                                            "Cannot record the experiment's status"));
}

Result<ExperimentRecord> ExperimentStore::load(qint64 experimentId)
{
    QSqlQuery q(m_db.connection());
    if (auto ok = exec(
            q,
            QStringLiteral(
                "SELECT id, uuid, name, created_at, mode, plan_json, status FROM experiments"
                " WHERE id = ?"),
            {experimentId},
            QCoreApplication::translate("Cb::Core::ExperimentStore", "Cannot read the experiment"));
        !ok)
        return fail(ok.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("Cb::Core::ExperimentStore",
                                                                     "There is no experiment %1.")
                                             .arg(experimentId));
    ExperimentRecord e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.name = q.value(2).toString();
    e.createdAt = fromIso(q.value(3));
    e.mode = ExperimentRecord::modeFromName(q.value(4).toString()).value_or(ExperimentRecord::Mode::Batch);
    e.setPlanJson(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
    e.status = q.value(6).toString();
    if (auto ok =
            exec(q,
                 QStringLiteral(
                     "SELECT id, position, pack_path, pack_hash, goal, variables_json, run_id,"
                     " input_json FROM experiment_cases WHERE experiment_id = ? ORDER BY position"),
                 {experimentId},
                 QCoreApplication::translate("Cb::Core::ExperimentStore",
                                             "Cannot read the experiment's cases"));
        !ok)
        return fail(ok.error());
    while (q.next())
        e.cases.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
                        q.value(6).toLongLong(), QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object()});
    if (auto ok =
            exec(q,
                 QStringLiteral(
                     "SELECT id, provider, batch_id, model, status, custom_ids_json, created_at,"
                     " updated_at FROM experiment_batches WHERE experiment_id = ? ORDER BY id"),
                 {experimentId},
                 QCoreApplication::translate("Cb::Core::ExperimentStore",
                                             "Cannot read the experiment's batches"));
        !ok)
        return fail(ok.error());
    while (q.next()) {
        ExperimentBatch b;
        b.id = q.value(0).toLongLong();
        b.experimentId = experimentId;
        b.provider = q.value(1).toString();
        b.batchId = q.value(2).toString();
        b.model = q.value(3).toString();
        b.status = q.value(4).toString();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
            b.customIds << v.toString();
        b.createdAt = fromIso(q.value(6));
        b.updatedAt = fromIso(q.value(7));
        e.batches.append(b);
    }
    return e;
}

Result<QList<ExperimentRecord>> ExperimentStore::list()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM experiments ORDER BY id DESC")))
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::ExperimentStore", "Cannot list experiments"),
            q));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<ExperimentRecord> out;
    for (qint64 id : ids) {
        auto e = load(id);
        if (!e)
            return fail(e.error());
        out << *e;
    }
    return out;
}

Result<QList<qint64>> ExperimentStore::unfinishedIds()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM experiments WHERE status = 'running' ORDER BY id")))
        return fail(sqlError(QCoreApplication::translate("Cb::Core::ExperimentStore",
                                                         "Cannot read unfinished experiments"),
                             q));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace Cb::Core
