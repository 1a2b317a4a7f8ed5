#pragma once

#include "core/common/result.h"
#include "core/experiment/experimentrecord.h"
#include "core/providers/provideroptions.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace Cb::Core {
class ExperimentRunner;
class ExperimentStore;
class HistoryStore;
class RunSession;
struct ExperimentSpec;
} // namespace Cb::Core

namespace Cb::Ui {

struct Services;

// The window's side of experiments: starts them, resumes the ones the last session left
// running (their batches are polled and collected, never created twice), cancels, and hands
// out snapshots for the Experiments window — from the live runner while one runs, else from
// history. Keys are looked up asynchronously; nothing blocks the GUI thread. Owns the runners;
// destroying it leaves created batches on the provider, to be collected at the next start.
// GUI thread.
class ExperimentController : public QObject
{
    Q_OBJECT
public:
    struct Snapshot
    {
        Core::ExperimentRecord record;
        QList<Core::RunRecord> runs;
        bool running = false;
    };
    using Done = std::function<void(Core::Result<qint64>)>;

    explicit ExperimentController(Services& services, QObject* parent = nullptr);
    ~ExperimentController() override;

    Core::ExperimentStore* store();    // null while the database is not open
    Core::HistoryStore* history();
    // Tests poll fast; the app polls every 5 s growing to 60 s.
    void setPollPolicy(const Core::PollPolicy& policy) { m_poll = policy; }

    // Checks every provider's key, then starts; `done` gets the new id or why it did not start.
    void start(const Core::ExperimentSpec& spec, Done done);
    // Polls the experiment's batches and collects their results (the servers it started with).
    void resume(qint64 experimentId, Done done = {});
    // Every experiment still marked running; returns how many were picked up (asynchronously).
    int resumeUnfinished();
    void cancel(qint64 experimentId);

    Core::ExperimentRunner* runner(qint64 experimentId) const { return m_runners.value(experimentId); }
    bool isRunning(qint64 experimentId) const;
    // The session of a case's run held by a runner of this session (up to date, and the only
    // one that may touch its live calls); null when no runner holds it.
    Core::RunSession* liveSession(qint64 runId) const;
    Core::Result<Snapshot> snapshot(qint64 experimentId);
    // "Experiments: 1 running, 37/96 calls finished" for the status bar; empty when idle.
    QString progressText() const;
    QStringList problems() const { return m_problems; }

Q_SIGNALS:
    void experimentChanged(qint64 experimentId); // calls or batches moved (at most every 100 ms)
    void listChanged();                          // one started, finished or was resumed
    void progressChanged();
    void problem(const QString& message);

private:
    void withKeys(const Core::RunPlan& plan, std::function<void(Core::Result<QHash<QString, QString>>)> done);
    std::unique_ptr<Core::ExperimentRunner> makeRunner(const QHash<QString, QString>& keys, bool withSettingsUrls);
    void adopt(Core::ExperimentRunner* runner);
    void noteChanged(qint64 experimentId);
    void flushChanges();

    Services& m_services;
    std::unique_ptr<Core::HistoryStore> m_history;
    std::unique_ptr<Core::ExperimentStore> m_store;
    QHash<qint64, Core::ExperimentRunner*> m_runners;
    Core::PollPolicy m_poll;
    QStringList m_problems;
    // Thousands of calls may change in one collection: signals go out at most every 100 ms,
    // less often when the views take long to follow (see flushChanges()).
    static constexpr qint64 kMinFlushMs = 100;
    static constexpr qint64 kMaxFlushMs = 1000;
    QSet<qint64> m_dirty;
    QTimer m_flush;
};

} // namespace Cb::Ui
