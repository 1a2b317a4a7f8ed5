#include "core/run/runsession.h"

namespace Cb::Core {

RunSession::RunSession(RunRecord record, QObject* parent) : QObject(parent), m_record(std::move(record))
{
    m_finishedEmitted = isFinished();
}

int RunSession::callIndex(qint64 callId) const
{
    for (int i = 0; i < m_record.calls.size(); ++i)
        if (m_record.calls[i].id == callId)
            return i;
    return -1;
}

CallRecord* RunSession::mutableCall(qint64 callId)
{
    const int i = callIndex(callId);
    return i < 0 ? nullptr : &m_record.calls[i];
}

bool RunSession::isFinished() const
{
    for (const CallRecord& c : m_record.calls)
        if (!isTerminal(c.status))
            return false;
    return true;
}

void RunSession::appendText(qint64 callId, const QString& delta)
{
    CallRecord* c = mutableCall(callId);
    if (!c || delta.isEmpty())
        return;
    c->text += delta;
    Q_EMIT textAppended(callId, delta);
}

void RunSession::appendReasoning(qint64 callId, const QString& delta)
{
    CallRecord* c = mutableCall(callId);
    if (!c || delta.isEmpty())
        return;
    c->reasoning += delta;
    Q_EMIT reasoningAppended(callId, delta);
}

void RunSession::updateCall(const CallRecord& update)
{
    CallRecord* c = mutableCall(update.id);
    if (!c)
        return;
    const QString text = update.text.isEmpty() ? c->text : update.text;
    const QString reasoning = update.reasoning.isEmpty() ? c->reasoning : update.reasoning;
    *c = update;
    c->text = text;
    c->reasoning = reasoning;
    Q_EMIT callChanged(update.id);
    if (!m_finishedEmitted && isFinished()) {
        m_finishedEmitted = true;
        Q_EMIT finished();
    }
}

void RunSession::addVote(const VoteRecord& vote)
{
    m_record.votes.append(vote);
    Q_EMIT voteAdded(vote);
}

void RunSession::setVotes(const QList<VoteRecord>& votes) { m_record.votes = votes; }

void RunSession::addRanking(const RankingRecord& ranking)
{
    m_record.rankings.append(ranking);
    Q_EMIT rankingAdded(ranking);
}

void RunSession::setReview(qint64 callId, std::optional<int> rating, const QString& note)
{
    if (CallRecord* c = mutableCall(callId)) {
        c->rating = rating;
        c->note = note;
        Q_EMIT callChanged(callId);
    }
}

void RunSession::setJudgement(qint64 callId, const QString& judgement, const QString& reason)
{
    if (CallRecord* c = mutableCall(callId)) {
        c->judgement = judgement;
        c->judgementReason = reason;
        Q_EMIT callChanged(callId);
    }
}

FollowUpRecord* RunSession::mutableFollowUp(qint64 callId, int position)
{
    CallRecord* c = mutableCall(callId);
    return c && position >= 0 && position < c->followUps.size() ? &c->followUps[position] : nullptr;
}

const FollowUpRecord* RunSession::followUp(qint64 callId, int position) const
{
    const CallRecord* c = call(callId);
    return c && position >= 0 && position < c->followUps.size() ? &c->followUps.at(position) : nullptr;
}

int RunSession::addFollowUp(FollowUpRecord followUp)
{
    CallRecord* c = mutableCall(followUp.callId);
    if (!c)
        return -1;
    followUp.position = int(c->followUps.size());
    c->followUps.append(std::move(followUp));
    Q_EMIT followUpAdded(c->id, c->followUps.last().position);
    return c->followUps.last().position;
}

void RunSession::appendFollowUpText(qint64 callId, int position, const QString& delta)
{
    FollowUpRecord* f = mutableFollowUp(callId, position);
    if (!f || delta.isEmpty())
        return;
    f->text += delta;
    Q_EMIT followUpTextAppended(callId, position, delta);
}

void RunSession::appendFollowUpReasoning(qint64 callId, int position, const QString& delta)
{
    // Not shown under the answer, but kept for history like a call's reasoning.
    if (FollowUpRecord* f = mutableFollowUp(callId, position))
        f->reasoning += delta;
}

void RunSession::updateFollowUp(const FollowUpRecord& update)
{
    FollowUpRecord* f = mutableFollowUp(update.callId, update.position);
    if (!f)
        return;
    const QString text = update.text.isEmpty() ? f->text : update.text;
    const QString reasoning = update.reasoning.isEmpty() ? f->reasoning : update.reasoning;
    *f = update;
    f->text = text;
    f->reasoning = reasoning;
    Q_EMIT followUpChanged(update.callId, update.position);
}

void RunSession::appendToolCall(qint64 callId, const ToolTrailEntry& entry)
{
    CallRecord* call = mutableCall(callId);
    if (!call)
        return;
    call->toolTrail.append(entry);
    Q_EMIT toolCallAdded(callId, entry);
}

} // namespace Cb::Core
