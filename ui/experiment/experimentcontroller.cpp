#include "ui/experiment/experimentcontroller.h"

#include "core/experiment/experimentrunner.h"
#include "core/experiment/experimentstore.h"
#include "core/history/historystore.h"
#include "core/models/modelcatalog.h"
#include "core/run/calllauncher.h"
#include "core/run/runsession.h"
#include "core/secrets/secretstore.h"
#include "core/settings/settings.h"
#include "ui/services.h"

#include <QElapsedTimer>
#include <QPointer>

#include <algorithm>

namespace Cb::Ui {

ExperimentController::ExperimentController(Services& services, QObject* parent)
    : QObject(parent), m_services(services)
{
    m_poll.initialIntervalMs = 5000;
    m_poll.maxIntervalMs = 60000;
    m_flush.setSingleShot(true);
    m_flush.setInterval(kMinFlushMs);
    connect(&m_flush, &QTimer::timeout, this, &ExperimentController::flushChanges);
}

void ExperimentController::noteChanged(qint64 experimentId)
{
    m_dirty.insert(experimentId);
    if (!m_flush.isActive())
        m_flush.start();
}

void ExperimentController::flushChanges()
{
    QElapsedTimer spent;
    spent.start();
    const QSet<qint64> dirty = std::exchange(m_dirty, {});
    for (qint64 id : dirty)
        Q_EMIT experimentChanged(id);
    Q_EMIT progressChanged();
    // The views refresh on these signals; however long that takes (thousands of cells, a busy
    // machine), they get at most a fifth of the GUI thread while calls keep moving.
    m_flush.setInterval(int(std::clamp<qint64>(spent.elapsed() * 4, kMinFlushMs, kMaxFlushMs)));
}

// Runners go first: their orchestrators write what they hold through the history store.
ExperimentController::~ExperimentController()
{
    qDeleteAll(m_runners);
    m_runners.clear();
}

Core::HistoryStore* ExperimentController::history()
{
    if (!m_history && m_services.database)
        m_history = std::make_unique<Core::HistoryStore>(*m_services.database);
    return m_history.get();
}

Core::ExperimentStore* ExperimentController::store()
{
    if (!m_store && m_services.database)
        m_store = std::make_unique<Core::ExperimentStore>(*m_services.database);
    return m_store.get();
}

bool ExperimentController::isRunning(qint64 experimentId) const
{
    const Core::ExperimentRunner* r = m_runners.value(experimentId);
    return r && r->isRunning();
}

Core::RunSession* ExperimentController::liveSession(qint64 runId) const
{
    for (const Core::ExperimentRunner* r : m_runners)
        for (Core::RunOrchestrator* run : r->runs())
            if (run->session() && run->session()->record().id == runId)
                return run->session();
    return nullptr;
}

void ExperimentController::withKeys(const Core::RunPlan& plan,
                                    std::function<void(Core::Result<QHash<QString, QString>>)> done)
{
    QStringList providers;
    for (const Core::PlannedModel& m : plan.models)
        if (!providers.contains(m.provider))
            providers << m.provider;
    auto keys = std::make_shared<QHash<QString, QString>>();
    auto pending = std::make_shared<int>(int(providers.size()));
    QPointer<ExperimentController> self(this);
    const auto finish = [self, keys, done] {
        if (!self)
            return;
        for (auto it = keys->cbegin(); it != keys->cend(); ++it)
            if (auto missing = Core::CallLauncher::missingKey(it.key(), Core::CallRequestBuilder::kindFor(it.key()),
                                                              it.value()))
                return done(Core::fail(*missing));
        done(*keys);
    };
    if (providers.isEmpty())
        return finish();
    for (const QString& p : providers)
        m_services.secrets->lookup(Core::PlannedModel::secretId(p), [keys, pending, p, finish](Core::SecretLookup k) {
            keys->insert(p, k.value);
            if (--*pending == 0)
                finish();
        });
}

std::unique_ptr<Core::ExperimentRunner> ExperimentController::makeRunner(const QHash<QString, QString>& keys,
                                                                         bool withSettingsUrls)
{
    namespace Keys = Core::Keys;
    Core::RunEnvironment env;
    env.network = m_services.network;
    env.secrets = m_services.secrets;
    env.history = history();
    env.options.poll = m_poll;
    QHash<QString, QString> urls;
    // A new experiment goes where Settings say (and records it); a resumed one goes back to
    // the servers it was started with.
    if (withSettingsUrls) {
        const Core::Settings& s = *m_services.settings;
        urls = {{QStringLiteral("openai"), s.get(Keys::OpenAiBaseUrl)},
                {QStringLiteral("anthropic"), s.get(Keys::AnthropicBaseUrl)},
                {QStringLiteral("gemini"), s.get(Keys::GeminiBaseUrl)},
                {QStringLiteral("openai-compatible"), s.get(Keys::LocalBaseUrl)}};
    }
    Core::ModelCatalog catalog;
    if (m_services.catalog)
        catalog = *m_services.catalog;
    else if (auto loaded = Core::ModelCatalog::loadDefault())
        catalog = *loaded;
    env.builder = Core::CallRequestBuilder(catalog, urls);
    return std::make_unique<Core::ExperimentRunner>(env, store(), keys);
}

void ExperimentController::adopt(Core::ExperimentRunner* runner)
{
    runner->setParent(this);
    const qint64 id = runner->record().id;
    if (Core::ExperimentRunner* old = m_runners.value(id); old && old != runner)
        old->deleteLater();
    m_runners.insert(id, runner);
    const auto changed = [this, id] { noteChanged(id); };
    for (Core::RunOrchestrator* run : runner->runs())
        connect(run->session(), &Core::RunSession::callChanged, this, changed);
    // A new experiment's cases arrive as the writer records them.
    connect(runner, &Core::ExperimentRunner::runAdded, this, [this, changed](Core::RunOrchestrator* run) {
        connect(run->session(), &Core::RunSession::callChanged, this, changed);
        changed();
    });
    connect(runner, &Core::ExperimentRunner::batchChanged, this, changed);
    connect(runner, &Core::ExperimentRunner::finished, this, [this, runner, changed] {
        for (const QString& p : runner->problems())
            if (!m_problems.contains(p)) {
                m_problems << p;
                Q_EMIT problem(p);
            }
        changed();
        Q_EMIT listChanged();
    });
    Q_EMIT listChanged();
    changed();
}

void ExperimentController::start(const Core::ExperimentSpec& spec, Done done)
{
    if (!store())
        return done(Core::fail(Core::ErrorCode::Database, tr("The history is not available.")));
    QPointer<ExperimentController> self(this);
    withKeys(spec.plan, [self, spec, done](Core::Result<QHash<QString, QString>> keys) {
        if (!self)
            return;
        if (!keys)
            return done(Core::fail(keys.error()));
        auto runner = self->makeRunner(*keys, true);
        auto started = runner->start(spec);
        if (!started)
            return done(started);
        self->adopt(runner.release());
        done(started);
    });
}

void ExperimentController::resume(qint64 experimentId, Done done)
{
    if (!done)
        done = [](Core::Result<qint64>) {};
    if (isRunning(experimentId))
        return done(experimentId);
    if (!store())
        return done(Core::fail(Core::ErrorCode::Database, tr("The history is not available.")));
    auto record = store()->load(experimentId);
    if (!record)
        return done(Core::fail(record.error()));
    QPointer<ExperimentController> self(this);
    withKeys(record->plan, [self, experimentId, done](Core::Result<QHash<QString, QString>> keys) {
        if (!self)
            return;
        if (!keys)
            return done(Core::fail(keys.error()));
        auto runner = self->makeRunner(*keys, false);
        auto resumed = runner->resume(experimentId);
        if (!resumed)
            return done(resumed);
        self->adopt(runner.release());
        done(resumed);
    });
}

int ExperimentController::resumeUnfinished()
{
    if (!store())
        return 0;
    auto ids = store()->unfinishedIds();
    if (!ids)
        return 0;
    for (qint64 id : *ids)
        resume(id, [this, id](Core::Result<qint64> r) {
            if (!r) {
                const QString message = tr("Experiment %1 is waiting: %2").arg(id).arg(r.error().message);
                m_problems << message;
                Q_EMIT problem(message);
            }
        });
    return int(ids->size());
}

void ExperimentController::cancel(qint64 experimentId)
{
    if (Core::ExperimentRunner* r = m_runners.value(experimentId); r && r->isRunning()) {
        r->cancel();
        return;
    }
    // Not followed in this session: pick it up and cancel what the provider still holds.
    QPointer<ExperimentController> self(this);
    resume(experimentId, [self, experimentId](Core::Result<qint64> r) {
        if (self && r)
            if (Core::ExperimentRunner* runner = self->m_runners.value(experimentId))
                runner->cancel();
    });
}

Core::Result<ExperimentController::Snapshot> ExperimentController::snapshot(qint64 experimentId)
{
    Snapshot s;
    // A runner's sessions are ahead of the history while it runs, and they are the sessions the
    // comparison shows for its cases (votes and checks land in them too). Reading 100 MB of
    // answers back from the history at every refresh would stall the window for seconds.
    if (Core::ExperimentRunner* r = m_runners.value(experimentId)) {
        s.record = r->record();
        s.running = r->isRunning();
        for (Core::RunOrchestrator* run : r->runs())
            s.runs << run->session()->record();
        return s;
    }
    if (!store() || !history())
        return Core::fail(Core::ErrorCode::Database, tr("The history is not available."));
    auto record = store()->load(experimentId);
    if (!record)
        return Core::fail(record.error());
    s.record = *record;
    for (const Core::ExperimentCase& c : s.record.cases) {
        if (!c.runId)
            continue;
        auto run = history()->loadRun(c.runId);
        if (!run)
            return Core::fail(run.error());
        s.runs << *run;
    }
    return s;
}

QString ExperimentController::progressText() const
{
    int running = 0;
    int calls = 0;
    int finished = 0;
    for (const Core::ExperimentRunner* r : m_runners) {
        if (!r->isRunning())
            continue;
        if (r->isRecording())
            return tr("Experiment %1: recording cases, %2 of %3")
                .arg(r->record().id)
                .arg(r->recordedCases())
                .arg(r->record().cases.size());
        ++running;
        for (const Core::RunOrchestrator* run : r->runs())
            for (const Core::CallRecord& c : run->session()->record().calls) {
                ++calls;
                finished += Core::isTerminal(c.status) ? 1 : 0;
            }
    }
    if (running == 0)
        return QString();
    return tr("Experiments: %n running, %1/%2 calls finished", nullptr, running).arg(finished).arg(calls);
}

} // namespace Cb::Ui
