#include "core/fusion/fusionrunner.h"

#include "core/compare/sectiongrid.h"
#include "core/fusion/fusiongate.h"
#include "core/fusion/fusionprompt.h"
#include "core/history/fusionstore.h"
#include "core/history/historystore.h"
#include "core/run/calllauncher.h"
#include "core/run/recordedreply.h"
#include "core/run/replyoutcome.h"
#include "core/run/runsession.h"

namespace Cb::Core {

namespace {

constexpr qint64 kSaveIntervalMs = 1000;

bool canResume(const FusionRecord& f)
{
    CallRecord asCall;
    asCall.provider = f.provider;
    asCall.params = f.params;
    return ReplyOutcome::canResume(asCall, f.responseId);
}

} // namespace

FusionRunner::FusionRunner(RunSession* session, CallLauncher& launcher, const CallRequestBuilder& builder,
                           HistoryStore* history, QObject* parent)
    : QObject(parent), m_session(session), m_launcher(launcher), m_builder(builder), m_history(history)
{
    if (m_history && m_session->record().id > 0)
        if (auto recorded = FusionStore(m_history->database()).ofRun(m_session->record().id))
            m_fusions = *recorded;
}

const FusionRecord* FusionRunner::fusion(qint64 id) const
{
    for (const FusionRecord& f : m_fusions)
        if (f.id == id)
            return &f;
    return nullptr;
}

FusionRecord* FusionRunner::mutableFusion(qint64 id)
{
    for (FusionRecord& f : m_fusions)
        if (f.id == id)
            return &f;
    return nullptr;
}

void FusionRunner::update(const FusionRecord& updated)
{
    FusionRecord* f = mutableFusion(updated.id);
    if (!f)
        return;
    const QString text = updated.text.isEmpty() ? f->text : updated.text;
    *f = updated;
    f->text = text;
    store(*f);
    Q_EMIT fusionChanged(updated.id);
}

FusionRunner::~FusionRunner() { shutdown(); }

FusionRunner::LiveFusion* FusionRunner::live(qint64 id)
{
    for (LiveFusion& f : m_live)
        if (f.id == id)
            return &f;
    return nullptr;
}

Result<qint64> FusionRunner::start(const FusionRequest& request)
{
    const RunRecord& run = m_session->record();
    if (const QString blocker = FusionGate::blocker(run); !blocker.isEmpty())
        return fail(ErrorCode::InvalidInput, blocker);
    const bool pick = request.mode == QLatin1String("pick");
    const bool guided = request.mode == QLatin1String("guided");
    if (!pick && !guided && request.mode != QLatin1String("fuse"))
        return fail(ErrorCode::InvalidInput, tr("Unknown fusion mode \"%1\": use fuse, guided or pick.").arg(request.mode));
    if (!pick && (request.model.provider.isEmpty() || request.model.model.isEmpty()))
        return fail(ErrorCode::InvalidInput, tr("Choose the model that merges the answers (PROVIDER:MODEL)."));

    const QList<FusionAnswer> answers = FusionAnswer::of(run);
    QStringList texts;
    for (const FusionAnswer& a : answers)
        texts.append(a.text);
    const SectionGrid grid(texts);
    FusionRecord fusion;
    fusion.runId = run.id;
    fusion.mode = request.mode;
    if (pick || guided) {
        fusion.choices = FusionPrompt::choicesJson(answers, grid, request.choices);
        if (fusion.choices.isEmpty())
            return fail(ErrorCode::InvalidInput, tr("Tick at least one section's version to keep."));
    }
    if (pick) {
        const FusionPlan plan = FusionPlan::pick(grid, answers, request.choices);
        fusion.status = CallStatus::Done;
        fusion.startedAt = QDateTime::currentDateTimeUtc();
        fusion.totalMs = 0;
        fusion.plan = plan.text;
        fusion.text = plan.text;
        fusion.sections = plan.sections;
        fusion.usage = QJsonObject{};
        fusion.costUsd = 0.0; // no model, no cost
        if (auto id = record(fusion); id <= 0)
            return fail(ErrorCode::Database, tr("The fused plan could not be recorded."));
        Q_EMIT fusionFinished(fusion.id);
        return fusion.id;
    }

    LiveFusion f;
    f.built = m_builder.build(request.model, FusionPrompt::instructions(),
                              guided ? FusionPrompt::guidedInput(run, answers, grid, request.choices)
                                     : FusionPrompt::fuseInput(run, answers));
    fusion.provider = request.model.provider;
    fusion.model = request.model.model;
    fusion.params = f.built.effectiveParams;
    fusion.instructions = f.built.request.instructions;
    fusion.input = f.built.request.input;
    fusion.status = CallStatus::Waiting;
    fusion.startedAt = QDateTime::currentDateTimeUtc();
    if (record(fusion) <= 0)
        return fail(ErrorCode::Database, tr("The fusion could not be recorded; nothing was sent."));
    f.id = fusion.id;
    launch(std::move(f));
    return fusion.id;
}

qint64 FusionRunner::record(FusionRecord& fusion)
{
    if (m_history) {
        if (auto inserted = FusionStore(m_history->database()).insert(fusion); !inserted)
            return 0;
    } else {
        qint64 last = 0;
        for (const FusionRecord& f : m_fusions)
            last = qMax(last, f.id);
        fusion.id = last + 1;
        fusion.createdAt = QDateTime::currentDateTimeUtc();
    }
    m_fusions.append(fusion);
    Q_EMIT fusionAdded(fusion.id);
    return fusion.id;
}

void FusionRunner::store(const FusionRecord& fusion)
{
    if (m_history)
        static_cast<void>(FusionStore(m_history->database()).update(fusion)); // the session still shows it
}

void FusionRunner::withPlan(FusionRecord& fusion) const
{
    const FusionPlan plan = FusionPlan::fromReply(fusion.text, FusionAnswer::of(m_session->record()), fusion.modelKey());
    fusion.plan = plan.text;
    fusion.sections = plan.sections;
}

void FusionRunner::resumeUnfinished()
{
    const QList<FusionRecord> all = m_fusions;
    for (const FusionRecord& fusion : all) {
        if (isTerminal(fusion.status) || live(fusion.id))
            continue;
        if (canResume(fusion)) {
            LiveFusion f;
            f.id = fusion.id;
            f.built = m_builder.build({fusion.provider, fusion.model, fusion.params}, {}, {});
            f.resumeId = fusion.responseId;
            launch(std::move(f));
            continue;
        }
        FusionRecord interrupted = fusion;
        ReplyOutcome::applyInterrupted(interrupted, tr("ContextBench stopped before the fusion finished; what "
                                                       "arrived until then is kept."));
        withPlan(interrupted);
        update(interrupted);
    }
}

void FusionRunner::launch(LiveFusion f)
{
    const qint64 id = f.id;
    const QString provider = fusion(id) ? fusion(id)->provider : QString();
    m_live.append(std::move(f));
    m_launcher.lookupKey(provider, this, [this, id](const QString& key) { sendWithKey(id, key); });
}

void FusionRunner::sendWithKey(qint64 id, const QString& key)
{
    LiveFusion* f = live(id);
    const FusionRecord* held = fusion(id);
    if (!f || !held)
        return; // cancelled while the key was looked up
    ProviderRequest request = f->built.request;
    request.apiKey = key;
    if (const auto missing = CallLauncher::missingKey(held->provider, request.kind, key)) {
        onFailed(id, *missing);
        return;
    }
    ProviderReply* reply = m_launcher.send(request, f->resumeId, this);
    f->reply = reply;
    RecordedReply::Hooks<FusionRecord> hooks;
    hooks.current = [this, id] { return fusion(id); };
    hooks.update = [this](const FusionRecord& updated) { update(updated); };
    hooks.appendText = [this, id](const QString& delta) {
        if (FusionRecord* f = mutableFusion(id); f && !delta.isEmpty()) {
            f->text += delta;
            Q_EMIT fusionTextAppended(id);
            // A crash mid-stream keeps what had arrived, as answers do.
            LiveFusion* lf = live(id);
            if (lf && (!lf->sinceSaved.isValid() || lf->sinceSaved.elapsed() >= kSaveIntervalMs)) {
                store(*f);
                lf->sinceSaved.start();
            }
        }
    };
    hooks.finished = [this, id](const ProviderResult& r) { onFinished(id, r); };
    hooks.failed = [this, id](const Error& e) { onFailed(id, e); };
    RecordedReply::connect(this, reply, f->built.info, hooks);
}

void FusionRunner::onFinished(qint64 id, const ProviderResult& result)
{
    LiveFusion* f = live(id);
    const FusionRecord* current = fusion(id);
    if (!f || !current)
        return;
    FusionRecord updated = *current;
    RecordedReply::applyFinished(updated, result, f->built.info, !f->resumeId.isEmpty());
    withPlan(updated);
    forget(id);
    update(updated);
    Q_EMIT fusionFinished(id);
}

void FusionRunner::onFailed(qint64 id, const Error& error)
{
    LiveFusion* f = live(id);
    const FusionRecord* current = fusion(id);
    if (!f || !current)
        return;
    FusionRecord updated = *current;
    ReplyOutcome::applyFailed(updated, error, f->reply.data(), f->built.info);
    withPlan(updated);
    forget(id);
    update(updated);
    Q_EMIT fusionFailed(id, error);
}

void FusionRunner::forget(qint64 id)
{
    for (int i = 0; i < m_live.size(); ++i) {
        if (m_live[i].id != id)
            continue;
        if (ProviderReply* reply = m_live[i].reply) {
            reply->disconnect(this);
            reply->deleteLater();
        }
        m_live.removeAt(i);
        return;
    }
}

void FusionRunner::cancelAll()
{
    const QList<LiveFusion> all = m_live;
    for (const LiveFusion& f : all) {
        if (f.reply)
            f.reply->cancel(); // emits failed(Cancelled)
        else
            onFailed(f.id, Error(ErrorCode::Cancelled, tr("Cancelled before it started.")));
    }
}

void FusionRunner::shutdown()
{
    const QList<LiveFusion> all = std::exchange(m_live, {});
    for (const LiveFusion& f : all) {
        const FusionRecord* current = m_session ? fusion(f.id) : nullptr;
        if (current && !canResume(*current)) {
            FusionRecord updated = *current;
            const Error closed(ErrorCode::Cancelled, tr("ContextBench was closed before the fusion finished."));
            ReplyOutcome::applyFailed(updated, closed, f.reply.data(), f.built.info);
            withPlan(updated);
            if (FusionRecord* held = mutableFusion(f.id))
                *held = updated;
            store(updated);
        }
        if (f.reply) {
            f.reply->disconnect(this);
            delete f.reply; // aborts without signals and without cancelling on the server
        }
    }
}

} // namespace Cb::Core
