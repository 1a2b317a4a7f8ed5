#pragma once

#include "core/harness/packtools.h"
#include "core/harness/toolooplimits.h"
#include "core/harness/tooltrailentry.h"
#include "core/prompt/assembledprompt.h"
#include "core/providers/providerreply.h"
#include "core/providers/providerrequest.h"

#include <QFuture>
#include <QPointer>

#include <memory>
#include <optional>

namespace Cb::Core {

class PackToolExecutor;
class Provider;

// A tools-mode call seen from outside as one ProviderReply, so the orchestrator, the history
// writer and the columns treat it like any other. Inside it runs rounds (PROTOCOLS.md §12):
// send the request with the pack tools → when the result holds calls, run them all locally
// (parallel calls of one turn answered together), append the model's turn and the results
// turn, send again — until the model answers without calls. Text and reasoning deltas of
// every round are forwarded; usage is summed over the rounds (§12.5), the provider's own
// usage object summed key by key. After `maxRounds` rounds with tools, or once the read
// budget is spent, one last request goes without tools (the exchange so far as plain text)
// asking for the answer; a model that still calls tools then ends the reply finished with
// finishReason "tool_limit" and truncated set, its text kept. cancel() stops the round in
// flight. toolCallExecuted is emitted once per executed call, in order, as it happens.
// Waits for `tools` (being built off the GUI thread) before the first round.
// Owned by its parent; GUI thread. `provider` must outlive the reply.
class ToolLoopReply : public ProviderReply
{
    Q_OBJECT
public:
    ToolLoopReply(Provider* provider, ProviderRequest request, QFuture<Result<PackTools>> tools, ToolLoopLimits limits,
                  QObject* parent = nullptr);
    ~ToolLoopReply() override;

    // The run's full prompt: once the pack is ready, the request's input becomes its
    // tools-mode form (PackManifest::toolsPrompt). Call before the event loop runs.
    void setPackPrompt(const AssembledPrompt& full) { m_packPrompt = full; }
    // Continue a call a restart cut: `turns` is its recorded exchange (conversation(), from
    // the first user turn on); the loop resumes after its last complete round, with what the
    // model read then. `keptText`, what the call had received, opens the reply's text.
    // Call before the event loop runs.
    // `recorded` is the exchange as conversationJson() wrote it: the usage kept with each
    // round opens the reply's usage, so tokens and cost cover every round (the round the
    // restart cut is asked again and counted once).
    void continueFrom(const QJsonArray& recorded, QString keptText);
    // The exchange so far, from the first user turn (the manifest prompt or the follow-up
    // message) up to the last complete round; the answer being written is not in it.
    const QList<ConversationTurn>& conversation() const { return m_turns; }
    // conversation() as history keeps it (conversationToJson), each round's model turn with
    // what that round used ("usage": normalised counts and the provider's own object).
    QJsonArray conversationJson() const;
    int rounds() const { return m_round; }
    const QList<ToolTrailEntry>& trail() const { return m_trail; }

    // Sums two usage reports of one provider: numbers added, nested objects summed alike,
    // anything else taken from `b`.
    static Usage sumUsage(const Usage& a, const Usage& b);

Q_SIGNALS:
    void toolCallExecuted(const Cb::Core::ToolTrailEntry& entry);
    // A round's model turn and results turn joined the exchange (conversation()): what a
    // restart can continue from. Emitted before the next round is sent.
    void roundRecorded(const QList<Cb::Core::ConversationTurn>& conversation);

protected:
    void abortTransport() override;
    void cancelOnServer() override;

private:
    void begin();
    void toolsReady(const Result<PackTools>& tools);
    // m_request keeps the first round's request; each round sends it plus the turns so far.
    void sendRound(const ProviderRequest& request);
    void sendFinalRound();
    ProviderRequest nextRequest() const; // the first request plus the exchange so far
    void onRoundFinished(const ProviderResult& result);
    void onRoundFailed(const Error& error);
    void dropInner();

    Provider* m_provider;
    ProviderRequest m_request;
    QFuture<Result<PackTools>> m_tools;
    std::optional<AssembledPrompt> m_packPrompt;
    ToolLoopLimits m_limits;
    std::unique_ptr<PackToolExecutor> m_executor;
    QList<ConversationTurn> m_turns; // the exchange so far, from the first user turn on
    QList<ConversationTurn> m_recorded; // continueFrom()
    QList<Usage> m_roundUsage; // per model turn with tool calls in m_turns, in order
    QList<Usage> m_recordedUsage; // continueFrom()
    QString m_keptText;
    QPointer<ProviderReply> m_inner;
    Usage m_usageDone; // summed over finished rounds
    QList<ToolTrailEntry> m_trail;
    int m_round = 0;
    bool m_final = false;
    bool m_roundHasText = false;
};

} // namespace Cb::Core
