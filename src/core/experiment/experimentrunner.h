#pragma once

#include "core/experiment/experimentrecord.h"
#include "core/providers/batch/batchfile.h"
#include "core/providers/batch/batchlineresult.h"
#include "core/run/runinput.h"
#include "core/run/runorchestrator.h"

#include <QHash>
#include <QObject>

namespace Cb::Core {

class BatchJob;
class BatchResultWriter;
class ExperimentStore;
struct BatchStatus;

// One case as the runner sends it: the assembled prompt and pack identity, plus the template
// variables it was assembled with (recorded with the case).
struct ExperimentCaseInput
{
    RunInput input;
    QJsonObject variables;
};

struct ExperimentSpec
{
    QString name;
    ExperimentRecord::Mode mode = ExperimentRecord::Mode::Batch;
    RunPlan plan;
    QList<ExperimentCaseInput> cases;
};

// Runs an experiment: one RunOrchestrator per case (so every case × model × repeat is an
// ordinary recorded call), with the calls of batch-capable providers (OpenAI, Anthropic) held
// back in batch mode and sent through provider batches instead: prepared into temporary files,
// submitted, recorded the moment their ids exist, polled, and their results written into the
// same calls at the batch price. Providers without a batch API run live alongside. resume()
// reopens a recorded experiment: batches are polled (never created again), held calls that
// never reached a batch are submitted, interrupted live calls end as the run's resume says.
// `keys` maps batch providers to their API keys (the caller looked them up and refused to
// start without them). Not owning the store; GUI thread.
class ExperimentRunner : public QObject
{
    Q_OBJECT
public:
    ExperimentRunner(RunEnvironment environment, ExperimentStore* store, QHash<QString, QString> keys,
                     QObject* parent = nullptr);
    ~ExperimentRunner() override;

    Result<qint64> start(const ExperimentSpec& spec);
    Result<qint64> resume(qint64 experimentId);
    // Providers whose calls go through batches in batch mode.
    static QStringList batchProviders(const RunPlan& plan);
    // Limits per provider kind; defaults are the providers' own (tests split with small ones).
    void setBatchLimits(ProviderKind kind, BatchLimits limits) { m_limits.insert(int(kind), limits); }

    const ExperimentRecord& record() const { return m_record; }
    QList<RunOrchestrator*> runs() const { return m_runs; }
    // The case position of a run, -1 if unknown.
    int caseOf(qint64 runId) const;
    bool isRunning() const;
    // True once every case is recorded, no held call is waiting for its batch to be created and
    // the calls that entered a batch show it (their state goes through the writer first).
    bool allSubmitted() const;
    // start() returns once the experiment row exists; its cases' runs are recorded on the
    // writer's thread a chunk at a time (runAdded() for each), then the calls go out.
    bool isRecording() const { return m_recording; }
    int recordedCases() const { return m_recordedCases; }
    // True while a call sent live (not through a batch) has not ended.
    bool liveCallsRunning() const;
    // Problems that left calls waiting on the provider (resume later), for the user.
    QStringList problems() const { return m_problems; }
    void cancel();

Q_SIGNALS:
    void batchChanged(const Cb::Core::ExperimentBatch& batch);
    // A case's run was recorded and started (runs() holds it from now on).
    void runAdded(Cb::Core::RunOrchestrator* run);
    void recordingProgress(int recorded, int total);
    void submitted();
    void finished();

private:
    struct CallRef
    {
        RunOrchestrator* run = nullptr;
        qint64 callId = 0;
    };

    RunOrchestrator* addRun();
    void onCasesRecorded(const QList<ExperimentCase>& cases, const QString& error);
    void prepareCases();
    void sendRecordChunk();
    void onRecorded(const QList<RunRecord>& runs, const QString& error);
    VoidResult adoptRecorded(int position, RunOrchestrator* run, RunRecord recorded);
    void ensureWriter();
    void indexCalls(RunOrchestrator* run);
    // Sends every held call that no recorded batch holds yet.
    void submitPending();
    void onPrepared(const QString& provider, const QStringList& ids, const Result<QList<BatchFile>>& files);
    void failCalls(const QStringList& customIds, const Error& error);
    void watch(BatchJob* job, qint64 batchRowId, const QString& provider, const QString& model);
    void onCreated(BatchJob* job, const BatchStatus& status, const QString& provider, const QString& model);
    void onResults(qint64 batchRowId, const BatchStatus& status, const QList<BatchLineResult>& results);
    void applyResults();
    void sendChunk();
    void onWritten(const QList<CallRecord>& calls, const QString& error);
    void showWritten();
    void endCollecting();
    const std::optional<ModelInfo>& infoFor(const CallRecord& call);
    void onJobFailed(BatchJob* job, const Error& error);
    void setBatchStatus(qint64 batchRowId, const QString& status);
    ProviderRequest connection(const QString& provider) const;
    void checkFinished();

    RunEnvironment m_env;
    ExperimentStore* m_store;
    QHash<QString, QString> m_keys;
    ExperimentRecord m_record;
    QList<RunOrchestrator*> m_runs;
    QHash<QString, CallRef> m_byCustomId;
    QList<BatchJob*> m_jobs;
    QHash<int, BatchLimits> m_limits;
    QStringList m_problems;
    int m_creating = 0;
    bool m_cancelled = false;
    // Collecting: results become call records on the GUI thread a few milliseconds at a time,
    // are written into history by m_writer on its thread in chunks, and reach the sessions
    // (and so the views) chunk by chunk once committed.
    static constexpr qint64 kResultSliceMs = 4;
    static constexpr qsizetype kChunkBytes = 2 * 1024 * 1024;
    static constexpr qsizetype kChunkCalls = 200;
    bool m_collecting = false; // writing a batch's results: runs finish one by one meanwhile
    bool m_applying = false;
    QList<BatchLineResult> m_pendingResults;
    qsizetype m_resultIndex = 0;
    BatchResultWriter* m_writer = nullptr; // null: no shareable database file, write as a run does
    QList<CallRecord> m_chunk;
    qsizetype m_chunkBytes = 0;
    QList<CallRecord> m_written; // committed, not yet shown in the sessions
    qsizetype m_writtenIndex = 0;
    bool m_showing = false;
    QHash<QString, std::optional<ModelInfo>> m_infos; // provider + model
    bool m_finished = false;
    // Recording a new experiment's cases: runs are prepared on the GUI thread a slice at a time
    // and recorded by m_writer, kRecordChunkCases per transaction.
    static constexpr int kRecordChunkCases = 50;
    struct PendingCase
    {
        int position = 0;
        RunInput input{};
    };
    bool m_recording = false;
    QList<PendingCase> m_toPrepare;
    // Resuming: the packs of cases recorded without a run (path + hash), read once each.
    QHash<QString, std::shared_ptr<const Pack>> m_packs;
    int m_prepareIndex = 0;
    int m_recordedCases = 0;
    QHash<int, RunOrchestrator*> m_unrecorded; // case position -> prepared orchestrator
    QList<RunRecord> m_recordRuns;
    QList<int> m_recordPositions;
    QList<QList<int>> m_recordingChunks; // positions of each chunk handed to the writer, in order
};

} // namespace Cb::Core
