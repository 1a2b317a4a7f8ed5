#pragma once

#include "core/common/result.h"
#include "core/history/runrecord.h"

#include <optional>

namespace Cb::Core {

class Database;

struct RunFilter
{
    QString text;      // matches pack title, template, model or output text
    QString model;     // provider:model or bare model id
    QDateTime from;    // inclusive, invalid = open
    QDateTime to;      // exclusive, invalid = open
    int limit = 500;
};

// Reads and writes runs, calls, their follow-ups and votes in the history database. Every write is its own
// transaction, so a crash keeps everything written before it (SQLite WAL).
// Not owning the database; use from the thread that opened it (the GUI thread in the app).
class HistoryStore
{
public:
    explicit HistoryStore(Database& database);

    // Inserts the run and its calls; fills in ids, uuid and creation time.
    Result<qint64> insertRun(RunRecord& run);
    // The same inside a transaction the caller holds (many runs in one commit).
    Result<qint64> insertRunRows(RunRecord& run);
    // Writes a call's progress: status, output so far, usage, cost, timings, error.
    VoidResult updateCall(const CallRecord& call);
    VoidResult setReview(qint64 callId, std::optional<int> rating, const QString& note);
    VoidResult setJudgement(qint64 callId, const QString& judgement, const QString& reason);
    Result<qint64> addVote(VoteRecord& vote);
    // The answer's checked citations (CitationChecker), once the call has finished.
    VoidResult setCitations(qint64 callId, const CitationReport& report);
    // Records a follow-up as it starts; fills in id and creation time.
    Result<qint64> insertFollowUp(FollowUpRecord& followUp);
    // Writes a follow-up's progress: status, reply so far, usage, cost, timings, error.
    VoidResult updateFollowUp(const FollowUpRecord& followUp);
    // A call's follow-ups in position order.
    Result<QList<FollowUpRecord>> followUps(qint64 callId);
    // The ranking and its entries in one transaction; fills in id and creation time.
    Result<qint64> addRanking(RankingRecord& ranking);

    Result<RunRecord> loadRun(qint64 runId);
    Result<std::optional<qint64>> lastRunId();
    Result<QList<RunSummary>> listRuns(const RunFilter& filter = {});
    Result<int> runCount();
    // Calls that were still running in background mode when the app stopped.
    Result<QList<CallRecord>> resumableCalls();
    // Runs with a call or follow-up still marked in flight (ContextBench stopped mid-run),
    // oldest first.
    Result<QList<qint64>> unfinishedRunIds();
    // Every vote with its run, newest first (statistics).
    Result<QList<VoteRecord>> votes();

    // The database written to, for read-only queries such as EvaluationQuery.
    Database& database() const { return m_db; }

private:
    Database& m_db;
};

} // namespace Cb::Core
