#include "ui/runcontroller.h"

#include "core/history/historystore.h"
#include "core/run/followupsender.h"
#include "core/run/runorchestrator.h"
#include "core/run/runsession.h"
#include "core/settings/settings.h"
#include "ui/services.h"

namespace Cb::Ui {

RunController::RunController(Services& services, QObject* parent) : QObject(parent), m_services(services) {}

// Orchestrators go first: on the way out they write what they hold through the history store.
RunController::~RunController()
{
    qDeleteAll(m_orchestrators);
    m_orchestrators.clear();
}

Core::RunSession* RunController::currentSession() const { return m_current; }

Core::HistoryStore* RunController::history()
{
    if (!m_history && m_services.database)
        m_history = std::make_unique<Core::HistoryStore>(*m_services.database);
    return m_history.get();
}

Core::RunOrchestrator* RunController::createOrchestrator()
{
    if (!m_catalog) {
        auto loaded = Core::ModelCatalog::loadDefault();
        m_catalog = loaded ? *loaded : Core::ModelCatalog{};
    }
    namespace Keys = Core::Keys;
    const Core::Settings& s = *m_services.settings;
    Core::RunEnvironment env;
    env.network = m_services.network;
    env.secrets = m_services.secrets;
    env.history = history();
    env.builder = Core::CallRequestBuilder(*m_catalog, {{QStringLiteral("openai"), s.get(Keys::OpenAiBaseUrl)},
                                                        {QStringLiteral("anthropic"), s.get(Keys::AnthropicBaseUrl)},
                                                        {QStringLiteral("gemini"), s.get(Keys::GeminiBaseUrl)},
                                                        {QStringLiteral("openai-compatible"), s.get(Keys::LocalBaseUrl)}});
    auto* orchestrator = new Core::RunOrchestrator(env, this);
    m_orchestrators.append(orchestrator);
    return orchestrator;
}

Core::RunPlan RunController::planFromSettings() const
{
    Core::RunPlan plan;
    plan.repeats = qMax(1, m_services.settings->get(Core::Keys::RunRepeats));
    for (const QString& key : m_services.settings->get(Core::Keys::SelectedModels))
        if (auto m = Core::PlannedModel::parse(key))
            plan.models.append(*m);
    return plan;
}

void RunController::follow(Core::RunSession* session)
{
    m_current = session;
    connect(session, &Core::RunSession::callChanged, this, &RunController::progressChanged);
    connect(session, &Core::RunSession::finished, this, [this] {
        Q_EMIT progressChanged();
        const bool running = isRunning();
        if (running != m_running)
            Q_EMIT runningChanged(m_running = running);
    });
    if (!m_running && isRunning())
        Q_EMIT runningChanged(m_running = true);
    Q_EMIT progressChanged();
}

void RunController::pruneFinished()
{
    const QList<Core::RunOrchestrator*> all = m_orchestrators;
    for (Core::RunOrchestrator* o : all) {
        const bool followingUp = o->followUps() && o->followUps()->isBusy();
        if (!o->isRunning() && !followingUp && o->session() != m_current) {
            m_orchestrators.removeOne(o);
            o->deleteLater();
        }
    }
}

Core::Result<Core::RunSession*> RunController::send(const Core::RunInput& input, const Core::RunPlan& plan)
{
    Core::RunOrchestrator* orchestrator = createOrchestrator();
    auto session = orchestrator->start(input, plan);
    if (!session) {
        m_orchestrators.removeOne(orchestrator);
        delete orchestrator;
        return session;
    }
    follow(*session);
    pruneFinished();
    return session;
}

void RunController::cancelAll()
{
    for (Core::RunOrchestrator* o : std::as_const(m_orchestrators))
        if (o->session() == m_current)
            o->cancelAll();
}

bool RunController::isRunning() const
{
    return std::any_of(m_orchestrators.cbegin(), m_orchestrators.cend(),
                       [this](const Core::RunOrchestrator* o) { return o->session() == m_current && o->isRunning(); });
}

QList<qint64> RunController::resumeUnfinished()
{
    Core::HistoryStore* store = history();
    if (!store)
        return {};
    auto runIds = store->unfinishedRunIds();
    if (!runIds)
        return {};
    QList<qint64> picked;
    for (qint64 id : *runIds) {
        Core::RunOrchestrator* orchestrator = createOrchestrator();
        if (!orchestrator->resume(id)) {
            m_orchestrators.removeOne(orchestrator);
            delete orchestrator;
            continue;
        }
        picked.append(id);
    }
    return picked;
}

Core::Result<Core::RunSession*> RunController::open(qint64 runId)
{
    for (Core::RunOrchestrator* o : std::as_const(m_orchestrators)) {
        if (o->session() && o->session()->record().id == runId) {
            follow(o->session());
            return o->session();
        }
    }
    if (!history())
        return Core::fail(Core::ErrorCode::Database, tr("The history is not available."));
    // Through an orchestrator, so the reopened run can take follow-ups and record them.
    Core::RunOrchestrator* orchestrator = createOrchestrator();
    auto session = orchestrator->resume(runId);
    if (!session) {
        m_orchestrators.removeOne(orchestrator);
        delete orchestrator;
        return session;
    }
    follow(*session);
    pruneFinished(); // the one shown before goes now, unless it is still busy
    return session;
}

Core::RunOrchestrator* RunController::orchestratorOf(const Core::RunSession* session) const
{
    for (Core::RunOrchestrator* o : m_orchestrators)
        if (session && o->session() == session)
            return o;
    return nullptr;
}

Core::FusionRunner* RunController::fusionsOf(const Core::RunSession* session) const
{
    Core::RunOrchestrator* orchestrator = orchestratorOf(session);
    return orchestrator ? orchestrator->fusions() : nullptr;
}

Core::VoidResult RunController::sendFollowUp(qint64 callId, const QString& message, bool alsoOthers)
{
    Core::RunOrchestrator* orchestrator = orchestratorOf(m_current);
    if (!orchestrator || !orchestrator->followUps())
        return Core::fail(Core::ErrorCode::InvalidInput, tr("Open a run to follow up on one of its answers."));
    return orchestrator->followUps()->send(callId, message, alsoOthers);
}

Core::Result<Core::RunSession*> RunController::runAgain(qint64 runId)
{
    Core::HistoryStore* store = history();
    if (!store)
        return Core::fail(Core::ErrorCode::Database, tr("The history is not available."));
    auto run = store->loadRun(runId);
    if (!run)
        return Core::fail(run.error());
    // Tools-mode calls read the pack again: it comes from its file, unchanged, or the run is refused.
    auto input = Core::RunInput::forRunAgain(*run);
    if (!input)
        return Core::fail(input.error());
    return send(*input, Core::RunPlan::fromRecord(*run));
}

QString RunController::progressText() const
{
    if (!m_current)
        return {};
    int done = 0;
    int refused = 0;
    int failed = 0;
    const auto& calls = m_current->record().calls;
    for (const Core::CallRecord& c : calls) {
        done += c.status == Core::CallStatus::Done ? 1 : 0;
        refused += c.status == Core::CallStatus::Refused ? 1 : 0;
        failed += c.status == Core::CallStatus::Failed || c.status == Core::CallStatus::Cancelled ? 1 : 0;
    }
    QString text = tr("Run %1: %2/%3 done").arg(m_current->record().id).arg(done).arg(calls.size());
    if (refused > 0)
        text += tr(", %1 refused").arg(refused);
    if (failed > 0)
        text += tr(", %1 failed or cancelled").arg(failed);
    return text;
}

} // namespace Cb::Ui
