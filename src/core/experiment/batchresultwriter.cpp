#include "core/experiment/batchresultwriter.h"

#include "core/experiment/experimentcaseinputjson.h"
#include "core/experiment/experimentstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace Cb::Core {

using SqlValues::sqlError;

BatchResultWriter::BatchResultWriter(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("cb-batch-results"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

// Waits for the writes handed over (FIFO on the worker), then closes the worker's connection
// on the thread that opened it.
BatchResultWriter::~BatchResultWriter()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_experiments.reset();
            m_store.reset();
            m_db.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

bool BatchResultWriter::canShare(const QString& databasePath)
{
    return !databasePath.isEmpty() && databasePath != QLatin1String(":memory:") &&
           !databasePath.startsWith(QLatin1String("file::memory:"));
}

void BatchResultWriter::write(const QList<CallRecord>& calls)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_context,
        [this, calls] {
            const QString error = writeOnWorker(calls);
            // Delivered on the writer's thread; dropped if the writer is gone by then (its
            // destructor waits for this lambda, so `this` is alive while it posts).
            QMetaObject::invokeMethod(
                this,
                [this, calls, error] {
                    --m_pending;
                    Q_EMIT written(calls, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void BatchResultWriter::record(const QList<RunRecord>& runs, const QList<qint64>& caseIds)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_context,
        [this, runs, caseIds] {
            QList<RunRecord> withIds = runs;
            const QString error = recordOnWorker(withIds, caseIds);
            QMetaObject::invokeMethod(
                this,
                [this, withIds = std::move(withIds), error] {
                    --m_pending;
                    Q_EMIT recorded(withIds, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void BatchResultWriter::recordCases(qint64 experimentId, const QList<ExperimentCase>& cases,
                                    const QList<RunInput>& inputs)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_context,
        [this, experimentId, cases, inputs] {
            QList<ExperimentCase> withIds = cases;
            const QString error = recordCasesOnWorker(experimentId, withIds, inputs);
            QMetaObject::invokeMethod(
                this,
                [this, withIds = std::move(withIds), error] {
                    --m_pending;
                    Q_EMIT casesRecorded(withIds, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void BatchResultWriter::updateBatchStatus(qint64 batchRowId, const QString& status)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_context,
        [this, batchRowId, status] {
            QString error = openOnWorker();
            if (error.isEmpty())
                if (auto updated = m_experiments->updateBatchStatus(batchRowId, status); !updated)
                    error = updated.error().message;
            QMetaObject::invokeMethod(
                this,
                [this, error] {
                    --m_pending;
                    Q_EMIT written({}, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

QString BatchResultWriter::openOnWorker()
{
    if (m_db)
        return QString();
    auto opened = Database::open(m_path);
    if (!opened)
        return opened.error().message;
    m_db = std::move(*opened);
    m_store = std::make_unique<HistoryStore>(*m_db);
    m_experiments = std::make_unique<ExperimentStore>(*m_db);
    return QString();
}

QString BatchResultWriter::recordOnWorker(QList<RunRecord>& runs, const QList<qint64>& caseIds)
{
    if (const QString error = openOnWorker(); !error.isEmpty())
        return error;
    QSqlDatabase& db = m_db->connection();
    if (!db.transaction())
        return sqlError(QCoreApplication::translate("Cb::Core::BatchResultWriter",
                                                    "Cannot start a transaction"),
                        db.lastError())
            .message;
    for (int i = 0; i < runs.size(); ++i) {
        auto inserted = m_store->insertRunRows(runs[i]);
        VoidResult linked = inserted ? m_experiments->setCaseRun(caseIds.value(i), runs[i].id) : VoidResult{};
        if (!inserted || !linked) {
            db.rollback();
            return inserted ? linked.error().message : inserted.error().message;
        }
    }
    if (!db.commit()) {
        const QString message =
            sqlError(QCoreApplication::translate("Cb::Core::BatchResultWriter",
                                                 "Cannot commit the experiment's runs"),
                     db.lastError())
                .message;
        db.rollback();
        return message;
    }
    return QString();
}

// The prompts (tens of MB for a thousand cases) become JSON here, not on the GUI thread.
QString BatchResultWriter::recordCasesOnWorker(qint64 experimentId, QList<ExperimentCase>& cases,
                                               const QList<RunInput>& inputs)
{
    if (const QString error = openOnWorker(); !error.isEmpty())
        return error;
    ExperimentRecord experiment;
    experiment.id = experimentId;
    experiment.cases = cases;
    for (int i = 0; i < experiment.cases.size() && i < inputs.size(); ++i)
        experiment.cases[i].input = ExperimentCaseInputJson::toJson(inputs.at(i));
    if (auto inserted = m_experiments->insertCases(experiment); !inserted)
        return inserted.error().message;
    for (int i = 0; i < cases.size(); ++i)
        cases[i].id = experiment.cases.at(i).id;
    return QString();
}

QString BatchResultWriter::writeOnWorker(const QList<CallRecord>& calls)
{
    if (const QString error = openOnWorker(); !error.isEmpty())
        return error;
    QSqlDatabase& db = m_db->connection();
    if (!db.transaction())
        return sqlError(QCoreApplication::translate("Cb::Core::BatchResultWriter",
                                                    "Cannot start a transaction"),
                        db.lastError())
            .message;
    for (const CallRecord& c : calls) {
        if (auto updated = m_store->updateCall(c); !updated) {
            db.rollback();
            return updated.error().message;
        }
    }
    if (!db.commit()) {
        const QString message = sqlError(QCoreApplication::translate("Cb::Core::BatchResultWriter",
                                                                     "Cannot commit batch results"),
                                         db.lastError())
                                    .message;
        db.rollback();
        return message;
    }
    return QString();
}

} // namespace Cb::Core
