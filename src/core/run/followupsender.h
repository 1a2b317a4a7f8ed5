#pragma once

#include "core/common/result.h"
#include "core/harness/packtools.h"
#include "core/providers/providerreply.h"
#include "core/run/callrequestbuilder.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Cb::Core {

class CallLauncher;
class CitationChecker;
class HistoryStore;
struct ProviderResult;
class RunSession;

// "Continue": sends a follow-up message to the model of a finished call, in the same context.
// The request repeats the run's instructions and prompt, the call's answer (its partial text
// when it failed) and the call's earlier follow-ups as explicit turns, then the message; model,
// provider, base URL and parameters are those the call recorded. With alsoOthers the same
// message goes to every other finished call of the run, each in its own conversation.
// A tools-mode answer continues with its real exchange (the manifest prompt, the model's turns
// verbatim and the tool results, as recorded) and with the pack tools, in a tool loop of its
// own whose turns the follow-up records; without the pack (its file gone or changed) the same
// turns go as plain text and without tools. Replies are citation-checked like answers.
// Each follow-up is recorded in history as it starts (the session's RunHistoryWriter keeps the
// row up to date) and streams into the RunSession (followUpAdded / followUpTextAppended /
// followUpChanged). A follow-up ends in exactly one of followUpFinished or followUpFailed.
// Owned by the RunOrchestrator of the session; shares its launcher; GUI thread.
class FollowUpSender : public QObject
{
    Q_OBJECT
public:
    FollowUpSender(RunSession* session, CallLauncher& launcher, const CallRequestBuilder& builder,
                   HistoryStore* history, QObject* parent = nullptr);
    ~FollowUpSender() override;

    // Starts the follow-up(s); fails without sending anything when the call is unknown, still
    // running or already waiting for a follow-up's reply (its next turn would lack that reply).
    // Other calls that are running or waiting are left out of alsoOthers.
    VoidResult send(qint64 callId, const QString& message, bool alsoOthers);
    // After a restart (RunOrchestrator::resume): follow-ups left running in OpenAI background
    // mode resume polling; other unfinished ones end as failed, what they received kept.
    void resumeUnfinished();
    // What follow-ups can use of the run's pack, asked for as each one starts: the pack tools
    // (an invalid future: none; asked only when `tools`) and a citation checker (an invalid
    // future or null: none). A reopened run reads its pack off the GUI thread: a follow-up
    // with tools waits for it before sending, its reply says meanwhile that the pack is being
    // read ("loading_pack"), and a pack that cannot be had sends the turns as plain text
    // without tools. The reply is checked once both it and the checker are there.
    struct PackAccess
    {
        QFuture<Result<PackTools>> tools{};
        QFuture<std::shared_ptr<const CitationChecker>> citations{};
    };
    void setPackAccess(std::function<PackAccess(bool tools)> access) { m_packAccess = std::move(access); }
    bool isBusy() const { return !m_live.isEmpty(); }
    bool isBusy(qint64 callId) const;
    void cancelAll();
    // ContextBench is closing: follow-ups in flight end as cancelled with what they received,
    // written straight to history, without signals; those in background mode are left running
    // on the server for resumeUnfinished() at the next start.
    void shutdown();

Q_SIGNALS:
    void followUpFinished(qint64 callId, int position);
    void followUpFailed(qint64 callId, int position, const Cb::Core::Error& error);

private:
    struct LiveFollowUp
    {
        qint64 callId = 0;
        int position = 0;
        QString provider;
        BuiltCall built;
        QString resumeId; // non-empty: resume this background response instead of sending
        QPointer<ProviderReply> reply;
        PackAccess pack{}; // tools: valid when the follow-up runs a tool loop
    };

    VoidResult start(qint64 callId, const QString& message);
    // Sends once the pack tools are there; without them (the pack could not be read) the
    // recorded turns go as plain text without tools.
    void launchWhenPackReady(LiveFollowUp f);
    void launch(LiveFollowUp f);
    void checkCitations(qint64 callId, int position, const std::shared_ptr<const CitationChecker>& checker);
    void sendWithKey(qint64 callId, int position, const QString& key);
    void connectReply(const LiveFollowUp& live);
    void onFinished(qint64 callId, int position, const ProviderResult& result);
    void onFailed(qint64 callId, int position, const Error& error);
    LiveFollowUp* live(qint64 callId, int position);
    void forget(qint64 callId, int position);

    RunSession* m_session;
    CallLauncher& m_launcher;
    const CallRequestBuilder& m_builder;
    HistoryStore* m_history;
    QList<LiveFollowUp> m_live;
    std::function<PackAccess(bool tools)> m_packAccess;
};

} // namespace Cb::Core
