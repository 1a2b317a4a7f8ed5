#pragma once

#include "core/experiment/experimentrecord.h"
#include "core/history/runrecord.h"
#include "core/run/runinput.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Cb::Core {

class Database;
class ExperimentStore;
class HistoryStore;

// Writes an experiment's new runs and collected batch results into the history on a thread of its own, through its own
// connection to the database file (WAL lets it commit while the GUI thread reads), so a 100 MB
// batch output (or recording 1,000 cases × 4 models) never holds the GUI thread in SQLite. Each write() is one transaction; written()
// reports it, in order, once it is committed or failed (then nothing of it was kept and the
// caller writes it another way). Destroying the writer finishes the writes already handed to it.
// Create and call on one thread (the GUI thread); only the writing happens elsewhere.
class BatchResultWriter : public QObject
{
    Q_OBJECT
public:
    explicit BatchResultWriter(QString databasePath, QObject* parent = nullptr);
    ~BatchResultWriter() override;

    // False for a database a second connection cannot share (in memory): write on your own.
    static bool canShare(const QString& databasePath);
    void write(const QList<CallRecord>& calls);
    // Records a new experiment's runs (ids filled in) and links each to its case
    // (`caseIds[i]` for `runs[i]`), all in one transaction; recorded() reports it.
    void record(const QList<RunRecord>& runs, const QList<qint64>& caseIds);
    // Records a new experiment's cases (`cases[i]` kept with the run input `inputs[i]` until its
    // run is recorded), all or none, in one transaction; casesRecorded() reports it.
    void recordCases(qint64 experimentId, const QList<ExperimentCase>& cases, const QList<RunInput>& inputs);
    // Records a batch's new status after the writes handed over before it; a failure comes back
    // through written() with no calls. (On the GUI thread it could wait for the lock a
    // results transaction holds, or run the checkpoint that follows one.)
    void updateBatchStatus(qint64 batchRowId, const QString& status);
    // Writes handed over and not yet reported.
    int pending() const { return m_pending; }

Q_SIGNALS:
    // `error` is empty when every call of the write was committed.
    void written(const QList<Cb::Core::CallRecord>& calls, const QString& error);
    // `runs` have their ids when `error` is empty; otherwise nothing of them was kept.
    void recorded(const QList<Cb::Core::RunRecord>& runs, const QString& error);
    // `cases` have their ids when `error` is empty; otherwise none of them was kept.
    void casesRecorded(const QList<Cb::Core::ExperimentCase>& cases, const QString& error);

private:
    QString writeOnWorker(const QList<CallRecord>& calls); // worker thread
    QString recordOnWorker(QList<RunRecord>& runs, const QList<qint64>& caseIds); // worker thread
    QString recordCasesOnWorker(qint64 experimentId, QList<ExperimentCase>& cases,
                                const QList<RunInput>& inputs); // worker thread
    QString openOnWorker(); // worker thread

    QString m_path;
    QThread m_thread;
    QObject* m_context; // lives on m_thread: the target of the writes
    std::unique_ptr<Database> m_db;       // worker thread only
    std::unique_ptr<HistoryStore> m_store; // worker thread only
    std::unique_ptr<ExperimentStore> m_experiments; // worker thread only
    int m_pending = 0;
};

} // namespace Cb::Core
