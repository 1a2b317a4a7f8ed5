#include "core/run/followupsender.h"

#include "core/eval/citationchecker.h"
#include "core/harness/toolloopreply.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/toolcallstore.h"
#include "core/run/calllauncher.h"
#include "core/common/futureready.h"
#include "core/run/recordedreply.h"
#include "core/run/replyoutcome.h"
#include "core/run/runsession.h"

#include <algorithm>

namespace Cb::Core {

namespace {

// What a tools-mode answer was asked, in place of the full prompt it never received (a pack
// larger than the window must not come back with the follow-up): the goal and what the model
// read. Follow-ups go without tools.
QString toolsModeOpening(const RunRecord& run, const QList<ToolTrailEntry>& trail)
{
    QString calls;
    for (const ToolTrailEntry& e : trail)
        calls.append(QStringLiteral("\n- ")).append(e.summary);
    if (!calls.isEmpty())
        calls = QStringLiteral(" Tool calls made:") + calls + QStringLiteral("\n");
    return QStringLiteral("Goal: %1\n\n[The pack “%2” was given as a manifest with tools to list, read and search "
                          "its items.%3 The tools are not available in this follow-up.]")
        .arg(run.packGoal, run.packTitle, calls);
}

// The exchange so far, oldest first: prompt, answer, then each earlier follow-up and its reply.
// Recorded exchanges (tools mode) come back whole, tool turns included.
QList<ConversationTurn> conversationOf(const RunRecord& run, const CallRecord& call, const QList<ToolTrailEntry>& trail)
{
    QList<ConversationTurn> turns;
    if (!call.conversation.isEmpty())
        turns = conversationFromJson(call.conversation);
    else
        turns << ConversationTurn::user(call.contextMode == QLatin1String("tools") ? toolsModeOpening(run, trail)
                                                                                   : run.input);
    turns << ConversationTurn::assistant(call.text);
    for (const FollowUpRecord& f : call.followUps) {
        if (!f.conversation.isEmpty())
            turns << conversationFromJson(f.conversation);
        else
            turns << ConversationTurn::user(f.message);
        turns << ConversationTurn::assistant(f.text);
    }
    return turns;
}

bool hasToolTurns(const QList<ConversationTurn>& turns)
{
    return std::any_of(turns.cbegin(), turns.cend(), [](const ConversationTurn& t) { return t.isToolTurn(); });
}

} // namespace

FollowUpSender::FollowUpSender(RunSession* session, CallLauncher& launcher, const CallRequestBuilder& builder,
                               HistoryStore* history, QObject* parent)
    : QObject(parent), m_session(session), m_launcher(launcher), m_builder(builder), m_history(history)
{
}

FollowUpSender::~FollowUpSender() { shutdown(); }

bool FollowUpSender::isBusy(qint64 callId) const
{
    return std::any_of(m_live.cbegin(), m_live.cend(), [callId](const LiveFollowUp& f) { return f.callId == callId; });
}

FollowUpSender::LiveFollowUp* FollowUpSender::live(qint64 callId, int position)
{
    for (LiveFollowUp& f : m_live)
        if (f.callId == callId && f.position == position)
            return &f;
    return nullptr;
}

VoidResult FollowUpSender::send(qint64 callId, const QString& message, bool alsoOthers)
{
    const QString text = message.trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Write a follow-up message first."));
    if (auto started = start(callId, text); !started)
        return started;
    if (!alsoOthers)
        return {};
    for (const CallRecord& other : m_session->record().calls)
        if (other.id != callId && isTerminal(other.status) && !isBusy(other.id))
            static_cast<void>(start(other.id, text)); // one that cannot start shows nothing; the others go on
    return {};
}

VoidResult FollowUpSender::start(qint64 callId, const QString& message)
{
    const CallRecord* call = m_session->call(callId);
    if (!call)
        return fail(ErrorCode::NotFound, tr("There is no such answer in this run."));
    if (!isTerminal(call->status))
        return fail(ErrorCode::InvalidInput, tr("Wait until this answer has finished before following up."));
    if (isBusy(callId))
        return fail(ErrorCode::InvalidInput, tr("Wait for the reply to the previous follow-up first."));

    LiveFollowUp f;
    f.callId = callId;
    f.provider = call->provider;
    f.built = m_builder.build({call->provider, call->model, call->params}, m_session->record().instructions, message);
    QList<ToolTrailEntry> trail;
    if (m_history && call->contextMode == QLatin1String("tools"))
        trail = ToolCallStore(m_history->database()).forCall(callId).value_or(QList<ToolTrailEntry>{});
    f.built.request.history = conversationOf(m_session->record(), *call, trail);
    // A tools-mode answer continues with its tools when its exchange was recorded.
    const bool tools = call->contextMode == QLatin1String("tools") && !call->conversation.isEmpty();
    if (m_packAccess && (tools || call->citations.checked))
        f.pack = m_packAccess(tools);
    if (!tools)
        f.pack.tools = {}; // a full-context answer continues as it was sent: without tools
    if (f.pack.tools.isValid() && f.pack.tools.isFinished() && !f.pack.tools.result()) {
        qInfo("Follow-up without the run's pack: %s", qUtf8Printable(f.pack.tools.result().error().message));
        f.pack.tools = {}; // known already: the pack cannot be had
    }
    if (!f.pack.tools.isValid() && hasToolTurns(f.built.request.history))
        f.built.request.history = plainTurns(f.built.request.history); // no tools: the turns in words
    const bool packPending = f.pack.tools.isValid() && !f.pack.tools.isFinished();

    FollowUpRecord record;
    record.callId = callId;
    record.position = int(call->followUps.size());
    record.message = message;
    record.status = CallStatus::Waiting;
    record.startedAt = QDateTime::currentDateTimeUtc();
    if (packPending) { // a reopened run's pack is being read off the GUI thread
        record.errorCode = QStringLiteral("loading_pack");
        record.errorMessage = tr("Reading the run's pack file for the tools…");
    }
    if (m_history)
        if (auto inserted = m_history->insertFollowUp(record); !inserted)
            return fail(inserted.error());
    f.position = m_session->addFollowUp(record);
    if (packPending)
        launchWhenPackReady(std::move(f));
    else
        launch(std::move(f));
    return {};
}

void FollowUpSender::launchWhenPackReady(LiveFollowUp f)
{
    const qint64 callId = f.callId;
    const int position = f.position;
    QFuture<Result<PackTools>> tools = f.pack.tools;
    m_live.append(std::move(f)); // busy, and cancellable, while the pack is read
    onReady(tools, this, [this, callId, position](const Result<PackTools>& ready) {
        LiveFollowUp* waiting = live(callId, position);
        const FollowUpRecord* current = m_session->followUp(callId, position);
        if (!waiting || !current)
            return; // cancelled meanwhile
        LiveFollowUp go = *waiting;
        forget(callId, position);
        if (!ready) { // as when the pack was known to be missing: the same turns, in words
            qInfo("Follow-up without the run's pack: %s", qUtf8Printable(ready.error().message));
            go.pack.tools = {};
            go.built.request.history = plainTurns(go.built.request.history);
        }
        FollowUpRecord record = *current;
        record.errorCode.clear();
        record.errorMessage.clear();
        m_session->updateFollowUp(record);
        launch(std::move(go));
    });
}

void FollowUpSender::resumeUnfinished()
{
    for (const CallRecord& call : m_session->record().calls) {
        for (const FollowUpRecord& followUp : call.followUps) {
            if (isTerminal(followUp.status) || isBusy(call.id))
                continue;
            if (ReplyOutcome::canResume(call, followUp.responseId)) {
                LiveFollowUp f;
                f.callId = call.id;
                f.position = followUp.position;
                f.provider = call.provider;
                f.built = m_builder.build({call.provider, call.model, call.params}, {}, {});
                f.resumeId = followUp.responseId;
                launch(std::move(f));
                continue;
            }
            FollowUpRecord interrupted = followUp;
            ReplyOutcome::applyInterrupted(interrupted, tr("ContextBench stopped before this reply finished; what "
                                                           "arrived until then is kept."));
            m_session->updateFollowUp(interrupted);
        }
    }
}

void FollowUpSender::launch(LiveFollowUp f)
{
    const qint64 callId = f.callId;
    const int position = f.position;
    const QString provider = f.provider;
    m_live.append(std::move(f));
    m_launcher.lookupKey(provider, this, [this, callId, position](const QString& key) {
        sendWithKey(callId, position, key);
    });
}

void FollowUpSender::sendWithKey(qint64 callId, int position, const QString& key)
{
    LiveFollowUp* f = live(callId, position);
    if (!f)
        return; // cancelled while the key was looked up
    ProviderRequest request = f->built.request;
    request.apiKey = key;
    if (const auto missing = CallLauncher::missingKey(f->provider, request.kind, key)) {
        onFailed(callId, position, *missing);
        return;
    }
    if (f->pack.tools.isValid() && f->resumeId.isEmpty()) {
        auto* loop = new ToolLoopReply(m_launcher.provider(request.kind), request, f->pack.tools,
                                       ToolLoopLimits::fromParams(f->built.effectiveParams), this);
        connect(loop, &ToolLoopReply::roundRecorded, this,
                [this, callId, position, loop] {
                    // Written at once (followUpChanged): the next follow-up continues from it.
                    if (const FollowUpRecord* current = m_session->followUp(callId, position)) {
                        FollowUpRecord record = *current;
                        record.conversation = loop->conversationJson();
                        m_session->updateFollowUp(record);
                    }
                });
        // The follow-up's calls join the answer's trail as it happens (history, the column, the
        // coverage view, exports): its rounds count on from the last one there (follow-ups of
        // one answer go one at a time), and each summary names the follow-up.
        int roundsBefore = 0;
        if (const CallRecord* call = m_session->call(callId))
            for (const ToolTrailEntry& e : call->toolTrail)
                roundsBefore = qMax(roundsBefore, e.round);
        connect(loop, &ToolLoopReply::toolCallExecuted, this, [this, callId, position, roundsBefore](ToolTrailEntry entry) {
            entry.round += roundsBefore;
            entry.summary = QStringLiteral("follow-up %1: %2").arg(position + 1).arg(entry.summary);
            if (m_history)
                if (const auto stored = ToolCallStore(m_history->database()).add(callId, entry); !stored)
                    qWarning("Tool call not recorded: %s", qUtf8Printable(stored.error().message));
            m_session->appendToolCall(callId, entry);
        });
        f->reply = loop;
    } else {
        f->reply = m_launcher.send(request, f->resumeId, this);
    }
    connectReply(*f);
}

void FollowUpSender::connectReply(const LiveFollowUp& f)
{
    const qint64 callId = f.callId;
    const int position = f.position;
    RecordedReply::Hooks<FollowUpRecord> hooks;
    hooks.current = [this, callId, position] { return m_session->followUp(callId, position); };
    hooks.update = [this](const FollowUpRecord& record) { m_session->updateFollowUp(record); };
    hooks.appendText = [this, callId, position](const QString& delta) {
        m_session->appendFollowUpText(callId, position, delta);
    };
    hooks.appendReasoning = [this, callId, position](const QString& delta) {
        m_session->appendFollowUpReasoning(callId, position, delta);
    };
    hooks.finished = [this, callId, position](const ProviderResult& r) { onFinished(callId, position, r); };
    hooks.failed = [this, callId, position](const Error& e) { onFailed(callId, position, e); };
    RecordedReply::connect(this, f.reply.data(), f.built.info, hooks);
}

void FollowUpSender::onFinished(qint64 callId, int position, const ProviderResult& result)
{
    LiveFollowUp* f = live(callId, position);
    const FollowUpRecord* current = m_session->followUp(callId, position);
    if (!f || !current)
        return;
    FollowUpRecord record = *current;
    RecordedReply::applyFinished(record, result, f->built.info, !f->resumeId.isEmpty());
    QFuture<std::shared_ptr<const CitationChecker>> checker = f->pack.citations;
    forget(callId, position);
    m_session->updateFollowUp(record);
    if (checker.isValid() && record.status == CallStatus::Done) { // checked like a first answer
        if (checker.isFinished())
            checkCitations(callId, position, checker.result());
        else // the pack of a reopened run is still being read
            onReady(checker, this, [this, callId, position](const std::shared_ptr<const CitationChecker>& ready) {
                checkCitations(callId, position, ready);
            });
    }
    Q_EMIT followUpFinished(callId, position);
}

void FollowUpSender::checkCitations(qint64 callId, int position, const std::shared_ptr<const CitationChecker>& checker)
{
    const FollowUpRecord* current = m_session->followUp(callId, position);
    if (!checker || !current || current->status != CallStatus::Done)
        return; // no pack to check against, or the reply is gone
    FollowUpRecord record = *current;
    record.citations = checker->check(record.text);
    m_session->updateFollowUp(record);
}

void FollowUpSender::onFailed(qint64 callId, int position, const Error& error)
{
    LiveFollowUp* f = live(callId, position);
    const FollowUpRecord* current = m_session->followUp(callId, position);
    if (!f || !current)
        return;
    FollowUpRecord record = *current;
    ReplyOutcome::applyFailed(record, error, f->reply.data(), f->built.info);
    forget(callId, position);
    m_session->updateFollowUp(record);
    Q_EMIT followUpFailed(callId, position, error);
}

void FollowUpSender::forget(qint64 callId, int position)
{
    for (int i = 0; i < m_live.size(); ++i) {
        if (m_live[i].callId != callId || m_live[i].position != position)
            continue;
        if (ProviderReply* reply = m_live[i].reply) {
            reply->disconnect(this);
            reply->deleteLater();
        }
        m_live.removeAt(i);
        return;
    }
}

void FollowUpSender::cancelAll()
{
    const QList<LiveFollowUp> all = m_live;
    for (const LiveFollowUp& f : all) {
        if (f.reply)
            f.reply->cancel(); // emits failed(Cancelled)
        else
            onFailed(f.callId, f.position, Error(ErrorCode::Cancelled, tr("Cancelled before it started.")));
    }
}

void FollowUpSender::shutdown()
{
    const QList<LiveFollowUp> all = std::exchange(m_live, {});
    for (const LiveFollowUp& f : all) {
        const FollowUpRecord* current = m_session ? m_session->followUp(f.callId, f.position) : nullptr;
        const CallRecord* call = m_session ? m_session->call(f.callId) : nullptr;
        const bool leftRunning = current && call && ReplyOutcome::canResume(*call, current->responseId);
        if (current && !leftRunning) {
            FollowUpRecord record = *current;
            const Error closed(ErrorCode::Cancelled, tr("ContextBench was closed before the reply finished."));
            ReplyOutcome::applyFailed(record, closed, f.reply.data(), f.built.info);
            if (m_history)
                m_history->updateFollowUp(record);
        }
        if (f.reply) {
            f.reply->disconnect(this);
            delete f.reply; // aborts without signals and without cancelling on the server
        }
        // A background reply left running on the server is resumed at the next start.
    }
}

} // namespace Cb::Core
