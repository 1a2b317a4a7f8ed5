#pragma once

#include "core/common/result.h"
#include "core/harness/packtools.h"
#include "core/history/runrecord.h"
#include "core/harness/tooltrailentry.h"
#include "core/providers/provider.h"
#include "core/run/calllauncher.h"
#include "core/run/callrequestbuilder.h"
#include "core/run/runinput.h"
#include "core/run/runplan.h"

#include <QHash>
#include <QObject>
#include <QPointer>


namespace Cb::Core {

class CitationChecker;
class FollowUpSender;
class FusionRunner;
class HistoryStore;
class RunHistoryWriter;
class RunSession;
class SecretStore;

// The services a run uses. Not owned; all live on the GUI thread and outlive the orchestrator.
struct RunEnvironment
{
    QNetworkAccessManager* network = nullptr;
    SecretStore* secrets = nullptr;   // keys by provider; null: every call goes without a key
    HistoryStore* history = nullptr;  // null: the run is not recorded
    CallRequestBuilder builder{ModelCatalog{}};
    ProviderOptions options;
    int perProviderLimit = 4; // calls in flight per provider at once
    // Providers whose calls are recorded (with a batch custom_id) but sent by someone else, an
    // experiment's provider batches; they stay queued until that someone updates the session.
    QStringList heldProviders;
    int persistIntervalMs = 500;
};

// Runs one Send: N models × k repeats as fresh, independent calls, at most perProviderLimit in
// flight per provider, each streamed into a RunSession that history follows as it streams.
// A call without a key (cloud providers) fails at once naming the environment variable; the
// run goes on. resume() picks up a recorded run whose background calls were still running when
// ContextBench stopped. Destroying the orchestrator mid-run keeps everything received: calls
// in OpenAI background mode are left running on the server (resumed at the next start), the
// others end as cancelled with their partial output.
// Owns its session, replies and providers; GUI thread. Signal: finished() once every call is
// terminal (also emitted by the session).
class RunOrchestrator : public QObject
{
    Q_OBJECT
public:
    explicit RunOrchestrator(RunEnvironment environment, QObject* parent = nullptr);
    ~RunOrchestrator() override;

    // Records the run (if there is a history) and starts its calls on the next event-loop turn.
    Result<RunSession*> start(const RunInput& input, const RunPlan& plan);
    // start() in two steps, for a caller that records many runs at once elsewhere (an
    // experiment, on a worker): prepare() builds the run's record without writing it;
    // startRecorded() takes that record back with its ids and starts its calls.
    Result<RunRecord> prepare(const RunInput& input, const RunPlan& plan);
    Result<RunSession*> startRecorded(RunRecord run);
    // Reopens a recorded run and resumes polling its unfinished background calls and follow-ups;
    // unfinished ones that cannot be resumed are marked failed, their output kept. A finished run is
    // simply reopened, ready for follow-ups.
    Result<RunSession*> resume(qint64 runId);

    RunSession* session() const { return m_session; }
    // Follow-ups to the session's finished calls ("Continue"); null before start()/resume().
    FollowUpSender* followUps() const { return m_followUps; }
    // Fused plans of the session (issue 17); null before start()/resume().
    FusionRunner* fusions() const { return m_fusions; }
    RunHistoryWriter* historyWriter() const { return m_writer; }
    bool isRunning() const;
    void cancel(qint64 callId);
    void cancelAll();
    // A finished answer's citations checked against the pack this run was started with, stored
    // in history; nothing without a pack (a resumed run) or for an unfinished call. Calls that
    // end here are checked already; the experiment runner calls it for batch results.
    // save = false: only fills record.citations; whoever writes the record next stores them.
    void checkCitations(CallRecord& record, bool save = true);
    void setPerProviderLimit(int limit) { m_env.perProviderLimit = qMax(1, limit); }
    // Calls of this provider in flight right now (tests check the limit with it).
    int activeCalls(const QString& provider) const { return m_active.value(provider); }
    int peakActiveCalls(const QString& provider) const { return m_peak.value(provider); }

Q_SIGNALS:
    void finished();
    // A tools-mode call ran one of the pack tools (already written to history).
    void toolCallExecuted(qint64 callId, const Cb::Core::ToolTrailEntry& entry);

private:
    struct LiveCall
    {
        qint64 id = 0;
        QString provider;
        BuiltCall built;
        QString resumeId; // non-empty: resume this background response instead of sending
        bool started = false;
        QPointer<ProviderReply> reply;
        // Tools mode after a restart: the recorded exchange to continue from, and the text the
        // call had received (kept in front of what the continued loop writes).
        QList<ConversationTurn> resumeTurns{};
        QString keptText{};
        bool waitingForPack = false; // resumeTurns: the pack file is being read; not sent yet
    };

    void createSession(RunRecord record);
    void schedulePump();
    void pump();
    void launch(LiveCall& call);
    void send(qint64 callId, const QString& key);
    void connectReply(qint64 callId, ProviderReply* reply);
    void onState(qint64 callId, ReplyState state);
    void onFinished(qint64 callId, const ProviderResult& result);
    void onFailed(qint64 callId, const Error& error);
    void endCall(LiveCall& call, CallRecord record);
    // A reopened run: the pack it was sent with, re-read from its file once (checked against
    // the recorded hash) on a worker thread, for citations and tools; an error says why it
    // cannot be had. A started run: its pack as sent, ready at once.
    QFuture<Result<std::shared_ptr<const Pack>>> recordedPack();
    // The pack tools, built once per run off the GUI thread (from the recorded pack for a
    // reopened run); an error when the pack or the items the tools may reach cannot be had.
    QFuture<Result<PackTools>> packTools();
    // The citation checker of the run's pack, built once off the GUI thread; null: none.
    QFuture<std::shared_ptr<const CitationChecker>> citationChecker();
    // Resume: continue a tools-mode call from its recorded rounds once its pack is read; false
    // when it cannot be.
    bool continueToolsCall(const RunRecord& run, const CallRecord& call);
    // The pack of a call waiting to continue after a restart is read (or could not be).
    void packReadForResume(qint64 callId, const Result<PackTools>& tools);
    void shutdown();
    LiveCall* live(qint64 callId);

    RunEnvironment m_env;
    CallLauncher m_launcher;
    RunSession* m_session = nullptr;
    RunHistoryWriter* m_writer = nullptr;
    FollowUpSender* m_followUps = nullptr;
    FusionRunner* m_fusions = nullptr;
    QList<LiveCall> m_calls;
    QHash<QString, int> m_active;
    QHash<QString, int> m_peak;
    // Tools mode: the pack's visible items and their index, built once per run off the GUI
    // thread, and the full prompt each tools-mode call turns into its manifest form.
    QFuture<Result<PackTools>> m_packTools;
    AssembledPrompt m_prompt;
    QList<BuiltCall> m_built; // prepared, until the run is started
    bool m_prepared = false;
    QString m_toolsInput; // RunInput::toolsInput: the manifest prompt as first sent, or empty
    QString m_packError; // why a reopened run has no pack, when known before reading it
    std::shared_ptr<const Pack> m_pack; // the run's pack as sent; null for a reopened run
    QFuture<Result<std::shared_ptr<const Pack>>> m_recordedPack; // recordedPack(), once
    QFuture<std::shared_ptr<const CitationChecker>> m_citationChecker; // citationChecker(), once
    bool m_pumpScheduled = false;
    std::shared_ptr<const CitationChecker> m_citations; // null: nothing to check against
};

} // namespace Cb::Core
