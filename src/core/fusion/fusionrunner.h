#pragma once

#include "core/common/result.h"
#include "core/fusion/fusionplan.h"
#include "core/run/callrequestbuilder.h"
#include "core/run/runplan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace Cb::Core {

class CallLauncher;
class HistoryStore;
class ProviderReply;
struct ProviderResult;
class RunSession;

// What to fuse and how. Choices index the rows of SectionGrid(texts of FusionAnswer::of(run))
// and, within a row, those answers.
struct FusionRequest
{
    QString mode{};          // "fuse", "guided" or "pick"
    PlannedModel model{};    // the model that merges (fuse, guided); unused in pick mode
    FusionChoices choices{}; // guided and pick: the versions ticked per row
};

// Fuses a run's answers into one plan (issue 17), after the run was judged (FusionGate), and
// holds the run's fused plans: those recorded before (read from history when it is built) and
// new ones. Pick mode assembles the ticked sections at once, without a model. Fuse and guided
// modes are a model call recorded like a follow-up: a `fusions` row as it starts
// (FusionStore), its reply streamed in (fusionAdded / fusionTextAppended / fusionChanged), its
// status, usage, cost, response id and timings written as they change, and when it ends the
// plan and lineage parsed from the model's source markers (FusionPlan::fromReply) — also from
// the partial text of a failed call, which is kept. Each fusion ends in exactly one of
// fusionFinished or fusionFailed (pick mode: fusionFinished before start() returns).
// Owned by the session's RunOrchestrator beside its FollowUpSender; reads the session's votes
// and answers; shares the orchestrator's launcher and builder; GUI thread.
class FusionRunner : public QObject
{
    Q_OBJECT
public:
    FusionRunner(RunSession* session, CallLauncher& launcher, const CallRequestBuilder& builder,
                 HistoryStore* history, QObject* parent = nullptr);
    ~FusionRunner() override;

    // Fails without sending anything when the run is not judged yet, the mode is unknown, a
    // model is missing, or nothing is ticked. Returns the fusion's id.
    Result<qint64> start(const FusionRequest& request);
    // After a restart: fusions left running in OpenAI background mode resume polling; other
    // unfinished ones end as failed, what they received kept.
    void resumeUnfinished();
    bool isBusy() const { return !m_live.isEmpty(); }
    const QList<FusionRecord>& fusions() const { return m_fusions; } // oldest first
    const FusionRecord* fusion(qint64 id) const;
    RunSession* session() const { return m_session; }
    void cancelAll();
    // ContextBench is closing: fusions in flight end as cancelled (background ones are left
    // running for resumeUnfinished()), written straight to history, without signals.
    void shutdown();

Q_SIGNALS:
    void fusionAdded(qint64 fusionId);
    void fusionTextAppended(qint64 fusionId);
    void fusionChanged(qint64 fusionId); // status, plan and lineage, usage, cost, error
    void fusionFinished(qint64 fusionId);
    void fusionFailed(qint64 fusionId, const Cb::Core::Error& error);

private:
    struct LiveFusion
    {
        qint64 id = 0;
        BuiltCall built;
        QString resumeId;
        QPointer<ProviderReply> reply;
        QElapsedTimer sinceSaved; // streamed text reaches history at most once a second
    };

    qint64 record(FusionRecord& fusion);
    void launch(LiveFusion f);
    void sendWithKey(qint64 id, const QString& key);
    void onFinished(qint64 id, const ProviderResult& result);
    void onFailed(qint64 id, const Error& error);
    void store(const FusionRecord& fusion);
    // Like RunSession::updateFollowUp(): keeps the text held unless the update carries some.
    void update(const FusionRecord& fusion);
    FusionRecord* mutableFusion(qint64 id);
    void withPlan(FusionRecord& fusion) const;
    LiveFusion* live(qint64 id);
    void forget(qint64 id);

    RunSession* m_session;
    CallLauncher& m_launcher;
    const CallRequestBuilder& m_builder;
    HistoryStore* m_history;
    QList<LiveFusion> m_live;
    QList<FusionRecord> m_fusions;
};

} // namespace Cb::Core
