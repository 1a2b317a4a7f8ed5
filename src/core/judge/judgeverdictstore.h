#pragma once

#include "core/common/result.h"
#include "core/judge/judgeverdict.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Cb::Core {

class Database;
struct VoteRecord;

// One raw judgement: one ordering of one pair, as the judge model answered it.
struct JudgeVerdictRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 raterId = 0;
    qint64 leftCallId = 0;  // the pair as judged: left is "Answer A" in order "ab"
    qint64 rightCallId = 0;
    QString order{};        // "ab" (A = left) or "ba" (A = right)
    JudgeVerdict::Kind verdict = JudgeVerdict::Kind::Unparseable;
    QString reason{};
    QString rawText{};
    std::optional<double> costUsd{};
    QDateTime createdAt{};
};

// What a judge did over some runs: pairs judged in both orders, by the swap rule's outcome.
struct JudgeTally
{
    int consistent = 0;
    int inconsistent = 0;
    int unparseable = 0;
    double costUsd = 0;
    int costUnknown = 0; // judgements whose cost is not known (model not in the catalog)
};

// Reads and writes judge_verdicts (schema 8) and the judge's votes. Not owning the database;
// use from the thread that opened it.
class JudgeVerdictStore
{
public:
    explicit JudgeVerdictStore(Database& database);

    // In one transaction: removes the judge's earlier judgements and vote on this pair (either
    // orientation), then writes `rows` and, for a consistent pair, `vote` (its raterId is the
    // judge's). Judging a pair again therefore replaces, never duplicates; a crash or a failed
    // call later in the run keeps every pair already written.
    VoidResult replacePair(const QList<JudgeVerdictRecord>& rows, std::optional<VoteRecord> vote);
    // Every judgement of the rater in these runs (all runs when empty), oldest first.
    Result<QList<JudgeVerdictRecord>> verdicts(qint64 raterId, const QList<qint64>& runIds = {});
    Result<JudgeTally> tally(qint64 raterId, const QList<qint64>& runIds = {});

private:
    Database& m_db;
};

} // namespace Cb::Core
