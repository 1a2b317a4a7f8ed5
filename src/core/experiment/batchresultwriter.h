#pragma once

#include "core/history/runrecord.h"

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
    // Writes handed over and not yet reported.
    int pending() const { return m_pending; }

Q_SIGNALS:
    // `error` is empty when every call of the write was committed.
    void written(const QList<Cb::Core::CallRecord>& calls, const QString& error);
    // `runs` have their ids when `error` is empty; otherwise nothing of them was kept.
    void recorded(const QList<Cb::Core::RunRecord>& runs, const QString& error);

private:
    QString writeOnWorker(const QList<CallRecord>& calls); // worker thread
    QString recordOnWorker(QList<RunRecord>& runs, const QList<qint64>& caseIds); // worker thread
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
