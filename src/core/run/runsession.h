#pragma once

#include "core/history/runrecord.h"

#include <QObject>

namespace Cb::Core {

// The live state of one run as the user sees it: the RunRecord and every call's progress.
// The orchestrator writes to it as replies stream in; the comparison view, the history writer
// and exports read from it. A run reopened from history is a RunSession whose calls are all
// finished. Owns its record; GUI thread.
class RunSession : public QObject
{
    Q_OBJECT
public:
    explicit RunSession(RunRecord record, QObject* parent = nullptr);

    const RunRecord& record() const { return m_record; }
    const CallRecord* call(qint64 callId) const { return m_record.call(callId); }
    int callIndex(qint64 callId) const;
    bool isFinished() const; // every call terminal

    // Writers (the orchestrator).
    void appendText(qint64 callId, const QString& delta);
    void appendReasoning(qint64 callId, const QString& delta);
    // Replaces a call's metadata (status, usage, cost, timings, error) keeping text it holds
    // unless the update carries text of its own.
    void updateCall(const CallRecord& call);
    void addVote(const VoteRecord& vote);
    // All votes at once, as reloaded from history after ratings files were imported.
    void setVotes(const QList<VoteRecord>& votes);
    void addRanking(const RankingRecord& ranking);
    void setReview(qint64 callId, std::optional<int> rating, const QString& note);
    void setJudgement(qint64 callId, const QString& judgement, const QString& reason);
    // Follow-ups (FollowUpSender): a new exchange under a call's answer, its reply as it
    // streams, and its progress. A follow-up is named by its call and position.
    const FollowUpRecord* followUp(qint64 callId, int position) const;
    // Appends at the call's next position (which it sets) and returns that position; -1 when
    // the call is unknown.
    int addFollowUp(FollowUpRecord followUp);
    void appendFollowUpText(qint64 callId, int position, const QString& delta);
    void appendFollowUpReasoning(qint64 callId, int position, const QString& delta);
    // Like updateCall(): keeps the reply held unless the update carries one.
    void updateFollowUp(const FollowUpRecord& followUp);
    // Tools mode: a tool call the call's model made (ToolLoopReply), appended to its record.
    void appendToolCall(qint64 callId, const ToolTrailEntry& entry);

Q_SIGNALS:
    void textAppended(qint64 callId, const QString& delta);
    void reasoningAppended(qint64 callId, const QString& delta);
    void callChanged(qint64 callId); // status, usage, cost, timings, error, review
    void voteAdded(const Cb::Core::VoteRecord& vote);
    void followUpAdded(qint64 callId, int position);
    void followUpTextAppended(qint64 callId, int position, const QString& delta);
    void followUpChanged(qint64 callId, int position); // status, usage, cost, timings, error
    void rankingAdded(const Cb::Core::RankingRecord& ranking);
    void toolCallAdded(qint64 callId, const Cb::Core::ToolTrailEntry& entry);
    void finished(); // the last call reached a terminal state

private:
    CallRecord* mutableCall(qint64 callId);
    FollowUpRecord* mutableFollowUp(qint64 callId, int position);

    RunRecord m_record;
    bool m_finishedEmitted = false;
};

} // namespace Cb::Core
